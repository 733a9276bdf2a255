package org.beacon.platform.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.beacon.platform.api.Role;

/** Someone who signs in to Beacon. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "pf_user")
@NamedQuery(
    name = BeaconUser.BY_USERNAME,
    query = "select u from BeaconUser u left join fetch u.roles where u.username = :username")
@NamedQuery(name = BeaconUser.COUNT, query = "select count(u) from BeaconUser u")
@NamedQuery(
    name = BeaconUser.HOLDING,
    query =
        "select distinct u from BeaconUser u left join fetch u.roles"
            + " where u.enabled = true and :role member of u.roles order by u.id")
@NamedQuery(
    name = BeaconUser.ALIASES,
    query = "select u.id, a from BeaconUser u join u.aliases a where u.enabled = true")
@NamedQuery(
    name = BeaconUser.ENABLED,
    query = "select distinct u from BeaconUser u left join fetch u.roles where u.enabled = true order by u.id")
public class BeaconUser {

  static final String BY_USERNAME = "BeaconUser.byUsername";
  static final String COUNT = "BeaconUser.count";
  static final String ENABLED = "BeaconUser.enabled";
  static final String ALIASES = "BeaconUser.aliases";
  static final String HOLDING = "BeaconUser.holding";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "pf_user_alias", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "alias", length = 200)
  private Set<String> aliases = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "pf_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 20)
  @Convert(converter = RoleColumn.class)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected BeaconUser() {}

  public BeaconUser(String username, String displayName, String passwordHash, Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  /** Other names the person is known by: network accounts, a married name, a short name. */
  public List<String> aliases() {
    return List.copyOf(aliases);
  }

  public void setAliases(List<String> aliases) {
    this.aliases.clear();
    this.aliases.addAll(aliases);
  }

  /** The person as modules see them. */
  public org.beacon.platform.api.Person person() {
    return new org.beacon.platform.api.Person(id, username, displayName, roles());
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
