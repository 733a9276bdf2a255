package org.beacon.platform.alerts;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Jakarta Mail (Eclipse Angus) over SMTP, as {@link MailSettings} say. */
public class SmtpMail implements MailTransport {

  /** Connect, read and write time-outs: a server that hangs delays the next message, not Beacon. */
  static final int TIMEOUT_MILLIS = 10_000;

  private final MailSettings settings;
  private final Session session;

  public SmtpMail(MailSettings settings) {
    this.settings = settings;
    Properties properties = new Properties();
    String protocol = settings.tls() == MailSettings.Tls.TLS ? "smtps" : "smtp";
    properties.put("mail.transport.protocol", protocol);
    properties.put("mail." + protocol + ".host", settings.host());
    properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
    properties.put("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail." + protocol + ".writetimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail." + protocol + ".from", settings.from());
    if (settings.tls() == MailSettings.Tls.STARTTLS) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (settings.tls() != MailSettings.Tls.NONE) {
      properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    Authenticator authenticator = null;
    if (settings.user() != null) {
      properties.put("mail." + protocol + ".auth", "true");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(
                  settings.user(), settings.password() == null ? "" : settings.password());
            }
          };
    }
    this.session = Session.getInstance(properties, authenticator);
  }

  @Override
  public void send(String to, String subject, String body) throws MailFailure {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(
          new InternetAddress(settings.from(), "Beacon", StandardCharsets.UTF_8.name()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new MailFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
