package org.beacon.platform.alerts;

/** Hands one plain-text message to the mail server; throws when the server did not take it. */
public interface MailTransport {

  void send(String to, String subject, String body) throws MailFailure;

  /** The server did not take the message: it is tried again later. */
  final class MailFailure extends Exception {
    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
