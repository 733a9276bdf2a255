package org.beacon.platform.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One message to one person in the alert outbox ({@code pf_alert}). Written in the transaction of
 * the work that raised it; sent later by {@link AlertDispatcher}. What it will say is all here, and
 * none of it comes from the case's content.
 */
@Entity
@Table(name = "pf_alert")
public class QueuedAlert {

  /** Where a message stands. */
  public enum Status {
    QUEUED,
    SENT,
    FAILED,
    /** Not sent, and never will be: the person left, has no address, or turned the digest off. */
    DROPPED
  }

  static final int MAX_ATTEMPTS = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dedupe_key", nullable = false, length = 200)
  private String dedupeKey;

  @Column(nullable = false, length = 100)
  private String recipient;

  @Column(nullable = false, length = 40)
  private String event;

  @Column(nullable = false, length = 10)
  private String delivery;

  @Column(name = "process_key", length = 64)
  private String process;

  @Column(name = "case_ref", length = 100)
  private String reference;

  @Column(length = 255)
  private String step;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(length = 500)
  private String link;

  @Column(nullable = false, length = 10)
  private String status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /**
   * The node sending this message now, until {@link #claimedUntil}; see {@code
   * JpaAlertOutbox.claim}.
   */
  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected QueuedAlert() {}

  public QueuedAlert(
      AlertEvent event, String recipient, Delivery delivery, String link, Instant now) {
    this.dedupeKey = clip(event.dedupeKey(), 200);
    this.recipient = recipient;
    this.event = clip(event.event(), 40);
    this.delivery = delivery.id();
    this.process = clip(event.process(), 64);
    this.reference = clip(event.reference(), 100);
    this.step = clip(event.step(), 255);
    this.dueAt = event.dueAt();
    this.link = clip(link, 500);
    this.status = Status.QUEUED.name();
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String dedupeKey() {
    return dedupeKey;
  }

  public String recipient() {
    return recipient;
  }

  public String event() {
    return event;
  }

  public Delivery delivery() {
    return Delivery.fromId(delivery).orElse(Delivery.NOW);
  }

  public String process() {
    return process;
  }

  public String reference() {
    return reference;
  }

  public String step() {
    return step;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public String link() {
    return link;
  }

  public Status status() {
    return Status.valueOf(status);
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String claimedBy() {
    return claimedBy;
  }

  /** Ends this node's claim (see {@code JpaAlertStore}). */
  void release() {
    claimedBy = null;
    claimedUntil = null;
  }

  void sent(Instant now) {
    status = Status.SENT.name();
    sentAt = now;
    attempts++;
    lastError = null;
    release();
  }

  void dropped(String why) {
    status = Status.DROPPED.name();
    lastError = clip(why, 500);
    release();
  }

  /**
   * A failed attempt: tried again after a back-off that doubles from 10 seconds up to 30 minutes;
   * after {@value #MAX_ATTEMPTS} attempts (about four hours) the message is given up as failed.
   */
  void failed(String why, Instant now) {
    attempts++;
    lastError = clip(why, 500);
    release();
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED.name();
      return;
    }
    nextAttemptAt = now.plus(backOff(attempts));
  }

  static Duration backOff(int attempts) {
    long seconds = 10L << Math.min(attempts - 1, 16);
    return Duration.ofSeconds(Math.min(seconds, Duration.ofMinutes(30).toSeconds()));
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
