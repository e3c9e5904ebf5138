package uk.org.beacon.web;

import java.util.List;

/**
 * Someone else saved the record after you opened it. Nothing is overwritten: the page shows
 * what differs and keeps what you typed, so you can decide and save again.
 */
public class EditConflictException extends RuntimeException {

    private final transient List<FieldDifference> differences;
    private final long currentVersion;

    public EditConflictException(List<FieldDifference> differences, long currentVersion) {
        super("The record was changed by someone else while you were editing it");
        this.differences = List.copyOf(differences);
        this.currentVersion = currentVersion;
    }

    public List<FieldDifference> differences() {
        return differences;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
