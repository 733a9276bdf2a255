package org.beacon.platform.api;

/**
 * A page of a list, as every list endpoint reads it from {@code ?page=&size=}: pages count from 0,
 * a missing page is the first, a missing size is the list's default, and a size above the list's
 * maximum is refused rather than cut. A bad value is refused with each bad field named ({@code
 * page}: "must be 0 or more", {@code size}: "must be between 1 and MAX").
 *
 * @param page the page, from 0
 * @param size rows per page
 */
public record PageRequest(int page, int size) {

  /** Rows per page when the caller does not say. */
  public static final int DEFAULT_SIZE = 50;

  /** The most rows one page of a case list may hold. */
  public static final int MAX_SIZE = 200;

  public static final String PAGE_PROBLEM = "must be 0 or more";

  public PageRequest {
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page " + page + " size " + size);
    }
  }

  /** The page asked for, with the default limits; 400 "Invalid paging" when it is bad. */
  public static PageRequest of(Integer page, Integer size) {
    return of(page, size, DEFAULT_SIZE, MAX_SIZE);
  }

  /** The page asked for, with a list's own limits; 400 "Invalid paging" when it is bad. */
  public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
    FieldErrors errors = new FieldErrors();
    PageRequest request = of(page, size, defaultSize, maxSize, errors);
    errors.throwIfAny("Invalid paging");
    return request;
  }

  /**
   * The page asked for, with the default limits; bad values are noted in {@code errors} (so one
   * answer names them with the list's other bad parameters) and the first page of the default size
   * is returned in their place.
   */
  public static PageRequest of(Integer page, Integer size, FieldErrors errors) {
    return of(page, size, DEFAULT_SIZE, MAX_SIZE, errors);
  }

  public static PageRequest of(
      Integer page, Integer size, int defaultSize, int maxSize, FieldErrors errors) {
    int p = page == null ? 0 : page;
    int s = size == null ? defaultSize : size;
    if (p < 0) {
      errors.put("page", PAGE_PROBLEM);
      p = 0;
    }
    if (s < 1 || s > maxSize) {
      errors.put("size", sizeProblem(maxSize));
      s = defaultSize;
    }
    return new PageRequest(p, s);
  }

  public static String sizeProblem(int maxSize) {
    return "must be between 1 and " + maxSize;
  }

  /** The index of the page's first row. */
  public int offset() {
    return page * size;
  }
}
