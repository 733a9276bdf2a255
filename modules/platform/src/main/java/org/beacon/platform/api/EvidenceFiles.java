package org.beacon.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Evidence files on a case (letters, screenshots; never indecent images of children, which are
 * reported, not stored), kept in the platform's database table with their SHA-256 so that backups
 * and transactions cover them. A case is named by the key of its process and its reference, as in
 * {@link CaseParties}. The module that owns the case checks need to know and audits every upload
 * and download before it calls this; disposal of the case deletes its files.
 */
public interface EvidenceFiles {

  /** The largest file accepted, in bytes ({@code beacon.evidence.max-bytes}). */
  long maxBytes();

  /**
   * Stores a file on the case, in the caller's transaction; refused (413) above {@link #maxBytes()}
   * and (400) when empty or unnamed.
   */
  EvidenceFile store(
      String process,
      String caseReference,
      String name,
      String contentType,
      byte[] bytes,
      String uploadedBy);

  /** The case's files, oldest first, without their bytes. */
  List<EvidenceFile> list(String process, String caseReference);

  /** One of the case's files with its bytes; empty when the case has no file with this id. */
  Optional<EvidenceFileContent> read(String process, String caseReference, long id);

  /**
   * Every file of the case with its bytes: for exports of the case (a subject access request, a
   * child's file moving school).
   */
  List<EvidenceFileContent> contents(String process, String caseReference);

  /** Deletes every file of the case, in the caller's transaction; how many there were. */
  int deleteAll(String process, String caseReference);

  /**
   * A file as listed.
   *
   * @param id its id, unique across cases
   * @param name the file name as uploaded
   * @param contentType the media type given at upload
   * @param size its size in bytes
   * @param sha256 the SHA-256 of its bytes, in lower-case hex
   * @param uploadedBy who uploaded it
   * @param uploadedAt when
   */
  record EvidenceFile(
      long id,
      String name,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {}

  /**
   * A file with its bytes.
   *
   * @param file the file as listed
   * @param bytes what it holds
   */
  record EvidenceFileContent(EvidenceFile file, byte[] bytes) {}
}
