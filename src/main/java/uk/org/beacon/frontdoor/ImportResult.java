package uk.org.beacon.frontdoor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a police notification upload did: rows imported, already held (the same file again), filed as information, and each bad row with its problems. */
public record ImportResult(UUID batchId, String fileName, int total, int imported, int alreadyHeld, int filedAsInformation,
        int childrenMatched, int childrenCreated, List<RowError> errors, Timing timing) {

    /** How long the import took, and the median and 95th percentile of one row's child-matching query. */
    public record Timing(long elapsedMillis, double rowsPerSecond, double matchMedianMillis, double matchP95Millis) {}

    public int failed() {
        return errors.size();
    }

    /** One row that could not be imported: its line in the file, the police reference, and what is wrong, field by field. */
    public record RowError(int line, String policeReference, Map<String, String> problems) {}
}
