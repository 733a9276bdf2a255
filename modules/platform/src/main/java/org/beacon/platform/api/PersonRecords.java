package org.beacon.platform.api;

import java.time.Instant;
import java.util.List;

/**
 * Everything a module holds about one person, for a subject access request and for a child's file
 * moving to a new school. The platform gathers through this contract, never through a module's
 * tables: each business module that keeps records about pupils or staff implements it as a CDI
 * bean.
 *
 * <p>An item is the record as it is stored, untouched: redaction is the reader's layer over it. An
 * item lists the other people it names (other pupils' references, staff usernames or names,
 * reporters) so that whoever discloses it can redact them.
 */
public interface PersonRecords {

  /** The module's name, e.g. {@code incidents}. */
  String module();

  /** Every record the module holds about the person; empty when there is none. */
  List<Item> about(Subject subject);

  /** Whom a request is about. */
  enum SubjectKind {
    /** A pupil, by the school's pupil reference. */
    PUPIL,
    /** A member of staff, by their username. */
    STAFF
  }

  /**
   * The person a request is about.
   *
   * @param kind a pupil or a member of staff
   * @param reference the pupil reference or the staff username, as stored
   */
  record Subject(SubjectKind kind, String reference) {}

  /**
   * One record about the person.
   *
   * @param recordClass what kind of record, e.g. {@code incident}, {@code allegation}
   * @param reference the record's reference, unique across Beacon (e.g. {@code INC-2026-0001})
   * @param date when the record was made
   * @param title a one-line title
   * @param fields the record's contents, label and text, in reading order
   * @param otherPeople the other people the item names: pupil references, staff, reporters
   */
  record Item(
      String recordClass,
      String reference,
      Instant date,
      String title,
      List<Field> fields,
      List<String> otherPeople) {
    public Item {
      fields = List.copyOf(fields);
      otherPeople = List.copyOf(otherPeople);
    }
  }

  /**
   * A labelled part of a record.
   *
   * @param label e.g. {@code What happened}
   * @param text the stored text, never null (empty when the record has none)
   */
  record Field(String label, String text) {
    public Field {
      text = text == null ? "" : text;
    }
  }
}
