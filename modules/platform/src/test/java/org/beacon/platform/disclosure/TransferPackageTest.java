package org.beacon.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.beacon.platform.api.PersonRecords.Field;
import org.beacon.platform.api.PersonRecords.Item;
import org.junit.jupiter.api.Test;

/** The sealed package a child's file moves in: AES-GCM under a passphrase, tamper-evident. */
class TransferPackageTest {

  private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

  @Test
  void aSealedPackageOpensWithItsPassphraseAndHidesItsContents() throws Exception {
    byte[] contents = "P-0042 was seen on an unsuitable site".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = TransferPackage.seal(contents, PASSPHRASE);

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("P-0042");
    assertThat(TransferPackage.open(sealed, PASSPHRASE)).isEqualTo(contents);
  }

  @Test
  void twoSealsOfTheSameContentsDifferBySaltAndIv() {
    byte[] contents = "same".getBytes(StandardCharsets.UTF_8);
    assertThat(TransferPackage.seal(contents, PASSPHRASE))
        .isNotEqualTo(TransferPackage.seal(contents, PASSPHRASE));
  }

  @Test
  void theWrongPassphraseIsRefused() {
    byte[] sealed = TransferPackage.seal("file".getBytes(StandardCharsets.UTF_8), PASSPHRASE);
    assertThatThrownBy(() -> TransferPackage.open(sealed, "wrong passphrase!".toCharArray()))
        .isInstanceOf(TransferPackage.Refused.class)
        .hasMessageContaining("passphrase is wrong, or the package was changed");
  }

  @Test
  void aPackageChangedByOneByteIsRefusedWherever() {
    byte[] sealed =
        TransferPackage.seal("file contents".getBytes(StandardCharsets.UTF_8), PASSPHRASE);
    // A byte of the salt, of the IV, of the ciphertext and of the tag.
    for (int at : new int[] {12, 30, sealed.length - 20, sealed.length - 1}) {
      byte[] changed = sealed.clone();
      changed[at] ^= 0x01;
      assertThatThrownBy(() -> TransferPackage.open(changed, PASSPHRASE))
          .as("byte %d changed", at)
          .isInstanceOf(TransferPackage.Refused.class);
    }
  }

  @Test
  void somethingElseIsNotAPackage() {
    assertThatThrownBy(
            () ->
                TransferPackage.open("%PDF-1.4 hello".getBytes(StandardCharsets.UTF_8), PASSPHRASE))
        .isInstanceOf(TransferPackage.Refused.class)
        .hasMessage("This is not a Beacon transfer package");
  }

  @Test
  void theConfirmationCodeIsTheSameOnBothSidesAndTypedLoosely() {
    byte[] sealed = TransferPackage.seal("file".getBytes(StandardCharsets.UTF_8), PASSPHRASE);
    String code = TransferPackage.confirmationCode(sealed);
    assertThat(code).matches("[0-9A-F]{5}-[0-9A-F]{5}");
    assertThat(TransferPackage.confirmationCode(sealed.clone())).isEqualTo(code);
    assertThat(TransferPackage.normalisedCode(" " + code.toLowerCase().replace("-", " ")))
        .isEqualTo(code.replace("-", ""));
  }

  @Test
  void aChildsFileSurvivesSealingAndOpeningWithAPdfPerItem() throws Exception {
    Item incident =
        new Item(
            "incident",
            "INC-2027-0001",
            Instant.parse("2027-01-05T10:00:00Z"),
            "E-safety incident: cyberbullying",
            List.of(new Field("What happened", "Messages sent to P-0043")),
            List.of("P-0043", "teacher1"));
    byte[] zip =
        ChildFile.write(
            "Old School", "P-0042", Instant.parse("2027-02-01T09:00:00Z"), List.of(incident));
    byte[] opened = TransferPackage.open(TransferPackage.seal(zip, PASSPHRASE), PASSPHRASE);

    ChildFile.Contents contents = ChildFile.read(opened);
    assertThat(contents.pupilReference()).isEqualTo("P-0042");
    assertThat(contents.fromSchool()).isEqualTo("Old School");
    assertThat(contents.items()).containsExactly(incident);
    assertThat(contents.pdfs()).containsOnlyKeys("items/1.pdf");
    assertThat(new String(contents.pdfs().get("items/1.pdf"), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }
}
