package uk.org.beacon.returns.cin;

import java.util.List;
import java.util.UUID;

/**
 * A child left out of the file because data the schema requires is missing or not a valid code
 * (written, the file would fail the schema). Never silent: the file's result lists each one with
 * the elements concerned ({@code elements}, e.g. "Sex", "InitialCategoryOfAbuse"), and the rules
 * report an error breach for each, so the record can be put right.
 */
public record CinHeldBack(UUID personId, String laChildId, List<String> elements) {}
