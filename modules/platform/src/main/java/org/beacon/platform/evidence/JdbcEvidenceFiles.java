package org.beacon.platform.evidence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.EvidenceFiles;
import org.beacon.platform.config.BeaconSettings;
import org.beacon.platform.persistence.PlatformDataSource;
import org.beacon.platform.retention.Sha256;

/**
 * Evidence files in {@code pf_evidence_file}, by plain JDBC on the transaction's connection: a file
 * is stored or deleted with the work that does it.
 */
@ApplicationScoped
public class JdbcEvidenceFiles implements EvidenceFiles {

  private static final String COLUMNS =
      "id, name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  DataSource dataSource;

  long maxBytes = -1;
  Clock clock = Clock.systemUTC();

  /** Files in this database, at most this large: for work outside the container (a test). */
  public static JdbcEvidenceFiles over(DataSource dataSource, long maxBytes) {
    JdbcEvidenceFiles files = new JdbcEvidenceFiles();
    files.dataSource = dataSource;
    files.maxBytes = maxBytes;
    return files;
  }

  @Override
  public long maxBytes() {
    return maxBytes > 0 ? maxBytes : BeaconSettings.current().evidenceMaxBytes();
  }

  @Override
  public EvidenceFile store(
      String process,
      String caseReference,
      String name,
      String contentType,
      byte[] bytes,
      String uploadedBy) {
    if (bytes.length > maxBytes()) {
      throw BeaconProblem.tooLarge(
          "The file is larger than Beacon accepts (" + maxBytes() + " bytes)",
          Map.of("file", "at most " + maxBytes() + " bytes"));
    }
    String cleanName = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\]", "").trim();
    if (bytes.length == 0 || cleanName.isEmpty() || cleanName.length() > 255) {
      throw BeaconProblem.invalid(
          "Send a named file that is not empty",
          bytes.length == 0
              ? Map.of("file", "is empty")
              : Map.of("name", "give the file's name, at most 255 characters"));
    }
    String type =
        contentType == null || contentType.isBlank() || contentType.length() > 100
            ? "application/octet-stream"
            : contentType;
    String sha256 = Sha256.of(bytes);
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into pf_evidence_file (process_key, case_ref, name, content_type,"
                    + " size_bytes, sha256, content, uploaded_by, uploaded_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, process);
      insert.setString(2, caseReference);
      insert.setString(3, cleanName);
      insert.setString(4, type);
      insert.setLong(5, bytes.length);
      insert.setString(6, sha256);
      insert.setBytes(7, bytes);
      insert.setString(8, uploadedBy);
      insert.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new EvidenceFile(
            keys.getLong(1), cleanName, type, bytes.length, sha256, uploadedBy, now);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The evidence file could not be stored", e);
    }
  }

  @Override
  public List<EvidenceFile> list(String process, String caseReference) {
    List<EvidenceFile> files = new ArrayList<>();
    for (EvidenceFileContent content : select(process, caseReference, null, false)) {
      files.add(content.file());
    }
    return files;
  }

  @Override
  public Optional<EvidenceFileContent> read(String process, String caseReference, long id) {
    return select(process, caseReference, id, true).stream().findFirst();
  }

  @Override
  public List<EvidenceFileContent> contents(String process, String caseReference) {
    return select(process, caseReference, null, true);
  }

  @Override
  public int deleteAll(String process, String caseReference) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "delete from pf_evidence_file where process_key = ? and case_ref = ?")) {
      delete.setString(1, process);
      delete.setString(2, caseReference);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The evidence files could not be deleted", e);
    }
  }

  private List<EvidenceFileContent> select(
      String process, String caseReference, Long id, boolean withBytes) {
    String sql =
        "select "
            + COLUMNS
            + (withBytes ? ", content" : "")
            + " from pf_evidence_file where process_key = ? and case_ref = ?"
            + (id == null ? "" : " and id = ?")
            + " order by id";
    List<EvidenceFileContent> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, process);
      select.setString(2, caseReference);
      if (id != null) {
        select.setLong(3, id);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          EvidenceFile file =
              new EvidenceFile(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getLong(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getObject(7, OffsetDateTime.class).toInstant());
          found.add(new EvidenceFileContent(file, withBytes ? rows.getBytes(8) : null));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The evidence files could not be read", e);
    }
    return found;
  }
}
