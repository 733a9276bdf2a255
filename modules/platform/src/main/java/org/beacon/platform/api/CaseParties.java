package org.beacon.platform.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The people a case names, resolved against the directory, and the stand-ins who work a case's
 * tasks when everyone in a task's role is named in it. A case is identified by the key of the
 * process that runs it and its business key (its reference): one vocabulary for the task API, the
 * audit trail and every module.
 *
 * <p>Need to know rests on this: a person named as a {@link Part#SUBJECT} of a case never sees it,
 * whatever roles they hold. A name that may mean several people, or matches only loosely, names all
 * of them until a DSL links it to one person or rejects it.
 */
public interface CaseParties {

  /** What a person is to a case. */
  enum Part {
    /** The case is about them (the accused, staff involved, the account in a filtering report). */
    SUBJECT,
    /** They raised it. */
    REPORTER
  }

  /** Where a name given in a case stands. */
  enum Status {
    /** Matched one person exactly, or nobody. */
    SETTLED,
    /** Ambiguous or loose: every person it may mean is treated as named until a DSL decides. */
    TO_REVIEW,
    /** A DSL linked it to one person. */
    LINKED,
    /** A DSL found it means none of the people matched. */
    REJECTED
  }

  /**
   * A name given in a case, and who it was resolved to.
   *
   * @param id the mention's id, for linking or rejecting it
   * @param process the key of the case's process
   * @param caseReference the case's reference
   * @param part what the person is to the case
   * @param asGiven the name as typed
   * @param kind how it matched
   * @param status where it stands
   * @param people the people it names now (one after linking; none after rejecting)
   */
  record Mention(
      long id,
      String process,
      String caseReference,
      Part part,
      String asGiven,
      NameMatch.Kind kind,
      Status status,
      List<Person> people) {

    public Mention {
      people = List.copyOf(people);
    }
  }

  /** A case, by its process and reference. */
  record Case(String process, String reference) {}

  /**
   * Resolves a name given in a case and records who it names, in the caller's transaction.
   *
   * @return the match, so the module can read the roles of the people named
   */
  NameMatch name(String process, String caseReference, Part part, String asGiven);

  /** As {@link #name}, for a name the module resolved already ({@link People#resolve}). */
  void record(String process, String caseReference, Part part, NameMatch match);

  /**
   * Whether the caller is named as a subject of the case (including as one of several it may mean).
   */
  boolean isSubject(Caller caller, String process, String caseReference);

  /** Of these cases of one process, those the caller is a subject of: one query for a page. */
  Set<String> subjectOf(Caller caller, String process, Collection<String> caseReferences);

  /** Every case the caller is a subject of, in any module. */
  List<Case> casesAbout(Caller caller);

  /**
   * The references of the cases of one process the caller is a subject of: what a list leaves out.
   */
  default Set<String> referencesAbout(Caller caller, String process) {
    return casesAbout(caller).stream()
        .filter(c -> c.process().equals(process))
        .map(Case::reference)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The names given in a case and who they name. */
  List<Mention> mentions(String process, String caseReference);

  /** The role stands in for the case's tasks: its holders work them and see the case. */
  void standIn(String process, String caseReference, Role role);

  /** Whether one of the caller's roles stands in on the case. */
  boolean standsIn(Caller caller, String process, String caseReference);
}
