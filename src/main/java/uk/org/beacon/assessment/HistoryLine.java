package uk.org.beacon.assessment;

import java.time.LocalDate;

/** One line of the child's history shown beside the assessment form: when, what kind of event, what happened. */
public record HistoryLine(LocalDate on, String type, String title) {}
