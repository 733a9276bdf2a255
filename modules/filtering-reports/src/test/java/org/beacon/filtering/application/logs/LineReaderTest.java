package org.beacon.filtering.application.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void splitsOnAnyLineEndingIncludingAFinalLineWithoutOne() throws IOException {
    List<LineReader.Line> lines = read("\uFEFFone\r\ntwo\n\nthree");

    assertThat(lines).extracting(LineReader.Line::text).containsExactly("one", "two", "", "three");
    assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void anOverlongLineIsCutAndMarkedAndTheNextLineIsWhole() throws IOException {
    String longLine = "x".repeat(LineReader.MAX_LINE * 5 + 17);
    List<LineReader.Line> lines = read("first\n" + longLine + "\nafter");

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).tooLong()).isTrue();
    assertThat(lines.get(1).text()).hasSize(LineReader.MAX_LINE);
    assertThat(lines.get(2).text()).isEqualTo("after");
    assertThat(lines.get(2).tooLong()).isFalse();
  }

  @Test
  void hashesEveryByteOfTheStream() throws Exception {
    byte[] bytes = ("a line\n".repeat(30_000) + "last").getBytes(StandardCharsets.UTF_8);
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes));
    while (reader.next() != null) {
      // read to the end
    }

    assertThat(reader.bytes()).isEqualTo(bytes.length);
    assertThat(reader.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
  }

  private static List<LineReader.Line> read(String text) throws IOException {
    LineReader reader =
        new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<LineReader.Line> lines = new ArrayList<>();
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }
}
