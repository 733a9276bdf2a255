package org.beacon.incidents.application;

/** Which incident a request created or changed: what the web layer answers with. */
public record IncidentReference(long id, String reference) {}
