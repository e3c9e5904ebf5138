package uk.org.beacon.timescales;

/** Why a clock was met late: a code from the {@code late-reason} list and the worker's own words. */
public record LateReason(String code, String text) {}
