package org.beacon.platform.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
    name = BeaconUser.EVERYONE,
    query = "select distinct u from BeaconUser u left join fetch u.roles order by u.username")
@NamedQuery(
    name = BeaconUser.ALL_ALIASES,
    query = "select u.id, a from BeaconUser u join u.aliases a")
@NamedQuery(
    name = BeaconUser.ALIASES_OF,
    query = "select a from BeaconUser u join u.aliases a where u.id = :id")
@NamedQuery(
    name = BeaconUser.ENABLED,
    query =
        "select distinct u from BeaconUser u left join fetch u.roles where u.enabled = true order by u.id")
public class BeaconUser {

  static final String BY_USERNAME = "BeaconUser.byUsername";
  static final String COUNT = "BeaconUser.count";
  static final String ENABLED = "BeaconUser.enabled";
  static final String ALIASES = "BeaconUser.aliases";
  static final String HOLDING = "BeaconUser.holding";
  static final String EVERYONE = "BeaconUser.everyone";
  static final String ALL_ALIASES = "BeaconUser.allAliases";
  static final String ALIASES_OF = "BeaconUser.aliasesOf";

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

  @Column(length = 254)
  private String email;

  /**
   * Set by a password reset (and for people added without a password): every request but choosing
   * one answers 403.
   */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

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

  public String email() {
    return email;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Instant createdAt() {
    return createdAt;
  }

  void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  void setEmail(String email) {
    this.email = email;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  void setRoles(Set<Role> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  /** A new password hash; {@code mustChange} when someone else chose it (a reset). */
  void setPassword(String passwordHash, boolean mustChange) {
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChange;
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
