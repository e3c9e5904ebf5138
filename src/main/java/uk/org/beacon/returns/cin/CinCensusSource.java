package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import uk.org.beacon.returns.CensusYear;

/**
 * Where a return's data comes from: the practice modules' reporting views, read for the children
 * and activity in scope for {@code year} as recorded on {@code asAt} (README section 3). Reads only.
 */
public interface CinCensusSource {

    /** The whole return for the year, without a header (the file's header is the service's: LEA, release, serial number). */
    CinReturn build(CensusYear year, LocalDate asAt);

    /** The same for one child (empty children list when the child is not in scope), for checking while recording. */
    CinReturn buildForChild(CensusYear year, LocalDate asAt, java.util.UUID personId);
}
