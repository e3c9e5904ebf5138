package uk.org.beacon.returns;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.returns.cin.CinBreach;
import uk.org.beacon.returns.cin.CinCensusChecks;
import uk.org.beacon.returns.cin.CinCensusRules;
import uk.org.beacon.returns.cin.CinCensusSource;
import uk.org.beacon.returns.cin.CinFileContents;
import uk.org.beacon.returns.cin.CinFileWriter;
import uk.org.beacon.returns.cin.CinHeader;
import uk.org.beacon.returns.cin.CinReturn;
import uk.org.beacon.returns.cin.CinRuleInfo;
import uk.org.beacon.returns.cin.CinRuleKind;
import uk.org.beacon.returns.cin.CinSchemaProblem;
import uk.org.beacon.returns.cin.CinSchemas;
import uk.org.beacon.returns.cin.UnsupportedCensusYear;

/**
 * The children in need census return, made on any day from normal recording. For a census year
 * it reads the children and activity in scope (the practice modules' reporting views, in one
 * read-only transaction, so every figure comes from the same moment), runs DfE's validation rules,
 * writes the file for the year's schema and checks it against that schema before it is offered.
 * <p>
 * <b>As at.</b> During a census year the return is made as at today, with that year's 31 March as
 * {@code ReferenceDate} and activity up to today (the developers' reference, section 2), so the
 * rules give early warning all year; a past year is made as at its {@code ReferenceDate}. A year
 * that has not begun, or has no schema, cannot be made.
 * <p>
 * A <em>check</em> (the returns page, the breaches API) builds, validates and counts the file
 * without keeping it; its breaches become the year's current list ({@code CinCensusChecks.keepReturn},
 * for data quality and the child's record). <em>Generating</em> a file (download, API, command line) also numbers it
 * (the header's {@code SerialNo}, counting up per year), logs it in {@code returns.cin_census_file}
 * and records it in the audit trail with who made it.
 */
@Service
public class CinCensus {

    /** Who may make and see the return: administrators, quality and performance officers, senior leaders. */
    public static final String MAKERS = "hasAnyRole('ADMINISTRATOR','QUALITY_PERFORMANCE','SENIOR_LEADER')";
    static final String SOFTWARE_CODE = "Beacon";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern LA_NUMBER = Pattern.compile("\\d{3}");
    private static final String AUDIT_SUBJECT = "CIN_CENSUS_FILE";
    private static final Logger log = LoggerFactory.getLogger(CinCensus.class);

    /** How a file was asked for. */
    public enum Through {
        PAGE, API, COMMAND_LINE
    }

    /** One file in the log. */
    public record LoggedFile(UUID id, CensusYear year, String serialNo, LocalDateTime madeAt, UUID madeBy, Through through, int children,
            int heldBack, int errors, int queries, long sizeBytes, String sha256, boolean schemaValid) {}

    private final CinCensusSource source;
    private final CinCensusRules rules;
    private final CinCensusChecks checks;
    private final CinSchemas schemas;
    private final JdbcClient jdbc;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final String laNumber;
    private final String release;

