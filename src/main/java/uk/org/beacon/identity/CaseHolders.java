package uk.org.beacon.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Who holds a child's case, as {@link RecordAccess} asks it: the worker allocated to the child and
 * the managers of the team holding the case, now or earlier. Casework (allocation) answers; identity
 * only defines the question, so it does not depend on casework. A restricted record opens to those
 * who hold the case now, and read-only to those who held it before (their history of the case).
 */
public interface CaseHolders {

    enum Holding { CURRENT, FORMER, NONE }

    /** For each child named, how this member of staff holds the case; children not in the map are {@link Holding#NONE}. */
    Map<UUID, Holding> holdings(Collection<UUID> childIds, StaffSummary staff);
}
