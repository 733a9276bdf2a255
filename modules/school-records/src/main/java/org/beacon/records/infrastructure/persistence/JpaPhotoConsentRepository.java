package org.beacon.records.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.beacon.records.domain.PhotoConsent;
import org.beacon.records.domain.PhotoConsentRepository;

/** Photo and image consents, table {@code rec_photo_consent}. */
@ApplicationScoped
public class JpaPhotoConsentRepository implements PhotoConsentRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public PhotoConsent add(PhotoConsent consent) {
    em.persist(consent);
    return consent;
  }

  @Override
  public Optional<PhotoConsent> find(long id) {
    return Optional.ofNullable(em.find(PhotoConsent.class, id));
  }

  @Override
  public List<PhotoConsent> latestPerPupil() {
    Map<String, PhotoConsent> latest = new LinkedHashMap<>();
    for (PhotoConsent c :
        em.createQuery(
                "select c from PhotoConsent c order by c.answeredOn desc, c.recordedAt desc, c.id desc",
                PhotoConsent.class)
            .getResultList()) {
      latest.putIfAbsent(c.pupilReference().toLowerCase(Locale.ROOT), c);
    }
    return List.copyOf(latest.values());
  }

  @Override
  public Optional<PhotoConsent> latestFor(String pupilReference) {
    return em.createQuery(
            "select c from PhotoConsent c where lower(c.pupilReference) = :p order by c.answeredOn desc, c.recordedAt desc, c.id desc",
            PhotoConsent.class)
        .setParameter("p", pupilReference.toLowerCase(Locale.ROOT))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
