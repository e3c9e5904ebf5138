package uk.org.beacon.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.audit.AuditRecord;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.calendar.BankHoliday;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Local settings of timescales and bank holidays on the real database. Each test that changes a
 * rule returns it to the national default, because the whole suite shares one application.
 */
class TimescalesIntegrationTest extends BeaconIntegrationTest {

    @Autowired Timescales timescales;
    @Autowired BankHolidays bankHolidays;
    @Autowired WorkingDays workingDays;
    @Autowired AuditTrail audit;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;

    @Test
    void theShippedBankHolidaysAreHeldInTheDatabaseFromTheGovUkFeed() {
        long shipped = jdbc.sql("SELECT count(*) FROM calendar.bank_holiday WHERE source = 'GOV.UK feed'").query(Long.class).single();

        assertThat(shipped).isEqualTo(123);
        assertThat(workingDays.holidays(2025)).hasSize(8);
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 12, 16), 45)).isEqualTo(LocalDate.of(2025, 2, 20));
    }

    @Test
    void everyNumberedTimescaleIsSeededWithItsNationalDefault() {
        assertThat(timescales.rules()).extracting(TimescaleRule::id)
                .contains("T1", "T1a", "T2", "T5", "T6", "T7", "T8", "T8a", "T9", "T10", "T11", "T11a", "T11b", "T12", "T13", "T13a",
                        "T14", "T15", "T15a", "T16")
                .startsWith("T1", "T1a", "T2");
        assertThat(timescales.rule("T2")).satisfies(r -> {
            assertThat(r.deadline()).isEqualTo("45 working days");
            assertThat(r.statutory()).isTrue();
            assertThat(r.overridden()).isFalse();
        });
        assertThat(timescales.rule("T1a").statutory()).isFalse();
        assertThat(timescales.rule("T1a").deadline()).isEqualTo("1 working day");
        assertThat(timescales.rule("T7").deadline()).isEqualTo("4 weeks");
        assertThat(timescales.rule("T7").repeating()).isTrue();
        assertThat(timescales.rule("T9").deadline()).isEqualTo("10 working days");
        assertThat(timescales.rule("T10").deadline()).isEqualTo("20 working days");
        assertThat(timescales.rule("T14").deadline()).isEqualTo("72 hours");
        assertThat(timescales.due("T5", LocalDate.of(2024, 12, 18))).isEqualTo(LocalDate.of(2025, 1, 13));
        assertThat(timescales.read("T2", LocalDate.of(2024, 12, 16), null, LocalDate.of(2025, 2, 20)).state()).isEqualTo(ClockState.DUE_TODAY);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void aLocalSettingWithoutAReasonIsRefusedAndNothingChanges() {
        TimescaleRule before = timescales.rule("T3");

        assertThatThrownBy(() -> timescales.override("T3", before.version(), 2, "WORKING_DAYS", "  ", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        assertThatThrownBy(() -> timescales.override("T3", before.version(), 2, "FORTNIGHTS", "Local standard", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("unit"));
        assertThat(timescales.rule("T3")).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void makingTheInitialConferenceTimescaleLaterThanFifteenWorkingDaysNeedsARecordedDecision() {
        TimescaleRule t5 = timescales.rule("T5");
        LocalDate strategyDiscussion = LocalDate.of(2024, 12, 18);
        try {
            assertThatThrownBy(() -> timescales.override("T5", t5.version(), 20, "WORKING_DAYS", "Conference chairs are short this winter", ""))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("decisionReference"));
            assertThat(timescales.due("T5", strategyDiscussion)).isEqualTo(LocalDate.of(2025, 1, 13));

            TimescaleRule loosened = timescales.override("T5", t5.version(), 20, "working_days", "Conference chairs are short this winter",
                    "Synthetic Cabinet minute 2026/041");

            assertThat(loosened.deadline()).isEqualTo("20 working days");
            assertThat(loosened.nationalDeadline()).isEqualTo("15 working days");
            assertThat(loosened.overrideReason()).isEqualTo("Conference chairs are short this winter");
            assertThat(loosened.decisionReference()).isEqualTo("Synthetic Cabinet minute 2026/041");
            assertThat(loosened.version()).isEqualTo(t5.version() + 1);
            assertThat(timescales.rule("T5")).isEqualTo(loosened);
            assertThat(timescales.due("T5", strategyDiscussion)).isEqualTo(LocalDate.of(2025, 1, 20));

            UUID admin = staff.findByUsername("admin").orElseThrow().id();
            List<AuditRecord> changes = audit.byActor(admin, 50).stream()
                    .filter(r -> Timescales.AUDIT_SUBJECT.equals(r.subjectType()) && r.detail().contains("\"T5\""))
                    .toList();
            assertThat(changes).first().satisfies(r -> {
                assertThat(r.action()).isEqualTo("CHANGED");
                assertThat(r.reason()).isEqualTo("Conference chairs are short this winter");
                assertThat(r.detail()).contains("\"oldAmount\": 15").contains("\"newAmount\": 20").contains("Synthetic Cabinet minute 2026/041");
            });
        } finally {
            timescales.removeOverride("T5", timescales.rule("T5").version(), "Winter arrangement ended");
        }
        TimescaleRule restored = timescales.rule("T5");
        assertThat(restored.overridden()).isFalse();
        assertThat(restored.deadline()).isEqualTo("15 working days");
        assertThat(timescales.history("T5")).first().satisfies(h -> {
            assertThat(h.current()).isFalse();
            assertThat(h.supersededReason()).isEqualTo("Winter arrangement ended");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void tighteningAStatutoryTimescaleNeedsOnlyAReason() {
        TimescaleRule t6 = timescales.rule("T6");
        try {
            TimescaleRule tightened = timescales.override("T6", t6.version(), 8, "WORKING_DAYS", "Core groups sooner after conference", null);

            assertThat(tightened.deadline()).isEqualTo("8 working days");
            assertThat(tightened.decisionReference()).isNull();
        } finally {
            timescales.removeOverride("T6", timescales.rule("T6").version(), "Back to the national default");
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void anAuthorityMayCountItsVisitingStandardFromAndIncludingTheVisitDay() {
        TimescaleRule t9 = timescales.rule("T9");
        try {
            timescales.override("T9", t9.version(), 10, "WORKING_DAYS", "INCLUDING_START_DAY", "Our visiting standard counts the visit day", null);

            assertThat(timescales.rule("T9").dayZero()).isEqualTo(DayZero.INCLUDING_START_DAY);
            assertThat(timescales.due("T9", LocalDate.of(2025, 1, 6))).isEqualTo(LocalDate.of(2025, 1, 17));
        } finally {
            timescales.removeOverride("T9", timescales.rule("T9").version(), "Back to day 0");
        }
        assertThat(timescales.due("T9", LocalDate.of(2025, 1, 6))).isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void aSecondAdministratorWorkingFromAStaleVersionIsShownTheConflict() {
        TimescaleRule t16 = timescales.rule("T16");
        try {
            timescales.override("T16", t16.version(), 8, "WEEKS", "Reviews every 8 weeks", null);

            assertThatThrownBy(() -> timescales.override("T16", t16.version(), 4, "WEEKS", "Reviews every 4 weeks", null))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> {
                        assertThat(e.currentVersion()).isEqualTo(t16.version() + 1);
                        assertThat(e.differences()).extracting(d -> d.savedValue()).contains("8 weeks");
                    });
            assertThat(timescales.rule("T16").deadline()).isEqualTo("8 weeks");
        } finally {
            timescales.removeOverride("T16", timescales.rule("T16").version(), "Back to the national default");
        }
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void aSocialWorkerCannotChangeATimescaleOrAddABankHoliday() {
        long version = timescales.rule("T2").version();

        assertThatThrownBy(() -> timescales.override("T2", version, 60, "WORKING_DAYS", "Too busy", "None"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bankHolidays.addHoliday(LocalDate.of(2031, 6, 4), "Not allowed"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void addingAOneOffBankHolidayMovesAFirstLookedAfterReviewOneWorkingDayLater() {
        LocalDate becameLookedAfter = LocalDate.of(2031, 3, 5);
        assertThat(timescales.due("T11", becameLookedAfter)).isEqualTo(LocalDate.of(2031, 4, 2));

        BankHoliday added = bankHolidays.addHoliday(LocalDate.of(2031, 3, 19), "Synthetic one-off bank holiday");

        assertThat(added.source()).isEqualTo(BankHoliday.ADMINISTRATOR);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2031, 3, 19))).isFalse();
        assertThat(timescales.due("T11", becameLookedAfter)).isEqualTo(LocalDate.of(2031, 4, 3));
        assertThat(bankHolidays.inYear(2031)).extracting(BankHoliday::title).contains("Synthetic one-off bank holiday");
        UUID admin = staff.findByUsername("admin").orElseThrow().id();
        assertThat(audit.byActor(admin, 50)).anySatisfy(r -> {
            assertThat(r.subjectType()).isEqualTo(BankHolidays.AUDIT_SUBJECT);
            assertThat(r.action()).isEqualTo("CREATED");
            assertThat(r.detail()).contains("2031-03-19");
        });
        UUID addedBy = jdbc.sql("SELECT added_by FROM calendar.bank_holiday WHERE holiday_date = '2031-03-19'").query(UUID.class).single();
        assertThat(addedBy).isEqualTo(admin);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void aBankHolidayOnAWeekendOrOnADayAlreadyHeldIsRefusedAtTheDate() {
        assertThatThrownBy(() -> bankHolidays.addHoliday(LocalDate.of(2031, 6, 7), "A Saturday"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("date")).contains("Saturday"));
        assertThatThrownBy(() -> bankHolidays.addHoliday(LocalDate.of(2025, 12, 25), "Christmas again"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("date")).contains("already a bank holiday"));
        assertThatThrownBy(() -> bankHolidays.addHoliday(LocalDate.of(2031, 6, 4), " "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("title"));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2031, 6, 4))).isTrue();
    }
}
