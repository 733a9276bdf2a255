package org.beacon.filtering.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.beacon.platform.api.BeaconProblem;

/** A page of a list, from query parameters; and other query parameter checks. */
record Paging(int page, int size) {

  static final int MAX_SIZE = 200;

  static Paging of(Integer page, Integer size, Map<String, String> errors) {
    int p = page == null ? 0 : page;
    int s = size == null ? 50 : size;
    if (p < 0) {
      errors.put("page", "must be 0 or more");
    }
    if (s < 1 || s > MAX_SIZE) {
      errors.put("size", "must be between 1 and " + MAX_SIZE);
    }
    return new Paging(p, s);
  }

  static Paging of(Integer page, Integer size) {
    Map<String, String> errors = new LinkedHashMap<>();
    Paging paging = of(page, size, errors);
    refuse("Invalid list query", errors);
    return paging;
  }

  static void refuse(String message, Map<String, String> errors) {
    if (!errors.isEmpty()) {
      throw BeaconProblem.invalid(message, errors);
    }
  }

  /** The value named by the text, or null when it is blank; an error for the field otherwise. */
  static <T> T parse(String text, String field, Function<String, java.util.Optional<T>> lookup, String expected, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    var value = lookup.apply(text.trim());
    if (value.isEmpty()) {
      errors.put(field, "must be " + expected);
      return null;
    }
    return value.get();
  }

  static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
