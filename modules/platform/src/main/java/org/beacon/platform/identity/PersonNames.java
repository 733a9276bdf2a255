package org.beacon.platform.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.Person;

/**
 * Who a name typed into a case may mean. Exact: the username, the display name (its words in any
 * order, with or without a title) or an alias, ignoring case, accents and spacing. Loose: part of a
 * name ("Mrs Lead", "Dana"), or a network account whose domain differs ({@code OTHER\dlead} where
 * the alias is {@code SCHOOL\dlead}, or {@code dlead@...} for username {@code dlead}).
 */
public final class PersonNames {

  /** A person with the aliases they are also known by. */
  public record Entry(Person person, List<String> aliases) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,.;()]+");
  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "prof", "rev");

  private PersonNames() {}

  /** Lower case, without accents, with single spaces: the form every comparison uses. */
  public static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return SPACE
        .matcher(MARKS.matcher(decomposed).replaceAll(""))
        .replaceAll(" ")
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The people whose username, name or alias contains the text (all of them for no text), at most
   * {@code max}.
   */
  public static List<Person> search(String text, List<Entry> directory, int max) {
    String wanted = normalise(text == null ? "" : text);
    return directory.stream()
        .filter(
            entry ->
                wanted.isEmpty()
                    || normalise(entry.person().username()).contains(wanted)
                    || normalise(entry.person().displayName()).contains(wanted)
                    || entry.aliases().stream().anyMatch(a -> normalise(a).contains(wanted)))
        .map(Entry::person)
        .limit(max)
        .toList();
  }

  public static NameMatch match(String asGiven, List<Entry> directory) {
    String given = normalise(asGiven);
    if (given.isEmpty()) {
      return new NameMatch(asGiven, NameMatch.Kind.NOBODY, List.of());
    }
    Set<String> givenWords = words(given);
    String givenAccount = account(given);
    List<Person> exact = new ArrayList<>();
    List<Person> loose = new ArrayList<>();
    for (Entry entry : directory) {
      Person person = entry.person();
      String name = normalise(person.displayName());
      boolean isExact =
          given.equals(normalise(person.username()))
              || given.equals(name)
              || (!givenWords.isEmpty() && givenWords.equals(words(name)))
              || entry.aliases().stream().map(PersonNames::normalise).anyMatch(given::equals);
      if (isExact) {
        exact.add(person);
      } else if (looselyMatches(givenWords, givenAccount, name, person, entry.aliases())) {
        loose.add(person);
      }
    }
    if (exact.size() == 1) {
      return new NameMatch(asGiven, NameMatch.Kind.EXACT, exact);
    }
    if (exact.size() > 1) {
      return new NameMatch(asGiven, NameMatch.Kind.AMBIGUOUS, exact);
    }
    if (!loose.isEmpty()) {
      return new NameMatch(asGiven, NameMatch.Kind.LOOSE, loose);
    }
    return new NameMatch(asGiven, NameMatch.Kind.NOBODY, List.of());
  }

  private static boolean looselyMatches(
      Set<String> givenWords,
      String givenAccount,
      String name,
      Person person,
      List<String> aliases) {
    if (givenAccount != null) {
      if (givenAccount.equals(normalise(person.username()))) {
        return true;
      }
      for (String alias : aliases) {
        if (givenAccount.equals(account(normalise(alias)))) {
          return true;
        }
      }
    }
    Set<String> nameWords = words(name);
    return !givenWords.isEmpty() && nameWords.containsAll(givenWords);
  }

  /** The words of a name without titles: "Mrs Lead, Dana" is {lead, dana}. */
  private static Set<String> words(String normalised) {
    Set<String> words = new LinkedHashSet<>(Arrays.asList(WORD_BREAK.split(normalised)));
    words.remove("");
    words.removeAll(TITLES);
    return words;
  }

  /**
   * The account part of a network name: {@code dlead} of {@code school\dlead} or {@code
   * dlead@school.org}.
   */
  private static String account(String normalised) {
    int slash = normalised.lastIndexOf('\\');
    if (slash >= 0 && slash < normalised.length() - 1) {
      return normalised.substring(slash + 1);
    }
    int at = normalised.indexOf('@');
    if (at > 0) {
      return normalised.substring(0, at);
    }
    return null;
  }
}
