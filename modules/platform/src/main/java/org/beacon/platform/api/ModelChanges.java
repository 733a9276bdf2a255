package org.beacon.platform.api;

/**
 * Counts changes to the deployed BPMN and DMN models, so a module can keep what it reads from them
 * (the incident types of the sanction matrices, say) until a deployment changes it, instead of
 * asking the engine on every request. Any deployment counts, however it came in: at start, through
 * the designer, through {@code /engine-rest}.
 *
 * <p>Read the count before reading the models, and keep the result only if the count is the same
 * afterwards: a deployment counts once while it is parsed and once more when it commits, so a
 * reader that raced with one never keeps what it read.
 */
public interface ModelChanges {

  /** Grows with every deployment of a model; compare, never interpret. */
  long count();
}
