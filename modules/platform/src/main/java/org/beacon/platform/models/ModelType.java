package org.beacon.platform.models;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of model an administrator designs: processes (BPMN) and decisions (DMN). */
public enum ModelType {
  BPMN("bpmn", ".bpmn"),
  DMN("dmn", ".dmn");

  private final String id;
  private final String extension;

  ModelType(String id, String extension) {
    this.id = id;
    this.extension = extension;
  }

  /** The name in URLs and JSON: {@code bpmn} or {@code dmn}. */
  public String id() {
    return id;
  }

  /** The resource name's ending, by which the engine picks its deployer. */
  public String extension() {
    return extension;
  }

  public static Optional<ModelType> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
  }
}
