package org.beacon.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Pupils;
import org.beacon.platform.api.Role;
import org.beacon.records.domain.AgreementRepository;
import org.beacon.records.domain.AgreementType;
import org.beacon.records.domain.Audience;
import org.beacon.records.domain.DeclarationRepository;
import org.beacon.records.domain.DeclaredConnection;
import org.beacon.records.domain.DeviceSearch;
import org.beacon.records.domain.PhotoConsent;
import org.beacon.records.domain.PhotoConsentRepository;
import org.beacon.records.domain.Signature;
import org.beacon.records.domain.TrainingCourse;
import org.beacon.records.domain.TrainingRecord;
import org.beacon.records.domain.TrainingRepository;

/**
 * The module's repositories, the directory, the pupil register and the audit trail in memory, as
 * the migration seeds them: real implementations of the interfaces for the tests.
 */
public class InMemory {

  private final AtomicLong ids = new AtomicLong(100);

  public final Map<String, AgreementType> types = new LinkedHashMap<>();
  public final List<Signature> signatures = new ArrayList<>();
  public final List<PhotoConsent> consents = new ArrayList<>();
  public final Map<String, TrainingCourse> courses = new LinkedHashMap<>();
  public final List<TrainingRecord> training = new ArrayList<>();
  public final List<DeviceSearch> searches = new ArrayList<>();
  public final List<DeclaredConnection> connections = new ArrayList<>();
  public final Map<String, Person> directory = new LinkedHashMap<>();
  public final Map<String, Pupil> register = new LinkedHashMap<>();
  public final List<String> audit = new ArrayList<>();

  public InMemory() {
    type(
        1,
        "staff-aup",
        "Staff and volunteer acceptable use agreement",
        Audience.STAFF,
        "staff-aup",
        false);
    type(
        2,
        "pupil-aup-ks2",
        "Pupil acceptable use agreement (KS2)",
        Audience.PUPIL,
        "pupil-aup",
        false);
    type(
        3,
        "pupil-aup-ks1",
        "Pupil acceptable use agreement (KS1)",
        Audience.PUPIL,
        "pupil-aup",
        false);
    type(
        5,
        "parent-aup",
        "Parent and carer acceptable use agreement",
        Audience.PARENT,
        "parent-aup",
        false);
    type(7, "social-media", "Social media acknowledgement", Audience.STAFF, "social-media", true);
    course("esafety-awareness", "E-safety awareness", 12);
    course("dsl", "DSL training", 24);
    course("prevent", "Prevent", 24);
    person(1, "staff", "Sam Staff", Role.STAFF);
    person(2, "staff2", "Sasha Staff", Role.STAFF);
    person(3, "dsl", "Dana Lead", Role.DSL);
    person(4, "head", "Harriet Head", Role.HEAD);
    person(5, "governor", "Gwen Governor", Role.GOVERNOR);
    person(6, "office", "Olive Office", Role.OFFICE);
    person(7, "admin", "Alex Admin", Role.ADMIN);
  }

  private void type(
      long id, String code, String title, Audience audience, String kind, boolean skippable) {
    types.put(code, new AgreementType(id, code, title, audience, kind, skippable));
  }

  private void course(String code, String title, int months) {
    courses.put(code, new TrainingCourse(code, title, months));
  }

  public void person(long id, String username, String name, Role... roles) {
    directory.put(username, new Person(id, username, name, EnumSet.copyOf(List.of(roles))));
  }

  public void pupil(Pupil pupil) {
    register.put(pupil.reference().toLowerCase(Locale.ROOT), pupil);
  }

