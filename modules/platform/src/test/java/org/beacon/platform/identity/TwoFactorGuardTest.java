package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Someone who must enrol may only enrol, sign in and out, read who they are, or choose a password.
 */
class TwoFactorGuardTest {

  /** What the guard did with one request: passed it on, or answered it (status and body). */
  private record Outcome(boolean passedOn, int status, String body) {}

  private static Outcome send(String method, String path, Map<String, Object> attributes)
      throws Exception {
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) ->
                    switch (m.getName()) {
                      case "getRequestURI" -> path;
                      case "getContextPath" -> "";
                      case "getMethod" -> method;
                      case "getAttribute" -> attributes.get((String) args[0]);
                      default -> null;
                    });
    int[] status = {200};
    StringWriter body = new StringWriter();
    PrintWriter writer = new PrintWriter(body);
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> {
                  if (m.getName().equals("setStatus")) status[0] = (Integer) args[0];
                  if (m.getName().equals("getWriter")) return writer;
                  return null;
                });
    boolean[] passed = {false};
    FilterChain chain = (req, res) -> passed[0] = true;
    new TwoFactorGuard().doFilter(request, response, chain);
    writer.flush();
    return new Outcome(passed[0], status[0], body.toString());
  }

  private static Map<String, Object> mustEnrol() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(TwoFactorGuard.MUST_ENROL, Boolean.TRUE);
    return attributes;
  }

  @Test
  void everythingButEnrolmentAnswers403SayingSo() throws Exception {
    for (String[] call :
        new String[][] {
          {"GET", "/api/tasks"},
          {"GET", "/api/users"},
          {"POST", "/api/users/me/tokens"},
          {"PATCH", "/api/users/me"},
          {"GET", "/engine-rest/deployment"}
        }) {
      Outcome outcome = send(call[0], call[1], mustEnrol());
      assertThat(outcome.passedOn()).as(call[0] + " " + call[1]).isFalse();
      assertThat(outcome.status()).isEqualTo(403);
      assertThat(outcome.body()).contains("\"error\":\"" + TwoFactor.ENROLMENT_REQUIRED + "\"");
    }
  }

  @Test
  void enrolmentSignInAndOutAndWhoAmIStayOpen() throws Exception {
    for (String[] call :
        new String[][] {
          {"GET", "/api/session"},
          {"DELETE", "/api/session"},
          {"POST", "/api/session"},
          {"GET", "/api/users/me/two-factor"},
          {"POST", "/api/users/me/two-factor"},
          {"POST", "/api/users/me/two-factor/confirmation"},
          {"GET", "/api/users/me"},
          {"POST", "/api/users/me/password"}
        }) {
      assertThat(send(call[0], call[1], mustEnrol()).passedOn())
          .as(call[0] + " " + call[1])
          .isTrue();
    }
  }

  @Test
  void aPasswordToChooseComesFirstAndEveryoneElsePasses() throws Exception {
    Map<String, Object> both = mustEnrol();
    both.put(PasswordChangeGuard.MUST_CHANGE, Boolean.TRUE);
    assertThat(send("GET", "/api/tasks", both).passedOn())
        .as("left to the password guard")
        .isTrue();
    assertThat(send("GET", "/api/tasks", new HashMap<>()).passedOn()).isTrue();
  }
}
