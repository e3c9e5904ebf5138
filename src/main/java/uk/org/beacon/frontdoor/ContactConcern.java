package uk.org.beacon.frontdoor;

import org.springframework.data.relational.core.mapping.Table;

/** One concern category a contact raises (code from the contact-concern list). */
@Table(schema = "frontdoor", name = "contact_concern")
record ContactConcern(String code) {}
