package org.beacon.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import org.beacon.launcher.TestCertificates.KeyForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServedKeystoreTest {

  @TempDir Path dir;

  @Test
  void pemFilesBecomeAnOwnerOnlyKeystoreThatIsGoneAfterDelete() throws Exception {
    var issued = TestCertificates.localhost(dir, TestCertificates.rsa(), KeyForm.PKCS8);
    ServedKeystore served =
        ServedKeystore.prepare(
            new TlsSettings(issued.certificateFile(), issued.keyFile(), null, null, 8443));
    try {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(served.file())))
          .isEqualTo("rw-------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(served.privateDirectory())))
          .isEqualTo("rwx------");
      assertThat(served.file().getParent()).isEqualTo(served.privateDirectory());
      assertThat(served.alias()).isEqualTo(ServedKeystore.PEM_ALIAS);
      assertThat(served.password()).hasSizeGreaterThanOrEqualTo(32);

      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(served.file())) {
        store.load(in, served.password().toCharArray());
      }
      assertThat(store.getKey("beacon", served.password().toCharArray()))
          .isEqualTo(issued.keys().getPrivate());

      assertThat(served.systemProperties())
          .containsEntry("javax.net.ssl.keyStore", served.file().toAbsolutePath().toString())
          .containsEntry("javax.net.ssl.keyStorePassword", served.password())
          .containsEntry("javax.net.ssl.keyStoreType", "PKCS12");
    } finally {
      served.delete();
    }
    assertThat(served.privateDirectory()).doesNotExist();
  }

  @Test
  void twoConvertedKeystoresNeverShareAPassword() throws Exception {
    var issued = TestCertificates.localhost(dir, TestCertificates.ec(), KeyForm.PKCS8);
    TlsSettings tls = new TlsSettings(issued.certificateFile(), issued.keyFile(), null, null, 8443);
    ServedKeystore first = ServedKeystore.prepare(tls);
    ServedKeystore second = ServedKeystore.prepare(tls);
    try {
      assertThat(first.password()).isNotEqualTo(second.password());
    } finally {
      first.delete();
      second.delete();
    }
  }

  @Test
  void aPkcs12KeystoreIsServedUnderItsOnlyKeyAlias() throws Exception {
    Path p12 = keystore("school-cert", "p12-password", "p12-password");
    ServedKeystore served =
        ServedKeystore.prepare(new TlsSettings(null, null, p12, "p12-password", 9443));
    try {
      assertThat(served.alias()).isEqualTo("school-cert");
      assertThat(served.file()).isEqualTo(p12);
    } finally {
      served.delete();
    }
  }

  @Test
  void aWrongKeystorePasswordIsRefusedWithoutRepeatingIt() throws Exception {
    Path p12 = keystore("school-cert", "p12-password", "p12-password");
    assertThatThrownBy(() -> ServedKeystore.keyAlias(p12, "guess-one"))
        .isInstanceOf(LaunchFailure.class)
        .hasMessageContaining("BEACON_TLS_KEYSTORE_PASSWORD is not its password")
        .hasMessageNotContaining("guess-one");
  }

  @Test
  void aKeyWithAnotherPasswordThanItsKeystoreIsRefused() throws Exception {
    Path p12 = keystore("school-cert", "p12-password", "key-password");
    assertThatThrownBy(() -> ServedKeystore.keyAlias(p12, "p12-password"))
        .hasMessageContaining("has a password other than the keystore's");
  }

  @Test
  void aKeystoreWithoutAKeyIsRefused() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", TestCertificates.selfSigned(TestCertificates.rsa()));
    Path p12 = dir.resolve("trust.p12");
    try (OutputStream out = Files.newOutputStream(p12)) {
      store.store(out, "pw".toCharArray());
    }
    assertThatThrownBy(() -> ServedKeystore.keyAlias(p12, "pw"))
        .hasMessageContaining("exactly one private key")
        .hasMessageEndingWith("it holds 0");
    assertThatThrownBy(() -> ServedKeystore.keyAlias(dir.resolve("nope.p12"), "pw"))
        .hasMessageContaining("is not a file");
  }

  private Path keystore(String alias, String storePassword, String keyPassword) throws Exception {
    var keys = TestCertificates.rsa();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        alias,
        keys.getPrivate(),
        keyPassword.toCharArray(),
        new Certificate[] {TestCertificates.selfSigned(keys)});
    Path file = dir.resolve(alias + ".p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, storePassword.toCharArray());
    }
    return file;
  }
}
