package uk.org.beacon.frontdoor;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.person.MatchCandidate;
import uk.org.beacon.person.MatchQuery;
import uk.org.beacon.person.NhsNumber;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonMatching;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.web.CsvRows;
import uk.org.beacon.web.RuleViolationException;

/**
 * Police child-concern notifications arrive in batches (Monday mornings bring the weekend's).
 * Each row becomes a contact from the police (referral source 6) linked to the matched child, or
 * to a new person when nobody matches well enough, with the police's own assessment kept. Rows
 * the police graded as needing no council response are filed as information: kept and counted,
 * never queued. A bad row is reported with its line and field problems and undone whole (each row
 * is saved in its own savepoint) while the good ones are kept; the police reference makes the
 * import idempotent (the same file twice creates nothing new). Rows are matched and committed in
 * chunks, so a Monday's batch of thousands takes seconds: the look-ups for a chunk's children are
 * made together and shared between rows, and each row is matched exactly as on its own.
 */
@Service
public class PoliceNotifications {

    /** The columns of the upload, in any order; the header row names them. */
    public static final List<String> COLUMNS = List.of("police_reference", "received_at", "child_given_name", "child_family_name",
            "child_date_of_birth", "child_nhs_number", "address_line1", "postcode", "other_children", "concerns", "summary",
            "police_assessment", "officer_name", "officer_phone", "consent", "consent_note");
    static final Set<String> REQUIRED = Set.of("police_reference", "received_at", "child_family_name", "summary", "police_assessment");
    static final Set<String> ASSESSMENTS = Set.of("STANDARD", "MEDIUM", "HIGH", "NO_COUNCIL_RESPONSE");
    static final double LINK_THRESHOLD = 0.9;
    /** Rows matched together and committed together. */
    static final int CHUNK = 200;

    private final Contacts contacts;
    private final PersonMatching matching;
    private final People people;
    private final CurrentStaff currentStaff;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate perChunk;
    private final TransactionTemplate perRow;
    private final Clock clock;

    PoliceNotifications(Contacts contacts, PersonMatching matching, People people, CurrentStaff currentStaff, JdbcClient jdbc,
            ObjectMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.contacts = contacts;
        this.matching = matching;
        this.people = people;
        this.currentStaff = currentStaff;
        this.jdbc = jdbc;
        this.json = json;
        this.perChunk = new TransactionTemplate(transactions);
        this.perChunk.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.perRow = new TransactionTemplate(transactions);
        this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER')")
    public ImportResult importFile(String fileName, byte[] content) {
        List<CsvRows.Row> rows;
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            rows = CsvRows.read(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new RuleViolationException(Map.of("file", "The file is empty: it needs a header row and at least one notification"));
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        List<String> names = rows.get(0).fields();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).trim().toLowerCase(), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(Map.of("file", "The header row is missing the column(s) " + String.join(", ", missing)
                    + ". Expected columns: " + String.join(", ", COLUMNS)));
        }
        UUID batchId = UUID.randomUUID();
        long started = System.nanoTime();
        List<Notification> notifications = rows.subList(1, rows.size()).stream().map(row -> Notification.read(row, values(header, row))).toList();
        Set<String> held = alreadyHeld(notifications);
        PersonMatching.Batch matches = matching.batch();
        Tally tally = new Tally();
        for (int from = 0; from < notifications.size(); from += CHUNK) {
            importChunk(notifications.subList(from, Math.min(from + CHUNK, notifications.size())), held, matches, batchId, tally);
        }
        long elapsed = System.nanoTime() - started;
        ImportResult result = new ImportResult(batchId, fileName, rows.size() - 1, tally.imported, tally.already, tally.information, tally.matched,
                tally.created, tally.errors, timing(elapsed, rows.size() - 1, tally.matchNanos));
        record(result, content);
        return result;
    }

    /**
     * One chunk of rows: the children are matched together (look-ups shared between rows), then
     * each row is saved in turn, in its own savepoint, so a bad row is undone whole and the rest
     * kept; the chunk is committed at once. A child registered for one row is known to the
     * matching of the rows after it, as if each row had been imported on its own.
     */
    private void importChunk(List<Notification> chunk, Set<String> held, PersonMatching.Batch matches, UUID batchId, Tally tally) {
        perChunk.executeWithoutResult(tx -> {
            long preparing = System.nanoTime();
            List<MatchQuery> queries = chunk.stream().filter(n -> n.problems().isEmpty() && !held.contains(n.key())).map(Notification::query).toList();
            matches.prepare(queries);
            long sharedNanos = queries.isEmpty() ? 0 : (System.nanoTime() - preparing) / queries.size();
            for (Notification n : chunk) {
                if (!n.problems().isEmpty()) {
                    tally.errors.add(new ImportResult.RowError(n.line(), n.reference(), n.problems()));
                    continue;
                }
                if (held.contains(n.key())) {
                    tally.already++;
                    continue;
                }
                try {
                    RowOutcome outcome = perRow.execute(savepoint -> importRow(n, matches, batchId, tally.matchNanos, sharedNanos));
                    held.add(n.key());
                    tally.imported++;
                    tally.information += outcome.informationOnly() ? 1 : 0;
                    tally.matched += outcome.matched() ? 1 : 0;
                    if (outcome.createdChild() != null) {
                        tally.created++;
                        matches.registered(outcome.createdChild());
                    }
                } catch (RuleViolationException e) {
                    tally.errors.add(new ImportResult.RowError(n.line(), n.reference(), e.fieldErrors()));
                }
            }
        });
    }

