package uk.org.beacon.returns.cin;

import java.util.List;
import uk.org.beacon.returns.CensusYear;

/**
 * One children in need census return, as it will be written: the header (none yet as the source
 * reads it; {@code CinCensus} puts the authority's on) and every child in scope
 * for the census year with the activity that belongs to the year (README section 3). Values are
 * held exactly as they will be written (CIN codes, dates); {@code null} means the element is
 * omitted, or, for an element the schema requires, that the child cannot be written and is a
 * breach. The identifiers on each level ({@code personId}, {@code episodeId} …) are not written to
 * the file: they link a breach to the record where it is fixed.
 */
public record CinReturn(CensusYear year, CinHeader header, List<CinChild> children) {}
