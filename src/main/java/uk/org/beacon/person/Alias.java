package uk.org.beacon.person;

import org.springframework.data.relational.core.mapping.Table;

/** Another name the person is or was known by (birth name, name used at school, misspelling on referrals). */
@Table(schema = "person", name = "alias")
record Alias(String givenName, String familyName, String familyNameKey, String familyNameSound) {}
