package org.beacon.filtering.application.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Set;
import org.beacon.filtering.application.logs.LogScan.UserDay;
import org.beacon.filtering.domain.FlagReason;
import org.junit.jupiter.api.Test;

/**
 * A 50 MB log goes through the scan as a stream: it is asked for in reads of at most one buffer,
 * and flagged lines come out while the file is still being read, so nothing waits for the whole
 * file. The 200 MB case under a 64 MB heap is {@link LargeLogImportTest}.
 */
class StreamingScanTest {

  private static final long SIZE = 50L * 1024 * 1024;

  /** Counts what is read of the stream, and in how large pieces it is asked for. */
  static final class CountingStream extends FilterInputStream {
    long read;
    int largestAsk;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      largestAsk = Math.max(largestAsk, length);
      int n = super.read(into, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }

    @Override
    public byte[] readAllBytes() {
      throw new AssertionError("the scan must not read the stream whole");
    }
  }

  @Test
  void aFiftyMegabyteLogIsReadInBufferSizedPiecesAndFlaggedAsItGoes() throws IOException {
    GeneratedSquidLog log = new GeneratedSquidLog(SIZE);
    CountingStream counting = new CountingStream(log);
    long[] readWhenFirstKept = {-1};
    LogScan.Sink sink =
        new LogScan.Sink() {
          long kept;

          @Override
          public Set<String> open(UserDay userDay) {
            return Set.of();
          }

          @Override
          public void keep(
              UserDay userDay,
              LogRecord record,
              FlagReason reason,
              String matched,
              String fingerprint) {
            if (kept++ == 0) {
              readWhenFirstKept[0] = counting.read;
            }
          }
        };
    LogScan.Settings settings =
        new LogScan.Settings(
            Set.of(GeneratedSquidLog.WATCHED), Set.of(), 5, 200, ZoneId.of("Europe/London"));

    LogScan.Result result = new LogScan(settings, sink).scan(counting, LogScan.Expect.EITHER);

    assertThat(counting.largestAsk).isLessThanOrEqualTo(LineReader.BUFFER);
    assertThat(counting.read).isGreaterThanOrEqualTo(SIZE);
    assertThat(readWhenFirstKept[0])
        .as("bytes read when the first flagged line came out")
        .isBetween(1L, 2L * LineReader.BUFFER + 200_000);
    assertThat(result.bytes()).isEqualTo(counting.read);
    assertThat(result.linesRead()).isEqualTo(log.lines);
    assertThat(result.malformed()).isEqualTo(log.malformed);
    assertThat(result.flagged()).isEqualTo(log.flaggedWith(5));
  }
}
