package org.beacon.platform.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;

/**
 * The people named in cases, kept in memory: for work without a database, such as a module's
 * process tests. The same contract as {@link JpaCaseParties}.
 */
public class InMemoryCaseParties implements CaseParties {

  private final People people;
  private final AtomicLong ids = new AtomicLong();
  private final List<Mention> mentions = new ArrayList<>();
  private final Set<String> standIns = new HashSet<>();

  public InMemoryCaseParties(People people) {
    this.people = people;
  }

  @Override
  public synchronized NameMatch name(
      String process, String caseReference, Part part, String asGiven) {
    NameMatch match = people.resolve(asGiven);
    record(process, caseReference, part, match);
    return match;
  }

  @Override
  public synchronized void record(
      String process, String caseReference, Part part, NameMatch match) {
    mentions.add(
        new Mention(
            ids.incrementAndGet(),
            process,
            caseReference,
            part,
            match.asGiven(),
            match.kind(),
            match.needsReview() ? Status.TO_REVIEW : Status.SETTLED,
            match.people()));
  }

  @Override
  public boolean isSubject(Caller caller, String process, String caseReference) {
    return !subjectOf(caller, process, List.of(caseReference)).isEmpty();
  }

  @Override
  public synchronized Set<String> subjectOf(
      Caller caller, String process, Collection<String> caseReferences) {
    return subjects(caller).stream()
        .filter(m -> m.process().equals(process) && caseReferences.contains(m.caseReference()))
        .map(Mention::caseReference)
        .collect(Collectors.toSet());
  }

  @Override
  public synchronized List<Case> casesAbout(Caller caller) {
    return subjects(caller).stream()
        .map(m -> new Case(m.process(), m.caseReference()))
        .distinct()
        .toList();
  }

  @Override
  public synchronized List<Mention> mentions(String process, String caseReference) {
    return mentions.stream()
        .filter(m -> m.process().equals(process) && m.caseReference().equals(caseReference))
        .toList();
  }

  @Override
  public synchronized void standIn(String process, String caseReference, Role role) {
    standIns.add(process + "/" + caseReference + "/" + role.id());
  }

  @Override
  public synchronized boolean standsIn(Caller caller, String process, String caseReference) {
    return caller.groups().stream()
        .anyMatch(g -> standIns.contains(process + "/" + caseReference + "/" + g));
  }

  private List<Mention> subjects(Caller caller) {
    return mentions.stream()
        .filter(m -> m.part() == Part.SUBJECT && m.status() != Status.REJECTED)
        .filter(m -> m.people().stream().map(Person::username).anyMatch(caller.username()::equals))
        .toList();
  }
}