    CinCensus(CinCensusSource source, CinCensusRules rules, CinCensusChecks checks, CinSchemas schemas, JdbcClient jdbc, PlatformTransactionManager transactions,
            AuditTrail audit, CurrentStaff currentStaff, Clock clock, @Value("${beacon.la-number:}") String laNumber,
            @Value("${beacon.release:}") String release) {
        this.source = source;
        this.rules = rules;
        this.checks = checks;
        this.schemas = schemas;
        this.jdbc = jdbc;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writing = new TransactionTemplate(transactions);
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.laNumber = laNumber == null ? "" : laNumber.strip();
        this.release = release == null || release.isBlank() || release.startsWith("@") ? "development" : release.strip();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    /** The years a return can be made for: those with a schema that have begun, oldest first. */
    public List<CensusYear> supportedYears() {
        LocalDate today = today();
        return schemas.supportedYears().stream().filter(y -> !y.start().isAfter(today)).toList();
    }

    /**
     * The year a page or request means when it names none: the census year containing today when
     * Beacon can make it, otherwise the latest year it can make (between 1 April and the arrival of
     * the new year's schema, the year just ended).
     */
    public CensusYear defaultYear() {
        CensusYear current = CensusYear.containing(today());
        List<CensusYear> supported = supportedYears();
        if (supported.contains(current)) {
            return current;
        }
        return supported.stream().filter(y -> y.endYear() < current.endYear()).reduce((a, b) -> b).orElse(supported.get(supported.size() - 1));
    }

    /** The day a return for {@code year} is made as at: today during the year, its ReferenceDate once it has ended. */
    public LocalDate asAt(CensusYear year) {
        LocalDate today = today();
        return today.isAfter(year.referenceDate()) ? year.referenceDate() : today;
    }

    /** Refuses a year without a schema or not yet begun, listing the years that can be made. */
    public void requireSupported(CensusYear year) {
        if (!supportedYears().contains(year)) {
            throw new UnsupportedCensusYear(year, supportedYears());
        }
    }

    /** The rules Beacon checks, in rule order. */
    @PreAuthorize(MAKERS)
    public List<CinRuleInfo> catalogue() {
        return rules.catalogue();
    }

    /** Builds, validates and counts the year's return without keeping or numbering the file. */
    @PreAuthorize(MAKERS)
    public CinCensusResult check(CensusYear year) {
        Measuring measuring = Measuring.start();
        requireSupported(year);
        String lea = requireLaNumber();
        LocalDate asAt = asAt(year);
        LocalDateTime madeAt = madeAt();
        CinReturn census = build(year, asAt, new CinHeader(lea, SOFTWARE_CODE, release, null, madeAt));
        measuring.lap("build");
        List<CinBreach> breaches = rules.check(census, asAt);
        measuring.lap("rules");
        checks.keepReturn(census, breaches);
        measuring.lap("keep");
        Written written = write(census, new CinHeader(lea, SOFTWARE_CODE, release, "000", madeAt), year, measuring);
        audit.record(new AuditEntry(currentStaff.id().orElse(null), AuditAction.VIEWED, AUDIT_SUBJECT, null, null,
                Map.of("year", year.endYear(), "check", true)));
        return new CinCensusResult(null, year, asAt, null, madeAt, null, written.size(), written.sha256(), written.contents(), written.problems(),
                breaches, measuring.stop());
    }

    /**
     * Makes the year's file: builds and checks it as {@link #check} does, numbers it with the next
     * serial number for the year, logs and audits it. The result carries the bytes; a file that
     * fails its schema is logged as such and must not be offered.
     */
    @PreAuthorize(MAKERS)
    public CinCensusResult generate(CensusYear year, Through through) {
        Measuring measuring = Measuring.start();
        requireSupported(year);
        String lea = requireLaNumber();
        LocalDate asAt = asAt(year);
        CinReturn census = build(year, asAt, new CinHeader(lea, SOFTWARE_CODE, release, null, madeAt()));
        measuring.lap("build");
        List<CinBreach> breaches = rules.check(census, asAt);
        measuring.lap("rules");
        checks.keepReturn(census, breaches);
        measuring.lap("keep");
        UUID madeBy = currentStaff.id().orElse(null);
        CinCensusResult result = writing.execute(tx -> {
            jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('returns.cin_census_file'), :year)) locked")
                    .param("year", year.endYear()).query(Integer.class).single();
            int serial = jdbc.sql("SELECT COALESCE(MAX(serial_no), 0) + 1 FROM returns.cin_census_file WHERE census_year = :year")
                    .param("year", year.endYear()).query(Integer.class).single();
            String serialNo = String.format("%03d", serial);
            LocalDateTime madeAt = madeAt();
            Written written = write(census, new CinHeader(lea, SOFTWARE_CODE, release, serialNo, madeAt), year, measuring);
            UUID id = UUID.randomUUID();
            long errors = breaches.stream().filter(b -> b.kind() == CinRuleKind.ERROR).count();
            jdbc.sql("""
                    INSERT INTO returns.cin_census_file (id, census_year, reference_date, as_at, serial_no, made_at, made_by, made_through,
                           children, episodes, held_back, errors, queries, size_bytes, sha256, schema_valid)
                    VALUES (:id, :year, :referenceDate, :asAt, :serial, :madeAt, :madeBy, :through,
                           :children, :episodes, :heldBack, :errors, :queries, :size, :sha256, :valid)
                    """)
                    .param("id", id).param("year", year.endYear()).param("referenceDate", year.referenceDate()).param("asAt", asAt)
                    .param("serial", serial).param("madeAt", Timestamp.from(clock.instant())).param("madeBy", madeBy)
                    .param("through", through.name()).param("children", written.contents().children())
                    .param("episodes", written.contents().episodes()).param("heldBack", written.contents().heldBack().size())
                    .param("errors", errors).param("queries", breaches.size() - errors).param("size", written.size())
                    .param("sha256", written.sha256()).param("valid", written.problems().isEmpty())
                    .update();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("year", year.endYear());
            detail.put("serialNo", serialNo);
            detail.put("through", through.name());
            detail.put("children", written.contents().children());
            detail.put("heldBack", written.contents().heldBack().size());
            detail.put("schemaValid", written.problems().isEmpty());
            audit.record(new AuditEntry(madeBy, AuditAction.CREATED, AUDIT_SUBJECT, id, null, detail));
            return new CinCensusResult(id, year, asAt, serialNo, madeAt, written.xml(), written.size(), written.sha256(), written.contents(),
                    written.problems(), breaches, null);
        });
        measuring.lap("log");
        CinCensusResult measured = withCost(result, measuring.stop());
        log.info("CIN census file {} for {} made: serial {}, {} children, {} held back, {} schema problems, {} ms {}", measured.fileId(),
                year.endYear(), measured.serialNo(), measured.contents().children(), measured.heldBack().size(),
                measured.schemaProblems().size(), measured.cost().elapsedMillis(), measured.cost().phaseMillis());
        return measured;
    }

    /** The files made for a year, newest first. */
    @PreAuthorize(MAKERS)
    public List<LoggedFile> files(CensusYear year) {
        return jdbc.sql("""
                SELECT id, census_year, serial_no, made_at, made_by, made_through, children, held_back, errors, queries, size_bytes, sha256,
                       schema_valid
                  FROM returns.cin_census_file WHERE census_year = :year ORDER BY serial_no DESC
                """).param("year", year.endYear())
                .query((rs, n) -> new LoggedFile(rs.getObject("id", UUID.class), new CensusYear(rs.getInt("census_year")),
                        String.format("%03d", rs.getInt("serial_no")),
                        LocalDateTime.ofInstant(rs.getTimestamp("made_at").toInstant(), UK), rs.getObject("made_by", UUID.class),
                        Through.valueOf(rs.getString("made_through")), rs.getInt("children"), rs.getInt("held_back"), rs.getInt("errors"),
                        rs.getInt("queries"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("schema_valid")))
                .list();
    }

    /** The year's children and activity as at the day, read in one read-only transaction, under Beacon's header. */
    private CinReturn build(CensusYear year, LocalDate asAt, CinHeader header) {
        CinReturn census = reading.execute(tx -> source.build(year, asAt));
        if (census == null || !year.equals(census.year())) {
            throw new IllegalStateException("The census source built no return for " + year.endYear());
        }
        return new CinReturn(year, header, census.children() == null ? List.of() : census.children());
    }

    private String requireLaNumber() {
        if (!LA_NUMBER.matcher(laNumber).matches()) {
            throw new CinCensusNotConfigured(laNumber.isEmpty()
                    ? "Beacon does not know the authority's DfE local authority number: set beacon.la-number to its three digits (for example beacon.la-number=201) to make the CIN census return."
                    : "beacon.la-number is '" + laNumber + "', which is not a DfE local authority number: set it to the authority's three digits (for example 201).");
        }
        return laNumber;
    }

    private LocalDateTime madeAt() {
        return LocalDateTime.ofInstant(clock.instant(), UK).truncatedTo(ChronoUnit.SECONDS);
    }

    private record Written(byte[] xml, long size, String sha256, CinFileContents contents, List<CinSchemaProblem> problems) {}

    private Written write(CinReturn census, CinHeader header, CensusYear year, Measuring measuring) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(8192, census.children().size() * 1500));
        CinFileContents contents;
        try (DigestOutputStream out = new DigestOutputStream(bytes, sha256)) {
            contents = CinFileWriter.write(new CinReturn(year, header, census.children()), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] xml = bytes.toByteArray();
        measuring.lap("write");
        List<CinSchemaProblem> problems = schemas.check(year, new ByteArrayInputStream(xml));
        measuring.lap("validate");
        if (!problems.isEmpty() && contents.children() == 0) {
            log.warn("CIN census file for {} has no child in it, which the schema does not allow", year.endYear());
        } else if (!problems.isEmpty()) {
            log.error("CIN census file for {} fails its schema ({} problems), first: {}", year.endYear(), problems.size(), problems.get(0));
        }
        return new Written(xml, xml.length, HexFormat.of().formatHex(sha256.digest()), contents, problems);
    }

    private static CinCensusResult withCost(CinCensusResult r, CinCensusResult.Cost cost) {
        return new CinCensusResult(r.fileId(), r.year(), r.asAt(), r.serialNo(), r.madeAt(), r.xml(), r.sizeBytes(), r.sha256(), r.contents(),
                r.schemaProblems(), r.breaches(), cost);
    }

    /**
     * Elapsed time (in all and per phase), bytes allocated by this thread and the heap's peak use
     * while a return is made. The heap's peak is reset at the start, so with two returns made at once
     * each sees the other's use too.
     */
    private static final class Measuring {

        private final long startNanos;
        private final long startAllocated;
        private final Map<String, Long> phases = new LinkedHashMap<>();
        private long lapNanos;

        private Measuring(long startNanos, long startAllocated) {
            this.startNanos = startNanos;
            this.startAllocated = startAllocated;
            this.lapNanos = startNanos;
        }

        static Measuring start() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                    pool.resetPeakUsage();
                }
            }
            return new Measuring(System.nanoTime(), allocated());
        }

        /** Ends a phase: the time since the last one. */
        void lap(String phase) {
            long now = System.nanoTime();
            phases.merge(phase, (now - lapNanos) / 1_000_000, Long::sum);
            lapNanos = now;
        }

        CinCensusResult.Cost stop() {
            long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
            long allocated = startAllocated < 0 ? -1 : allocated() - startAllocated;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return new CinCensusResult.Cost(elapsed, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases)), allocated, peak);
        }

        private static long allocated() {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads && threads.isThreadAllocatedMemorySupported()
                    && threads.isThreadAllocatedMemoryEnabled()) {
                return threads.getCurrentThreadAllocatedBytes();
            }
            return -1;
        }
    }
}
