package uk.org.beacon.person;

import org.springframework.data.relational.core.mapping.Table;

/** A disability using the CIN census codes (NONE stands alone). */
@Table(schema = "person", name = "disability")
record Disability(String code) {}
