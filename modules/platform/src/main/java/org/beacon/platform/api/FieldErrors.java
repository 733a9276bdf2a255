package org.beacon.platform.api;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What is wrong with each field of a request, collected while it is read, then refused in one
 * answer: the platform turns the {@link BeaconProblem} into the JSON error body ({@code status},
 * {@code error}, {@code message}, {@code fields}). Fields keep the order they were found in; a
 * second problem with the same field replaces the first.
 */
public final class FieldErrors {

  /** What an unknown name in a field of a closed list answers. */
  public static final String UNKNOWN_VALUE = "is not a known value";

  private final Map<String, String> problems = new LinkedHashMap<>();

  /** Notes what is wrong with {@code field}, e.g. {@code "must be 0 or more"}. */
  public FieldErrors put(String field, String problem) {
    problems.put(field, problem);
    return this;
  }

  /**
   * Notes each Bean Validation violation under its property path ({@code reporter.name}); two
   * problems with one field are joined with "; ".
   */
  public FieldErrors violations(Collection<? extends ConstraintViolation<?>> violations) {
    for (ConstraintViolation<?> violation : violations) {
      problems.merge(
          violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + "; " + b);
    }
    return this;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public int size() {
    return problems.size();
  }

  public boolean has(String field) {
    return problems.containsKey(field);
  }

  /** The names of the bad fields, in the order found (for an audit line). */
  public Set<String> fields() {
    return Collections.unmodifiableSet(problems.keySet());
  }

  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(problems);
  }

  /** 400 naming every bad field noted so far. */
  public BeaconProblem problem(String message) {
    return BeaconProblem.invalid(message, problems);
  }

  /** 400 naming every bad field, when there is one; nothing otherwise. */
  public void throwIfAny(String message) {
    if (!problems.isEmpty()) {
      throw BeaconProblem.invalid(message, problems);
    }
  }

  /** As {@link #throwIfAny}, with the house message: "The report has 2 invalid field(s)". */
  public void throwIfAnyIn(String subject) {
    throwIfAny(summary(subject));
  }

  /** "The {subject} has N invalid field(s)". */
  public String summary(String subject) {
    return "The " + subject + " has " + problems.size() + " invalid field(s)";
  }

  /**
   * The constant a request field names, written in any case with {@code -} or {@code _} ({@code
   * in-progress} for {@code IN_PROGRESS}); {@code null} when blank, noted here when unknown.
   */
  public <E extends Enum<E>> E enumValue(String text, Class<E> type, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      put(field, UNKNOWN_VALUE);
      return null;
    }
  }

  /**
   * The value {@code lookup} finds for a request field; {@code null} when blank, noted here as
   * "must be {expected}" when the lookup finds nothing.
   */
  public <T> T lookup(
      String text, String field, Function<String, Optional<T>> lookup, String expected) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Optional<T> value = lookup.apply(text.trim());
    if (value.isEmpty()) {
      put(field, "must be " + expected);
    }
    return value.orElse(null);
  }

  /** 400 for one bad field. */
  public static BeaconProblem invalid(String message, String field, String problem) {
    return BeaconProblem.invalid(message, Map.of(field, problem));
  }
}
