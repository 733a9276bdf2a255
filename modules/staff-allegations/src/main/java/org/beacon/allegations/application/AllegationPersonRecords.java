package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.AllegationRepository.AllegationQuery;
import org.beacon.allegations.domain.InvolvedChild;
import org.beacon.platform.api.PersonRecords;

/**
 * The allegations about a member of staff, for their subject access request: only where they are
 * the subject (never the allegations they reported or were a witness to). Pupils named in an
 * allegation learn of it through their own records elsewhere, not here.
 */
@ApplicationScoped
public class AllegationPersonRecords implements PersonRecords {

  /** More allegations than any one person has; a bound so the gathering is never unbounded. */
  private static final int MAX = 500;

  @Inject AllegationRepository allegations;

  @Override
  public String module() {
    return "staff-allegations";
  }

  @Override
  @Transactional
  public List<Item> about(Subject subject) {
    if (subject.kind() != SubjectKind.STAFF) {
      return List.of();
    }
    AllegationQuery query =
        new AllegationQuery(
            true,
            true,
            null,
            null,
            AccusedStaff.referenceOf(subject.reference()),
            null,
            null,
            null);
    return allegations.search(query, 0, MAX).stream().map(a -> item(a, subject)).toList();
  }

  private static Item item(Allegation a, Subject subject) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Raised at", String.valueOf(a.raisedAt())));
    fields.add(new Field("Raised by", a.raisedBy()));
    if (a.reporter() != null) {
      fields.add(new Field("Reported by", a.reporter().name()));
    }
    fields.add(new Field("What happened", a.whatHappened()));
    fields.add(
        new Field(
            "Children involved",
            String.join(", ", a.children().stream().map(InvolvedChild::reference).toList())));
    fields.add(new Field("Status", a.status().name().toLowerCase()));
    if (a.outcome() != null) {
      fields.add(new Field("Outcome", a.outcome().name().toLowerCase()));
    }
    if (a.ladoAdvice() != null) {
      fields.add(new Field("LADO advice", a.ladoAdvice()));
    }
    Set<String> others = new LinkedHashSet<>();
    if (a.raisedBy() != null) {
      others.add(a.raisedBy());
    }
    if (a.reporter() != null && a.reporter().name() != null) {
      others.add(a.reporter().name());
    }
    a.children().stream().map(InvolvedChild::reference).forEach(others::add);
    if (a.ladoName() != null) {
      others.add(a.ladoName());
    }
    others.remove(subject.reference());
    others.remove(null);
    return new Item(
        "allegation",
        a.reference(),
        a.raisedAt(),
        "Allegation about you",
        fields,
        List.copyOf(others));
  }
}
