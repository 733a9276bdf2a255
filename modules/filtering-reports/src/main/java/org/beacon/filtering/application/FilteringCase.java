package org.beacon.filtering.application;

/** Which filtering case a request opened: what the web layer answers with. */
public record FilteringCase(long id, String reference) {}
