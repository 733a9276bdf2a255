package org.beacon.platform.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beacon.platform.api.PersonRecords;
import org.beacon.platform.api.PersonRecords.Field;
import org.beacon.platform.api.PersonRecords.Item;
import org.beacon.platform.api.PersonRecords.Subject;
import org.beacon.platform.audit.AuditEvent;

/**
 * Everything Beacon holds about one person: what each module's {@link PersonRecords} answers, then
 * the audit trail's reads of those records (who read them, when), oldest first within each.
 */
@ApplicationScoped
public class PersonFile {

  /** At most this many audit rows are disclosed: the newest. */
  static final int MAX_AUDIT_ROWS = 500;

  @Inject @Any Instance<PersonRecords> modules;

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  /** The records, untouched, each module's in its order, then the audit trail's reads. */
  @Transactional
  public List<Item> gather(Subject subject) {
    List<Item> items = new ArrayList<>();
    List<PersonRecords> sorted = new ArrayList<>();
    modules.forEach(sorted::add);
    sorted.sort(Comparator.comparing(PersonRecords::module));
    for (PersonRecords module : sorted) {
      items.addAll(module.about(subject));
    }
    Set<String> references = new HashSet<>();
    references.add(subject.reference());
    items.forEach(i -> references.add(i.reference()));
    items.addAll(reads(references));
    return items;
  }

  private List<Item> reads(Set<String> references) {
    List<AuditEvent> events =
        em.createQuery(
                "select e from AuditEvent e where e.resourceId in :refs"
                    + " and e.action = 'read' and e.outcome = :allowed order by e.id desc",
                AuditEvent.class)
            .setParameter("refs", references)
            .setParameter("allowed", AuditEvent.Outcome.ALLOWED)
            .setMaxResults(MAX_AUDIT_ROWS)
            .getResultList();
    List<Item> reads = new ArrayList<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      AuditEvent e = events.get(i);
      reads.add(
          new Item(
              "audit",
              "AUDIT-" + e.id(),
              e.occurredAt(),
              "Read of " + e.resourceType() + " " + e.resourceId(),
              List.of(
                  new Field("Read by", e.actor()),
                  new Field("When", e.occurredAt().toString()),
                  new Field("What", e.resourceType() + " " + e.resourceId())),
              List.of(e.actor())));
    }
    return reads;
  }
}
