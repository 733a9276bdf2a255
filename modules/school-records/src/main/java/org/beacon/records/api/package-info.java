/**
 * What the school-records module lets others name: its process keys and variables. Other modules
 * reach it only through the engine (the message {@code Msg_PolicyVersionApproved} of {@link
 * org.beacon.platform.api.Messages}) and the platform's SPIs.
 */
package org.beacon.records.api;
