/**
 * Performance, an oversight module: scorecards computed live from the practice modules' reporting
 * views (schema {@code reporting}), never their base tables. Owns the {@code performance} schema:
 * measures as data ({@code performance.measure}: definition, SQL over reporting views, unit,
 * polarity, target and amber tolerance, period, national comparator, source), dated targets
 * ({@code performance.measure_target}), dated workload weights
 * and capacity settings ({@code performance.workload_weight}, {@code workload_weight_version},
 * {@code workload_setting_version}) and data-quality rules ({@code performance.quality_rule}).
 * Pages under {@code /performance} (board, team and worker scorecards, a measure with the children
 * behind it, workload, data quality), Excel export, and the JSON API under
 * {@code /api/v1/performance}. Publishes no events and listens to none.
 * Depends on {@code identity} (teams, staff, record access), {@code audit} and {@code web}.
 */
package uk.org.beacon.performance;
