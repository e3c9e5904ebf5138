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
 * never queued. Every row is its own transaction, so a bad row is reported with its line and
 * field problems while the good ones are kept; the police reference makes the import idempotent
 * (the same file twice creates nothing new).
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

    private final Contacts contacts;
    private final PersonMatching matching;
    private final People people;
    private final CurrentStaff currentStaff;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
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
        this.perRow = new TransactionTemplate(transactions);
        this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        List<Long> matchNanos = new ArrayList<>();
        int imported = 0;
        int already = 0;
        int information = 0;
        int matched = 0;
        int created = 0;
        List<ImportResult.RowError> errors = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            Map<String, String> v = values(header, row);
            try {
                RowOutcome outcome = perRow.execute(tx -> importRow(v, batchId, matchNanos));
                if (outcome.alreadyHeld) {
                    already++;
                } else {
                    imported++;
                    information += outcome.informationOnly ? 1 : 0;
                    matched += outcome.matched ? 1 : 0;
                    created += outcome.created ? 1 : 0;
                }
            } catch (RuleViolationException e) {
                errors.add(new ImportResult.RowError(row.line(), v.get("police_reference"), e.fieldErrors()));
            }
        }
        long elapsed = System.nanoTime() - started;
        ImportResult result = new ImportResult(batchId, fileName, rows.size() - 1, imported, already, information, matched, created, errors,
                timing(elapsed, rows.size() - 1, matchNanos));
        record(result, content);
        return result;
    }

    private record RowOutcome(boolean alreadyHeld, boolean informationOnly, boolean matched, boolean created) {}

    private static ImportResult.Timing timing(long elapsedNanos, int rows, List<Long> matchNanos) {
        List<Long> sorted = matchNanos.stream().sorted().toList();
        double median = sorted.isEmpty() ? 0 : sorted.get((sorted.size() - 1) / 2) / 1e6;
        double p95 = sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6;
        double seconds = elapsedNanos / 1e9;
        return new ImportResult.Timing(Math.round(elapsedNanos / 1e6), seconds == 0 ? 0 : Math.round(rows / seconds * 10) / 10.0,
                Math.round(median * 10) / 10.0, Math.round(p95 * 10) / 10.0);
    }

    private RowOutcome importRow(Map<String, String> v, UUID batchId, List<Long> matchNanos) {
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
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (contacts.heldWithKey(key(reference))) {
            return new RowOutcome(true, false, false, false);
        }
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
        boolean createdChild = false;
        long matchStarted = System.nanoTime();
        List<MatchCandidate> candidates = matching.candidates(new MatchQuery(v.get("child_given_name"), v.get("child_family_name"), dob, nhs,
                null, v.get("postcode"), v.get("address_line1")));
        matchNanos.add(System.nanoTime() - matchStarted);
        if (!candidates.isEmpty() && candidates.get(0).score() >= LINK_THRESHOLD) {
            childId = candidates.get(0).personId();
            matchedChild = true;
        } else if (dob != null && !informationOnly) {
            childId = people.register(new PersonRecord(dob.isAfter(LocalDate.now(clock)) ? "UNBORN" : "CHILD", v.get("child_given_name"), null,
                    v.get("child_family_name"), null, List.of(), dob.isAfter(LocalDate.now(clock)) ? null : dob,
                    dob.isAfter(LocalDate.now(clock)) ? dob : null, "U", null, null, null, null, false, Set.of(), null, null, null, nhs, null,
                    v.get("postcode") == null ? null
                            : new PersonRecord.AddressLines(v.get("address_line1") == null ? "Address not given" : v.get("address_line1"), null,
                                    null, v.get("postcode"), null))).id();
            createdChild = true;
        }
        String household = v.get("other_children") == null ? null : "Other children named by the police: " + v.get("other_children").replace(";", ", ");
        ContactRecord record = new ContactRecord(received, Channel.POLICE_NOTIFICATION, "6", childId, v.get("child_given_name"),
                v.get("child_family_name"), dob, v.get("postcode"), v.get("address_line1"), concerns, v.get("summary"), household, consent,
                v.get("consent_note") == null && consent != Consent.GIVEN ? "Police notification: consent recorded by the police as " + consent.label().toLowerCase()
                        : v.get("consent_note"),
                informationOnly ? RequestType.CONSULTATION : RequestType.SERVICE, "HIGH".equals(assessment) ? Urgency.URGENT : Urgency.ROUTINE,
                v.get("officer_name") == null ? "Police" : v.get("officer_name"), "Police", "Police officer", v.get("officer_phone"), null,
                reference, assessment, informationOnly);
        contacts.receiveImported(record, key(reference), batchId);
        return new RowOutcome(false, informationOnly, matchedChild, createdChild);
    }

    private void record(ImportResult result, byte[] content) {
        perRow.executeWithoutResult(tx -> jdbc.sql("""
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
