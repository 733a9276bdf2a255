package org.beacon.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Turns PEM files, as Let's Encrypt and {@code openssl} write them, into the PKCS#12 keystore
 * Payara Micro reads: a certificate file holding the server certificate first and then any
 * intermediates ({@code fullchain.pem}), and a private key in PKCS#8 ({@code BEGIN PRIVATE KEY}),
 * PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) or SEC1 ({@code BEGIN EC PRIVATE KEY}) form.
 *
 * <p>Checked before Payara starts, so a wrong file stops the start with a sentence instead of a
 * server that fails every TLS handshake: each file must be readable and hold what it should, the
 * key must be unencrypted, and the key must belong to the first certificate (proved by signing with
 * it and verifying with the certificate).
 */
final class PemKeyStore {

  private PemKeyStore() {}

  static KeyStore load(Path certificateFile, Path keyFile, String alias, char[] password)
      throws LaunchFailure {
    List<X509Certificate> chain = certificates(certificateFile);
    PrivateKey key = privateKey(keyFile);
    if (!belongTogether(key, chain.get(0).getPublicKey())) {
      throw new LaunchFailure(
          "BEACON_TLS_KEY ("
              + keyFile
              + ") is not the private key of the certificate in BEACON_TLS_CERT ("
              + certificateFile
              + ", "
              + chain.get(0).getSubjectX500Principal().getName()
              + "): give the key that was created with this certificate");
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(alias, key, password, chain.toArray(Certificate[]::new));
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new LaunchFailure(
          "Could not build a keystore from BEACON_TLS_CERT and BEACON_TLS_KEY: " + e.getMessage(),
          e);
    }
  }

  static List<X509Certificate> certificates(Path file) throws LaunchFailure {
    List<X509Certificate> chain = new ArrayList<>();
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    try (PEMParser parser = new PEMParser(reader(file, "BEACON_TLS_CERT"))) {
      for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
        if (item instanceof X509CertificateHolder holder) {
          chain.add(converter.getCertificate(holder));
        }
      }
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new LaunchFailure(
          "BEACON_TLS_CERT ("
              + file
              + ") is not a readable PEM certificate file: "
              + e.getMessage(),
          e);
    }
    if (chain.isEmpty()) {
      throw new LaunchFailure(
          "BEACON_TLS_CERT ("
              + file
              + ") holds no certificate: it should contain '-----BEGIN CERTIFICATE-----'"
              + " (with Let's Encrypt, fullchain.pem)");
    }
    return chain;
  }

  static PrivateKey privateKey(Path file) throws LaunchFailure {
    Object item;
    try (PEMParser parser = new PEMParser(reader(file, "BEACON_TLS_KEY"))) {
      item = parser.readObject();
      while (item instanceof X509CertificateHolder) {
        item = parser.readObject(); // a combined file: skip to its key
      }
    } catch (IOException | RuntimeException e) {
      throw new LaunchFailure(
          "BEACON_TLS_KEY (" + file + ") is not a readable PEM private key: " + e.getMessage(), e);
    }
    if (item instanceof PEMEncryptedKeyPair || item instanceof PKCS8EncryptedPrivateKeyInfo) {
      throw new LaunchFailure(
          "BEACON_TLS_KEY ("
              + file
              + ") is encrypted with a passphrase: give the key unencrypted (readable only by"
              + " the account that runs Beacon), or a PKCS#12 file as BEACON_TLS_KEYSTORE with its password");
    }
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    try {
      if (item instanceof PEMKeyPair pair) {
        return converter.getPrivateKey(pair.getPrivateKeyInfo());
      }
      if (item instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
    } catch (IOException e) {
      throw new LaunchFailure(
          "BEACON_TLS_KEY ("
              + file
              + ") holds a private key of a kind Java cannot use: "
              + e.getMessage(),
          e);
    }
    throw new LaunchFailure(
        "BEACON_TLS_KEY ("
            + file
            + ") holds no private key: it should contain '-----BEGIN PRIVATE KEY-----',"
            + " '-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----' (with Let's Encrypt, privkey.pem)");
  }

  /** Whether a signature made with {@code key} verifies with {@code publicKey}. */
  static boolean belongTogether(PrivateKey key, PublicKey publicKey) {
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())
        && !(key.getAlgorithm().startsWith("EC") && publicKey.getAlgorithm().startsWith("EC"))) {
      return false;
    }
    String algorithm =
        switch (publicKey.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC", "ECDSA" -> "SHA256withECDSA";
          case "Ed25519", "Ed448", "EdDSA" -> publicKey.getAlgorithm();
          case "DSA" -> "SHA256withDSA";
          default -> null;
        };
    if (algorithm == null) {
      return false;
    }
    try {
      byte[] challenge = new byte[32];
      new SecureRandom().nextBytes(challenge);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static Reader reader(Path file, String setting) throws LaunchFailure {
    if (!Files.isRegularFile(file)) {
      throw new LaunchFailure(setting + " (" + file + ") is not a file");
    }
    try {
      return Files.newBufferedReader(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new LaunchFailure(
          setting + " (" + file + ") cannot be read by this account: " + e.getMessage(), e);
    }
  }
}
