/**
 * What the allegations module offers other modules: events, DTOs and process keys. Other modules
 * may depend on this package only.
 */
package org.beacon.allegations.api;
