package org.beacon.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The keystore Payara Micro serves HTTPS from, and the system properties that point it there.
 *
 * <p>Payara Micro copies the file named by {@code javax.net.ssl.keyStore} into its runtime
 * directory ({@code config/keystore.p12}, file permissions kept) and opens it, and the key inside,
 * with {@code javax.net.ssl.keyStorePassword}; the certificate is picked by its alias ({@code
 * --sslcert}). A converted keystore is written into a directory only this account may enter ({@code
 * rwx------}), as a file only it may read ({@code rw-------}), so Payara's copy is owner-only too
 * (Payara deletes its runtime directory when it stops; Beacon deletes its own). It gets a random
 * password that is never written anywhere but into this process's properties.
 *
 * @param file the keystore Payara is given
 * @param alias the entry holding the server's key and certificate chain
 * @param password the keystore's (and the key's) password
 * @param privateDirectory the owner-only directory
 */
record ServedKeystore(Path file, String alias, String password, Path privateDirectory) {

  /** The alias under which a converted PEM certificate and key are stored. */
  static final String PEM_ALIAS = "beacon";

  static ServedKeystore prepare(TlsSettings tls) throws LaunchFailure {
    Path directory = createPrivateDirectory();
    if (tls.pem()) {
      String password = randomPassword();
      KeyStore store =
          PemKeyStore.load(tls.certificate(), tls.key(), PEM_ALIAS, password.toCharArray());
      Path file = directory.resolve("beacon-tls.p12");
      try (OutputStream out = ownerOnlyFile(file)) {
        store.store(out, password.toCharArray());
      } catch (IOException | GeneralSecurityException e) {
        throw new LaunchFailure(
            "Could not write the HTTPS keystore in " + directory + ": " + e.getMessage(), e);
      }
      return new ServedKeystore(file, PEM_ALIAS, password, directory);
    }
    return new ServedKeystore(
        tls.keystore(),
        keyAlias(tls.keystore(), tls.keystorePassword()),
        tls.keystorePassword(),
        directory);
  }

  /** What Payara Micro reads; the password only ever goes into this process's own properties. */
  Map<String, String> systemProperties() {
    return Map.of(
        "javax.net.ssl.keyStore",
        file.toAbsolutePath().toString(),
        "javax.net.ssl.keyStorePassword",
        password,
        "javax.net.ssl.keyStoreType",
        "PKCS12");
  }

  /** Removes the private directory, converted keystore and Payara's copy included. */
  void delete() {
    try (Stream<Path> paths = Files.walk(privateDirectory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Best effort while the process ends; the directory is readable by this account alone.
    }
  }

  /** The one key entry of a PKCS#12 file, checked to open with the password Payara will use. */
  static String keyAlias(Path keystore, String password) throws LaunchFailure {
    if (!Files.isRegularFile(keystore)) {
      throw new LaunchFailure("BEACON_TLS_KEYSTORE (" + keystore + ") is not a file");
    }
    KeyStore store;
    try (InputStream in = Files.newInputStream(keystore)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
    } catch (IOException e) {
      throw new LaunchFailure(
          "BEACON_TLS_KEYSTORE ("
              + keystore
              + ") cannot be opened: "
              + (e.getCause() instanceof UnrecoverableKeyException
                  ? "BEACON_TLS_KEYSTORE_PASSWORD is not its password"
                  : "it is not a readable PKCS#12 file or BEACON_TLS_KEYSTORE_PASSWORD is not its password"),
          e);
    } catch (GeneralSecurityException e) {
      throw new LaunchFailure(
          "BEACON_TLS_KEYSTORE ("
              + keystore
              + ") is not a readable PKCS#12 file: "
              + e.getMessage(),
          e);
    }
    try {
      List<String> keys =
          Collections.list(store.aliases()).stream().filter(alias -> isKey(store, alias)).toList();
      if (keys.size() != 1) {
        throw new LaunchFailure(
            "BEACON_TLS_KEYSTORE ("
                + keystore
                + ") must hold exactly one private key with its certificate chain; it holds "
                + keys.size());
      }
      store.getKey(keys.get(0), password.toCharArray());
      return keys.get(0);
    } catch (UnrecoverableKeyException e) {
      throw new LaunchFailure(
          "The private key in BEACON_TLS_KEYSTORE ("
              + keystore
              + ") has a password other than the keystore's:"
              + " Payara opens both with BEACON_TLS_KEYSTORE_PASSWORD",
          e);
    } catch (GeneralSecurityException e) {
      throw new LaunchFailure(
          "BEACON_TLS_KEYSTORE (" + keystore + ") cannot be read: " + e.getMessage(), e);
    }
  }

  private static boolean isKey(KeyStore store, String alias) {
    try {
      return store.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static Path createPrivateDirectory() throws LaunchFailure {
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        return Files.createTempDirectory(
            "beacon-tls-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      // Windows: a new temporary directory inherits the user's own profile's access rules.
      return Files.createTempDirectory("beacon-tls-");
    } catch (IOException e) {
      throw new LaunchFailure(
          "Could not create a private temporary directory for the HTTPS keystore: "
              + e.getMessage(),
          e);
    }
  }

  private static OutputStream ownerOnlyFile(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return Files.newOutputStream(
        file,
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
