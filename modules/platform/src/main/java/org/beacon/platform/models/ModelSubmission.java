package org.beacon.platform.models;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.beacon.platform.api.BeaconProblem;

/**
 * A model sent to be validated or deployed: {@code {"name", "type": "bpmn"|"dmn", "xml"}}.
 *
 * @param name the deployment's name, shown beside each version
 * @param type {@code bpmn} or {@code dmn}, as sent
 * @param xml the model
 */
public record ModelSubmission(String name, String type, String xml) {

  static final int MAX_NAME_LENGTH = 100;

  /** Room for the JSON around the model and its escaping, which at most doubles XML text. */
  private static final int ENVELOPE_BYTES = 64 * 1024;

  public ModelSubmission {
    // A byte order mark survives JSON but is no part of the XML text.
    if (xml != null && xml.startsWith("\uFEFF")) {
      xml = xml.substring(1);
    }
  }

  /**
   * Reads the request body, never more than a model of {@code maxBytes} could take.
   *
   * @throws BeaconProblem 400 when the body is too large or not a JSON object
   */
  public static ModelSubmission read(InputStream body, int maxBytes) {
    long limit = 2L * maxBytes + ENVELOPE_BYTES;
    byte[] bytes = readAtMost(body, limit);
    if (bytes == null) {
      throw BeaconProblem.invalid(
          "The model is too large",
          Map.of(
              ModelValidator.DOCUMENT,
              "is larger than " + maxBytes + " bytes (beacon.models.max-bytes)"));
    }
    JsonObject json;
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw BeaconProblem.invalid(
          "Send the model as JSON: {\"name\", \"type\": \"bpmn\" or \"dmn\", \"xml\"}", Map.of());
    }
    return new ModelSubmission(text(json, "name"), text(json, "type"), text(json, "xml"));
  }

  /** The type, if it is one Beacon knows. */
  public Optional<ModelType> modelType() {
    return ModelType.fromId(type);
  }

  /** What is wrong with the name and type; the model itself is the validator's business. */
  public Map<String, String> envelopeProblems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (name == null || name.isBlank()) {
      problems.put("name", "is required");
    } else if (name.strip().length() > MAX_NAME_LENGTH) {
      problems.put("name", "must be at most " + MAX_NAME_LENGTH + " characters");
    } else if (name.chars().anyMatch(Character::isISOControl)) {
      problems.put("name", "must be one line of text");
    }
    if (type == null || type.isBlank()) {
      problems.put("type", "is required: bpmn or dmn");
    } else if (modelType().isEmpty()) {
      problems.put("type", "must be bpmn or dmn");
    }
    if (xml == null) {
      problems.put(ModelValidator.DOCUMENT, "is required");
    }
    return problems;
  }

  /** The name as it is stored: without surrounding white space. */
  public String deploymentName() {
    return name == null ? null : name.strip();
  }

  private static String text(JsonObject json, String key) {
    JsonValue value = json.get(key);
    return value instanceof JsonString s ? s.getString() : null;
  }

  /** The whole stream, or null if it is longer than {@code limit}. */
  private static byte[] readAtMost(InputStream in, long limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > limit) {
          return null;
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the request body", e);
    }
    return out.toByteArray();
  }
}