  /** Gives an entity without a database the id the sequence would. */
  private <T> T withId(T entity) {
    try {
      var field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      if (field.get(entity) == null) {
        field.set(entity, ids.incrementAndGet());
      }
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  public final AgreementRepository agreements =
      new AgreementRepository() {
        @Override
        public List<AgreementType> types() {
          return List.copyOf(types.values());
        }

        @Override
        public Optional<AgreementType> type(String code) {
          return Optional.ofNullable(types.get(code));
        }

        @Override
        public Signature add(Signature signature) {
          signatures.add(withId(signature));
          return signature;
        }

        @Override
        public List<Signature> signaturesOf(String username) {
          return signatures.stream()
              .filter(s -> username.equals(s.signerUsername()))
              .sorted(Comparator.comparing(Signature::signedAt).reversed())
              .toList();
        }

        @Override
        public Set<String> signedBy(String code, int version, Collection<String> usernames) {
          return signatures.stream()
              .filter(
                  s ->
                      s.agreementCode().equals(code)
                          && s.version() == version
                          && usernames.contains(s.signerUsername()))
              .map(Signature::signerUsername)
              .collect(Collectors.toSet());
        }

        @Override
        public Set<String> pupilsSignedFor(String code, int version) {
          return signatures.stream()
              .filter(
                  s ->
                      s.agreementCode().equals(code)
                          && s.version() == version
                          && s.pupilReference() != null)
              .map(Signature::pupilReference)
              .collect(Collectors.toCollection(HashSet::new));
        }
      };

  public final PhotoConsentRepository photoConsents =
      new PhotoConsentRepository() {
        @Override
        public PhotoConsent add(PhotoConsent consent) {
          consents.add(withId(consent));
          return consent;
        }

        @Override
        public Optional<PhotoConsent> find(long id) {
          return consents.stream().filter(c -> c.id() == id).findFirst();
        }

        @Override
        public List<PhotoConsent> latestPerPupil() {
          Map<String, PhotoConsent> latest = new LinkedHashMap<>();
          consents.stream()
              .sorted(
                  Comparator.comparing(PhotoConsent::answeredOn)
                      .thenComparing(PhotoConsent::id)
                      .reversed())
              .forEach(c -> latest.putIfAbsent(c.pupilReference().toLowerCase(Locale.ROOT), c));
          return List.copyOf(latest.values());
        }

        @Override
        public Optional<PhotoConsent> latestFor(String reference) {
          return latestPerPupil().stream()
              .filter(c -> c.pupilReference().equalsIgnoreCase(reference))
              .findFirst();
        }
      };

  public final TrainingRepository trainingRecords =
      new TrainingRepository() {
        @Override
        public List<TrainingCourse> courses() {
          return List.copyOf(courses.values());
        }

        @Override
        public Optional<TrainingCourse> course(String code) {
          return Optional.ofNullable(courses.get(code));
        }

        @Override
        public TrainingRecord add(TrainingRecord record) {
          training.add(withId(record));
          return record;
        }

        @Override
        public List<TrainingRecord> recordsOf(String username) {
          return training.stream().filter(r -> r.username().equals(username)).toList();
        }

        @Override
        public List<TrainingRecord> all() {
          return List.copyOf(training);
        }
      };

  public final DeclarationRepository declarations =
      new DeclarationRepository() {
        @Override
        public DeviceSearch add(DeviceSearch search) {
          searches.add(withId(search));
          return search;
        }

        @Override
        public Optional<DeviceSearch> search(long id) {
          return searches.stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public List<DeviceSearch> searches() {
          List<DeviceSearch> newest = new ArrayList<>(searches);
          java.util.Collections.reverse(newest);
          return newest;
        }

        @Override
        public DeclaredConnection add(DeclaredConnection connection) {
          connections.add(withId(connection));
          return connection;
        }

        @Override
        public Optional<DeclaredConnection> connection(long id) {
          return connections.stream().filter(c -> c.id() == id).findFirst();
        }

        @Override
        public List<DeclaredConnection> connections() {
          List<DeclaredConnection> newest = new ArrayList<>(connections);
          java.util.Collections.reverse(newest);
          return newest;
        }
      };

  public final People people =
      new People() {
        @Override
        public Optional<Person> byUsername(String username) {
          return Optional.ofNullable(directory.get(username));
        }

        @Override
        public NameMatch resolve(String usernameOrName) {
          throw new IllegalStateException("not used by the school records");
        }

        @Override
        public List<Person> holding(Role role) {
          return directory.values().stream().filter(p -> p.has(role)).toList();
        }

        @Override
        public List<Person> search(String text, int max) {
          return directory.values().stream()
              .filter(p -> p.username().contains(text))
              .limit(max)
              .toList();
        }
      };

  public final Pupils pupils =
      new Pupils() {
        @Override
        public Optional<Pupil> find(String reference) {
          return Optional.ofNullable(register.get(reference.trim().toLowerCase(Locale.ROOT)));
        }

        @Override
        public List<Pupil> search(String text, int max) {
          return register.values().stream()
              .filter(
                  p ->
                      p.reference()
                          .toLowerCase(Locale.ROOT)
                          .contains(text.toLowerCase(Locale.ROOT)))
              .sorted(Comparator.comparing(Pupil::reference))
              .limit(max)
              .toList();
        }
      };

  public final AuditLog auditLog =
      new AuditLog() {
        @Override
        public void allowed(String action, String resourceType, String resourceId) {
          audit.add("allowed " + action + " " + resourceType + " " + resourceId);
        }

        @Override
        public void allowed(String action, String resourceType, String resourceId, String detail) {
          audit.add(
              "allowed " + action + " " + resourceType + " " + resourceId + " (" + detail + ")");
        }

        @Override
        public void denied(String action, String resourceType, String resourceId, String reason) {
          audit.add(
              "denied " + action + " " + resourceType + " " + resourceId + " (" + reason + ")");
        }
      };
}
