/**
 * Shared kernel: the injected {@link java.time.Clock} (UK time) from which every "now" comes.
 * Working days and bank holidays join it with the timescale engine. Depends on nothing.
 */
package uk.org.beacon.calendar;
