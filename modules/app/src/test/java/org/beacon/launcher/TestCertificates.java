package org.beacon.launcher;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Self-signed certificates for {@code localhost}, made fresh by each test that needs one (test
 * only: nothing here is a certificate anyone should trust), written as PEM files the way openssl
 * and Let's Encrypt write them.
 */
public final class TestCertificates {

  /** How the private key is written. */
  public enum KeyForm {
    /** {@code BEGIN PRIVATE KEY}, as Let's Encrypt's privkey.pem. */
    PKCS8,
    /**
     * {@code BEGIN RSA PRIVATE KEY} or {@code BEGIN EC PRIVATE KEY}: openssl's traditional form.
     */
    TRADITIONAL
  }

  /** A generated certificate and key, and the files they were written to. */
  public record Issued(
      KeyPair keys, X509Certificate certificate, Path certificateFile, Path keyFile) {}

  private TestCertificates() {}

  public static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  public static KeyPair ec() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  /** A certificate for localhost signed by its own key, written to {@code directory}. */
  public static Issued localhost(Path directory, KeyPair keys, KeyForm form) throws Exception {
    X509Certificate certificate = selfSigned(keys);
    Path certificateFile = directory.resolve("cert.pem");
    Path keyFile = directory.resolve("key.pem");
    writePem(certificateFile, certificate);
    writePem(
        keyFile,
        form == KeyForm.PKCS8
            ? new JcaPKCS8Generator(keys.getPrivate(), null)
            : traditional(keys.getPrivate()));
    return new Issued(keys, certificate, certificateFile, keyFile);
  }

  /**
   * A key in openssl's traditional form. BouncyCastle writes a JDK EC key as SEC1 without its curve
   * (which nothing can read back), so the curve is put in as openssl does.
   */
  static Object traditional(PrivateKey key) throws IOException {
    if (!key.getAlgorithm().equals("EC")) {
      return key;
    }
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
    ECPrivateKey sec1 = ECPrivateKey.getInstance(info.parsePrivateKey());
    ECPrivateKey withCurve =
        new ECPrivateKey(256, sec1.getKey(), info.getPrivateKeyAlgorithm().getParameters());
    return new PemObject("EC PRIVATE KEY", withCurve.getEncoded());
  }

  public static X509Certificate selfSigned(KeyPair keys) throws Exception {
    X500Name name = new X500Name("CN=localhost, O=Beacon test certificate");
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(Duration.ofMinutes(5))),
            Date.from(now.plus(Duration.ofDays(2))),
            name,
            keys.getPublic());
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1")
            }));
    String algorithm =
        keys.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
  }

  public static void writePem(Path file, Object... objects) throws IOException {
    try (Writer out = Files.newBufferedWriter(file);
        JcaPEMWriter pem = new JcaPEMWriter(out)) {
      for (Object object : objects) {
        pem.writeObject(object);
      }
    }
  }
}
