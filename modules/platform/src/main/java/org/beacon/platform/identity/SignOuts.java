package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Sign-outs that every node honours at once. With several nodes a session is shared through the
 * cluster, and each node that served it keeps a copy in memory: invalidating the session on one
 * node does not reach the others' copies. So a sign-out is also written to the database ({@code
 * pf_signed_out}), and a node looks there before it trusts a session. The sign-in is named by the
 * SHA-256 of its CSRF token, which is random per sign-in and lives in the session; never by the
 * session id. Rows are needed only until the other copies have timed out, so old ones are removed.
 */
@ApplicationScoped
public class SignOuts {

  /**
   * Longer than a session lives idle (30 minutes, web.xml): after that no copy is left to refuse.
   */
  static final Duration KEEP = Duration.ofHours(2);

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  /** Records that this session's sign-in ended; call before the session is invalidated. */
  @Transactional
  public void signedOut(HttpSession session) {
    String signIn = signIn(session);
    if (signIn == null) {
      return;
    }
    Instant now = Instant.now();
    em.createNativeQuery("delete from pf_signed_out where ended_at < ?1")
        .setParameter(1, now.minus(KEEP))
        .executeUpdate();
    em.createNativeQuery("delete from pf_signed_out where sign_in = ?1")
        .setParameter(1, signIn)
        .executeUpdate();
    em.createNativeQuery("insert into pf_signed_out (sign_in, ended_at) values (?1, ?2)")
        .setParameter(1, signIn)
        .setParameter(2, now)
        .executeUpdate();
  }

  /** Whether this session's sign-in was signed out, on this node or another. */
  @Transactional
  public boolean signedOutElsewhere(HttpSession session) {
    String signIn = signIn(session);
    return signIn != null
        && !em.createNativeQuery("select 1 from pf_signed_out where sign_in = ?1")
            .setParameter(1, signIn)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  /** The sign-in's name: the hash of its CSRF token, or null for a session without one. */
  static String signIn(HttpSession session) {
    String token = CsrfGuard.tokenOf(session);
    if (token == null) {
      return null;
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
