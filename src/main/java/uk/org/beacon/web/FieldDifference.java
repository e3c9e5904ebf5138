package uk.org.beacon.web;

/** One field that another person changed while you were editing: what is saved now, and what you typed. */
public record FieldDifference(String field, String savedValue, String yourValue) {}
