package org.beacon.platform.api;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a name typed into a case may mean: the directory's answer for "Dana Lead", "dlead", {@code
 * SCHOOL\dlead} or "Mrs Lead".
 *
 * @param asGiven the text as typed
 * @param kind how sure the match is
 * @param people everyone it may mean; empty for {@link Kind#NOBODY}
 */
public record NameMatch(String asGiven, Kind kind, List<Person> people) {

  /** How sure a match is. */
  public enum Kind {
    /** Matches nobody with an account: stays a name. */
    NOBODY,
    /** Exactly one person, by username, display name or alias. */
    EXACT,
    /** Several people answer to it exactly (two "Sam Smith"s). */
    AMBIGUOUS,
    /**
     * Only loosely: part of a name, a surname with a title, a network account without its domain.
     */
    LOOSE
  }

  public NameMatch {
    people = List.copyOf(people);
  }

  /** Whether a DSL must link the name to one person or reject the match. */
  public boolean needsReview() {
    return kind == Kind.AMBIGUOUS || kind == Kind.LOOSE;
  }

  /** The ids of everyone treated as named until a DSL decides: safety first. */
  public Set<Long> personIds() {
    return people.stream().map(Person::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The union of the roles of everyone it may mean. */
  public Set<Role> roles() {
    return people.stream().flatMap(p -> p.roles().stream()).collect(Collectors.toUnmodifiableSet());
  }
}
