/**
 * Child protection: strategy discussions and section 47 enquiries (and, later, conferences and plans).
 * Publishes {@code StrategyDiscussionHeld}, {@code Section47EnquiryStarted},
 * {@code Section47EnquiryConcluded}.
 */
package uk.org.beacon.childprotection;
