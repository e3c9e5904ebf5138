/**
 * Shared kernel: national code sets (CIN census ethnicity, disability, referral source, UPN
 * unknown reasons, sex) and the local lists Beacon offers (religion, language, relationship
 * types, professional roles). Loaded from {@code codes/*.csv}; codes are retired, never deleted.
 * Depends on nothing.
 */
package uk.org.beacon.codes;
