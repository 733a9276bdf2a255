package org.beacon.platform.api;

import java.util.List;
import java.util.Optional;

/**
 * The school's pupil register, kept by the DSL and the head from the school's MIS export, as
 * modules see it. Business modules name pupils by reference; this is how they learn whether a
 * reference is a pupil of the school (and whether they have left) before they look up that pupil's
 * history. A reference not in the register is not an error: a report may name a pupil the register
 * has not caught up with yet. Lookups ignore case and surrounding spaces.
 */
public interface Pupils {

  /** The pupil with this reference, left or not. */
  Optional<Pupil> find(String reference);

  /**
   * Pupils whose reference contains the text, ordered by reference, at most {@code max}; blank text
   * gives the first {@code max}.
   */
  List<Pupil> search(String text, int max);
}
