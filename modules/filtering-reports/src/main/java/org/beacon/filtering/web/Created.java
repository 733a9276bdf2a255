package org.beacon.filtering.web;

/**
 * What a POST created.
 *
 * @param id its id
 * @param reference its readable reference
 */
public record Created(long id, String reference) {}
