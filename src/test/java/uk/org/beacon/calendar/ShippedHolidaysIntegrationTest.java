package uk.org.beacon.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;

/**
 * Shipped bank holidays missing from the database go in together, so the calendar's numbered days
 * are renumbered once, not once per holiday (which bloated the table on every fresh database).
 * Runs in a transaction that is rolled back: the holidays are only missing inside it.
 */
class ShippedHolidaysIntegrationTest extends BeaconIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void missingShippedHolidaysGoBackInWithOneRenumberingOfTheDays() {
        transactions.executeWithoutResult(tx -> {
            try {
                holidaysGoBackInTogether();
            } finally {
                tx.setRollbackOnly();
            }
        });
    }

    private void holidaysGoBackInTogether() {
        long days = jdbc.sql("SELECT count(*) FROM calendar.working_day_number").query(Long.class).single();
        jdbc.sql("DELETE FROM calendar.bank_holiday WHERE holiday_date IN (DATE '2025-12-25', DATE '2025-12-26', DATE '2026-01-01')").update();
        assertThat(workingDaysBetween("2025-12-24", "2026-01-02")).isEqualTo(7);
        long deletedBefore = deletedInThisTransaction();

        new WorkingDays(jdbc, clock);

        assertThat(deletedInThisTransaction() - deletedBefore).as("rows renumbered: the whole calendar once").isEqualTo(days);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar.bank_holiday WHERE holiday_date IN (DATE '2025-12-25', DATE '2025-12-26', DATE '2026-01-01')")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(workingDaysBetween("2025-12-24", "2026-01-02")).as("29, 30, 31 December and 2 January").isEqualTo(4);
    }

    private long deletedInThisTransaction() {
        return jdbc.sql("SELECT pg_stat_get_xact_tuples_deleted('calendar.working_day_number'::regclass)").query(Long.class).single();
    }

    private int workingDaysBetween(String from, String to) {
        return jdbc.sql("SELECT calendar.working_days_between(CAST(:a AS date), CAST(:b AS date))").param("a", from).param("b", to)
                .query(Integer.class).single();
    }
}
