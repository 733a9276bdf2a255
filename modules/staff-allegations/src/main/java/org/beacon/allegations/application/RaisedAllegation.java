package org.beacon.allegations.application;

/** The allegation a request raised, by its reference: what the web layer answers with. */
public record RaisedAllegation(String reference) {}
