/**
 * What the filtering module offers other modules: events, DTOs and process keys. Other modules may
 * depend on this package only.
 */
package org.beacon.filtering.api;
