package org.beacon.bench;

/** The few bits of SQL that differ between H2 and PostgreSQL in the generator's statements. */
enum Dialect {
  H2 {
    @Override
    String range(long from, long to) {
      return "system_range(" + from + ", " + to + ") r";
    }

    @Override
    String plusSeconds(String timestamp, String seconds) {
      return "dateadd(SECOND, " + seconds + ", " + timestamp + ")";
    }

    @Override
    String restartSequence(String sequence, long next) {
      return "alter sequence " + sequence + " restart with " + next;
    }
  },
  POSTGRES {
    @Override
    String range(long from, long to) {
      return "generate_series(cast(" + from + " as bigint), cast(" + to + " as bigint)) as r(x)";
    }

    @Override
    String plusSeconds(String timestamp, String seconds) {
      return "(" + timestamp + " + (" + seconds + ") * interval '1 second')";
    }

    @Override
    String restartSequence(String sequence, long next) {
      return "select setval('" + sequence + "', " + (next - 1) + ")";
    }
  };

  /** A row source with one bigint column {@code r.x} running from {@code from} to {@code to}. */
  abstract String range(long from, long to);

  abstract String plusSeconds(String timestamp, String seconds);

  abstract String restartSequence(String sequence, long next);

  static Dialect of(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRES : H2;
  }
}
