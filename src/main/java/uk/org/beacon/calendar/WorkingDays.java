package uk.org.beacon.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.org.beacon.web.RuleViolationException;

/**
 * Working days in England: Monday to Friday except bank holidays in England and Wales (practice
 * reference section 2.1), the calendar behind every working-day timescale (T1, T2's 45 working
 * days, T5's 15, T11's 20). The day of the start event is day 0 even when it is itself a weekend or
 * bank holiday (a referral received on Good Friday is day 0 on that Friday); the first working day
 * after it is day 1, and "within N working days" means on or before day N. Bank holidays are data:
 * the shipped GOV.UK calendar is loaded at start-up if missing, administrators add one-off
 * holidays, and the set is held in memory, refreshed after each addition and every few minutes.
 */
@Component
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);
    private static final Duration REFRESH_EVERY = Duration.ofMinutes(5);
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile NavigableMap<LocalDate, BankHoliday> holidays;
    private volatile Instant loadedAt;

    /** A fixed calendar with no database behind it, for rules tests: these dates and weekends are not working days. */
    public WorkingDays(Set<LocalDate> holidays) {
        this(holidays.stream().map(d -> new BankHoliday(d, "Bank holiday", "fixed")).toList());
    }

    private WorkingDays(Collection<BankHoliday> fixed) {
        this.jdbc = null;
        this.clock = null;
        this.holidays = index(fixed);
    }

    @Autowired
    WorkingDays(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        loadShippedHolidays();
        reload();
    }

    /** The shipped England and Wales calendar (2013 to 2027), without a database: for rules tests and tools. */
    public static WorkingDays englandAndWales() {
        return new WorkingDays(BankHolidayFeed.shipped());
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, current());
    }

    /**
     * The Nth working day after {@code start}: the last day on which something due "within N working
     * days" is on time. The start day is day 0 whether or not it is a working day; n = 0 gives the start day.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Count forward only: n must not be negative but was " + n);
        }
        NavigableMap<LocalDate, BankHoliday> known = current();
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, known)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code start} up to and including {@code end}: 0 for the same day, the
     * DfE's working-day duration. Negative (the same count, backwards) when {@code end} is before {@code start}.
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        NavigableMap<LocalDate, BankHoliday> known = current();
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day, known)) {
                count++;
            }
        }
        return count;
    }

    public List<BankHoliday> holidays(int year) {
        return List.copyOf(current().subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    public Optional<BankHoliday> holiday(LocalDate day) {
        return Optional.ofNullable(current().get(day));
    }

    /**
     * Records a one-off bank holiday (e.g. proclaimed for a coronation or state funeral). Weekends and
     * days already held are refused at the {@code date} field. Timescales' {@code BankHolidays} is the
     * audited way in for administrators; this method records who added it but writes no audit line.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public BankHoliday addHoliday(LocalDate date, String title, UUID addedBy) {
        if (jdbc == null) {
            throw new IllegalStateException("This calendar is fixed: it has no database to add holidays to");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (date == null) {
            errors.put("date", "Enter the date of the bank holiday");
        } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            errors.put("date", "The date must be a weekday: " + date.format(SPOKEN) + " is a "
                    + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                    + " and weekends are never working days");
        } else {
            held(date).ifPresent(h -> errors.put("date", date.format(SPOKEN) + " is already a bank holiday (" + h + ")"));
        }
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            errors.put("title", "Enter the name of the bank holiday");
        } else if (name.length() > 100) {
            errors.put("title", "The name must be 100 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        int inserted = jdbc.sql("""
                INSERT INTO calendar.bank_holiday (holiday_date, title, added_by, added_at, source)
                VALUES (:date, :title, :by, :at, :source) ON CONFLICT (holiday_date) DO NOTHING
                """)
                .param("date", date).param("title", name).param("by", addedBy)
                .param("at", Timestamp.from(clock.instant())).param("source", BankHoliday.ADMINISTRATOR)
                .update();
        if (inserted == 0) {
            throw new RuleViolationException(Map.of("date", date.format(SPOKEN) + " is already a bank holiday"));
        }
        reloadAfterCommit();
        return new BankHoliday(date, name, BankHoliday.ADMINISTRATOR);
    }

    private Optional<String> held(LocalDate date) {
        return jdbc.sql("SELECT title FROM calendar.bank_holiday WHERE holiday_date = :date").param("date", date).query(String.class).optional();
    }

    /**
     * Adds the shipped holidays the database does not hold yet, in one statement: every change to
     * the holidays renumbers all the calendar's days (a trigger), so one insert per holiday would
     * renumber the thirty-six years once per holiday on a fresh database and leave the numbered
     * days' table bloated to a hundred times its size.
     */
    private void loadShippedHolidays() {
        Set<LocalDate> present = Set.copyOf(jdbc.sql("SELECT holiday_date FROM calendar.bank_holiday").query(LocalDate.class).list());
        List<BankHoliday> missing = BankHolidayFeed.shipped().stream().filter(h -> !present.contains(h.date())).toList();
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(CAST(:d").append(i).append(" AS date), :t").append(i).append(", NULL::uuid, :at, :source)");
            params.put("d" + i, missing.get(i).date());
            params.put("t" + i, missing.get(i).title());
        }
        params.put("at", Timestamp.from(clock.instant()));
        params.put("source", BankHoliday.GOV_UK_FEED);
        int added = jdbc.sql("INSERT INTO calendar.bank_holiday (holiday_date, title, added_by, added_at, source) VALUES " + values
                + " ON CONFLICT (holiday_date) DO NOTHING").params(params).update();
        if (added > 0) {
            log.info("Loaded {} bank holidays from {}", added, BankHolidayFeed.LOCATION);
        }
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    private synchronized void reload() {
        holidays = index(jdbc.sql("SELECT holiday_date, title, source FROM calendar.bank_holiday ORDER BY holiday_date")
                .query((rs, row) -> new BankHoliday(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)))
                .list());
        loadedAt = clock.instant();
    }

    /** The holidays held in memory, re-read now and then so that one added on another server is seen. */
    private NavigableMap<LocalDate, BankHoliday> current() {
        if (jdbc != null && clock.instant().isAfter(loadedAt.plus(REFRESH_EVERY))) {
            try {
                reload();
            } catch (DataAccessException e) {
                loadedAt = clock.instant();
                log.warn("Could not re-read bank holidays; keeping the {} already held", holidays.size(), e);
            }
        }
        return holidays;
    }

    private static boolean isWorkingDay(LocalDate day, NavigableMap<LocalDate, BankHoliday> known) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !known.containsKey(day);
    }

    private static NavigableMap<LocalDate, BankHoliday> index(Collection<BankHoliday> holidays) {
        NavigableMap<LocalDate, BankHoliday> byDate = new TreeMap<>();
        holidays.forEach(h -> byDate.put(h.date(), h));
        return Collections.unmodifiableNavigableMap(byDate);
    }
}
