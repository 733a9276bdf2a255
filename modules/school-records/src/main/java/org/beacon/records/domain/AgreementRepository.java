package org.beacon.records.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Agreement types and their signatures. */
public interface AgreementRepository {

  List<AgreementType> types();

  Optional<AgreementType> type(String code);

  Signature add(Signature signature);

  /** The signatures of one user, newest first. */
  List<Signature> signaturesOf(String username);

  /** Of these usernames, those who signed this version of the agreement (in any way). */
  Set<String> signedBy(String agreementCode, int version, Collection<String> usernames);

  /** The pupils signed for on this version of the agreement. */
  Set<String> pupilsSignedFor(String agreementCode, int version);
}
