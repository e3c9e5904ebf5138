package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.util.UUID;

/** A section 47 enquiry ({@code Section47}) with its initial conference target and date. */
public record CinSection47(UUID enquiryId, LocalDate startDate, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc,
        boolean icpcNotRequired) {}
