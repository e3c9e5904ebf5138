package uk.org.beacon.returns.cin;

import java.util.List;
import uk.org.beacon.returns.CensusYear;

/** A census year for which Beacon holds no schema, so no return can be made; the message lists the years it can make. */
public class UnsupportedCensusYear extends RuntimeException {

    private final transient CensusYear year;
    private final transient List<CensusYear> supported;

    public UnsupportedCensusYear(CensusYear year, List<CensusYear> supported) {
        super("Beacon cannot make the CIN census return for " + year.endYear() + " (" + year.label()
                + "): there is no schema for that year. The years it can make are " + CensusYear.describe(supported) + ".");
        this.year = year;
        this.supported = List.copyOf(supported);
    }

    public CensusYear year() {
        return year;
    }

    public List<CensusYear> supported() {
        return supported;
    }
}
