package uk.org.beacon.person;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An address the person lived at, from when to when. Everyone with an open residence at the same
 * address (same first line and postcode) forms a household, which is how siblings and other
 * children at an address are found.
 */
@Table(schema = "person", name = "residence")
record Residence(String line1, String line2, String town, String postcode, String addressKey, LocalDate movedIn, LocalDate movedOut) {

    Residence closedOn(LocalDate date) {
        return new Residence(line1, line2, town, postcode, addressKey, movedIn, date);
    }

    static String addressKey(String line1, String postcode) {
        return NameMatching.normalise(line1 == null ? "" : line1).replace(" ", "") + "|" + Postcode.normalise(postcode).replace(" ", "");
    }
}
