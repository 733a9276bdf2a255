package org.beacon.platform.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a release disclosed, when, by whom and to whom. Written once. */
@Entity
@Table(name = "pf_disclosure")
public class Disclosure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Column(name = "disclosed_to", nullable = false, length = 200, updatable = false)
  private String disclosedTo;

  @Column(name = "disclosed_at", nullable = false, updatable = false)
  private Instant disclosedAt;

  @Column(name = "disclosed_by", nullable = false, length = 100, updatable = false)
  private String disclosedBy;

  @Column(name = "redaction_version", nullable = false, updatable = false)
  private int redactionVersion;

  @Column(name = "item_refs", nullable = false, length = 4000, updatable = false)
  private String itemRefs;

  @Column(name = "export_sha256", nullable = false, length = 64, updatable = false)
  private String exportSha256;

  protected Disclosure() {}

  Disclosure(
      long requestId,
      String disclosedTo,
      Instant disclosedAt,
      String disclosedBy,
      int redactionVersion,
      String itemRefs,
      String exportSha256) {
    this.requestId = requestId;
    this.disclosedTo = disclosedTo;
    this.disclosedAt = disclosedAt;
    this.disclosedBy = disclosedBy;
    this.redactionVersion = redactionVersion;
    this.itemRefs = itemRefs.length() > 4000 ? itemRefs.substring(0, 3999) + "…" : itemRefs;
    this.exportSha256 = exportSha256;
  }

  public String disclosedTo() {
    return disclosedTo;
  }

  public Instant disclosedAt() {
    return disclosedAt;
  }

  public String disclosedBy() {
    return disclosedBy;
  }

  public int redactionVersion() {
    return redactionVersion;
  }

  public String itemRefs() {
    return itemRefs;
  }

  public String exportSha256() {
    return exportSha256;
  }
}
