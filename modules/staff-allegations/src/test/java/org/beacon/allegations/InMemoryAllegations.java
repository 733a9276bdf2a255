package org.beacon.allegations;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationReference;
import org.beacon.allegations.domain.AllegationRepository;

/** Allegations kept in memory, for process tests: the same contract as the JPA repository. */
public class InMemoryAllegations implements AllegationRepository {

  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Allegation> byId = new ConcurrentHashMap<>();

  @Override
  public Allegation add(Allegation allegation) {
    long id = ids.incrementAndGet();
    try {
      Field field = Allegation.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(allegation, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    byId.put(id, allegation);
    return allegation;
  }

  @Override
  public List<Allegation> closed() {
    return byId.values().stream()
        .filter(a -> a.status() == org.beacon.allegations.domain.AllegationStatus.CLOSED)
        .toList();
  }

  @Override
  public void remove(Allegation allegation) {
    byId.remove(allegation.id());
  }

  @Override
  public Optional<Allegation> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Allegation> findByReference(String reference) {
    return AllegationReference.parse(reference)
        .flatMap(
            parsed ->
                byId.values().stream()
                    .filter(
                        a ->
                            a.code().equals(parsed.code())
                                && a.reference().equals(parsed.toString()))
                    .findFirst());
  }

  @Override
  public List<Allegation> search(AllegationQuery query, int first, int max) {
    List<Allegation> found = new ArrayList<>();
    for (Allegation a : byId.values()) {
      boolean head = a.accused().headteacher();
      boolean inScope =
          (query.staffCases() && !head)
              || (query.headCases() && head)
              || (query.raisedBy() != null && query.raisedBy().equals(a.raisedBy()));
      boolean passes =
          !query.excludeCodes().contains(a.code())
              && (query.status() == null || query.status() == a.status())
              && (query.accusedReference() == null
                  || query.accusedReference().equals(a.accused().reference()))
              && (query.from() == null || !a.raisedAt().isBefore(query.from()))
              && (query.to() == null || a.raisedAt().isBefore(query.to()));
      if (inScope && passes) {
        found.add(a);
      }
    }
    found.sort(Comparator.comparing(Allegation::raisedAt).thenComparing(Allegation::id).reversed());
    return found.stream().skip(first).limit(max).toList();
  }

  @Override
  public long countLowLevelConcerns(String accusedReference, Instant since) {
    return byId.values().stream()
        .filter(Allegation::lowLevelConcern)
        .filter(a -> a.accused().reference().equals(accusedReference))
        .filter(a -> !a.raisedAt().isBefore(since))
        .count();
  }

  public List<Allegation> all() {
    return byId.values().stream().sorted(Comparator.comparing(Allegation::id)).toList();
  }
}
