package uk.org.beacon.assessment;

import java.util.List;
import java.util.UUID;

/**
 * The child's history the worker considers while writing the assessment (the chronology's
 * significant events), provided by a later module that keeps it; the assessment form shows it
 * beside the "history considered" section when one is present.
 */
public interface HistoryConsidered {

    /** The child's significant events, newest first; the caller has already been given access to the child's record. */
    List<HistoryLine> forChild(UUID childId);
}
