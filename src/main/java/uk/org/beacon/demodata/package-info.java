/**
 * A seeded synthetic authority (small, walsall, birmingham) built only through the other modules'
 * public entry points. Never real people. Depends on {@code identity}, {@code person}, {@code frontdoor},
 * {@code timescales}, {@code casework}.
 */
package uk.org.beacon.demodata;
