package uk.org.beacon.identity;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A member of staff's workforce facts for workload and the workforce measures: contracted hours as
 * a fraction of full time (FTE), agency or permanent, newly qualified (assessed and supported year
 * in employment, a protected caseload), and a capacity their manager set instead of the one worked
 * out from FTE (blank for none).
 */
public record StaffWorkforce(UUID staffId, BigDecimal fte, String employment, boolean newlyQualified, BigDecimal capacityOverride, long version) {}
