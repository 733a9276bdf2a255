package org.beacon.incidents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.InvolvedPupil;
import org.beacon.incidents.domain.InvolvedStaff;
import org.beacon.platform.api.PersonRecords;

/**
 * The incidents about a person, for a subject access request or a child's file moving school: every
 * incident that names the pupil, or the member of staff, as stored.
 */
@ApplicationScoped
public class IncidentPersonRecords implements PersonRecords {

  @Inject IncidentRepository incidents;

  @Override
  public String module() {
    return "incidents";
  }

  @Override
  @Transactional
  public List<Item> about(Subject subject) {
    List<Incident> found =
        subject.kind() == SubjectKind.PUPIL
            ? incidents.involvingPupil(subject.reference())
            : incidents.involvingStaff(subject.reference());
    return found.stream().map(i -> item(i, subject)).toList();
  }

  private static Item item(Incident incident, Subject subject) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Reported by", incident.reportedBy()));
    fields.add(new Field("Reported at", text(incident.reportedAt())));
    fields.add(new Field("Happened at", text(incident.occurredAt())));
    fields.add(new Field("Where", incident.location()));
    fields.add(new Field("Type", incident.incidentType()));
    fields.add(new Field("What happened", incident.description()));
    fields.add(
        new Field(
            "Pupils involved",
            incident.pupils().stream()
                .map(InvolvedPupil::reference)
                .collect(Collectors.joining(", "))));
    fields.add(
        new Field(
            "Staff involved",
            incident.staff().stream()
                .map(InvolvedStaff::reference)
                .collect(Collectors.joining(", "))));
    fields.add(new Field("Status", incident.status().name().toLowerCase()));
    if (incident.classification() != null) {
      fields.add(new Field("Classification", incident.classification().name().toLowerCase()));
    }
    if (incident.recommendedActions() != null) {
      fields.add(new Field("Recommended actions", incident.recommendedActions()));
    }
    if (!incident.actionsTaken().isEmpty()) {
      fields.add(new Field("Actions taken", String.join(", ", incident.actionsTaken())));
    }
    if (incident.otherActions() != null) {
      fields.add(new Field("Other actions", incident.otherActions()));
    }
    if (incident.outcomeSummary() != null) {
      fields.add(new Field("Outcome", incident.outcomeSummary()));
    }
    if (incident.closedAt() != null) {
      fields.add(new Field("Closed at", text(incident.closedAt())));
    }
    Set<String> others = new LinkedHashSet<>();
    others.add(incident.reportedBy());
    incident.pupils().stream().map(InvolvedPupil::reference).forEach(others::add);
    incident.staff().stream().map(InvolvedStaff::reference).forEach(others::add);
    others.remove(subject.reference());
    others.remove(null);
    return new Item(
        "incident",
        incident.reference(),
        incident.reportedAt(),
        "E-safety incident: " + incident.incidentType(),
        fields,
        others.stream().filter(Objects::nonNull).toList());
  }

  private static String text(Instant at) {
    return at == null ? "" : at.toString();
  }
}
