package org.beacon.platform.tasks;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.FieldErrors;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A task's form as the model declares it, and the check of submitted values against it: every
 * field's type, {@code required}, {@code readonly}, min/max lengths and values, and enum values.
 * All problems are reported together, one message per field.
 *
 * <p>A text field with the property {@value #CHOICES_PROPERTY} is a checklist: the property names
 * the flow variable that holds its choices (one per line, whatever the flow put there, such as the
 * outputs of a school's decision table); the view shows it as type {@value #CHECKLIST} with the
 * choices as values and the ticked ones as a list; a submission sends the ticked ones as a JSON
 * array (each must be one of the choices), kept as text, one per line.
 */
public final class TaskForm {

  /** The field property naming the variable that holds a checklist's choices. */
  public static final String CHOICES_PROPERTY = "choices";

  /** The view's type of a checklist field. */
  public static final String CHECKLIST = "checklist";

  /** Between the choices, and between the ticked ones, as the flow keeps them. */
  public static final String CHOICE_SEPARATOR = "\n";

  private final List<FormField> fields;
  private final Function<String, Object> variables;

  public TaskForm(List<FormField> fields) {
    this(fields, name -> null);
  }

  /**
   * A form whose checklists read their choices through {@code variables} (the task's variables).
   */
  public TaskForm(List<FormField> fields, Function<String, Object> variables) {
    this.fields = List.copyOf(fields);
    this.variables = variables;
  }

  public List<FormFieldView> view() {
    return fields.stream().map(this::view).toList();
  }

  /** The lines of a checklist's text, each once, in order; none for null or blank. */
  public static List<String> lines(Object text) {
    if (!(text instanceof String joined) || joined.isBlank()) {
      return List.of();
    }
    return List.copyOf(
        new LinkedHashSet<>(
            Arrays.stream(joined.split(CHOICE_SEPARATOR))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList()));
  }

  private Optional<List<String>> choices(FormField field) {
    Map<String, String> properties = field.getProperties();
    String variable = properties == null ? null : properties.get(CHOICES_PROPERTY);
    if (variable == null || variable.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(lines(variables.apply(variable.trim())));
  }

  /**
   * Checks the submitted values and converts them to the types the engine stores.
   *
   * @throws BeaconProblem 400 naming every bad field
   */
  public Map<String, Object> accept(JsonObject submitted) {
    FieldErrors errors = new FieldErrors();
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : submitted.keySet()) {
      if (fields.stream().noneMatch(f -> f.getId().equals(key))) {
        errors.put(key, "is not a field of this form");
      }
    }
    for (FormField field : fields) {
      JsonValue value = submitted.get(field.getId());
      boolean absent =
          value == null
              || value.getValueType() == JsonValue.ValueType.NULL
              || (value instanceof JsonString s && s.getString().isBlank());
      if (absent) {
        // A read-only field shows a value the flow already holds; nobody can be required to send
        // it.
        if (constraint(field, "required").isPresent() && constraint(field, "readonly").isEmpty()) {
          errors.put(field.getId(), "is required");
        }
        continue;
      }
      if (constraint(field, "readonly").isPresent()) {
        errors.put(field.getId(), "is read-only");
        continue;
      }
      try {
        Optional<List<String>> choices = choices(field);
        Object converted =
            choices.isPresent() ? ticked(choices.get(), value) : convert(field, value);
        checkLimits(field, converted);
        values.put(field.getId(), converted);
      } catch (InvalidValue e) {
        errors.put(field.getId(), e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw errors.problem("The form has " + errors.size() + " invalid field(s)");
    }
    return values;
  }

  private static Object convert(FormField field, JsonValue value) {
    String type = field.getTypeName();
    switch (type) {
      case "long" -> {
        if (value instanceof JsonNumber n && n.isIntegral()) {
          try {
            return n.longValueExact();
          } catch (ArithmeticException tooLarge) {
            throw new InvalidValue("must be a whole number");
          }
        }
        if (value instanceof JsonString s) {
          try {
            return Long.parseLong(s.getString().trim());
          } catch (NumberFormatException e) {
            throw new InvalidValue("must be a whole number");
          }
        }
        throw new InvalidValue("must be a whole number");
      }
      case "boolean" -> {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
          return value == JsonValue.TRUE;
        }
        if (value instanceof JsonString s
            && ("true".equals(s.getString()) || "false".equals(s.getString()))) {
          return Boolean.parseBoolean(s.getString());
        }
        throw new InvalidValue("must be true or false");
      }
      case "date" -> {
        if (value instanceof JsonString s) {
          try {
            LocalDate date = LocalDate.parse(s.getString().trim());
            return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
          } catch (DateTimeParseException e) {
            throw new InvalidValue("must be a date as YYYY-MM-DD");
          }
        }
        throw new InvalidValue("must be a date as YYYY-MM-DD");
      }
      case "enum" -> {
        if (value instanceof JsonString s && enumValues(field).containsKey(s.getString())) {
          return s.getString();
        }
        throw new InvalidValue("must be one of " + String.join(", ", enumValues(field).keySet()));
      }
      default -> {
        if (value instanceof JsonString s) {
          return s.getString();
        }
        throw new InvalidValue("must be text");
      }
    }
  }

  /** A checklist's ticked choices (a JSON array, or text one per line), kept one per line. */
  private static Object ticked(List<String> choices, JsonValue value) {
    List<String> ticked = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (!(item instanceof JsonString s)) {
          throw new InvalidValue("must be a list of the choices");
        }
        ticked.add(s.getString().trim());
      }
    } else if (value instanceof JsonString s) {
      ticked.addAll(lines(s.getString()));
    } else {
      throw new InvalidValue("must be a list of the choices");
    }
    Set<String> unknown = new LinkedHashSet<>(ticked);
    unknown.removeAll(choices);
    if (!unknown.isEmpty()) {
      throw new InvalidValue("must be among the choices; not " + String.join(", ", unknown));
    }
    return String.join(CHOICE_SEPARATOR, new LinkedHashSet<>(ticked));
  }

  private static void checkLimits(FormField field, Object value) {
    if (value instanceof String text) {
      limit(field, "minlength")
          .filter(min -> text.length() < min)
          .ifPresent(
              min -> {
                throw new InvalidValue("must be at least " + min + " characters");
              });
      limit(field, "maxlength")
          .filter(max -> text.length() > max)
          .ifPresent(
              max -> {
                throw new InvalidValue("must be at most " + max + " characters");
              });
    }
    if (value instanceof Long number) {
      limit(field, "min")
          .filter(min -> number < min)
          .ifPresent(
              min -> {
                throw new InvalidValue("must be at least " + min);
              });
      limit(field, "max")
          .filter(max -> number > max)
          .ifPresent(
              max -> {
                throw new InvalidValue("must be at most " + max);
              });
    }
  }

  private static Optional<Long> limit(FormField field, String name) {
    return constraint(field, name)
        .map(c -> c.getConfiguration() == null ? null : c.getConfiguration().toString().trim())
        .flatMap(
            text -> {
              try {
                return Optional.of(Long.parseLong(text));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  private static Optional<FormFieldValidationConstraint> constraint(FormField field, String name) {
    List<FormFieldValidationConstraint> constraints = field.getValidationConstraints();
    return constraints == null
        ? Optional.empty()
        : constraints.stream().filter(c -> name.equals(c.getName())).findFirst();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> enumValues(FormField field) {
    Object values = field.getType().getInformation("values");
    return values instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }

  private FormFieldView view(FormField field) {
    List<FormFieldView.Option> options = new ArrayList<>();
    Optional<List<String>> choices = choices(field);
    if (choices.isPresent()) {
      choices.get().forEach(choice -> options.add(new FormFieldView.Option(choice, choice)));
      return new FormFieldView(
          field.getId(),
          field.getLabel() == null ? field.getId() : field.getLabel(),
          CHECKLIST,
          constraint(field, "required").isPresent(),
          constraint(field, "readonly").isPresent(),
          options,
          lines(plain(field, field.getDefaultValue())),
          lines(plain(field, field.getValue())));
    }
    enumValues(field).forEach((id, label) -> options.add(new FormFieldView.Option(id, label)));
    return new FormFieldView(
        field.getId(),
        field.getLabel() == null ? field.getId() : field.getLabel(),
        field.getTypeName(),
        constraint(field, "required").isPresent(),
        constraint(field, "readonly").isPresent(),
        options,
        plain(field, field.getDefaultValue()),
        plain(field, field.getValue()));
  }

  private static Object plain(FormField field, Object value) {
    Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
    if ("date".equals(field.getTypeName()) && raw instanceof String text) {
      // The engine hands a date field's value over as text in the model's date pattern
      // (dd/MM/yyyy by default); clients read and send YYYY-MM-DD.
      raw = text.isBlank() ? null : engineDate(field, text);
    }
    if (raw instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }
    return raw;
  }

  private static Object engineDate(FormField field, String text) {
    try {
      return new SimpleDateFormat(String.valueOf(field.getType().getInformation("datePattern")))
          .parse(text);
    } catch (IllegalArgumentException | ParseException e) {
      return text;
    }
  }

  /** A value that does not fit its field; the message completes "field ...". */
  private static final class InvalidValue extends RuntimeException {
    InvalidValue(String message) {
      super(message, null, false, false);
    }
  }
}