    /** The police references of the file already held, in one look-up. */
    private Set<String> alreadyHeld(List<Notification> notifications) {
        String[] keys = notifications.stream().filter(n -> n.reference() != null).map(Notification::key).distinct().toArray(String[]::new);
        return new HashSet<>(jdbc.sql("SELECT idempotency_key FROM frontdoor.contact WHERE idempotency_key = ANY(CAST(:keys AS text[]))")
                .param("keys", keys).query(String.class).list());
    }

    private static final class Tally {
        int imported;
        int already;
        int information;
        int matched;
        int created;
        final List<ImportResult.RowError> errors = new ArrayList<>();
        final List<Long> matchNanos = new ArrayList<>();
    }

    private record RowOutcome(boolean informationOnly, boolean matched, UUID createdChild) {}

    private static ImportResult.Timing timing(long elapsedNanos, int rows, List<Long> matchNanos) {
        List<Long> sorted = matchNanos.stream().sorted().toList();
        double median = sorted.isEmpty() ? 0 : sorted.get((sorted.size() - 1) / 2) / 1e6;
        double p95 = sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6;
        double seconds = elapsedNanos / 1e9;
        return new ImportResult.Timing(Math.round(elapsedNanos / 1e6), seconds == 0 ? 0 : Math.round(rows / seconds * 10) / 10.0,
                Math.round(median * 10) / 10.0, Math.round(p95 * 10) / 10.0);
    }

    /**
     * One row of the file, read and checked field by field (without the database): the problems
     * found, or what the row says.
     */
    private record Notification(int line, Map<String, String> v, Map<String, String> problems, String reference, Instant received,
            LocalDate dob, String nhs, String assessment, Consent consent) {

        static Notification read(CsvRows.Row row, Map<String, String> v) {
            Map<String, String> problems = new LinkedHashMap<>();
            String reference = v.get("police_reference");
            if (reference == null) {
                problems.put("police_reference", "Missing police reference");
            }
            Instant received = parseInstant(v.get("received_at"), problems);
            LocalDate dob = parseDate(v.get("child_date_of_birth"), "child_date_of_birth", problems);
            String nhs = v.get("child_nhs_number");
            if (nhs != null) {
                NhsNumber.problem(nhs).ifPresent(p -> problems.put("child_nhs_number", p));
            }
            String assessment = v.get("police_assessment") == null ? null : v.get("police_assessment").toUpperCase();
            if (assessment == null || !ASSESSMENTS.contains(assessment)) {
                problems.put("police_assessment", "Police assessment must be one of " + String.join(", ", ASSESSMENTS.stream().sorted().toList()));
            }
            Consent consent = Consent.NOT_SOUGHT;
            if (v.get("consent") != null) {
                try {
                    consent = Consent.valueOf(v.get("consent").toUpperCase());
                } catch (IllegalArgumentException e) {
                    problems.put("consent", "Consent must be GIVEN, NOT_SOUGHT or REFUSED");
                }
            }
            return new Notification(row.line(), v, problems, reference, received, dob, nhs, assessment, consent);
        }

        String key() {
            return PoliceNotifications.key(reference);
        }

        MatchQuery query() {
            return new MatchQuery(v.get("child_given_name"), v.get("child_family_name"), dob, nhs, null, v.get("postcode"), v.get("address_line1"));
        }
    }

