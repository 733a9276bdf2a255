package org.beacon.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import org.beacon.launcher.TestCertificates.KeyForm;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemKeyStoreTest {

  private static final char[] PASSWORD = "store-password".toCharArray();

  @TempDir Path dir;

  @Test
  void aPkcs8RsaKeyAndItsCertificateBecomeOneKeyEntry() throws Exception {
    var issued = TestCertificates.localhost(dir, TestCertificates.rsa(), KeyForm.PKCS8);
    assertThat(Files.readString(issued.keyFile())).startsWith("-----BEGIN PRIVATE KEY-----");

    KeyStore store =
        PemKeyStore.load(issued.certificateFile(), issued.keyFile(), "beacon", PASSWORD);

    assertThat(store.isKeyEntry("beacon")).isTrue();
    assertThat(store.getKey("beacon", PASSWORD)).isEqualTo(issued.keys().getPrivate());
    assertThat(store.getCertificateChain("beacon")).containsExactly(issued.certificate());
  }

  @Test
  void traditionalRsaAndEcKeysAreReadToo() throws Exception {
    var rsa = TestCertificates.localhost(dir, TestCertificates.rsa(), KeyForm.TRADITIONAL);
    assertThat(Files.readString(rsa.keyFile())).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(
            PemKeyStore.load(rsa.certificateFile(), rsa.keyFile(), "beacon", PASSWORD)
                .getKey("beacon", PASSWORD))
        .isEqualTo(rsa.keys().getPrivate());

    Path ecDir = Files.createDirectory(dir.resolve("ec"));
    var ec = TestCertificates.localhost(ecDir, TestCertificates.ec(), KeyForm.TRADITIONAL);
    assertThat(Files.readString(ec.keyFile())).startsWith("-----BEGIN EC PRIVATE KEY-----");
    assertThat(
            PemKeyStore.load(ec.certificateFile(), ec.keyFile(), "beacon", PASSWORD)
                .getKey("beacon", PASSWORD)
                .getAlgorithm())
        .isEqualTo("EC");
  }

  @Test
  void aFullChainKeepsItsIntermediatesInOrder() throws Exception {
    var issued = TestCertificates.localhost(dir, TestCertificates.ec(), KeyForm.PKCS8);
    X509Certificate intermediate = TestCertificates.selfSigned(TestCertificates.rsa());
    Path fullChain = dir.resolve("fullchain.pem");
    TestCertificates.writePem(fullChain, issued.certificate(), intermediate);

    Certificate[] chain =
        PemKeyStore.load(fullChain, issued.keyFile(), "beacon", PASSWORD)
            .getCertificateChain("beacon");

    assertThat(chain).containsExactly(issued.certificate(), intermediate);
  }

  @Test
  void aKeyOfAnotherCertificateIsRefusedNamingBothFiles() throws Exception {
    var issued = TestCertificates.localhost(dir, TestCertificates.rsa(), KeyForm.PKCS8);
    KeyPair other = TestCertificates.rsa();
    Path otherKey = dir.resolve("other.pem");
    TestCertificates.writePem(
        otherKey, new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(other.getPrivate(), null));

    assertThatThrownBy(
            () -> PemKeyStore.load(issued.certificateFile(), otherKey, "beacon", PASSWORD))
        .isInstanceOf(LaunchFailure.class)
        .hasMessageContaining(
            "BEACON_TLS_KEY (" + otherKey + ") is not the private key of the certificate")
        .hasMessageContaining(issued.certificateFile().toString());
  }

  @Test
  void anEcKeyForAnRsaCertificateIsRefused() throws Exception {
    var issued = TestCertificates.localhost(dir, TestCertificates.rsa(), KeyForm.PKCS8);
    Path ecKey = dir.resolve("ec.pem");
    TestCertificates.writePem(
        ecKey,
        new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(
            TestCertificates.ec().getPrivate(), null));
    assertThatThrownBy(() -> PemKeyStore.load(issued.certificateFile(), ecKey, "beacon", PASSWORD))
        .hasMessageContaining("is not the private key of the certificate");
  }

  @Test
  void missingEmptyAndSwappedFilesAreRefusedWithASentence() throws Exception {
    var issued = TestCertificates.localhost(dir, TestCertificates.rsa(), KeyForm.PKCS8);
    Path missing = dir.resolve("missing.pem");
    assertThatThrownBy(() -> PemKeyStore.load(missing, issued.keyFile(), "beacon", PASSWORD))
        .hasMessage("BEACON_TLS_CERT (" + missing + ") is not a file");

    Path empty = Files.writeString(dir.resolve("empty.pem"), "not a certificate\n");
    assertThatThrownBy(() -> PemKeyStore.load(empty, issued.keyFile(), "beacon", PASSWORD))
        .hasMessageContaining("holds no certificate");

    // The two settings swapped: a key where the certificate belongs and the other way round.
    assertThatThrownBy(
            () -> PemKeyStore.load(issued.keyFile(), issued.certificateFile(), "beacon", PASSWORD))
        .hasMessageContaining("BEACON_TLS_CERT")
        .hasMessageContaining("holds no certificate");
    assertThatThrownBy(
            () ->
                PemKeyStore.load(
                    issued.certificateFile(), issued.certificateFile(), "beacon", PASSWORD))
        .hasMessageContaining("BEACON_TLS_KEY")
        .hasMessageContaining("holds no private key");
  }

  @Test
  void anEncryptedKeyIsRefusedAskingForAnUnencryptedOneOrAKeystore() throws Exception {
    var issued = TestCertificates.localhost(dir, TestCertificates.rsa(), KeyForm.PKCS8);
    Path encrypted = dir.resolve("encrypted.pem");
    try (var out = Files.newBufferedWriter(encrypted);
        var pem = new JcaPEMWriter(out)) {
      pem.writeObject(
          issued.keys().getPrivate(),
          new JcePEMEncryptorBuilder("AES-256-CBC")
              .setProvider(new BouncyCastleProvider())
              .build("secret".toCharArray()));
    }
    assertThatThrownBy(
            () -> PemKeyStore.load(issued.certificateFile(), encrypted, "beacon", PASSWORD))
        .hasMessageContaining("encrypted with a passphrase")
        .hasMessageContaining("BEACON_TLS_KEYSTORE");
  }
}
