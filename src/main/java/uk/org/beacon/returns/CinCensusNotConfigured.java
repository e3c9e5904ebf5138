package uk.org.beacon.returns;

/** The CIN census return cannot be made because Beacon is not set up for it (the authority's DfE number is missing); the message says what to set. */
public class CinCensusNotConfigured extends RuntimeException {

    public CinCensusNotConfigured(String message) {
        super(message);
    }
}