    private RowOutcome importRow(Notification n, PersonMatching.Batch matches, UUID batchId, List<Long> matchNanos, long sharedNanos) {
        Map<String, String> v = n.v();
        LocalDate dob = n.dob();
        String assessment = n.assessment();
        Consent consent = n.consent();
        boolean informationOnly = "NO_COUNCIL_RESPONSE".equals(assessment);
        Set<String> concerns = new LinkedHashSet<>();
        if (v.get("concerns") != null) {
            for (String c : v.get("concerns").split("[;|]")) {
                if (!c.isBlank()) {
                    concerns.add(c.trim().toUpperCase());
                }
            }
        }
        UUID childId = null;
        boolean matchedChild = false;
        UUID createdChild = null;
        long matchStarted = System.nanoTime();
        List<MatchCandidate> candidates = matches.candidates(n.query());
        matchNanos.add(System.nanoTime() - matchStarted + sharedNanos);
        if (!candidates.isEmpty() && candidates.get(0).score() >= LINK_THRESHOLD) {
            childId = candidates.get(0).personId();
            matchedChild = true;
        } else if (dob != null && !informationOnly) {
            childId = people.register(new PersonRecord(dob.isAfter(LocalDate.now(clock)) ? "UNBORN" : "CHILD", v.get("child_given_name"), null,
                    v.get("child_family_name"), null, List.of(), dob.isAfter(LocalDate.now(clock)) ? null : dob,
                    dob.isAfter(LocalDate.now(clock)) ? dob : null, "U", null, null, null, null, false, Set.of(), null, null, null, n.nhs(), null,
                    v.get("postcode") == null ? null
                            : new PersonRecord.AddressLines(v.get("address_line1") == null ? "Address not given" : v.get("address_line1"), null,
                                    null, v.get("postcode"), null))).id();
            createdChild = childId;
        }
        String household = v.get("other_children") == null ? null : "Other children named by the police: " + v.get("other_children").replace(";", ", ");
        ContactRecord record = new ContactRecord(n.received(), Channel.POLICE_NOTIFICATION, "6", childId, v.get("child_given_name"),
                v.get("child_family_name"), dob, v.get("postcode"), v.get("address_line1"), concerns, v.get("summary"), household, consent,
                v.get("consent_note") == null && consent != Consent.GIVEN ? "Police notification: consent recorded by the police as " + consent.label().toLowerCase()
                        : v.get("consent_note"),
                informationOnly ? RequestType.CONSULTATION : RequestType.SERVICE, "HIGH".equals(assessment) ? Urgency.URGENT : Urgency.ROUTINE,
                v.get("officer_name") == null ? "Police" : v.get("officer_name"), "Police", "Police officer", v.get("officer_phone"), null,
                n.reference(), assessment, informationOnly);
        contacts.receiveImported(record, n.key(), batchId);
        return new RowOutcome(informationOnly, matchedChild, createdChild);
    }

    private void record(ImportResult result, byte[] content) {
        perChunk.executeWithoutResult(tx -> jdbc.sql("""
                        INSERT INTO frontdoor.import_batch (id, file_name, file_sha256, uploaded_by, uploaded_at, rows_total, rows_imported,
                            rows_already, rows_failed, errors)
                        VALUES (:id, :name, :sha, :by, :at, :total, :imported, :already, :failed, CAST(:errors AS jsonb))
                        """)
                .param("id", result.batchId()).param("name", result.fileName()).param("sha", sha256(content))
                .param("by", currentStaff.id().orElse(null)).param("at", Timestamp.from(clock.instant()))
                .param("total", result.total()).param("imported", result.imported()).param("already", result.alreadyHeld())
                .param("failed", result.failed()).param("errors", json.writeValueAsString(result.errors()))
                .update());
    }

    /** Recent uploads, newest first. */
    public List<Map<String, Object>> recentBatches() {
        return jdbc.sql("""
                        SELECT file_name, uploaded_at, rows_total, rows_imported, rows_already, rows_failed FROM frontdoor.import_batch
                        ORDER BY uploaded_at DESC LIMIT 20
                        """)
                .query().listOfRows();
    }

    private static String key(String policeReference) {
        return "POLICE:" + policeReference.trim().toUpperCase();
    }

    private static Map<String, String> values(Map<String, Integer> header, CsvRows.Row row) {
        Map<String, String> v = new LinkedHashMap<>();
        header.forEach((name, index) -> {
            String value = index < row.fields().size() ? row.fields().get(index).trim() : "";
            v.put(name, value.isEmpty() ? null : value);
        });
        return v;
    }

    private static LocalDate parseDate(String s, String field, Map<String, String> problems) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.put(field, "'" + s + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
    }

    private static Instant parseInstant(String s, Map<String, String> problems) {
        if (s == null) {
            problems.put("received_at", "Missing the date and time the police received the concern");
            return null;
        }
        try {
            return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay(ContactRules.UK).toInstant()
                    : LocalDateTime.parse(s.replace(' ', 'T')).atZone(ContactRules.UK).toInstant();
        } catch (DateTimeParseException e) {
            problems.put("received_at", "'" + s + "' is not a date and time in the form YYYY-MM-DD HH:MM");
            return null;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
