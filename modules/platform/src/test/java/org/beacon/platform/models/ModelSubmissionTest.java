package org.beacon.platform.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.beacon.platform.api.BeaconProblem;
import org.junit.jupiter.api.Test;

class ModelSubmissionTest {

  @Test
  void aJsonBodyGivesNameTypeAndXml() {
    ModelSubmission submission =
        read("{\"name\":\" Review flow \",\"type\":\"BPMN\",\"xml\":\"\\uFEFF<x/>\"}", 1024);

    assertThat(submission.deploymentName()).isEqualTo("Review flow");
    assertThat(submission.modelType()).contains(ModelType.BPMN);
    assertThat(submission.xml()).as("without the byte order mark").isEqualTo("<x/>");
    assertThat(submission.envelopeProblems()).isEmpty();
  }

  @Test
  void anEndlessBodyIsRefusedAfterNoMoreThanTheLimitAllows() {
    int maxBytes = 1024;
    CountingEndlessStream body = new CountingEndlessStream();

    assertThatThrownBy(() -> ModelSubmission.read(body, maxBytes))
        .isInstanceOfSatisfying(
            BeaconProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.fields()).containsKey("xml");
              assertThat(p.fields().get("xml")).contains("1024 bytes", "beacon.models.max-bytes");
            });
    assertThat(body.read).isLessThan(2L * maxBytes + 64 * 1024 + 16 * 1024 + 1);
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsA400() {
    for (String body : new String[] {"<bpmn:definitions/>", "[1,2]", "{\"name\": \"unterminated"}) {
      assertThatThrownBy(() -> read(body, 1024))
          .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(400));
    }
  }

  @Test
  void missingOrWrongFieldsAreNamed() {
    assertThat(read("{}", 1024).envelopeProblems()).containsOnlyKeys("name", "type", "xml");
    assertThat(
            read("{\"name\":\"a\\nb\",\"type\":\"cmmn\",\"xml\":\"<x/>\"}", 1024)
                .envelopeProblems())
        .containsEntry("name", "must be one line of text")
        .containsEntry("type", "must be bpmn or dmn");
    assertThat(
            read("{\"name\":\"" + "n".repeat(101) + "\",\"type\":\"dmn\",\"xml\":7}", 1024)
                .envelopeProblems())
        .containsOnlyKeys("name", "xml");
  }

  private static ModelSubmission read(String body, int maxBytes) {
    return ModelSubmission.read(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), maxBytes);
  }

  /** Spaces without end, counting how many were read. */
  private static final class CountingEndlessStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      Arrays.fill(buffer, offset, offset + length, (byte) ' ');
      read += length;
      return length;
    }
  }
}
