package org.beacon.governance.domain.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The words of a policy version: its text, or the bytes of the file uploaded. Apart from the
 * version so that listing versions never loads documents.
 */
@Entity
@Table(name = "gov_policy_content")
public class PolicyContent {

  /** The largest text a version may have, in characters. */
  public static final int MAX_TEXT = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gov_policy_content_seq")
  @SequenceGenerator(
      name = "gov_policy_content_seq",
      sequenceName = "gov_policy_content_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "body_text", length = MAX_TEXT, updatable = false)
  private String text;

  @Column(name = "file_bytes", updatable = false)
  private byte[] fileBytes;

  protected PolicyContent() {}

  private PolicyContent(String text, byte[] fileBytes) {
    this.text = text;
    this.fileBytes = fileBytes;
  }

  public static PolicyContent text(String text) {
    return new PolicyContent(text, null);
  }

  public static PolicyContent file(byte[] bytes) {
    return new PolicyContent(null, bytes.clone());
  }

  public String text() {
    return text;
  }

  public byte[] fileBytes() {
    return fileBytes == null ? null : fileBytes.clone();
  }
}
