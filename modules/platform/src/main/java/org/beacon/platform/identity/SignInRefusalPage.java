package org.beacon.platform.identity;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page a browser lands on when single sign-on does not end in a session: the person came from
 * the provider's page, not from Beacon's scripts, so they get a readable page with a way back, not
 * JSON or a stack trace.
 */
final class SignInRefusalPage {

  private SignInRefusalPage() {}

  static Response of(int status, String title, String message) {
    String page =
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s – Beacon</title>
        <style>
          body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; }
          h1 { font-size: 1.6rem; }
          .problem { border-left: 5px solid #d4351c; padding: 0.5rem 1rem; }
        </style>
        </head>
        <body>
        <main id="signin-refused">
        <h1>%1$s</h1>
        <p class="problem">%2$s</p>
        <p><a href="/">Back to the Beacon sign-in page</a></p>
        </main>
        </body>
        </html>
        """
            .formatted(escape(title), escape(message));
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page)
        .build();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
