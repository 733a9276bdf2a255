package org.beacon.platform.identity;

import java.util.List;
import java.util.Optional;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;

/**
 * The directory as read at one moment, in memory: resolves names by the same rules as {@link
 * Directory}, for work that runs without a database (process tests of a module's flow).
 */
public final class PeopleSnapshot implements People {

  private final List<PersonNames.Entry> entries;

  private PeopleSnapshot(List<PersonNames.Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The people of the demo school, with the demo's display names and network aliases. */
  public static PeopleSnapshot demoSchool() {
    List<PersonNames.Entry> entries = new java.util.ArrayList<>();
    long id = 1;
    for (InitialUsers.DemoUser user : InitialUsers.DEMO_SCHOOL) {
      entries.add(
          new PersonNames.Entry(
              new Person(
                  id++, user.username(), user.displayName(), java.util.EnumSet.of(user.role())),
              user.aliases()));
    }
    return new PeopleSnapshot(entries);
  }

  /** These people, without aliases. */
  public static PeopleSnapshot of(List<Person> people) {
    return new PeopleSnapshot(
        people.stream().map(p -> new PersonNames.Entry(p, List.of())).toList());
  }

  @Override
  public Optional<Person> byUsername(String username) {
    return entries.stream()
        .map(PersonNames.Entry::person)
        .filter(p -> p.username().equals(username))
        .findFirst();
  }

  @Override
  public NameMatch resolve(String usernameOrName) {
    return PersonNames.match(usernameOrName, entries);
  }

  @Override
  public List<Person> holding(Role role) {
    return entries.stream().map(PersonNames.Entry::person).filter(p -> p.has(role)).toList();
  }

  @Override
  public List<Person> search(String text, int max) {
    return PersonNames.search(text, entries, max);
  }
}
