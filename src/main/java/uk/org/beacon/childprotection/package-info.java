/**
 * Child protection: strategy discussions and section 47 enquiries (and, later, conferences and plans).
 * Owns schema {@code childprotection}; publishes the views {@code reporting.strategy_discussion} and
 * {@code reporting.section47}, the entry classes {@code StrategyDiscussions} and
 * {@code Section47Enquiries}, and the events {@code StrategyDiscussionHeld},
 * {@code Section47EnquiryStarted}, {@code Section47EnquiryConcluded}. Starts and ends the initial
 * conference clock T5 through {@code timescales}. May use {@code frontdoor} (the child's referral),
 * {@code assessment} and the foundation modules; never {@code casework} or {@code chronology}.
 */
package uk.org.beacon.childprotection;
