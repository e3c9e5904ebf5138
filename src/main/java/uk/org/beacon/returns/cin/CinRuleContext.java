package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import uk.org.beacon.calendar.WorkingDays;

/**
 * What a rule checks against: the return, the day the data was taken ({@code asAt}; timeliness
 * queries such as 8670Q can be run against it for early warning during the year) and England's
 * working days for the working-day rules (8569Q, 8670Q, 8675Q).
 */
public record CinRuleContext(CinReturn census, LocalDate asAt, WorkingDays workingDays) {}
