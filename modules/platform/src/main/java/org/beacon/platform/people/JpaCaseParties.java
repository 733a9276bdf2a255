package org.beacon.platform.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;
import org.beacon.platform.identity.Directory;

/**
 * The people named in cases, kept in {@code pf_case_mention}: the caller is compared by the id of
 * their directory entry, never by a name.
 */
@ApplicationScoped
public class JpaCaseParties implements CaseParties {

  static final String SUBJECT_OF =
      "select distinct m.caseReference from CaseMention m join m.people p, BeaconUser u"
          + " where u.username = :username and p = u.id and m.part = :part and m.status <> :rejected"
          + " and m.process = :process";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject People people;
  @Inject Directory directory;

  Clock clock = Clock.systemUTC();

  @Override
  @Transactional(TxType.MANDATORY)
  public NameMatch name(String process, String caseReference, Part part, String asGiven) {
    NameMatch match = people.resolve(asGiven);
    record(process, caseReference, part, match);
    return match;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void record(String process, String caseReference, Part part, NameMatch match) {
    em.persist(new CaseMention(process, caseReference, part, match, clock.instant()));
  }

  @Override
  public boolean isSubject(Caller caller, String process, String caseReference) {
    return !subjectOf(caller, process, List.of(caseReference)).isEmpty();
  }

  @Override
  public Set<String> subjectOf(Caller caller, String process, Collection<String> caseReferences) {
    if (caseReferences.isEmpty()) {
      return Set.of();
    }
    // The cases naming the caller (a few at most) rather than "which of these": one query shape
    // whatever the size of the page.
    Set<String> naming =
        new HashSet<>(
            em.createQuery(SUBJECT_OF, String.class)
                .setParameter("username", caller.username())
                .setParameter("part", Part.SUBJECT)
                .setParameter("rejected", Status.REJECTED)
                .setParameter("process", process)
                .getResultList());
    naming.retainAll(caseReferences);
    return naming;
  }

  @Override
  public List<Case> casesAbout(Caller caller) {
    return em
        .createQuery(
            "select distinct m.process, m.caseReference from CaseMention m join m.people p, BeaconUser u"
                + " where u.username = :username and p = u.id and m.part = :part and m.status <> :rejected",
            Object[].class)
        .setParameter("username", caller.username())
        .setParameter("part", Part.SUBJECT)
        .setParameter("rejected", Status.REJECTED)
        .getResultList()
        .stream()
        .map(row -> new Case((String) row[0], (String) row[1]))
        .toList();
  }

  @Override
  public List<Mention> mentions(String process, String caseReference) {
    List<CaseMention> mentions = mentionsOf(process, caseReference);
    Map<Long, Person> byId =
        byIds(mentions.stream().flatMap(m -> m.people().stream()).collect(Collectors.toSet()));
    return mentions.stream().map(m -> view(m, byId)).toList();
  }

  /** One mention, with the people it names. */
  public Optional<Mention> mention(long id) {
    return Optional.ofNullable(em.find(CaseMention.class, id)).map(m -> view(m, byIds(m.people())));
  }

  /** A DSL links a name to one person. */
  @Transactional
  public Mention link(long mentionId, long personId, String by) {
    CaseMention mention = em.find(CaseMention.class, mentionId);
    mention.link(personId, by, clock.instant());
    return view(mention, byIds(mention.people()));
  }

  /** A DSL finds the name means nobody matched. */
  @Transactional
  public Mention reject(long mentionId, String by) {
    CaseMention mention = em.find(CaseMention.class, mentionId);
    mention.reject(by, clock.instant());
    return view(mention, Map.of());
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void standIn(String process, String caseReference, Role role) {
    if (standingIn(process, caseReference).contains(role.id())) {
      return;
    }
    em.createNativeQuery(
            "insert into pf_case_stand_in (process_key, case_ref, role, created_at) values (?1, ?2, ?3, ?4)")
        .setParameter(1, process)
        .setParameter(2, caseReference)
        .setParameter(3, role.id())
        .setParameter(4, clock.instant())
        .executeUpdate();
  }

  @Override
  public boolean standsIn(Caller caller, String process, String caseReference) {
    Set<String> roles = standingIn(process, caseReference);
    return caller.groups().stream().anyMatch(roles::contains);
  }

  private Set<String> standingIn(String process, String caseReference) {
    List<?> rows =
        em.createNativeQuery(
                "select role from pf_case_stand_in where process_key = ?1 and case_ref = ?2")
            .setParameter(1, process)
            .setParameter(2, caseReference)
            .getResultList();
    return rows.stream().map(String::valueOf).collect(Collectors.toSet());
  }

  private List<CaseMention> mentionsOf(String process, String caseReference) {
    return em.createQuery(
            "select m from CaseMention m where m.process = :process and m.caseReference = :ref order by m.id",
            CaseMention.class)
        .setParameter("process", process)
        .setParameter("ref", caseReference)
        .getResultList();
  }

  private Map<Long, Person> byIds(Set<Long> ids) {
    Map<Long, Person> byId = new HashMap<>();
    directory.byIds(ids).forEach(p -> byId.put(p.id(), p));
    return byId;
  }

  private static Mention view(CaseMention m, Map<Long, Person> byId) {
    return new Mention(
        m.id(),
        m.process(),
        m.caseReference(),
        m.part(),
        m.asGiven(),
        m.kind(),
        m.status(),
        m.people().stream().map(byId::get).filter(p -> p != null).toList());
  }
}
