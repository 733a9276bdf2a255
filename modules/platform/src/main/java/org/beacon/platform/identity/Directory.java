package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;

/** The people who may sign in, their roles and aliases; who a name in a case may mean. */
@ApplicationScoped
public class Directory implements People {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject PasswordHashing passwords;

  public Optional<BeaconUser> find(String username) {
    return em.createNamedQuery(BeaconUser.BY_USERNAME, BeaconUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Person> byUsername(String username) {
    return username == null
        ? Optional.empty()
        : find(username.trim()).filter(BeaconUser::enabled).map(BeaconUser::person);
  }

  @Override
  public NameMatch resolve(String usernameOrName) {
    return PersonNames.match(usernameOrName, entries());
  }

  @Override
  public List<Person> holding(Role role) {
    // Asked at every task's creation (who may work it): only the role's holders are read.
    return em
        .createNamedQuery(BeaconUser.HOLDING, BeaconUser.class)
        .setParameter("role", role)
        .getResultList()
        .stream()
        .map(BeaconUser::person)
        .toList();
  }

  @Override
  public List<Person> search(String text, int max) {
    return PersonNames.search(text, entries(), max);
  }

  /** The people with these ids, enabled or not: who a case named, whatever became of them since. */
  public List<Person> byIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select distinct u from BeaconUser u left join fetch u.roles where u.id in :ids",
            BeaconUser.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(BeaconUser::person)
        .toList();
  }

  /** Everyone enabled, with their aliases: two queries, whatever the size of the school. */
  private List<PersonNames.Entry> entries() {
    Map<Long, List<String>> aliases = new HashMap<>();
    for (Object[] row : em.createNamedQuery(BeaconUser.ALIASES, Object[].class).getResultList()) {
      aliases.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
    }
    return enabled().stream()
        .map(u -> new PersonNames.Entry(u.person(), aliases.getOrDefault(u.id(), List.of())))
        .toList();
  }

  private List<BeaconUser> enabled() {
    return em.createNamedQuery(BeaconUser.ENABLED, BeaconUser.class).getResultList();
  }

  /** Everyone, enabled or not, with their aliases, by username. */
  public List<UserView> everyone() {
    Map<Long, List<String>> aliases = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(BeaconUser.ALL_ALIASES, Object[].class).getResultList()) {
      aliases.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
    }
    return em.createNamedQuery(BeaconUser.EVERYONE, BeaconUser.class).getResultList().stream()
        .map(
            u -> UserView.of(u, aliases.getOrDefault(u.id(), List.of()).stream().sorted().toList()))
        .toList();
  }

  /** One person as the directory's screens show them. */
  public Optional<UserView> view(String username) {
    return find(username).map(u -> UserView.of(u, aliasesOf(u)));
  }

  List<String> aliasesOf(BeaconUser user) {
    return em
        .createNamedQuery(BeaconUser.ALIASES_OF, String.class)
        .setParameter("id", user.id())
        .getResultList()
        .stream()
        .sorted()
        .toList();
  }

  /**
   * Everyone, enabled or not, whose e-mail address or username is {@code value}, ignoring case: who
   * a sign-in at the school's identity provider may be. More than one is a directory mistake the
   * caller must refuse, not guess at.
   */
  public List<BeaconUser> signInNamed(String value) {
    return em.createQuery(
            "select distinct u from BeaconUser u left join fetch u.roles"
                + " where lower(u.email) = :value or lower(u.username) = :value",
            BeaconUser.class)
        .setParameter("value", value.trim().toLowerCase(java.util.Locale.ROOT))
        .getResultList();
  }

  public boolean isEmpty() {
    return em.createNamedQuery(BeaconUser.COUNT, Long.class).getSingleResult() == 0L;
  }

  @Transactional
  public BeaconUser create(String username, String displayName, char[] password, Set<Role> roles) {
    return create(username, displayName, password, roles, List.of());
  }

  @Transactional
  public BeaconUser create(
      String username, String displayName, char[] password, Set<Role> roles, List<String> aliases) {
    BeaconUser user = new BeaconUser(username, displayName, passwords.hash(password), roles);
    user.setAliases(aliases);
    em.persist(user);
    return user;
  }
}
