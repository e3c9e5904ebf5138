package uk.org.beacon.performance;

import java.util.UUID;

/** Whose figures: the whole authority, a service, a team, a worker or one child. */
public record Level(Kind kind, UUID id) {

    public enum Kind { AUTHORITY, SERVICE, TEAM, WORKER, CHILD }

    public static Level authority() {
        return new Level(Kind.AUTHORITY, null);
    }

    public static Level service(UUID id) {
        return new Level(Kind.SERVICE, id);
    }

    public static Level team(UUID id) {
        return new Level(Kind.TEAM, id);
    }

    public static Level worker(UUID id) {
        return new Level(Kind.WORKER, id);
    }

    public static Level child(UUID id) {
        return new Level(Kind.CHILD, id);
    }

    /** The SQL condition on an item row ({@code x}) for this level, with its parameter {@code :levelId}. */
    String condition() {
        return switch (kind) {
            case AUTHORITY -> "TRUE";
            case SERVICE -> "x.team_id IN (SELECT t.team_id FROM reporting.team t WHERE t.service_id = :levelId)";
            case TEAM -> "x.team_id = :levelId";
            case WORKER -> "x.worker_id = :levelId";
            case CHILD -> "x.child_id = :levelId";
        };
    }
}
