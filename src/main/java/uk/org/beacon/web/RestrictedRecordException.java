package uk.org.beacon.web;

import java.util.UUID;

/** The record exists but is restricted; the person may break the glass with a reason. */
public class RestrictedRecordException extends RuntimeException {
    private final UUID personId;

    public RestrictedRecordException(UUID personId) {
        super("This record is restricted");
        this.personId = personId;
    }

    public UUID personId() {
        return personId;
    }
}
