package uk.org.beacon.person;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Duplicate records split a child's history: a second record made at the front door hides the
 * first one's contacts from whoever opens it. A manager who has checked that two records are the
 * same person merges them, giving a reason: the merged record is kept exactly as it was (the record
 * is a legal document) and points at the record kept, whose relationships, professionals and other
 * names now include the merged record's. Every merge can be reversed, putting everything back.
 */
@Service
public class PersonMerges {

    private static final int MAX_HOPS = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final RecordAccess access;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    PersonMerges(JdbcClient jdbc, PersonRepository people, RecordAccess access, CurrentStaff currentStaff,
            AuditTrail audit, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What a merge moved to the survivor, kept with the merge so that reversing it puts each thing back. */
    record Moved(List<MovedRelationship> relationships, List<UUID> involvements, List<PersonRecord.AliasName> aliasesAdded) {}

    /** A relationship re-pointed to the survivor; {@code side} is the column that held the merged record. */
    record MovedRelationship(UUID id, String side) {}

    /** One of two records side by side, for the manager to compare before merging. */
    record MergeSide(UUID id, String kind, String name, LocalDate dateOfBirth, String nhsNumber, String upn, String address,
            Instant createdAt, boolean hidden) {}

    /**
     * Pairs of records in use that are likely to be the same person: the same date of birth with
     * family names that sound the same and the same first initial, or the same date of birth at
     * the same address. Pairs with different NHS numbers, or with a relationship recorded between
     * them (twins), are left out, as are restricted records the manager may not open.
     */
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    @Transactional
    public List<DuplicatePair> likelyDuplicates(int limit) {
        StaffSummary me = currentStaff.require();
        int wanted = Math.max(0, Math.min(limit, 500));
        List<PairRow> rows = jdbc.sql("""
                        WITH live AS (
                          SELECT p.id, p.given_name, p.family_name, p.given_name_key, p.family_name_key, p.family_name_sound,
                                 p.date_of_birth, p.nhs_number, p.created_at,
                                 (SELECT r.address_key FROM person.residence r WHERE r.person = p.id AND r.moved_out IS NULL
                                  ORDER BY r.ordinal DESC LIMIT 1) AS address_key
                          FROM person.person p WHERE p.merged_into IS NULL AND p.date_of_birth IS NOT NULL)
                        SELECT a.id, b.id, a.given_name, a.family_name, b.given_name, b.family_name, a.date_of_birth,
                               a.family_name_key = b.family_name_key AS same_family,
                               a.family_name_sound = b.family_name_sound AND a.family_name_sound <> '' AS family_sounds,
                               a.given_name_key = b.given_name_key AS same_given,
                               left(a.given_name_key, 1) = left(b.given_name_key, 1) AND a.given_name_key <> '' AS same_initial,
                               a.address_key = b.address_key AS same_address
                        FROM live a JOIN live b ON a.date_of_birth = b.date_of_birth AND (a.created_at, a.id) < (b.created_at, b.id)
                        WHERE ((a.family_name_sound = b.family_name_sound AND a.family_name_sound <> ''
                                AND left(a.given_name_key, 1) = left(b.given_name_key, 1) AND a.given_name_key <> '')
                               OR a.address_key = b.address_key)
                          AND NOT (a.nhs_number IS NOT NULL AND b.nhs_number IS NOT NULL AND a.nhs_number <> b.nhs_number)
                          AND NOT EXISTS (SELECT 1 FROM person.relationship r
                                          WHERE (r.person_id = a.id AND r.relative_id = b.id) OR (r.person_id = b.id AND r.relative_id = a.id))
                        ORDER BY (a.given_name_key = b.given_name_key AND a.family_name_key = b.family_name_key) DESC,
                                 (a.address_key = b.address_key) DESC NULLS LAST, a.date_of_birth DESC, a.id, b.id
                        LIMIT :limit
                        """)
                .param("limit", wanted * 2 + 50)
                .query((rs, i) -> new PairRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        NameLookups.displayName(rs.getString(3), null, rs.getString(4), null),
                        NameLookups.displayName(rs.getString(5), null, rs.getString(6), null), rs.getDate(7).toLocalDate(),
                        rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12)))
                .list();
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.first);
            ids.add(r.second);
        });
        Set<UUID> hidden = access.hiddenAmong(ids);
        List<DuplicatePair> pairs = rows.stream()
                .filter(r -> !hidden.contains(r.first) && !hidden.contains(r.second))
                .limit(wanted)
                .map(r -> new DuplicatePair(r.first, r.second, r.firstName, r.secondName, r.dateOfBirth, r.reasons()))
                .toList();
        audit.record(new AuditEntry(me.id(), AuditAction.SEARCHED, "PERSON", null, null, Map.of("purpose", "duplicates", "results", pairs.size())));
        return pairs;
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}, in one transaction: the merged record is
     * kept untouched and marked as merged; its relationships and professional involvements move to
     * the survivor; its names become the survivor's other names. Identifiers are not copied (each
     * belongs to one record) but listed in the summary for someone to check. Refused without a
     * reason, for the same record twice, for a record already merged, and for a child with an adult.
     */
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    @Transactional
    public MergeSummary merge(UUID survivorId, UUID mergedId, String reason) {
        StaffSummary me = currentStaff.require();
        Map<String, String> errors = new LinkedHashMap<>();
        if (survivorId == null) {
            errors.put("survivorId", "Select the record to keep");
        }
        if (mergedId == null) {
            errors.put("mergedId", "Select the record to merge into it");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Enter why these records are the same person");
        }
        if (survivorId != null && survivorId.equals(mergedId)) {
            errors.put("mergedId", "Select two different records: a record cannot be merged into itself");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Map<UUID, Lock> locked = lock(List.of(survivorId, mergedId));
        Lock survivor = locked.get(survivorId);
        Lock merged = locked.get(mergedId);
        if (survivor.mergedInto() != null) {
            errors.put("survivorId", "The record to keep has itself been merged into another record: keep that record instead");
        }
        if (merged.mergedInto() != null) {
            errors.put("mergedId", "This record has already been merged into another record");
        }
        if ("ADULT".equals(survivor.kind()) != "ADULT".equals(merged.kind())) {
            errors.put("mergedId", "A child's record cannot be merged with an adult's record");
        }
        checkAccess(survivorId, mergedId, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }

        Instant now = clock.instant();
        UUID mergeId = UUID.randomUUID();
        List<MovedRelationship> relationships = new ArrayList<>();
        jdbc.sql("SELECT id, person_id, relative_id FROM person.relationship WHERE person_id = :m OR relative_id = :m ORDER BY recorded_at, id")
                .param("m", mergedId)
                .query((rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)})
                .list()
                .forEach(r -> {
                    boolean personSide = mergedId.equals(r[1]);
                    // a relationship between the two records themselves stays on the merged record
                    if (!survivorId.equals(personSide ? r[2] : r[1])) {
                        relationships.add(new MovedRelationship(r[0], personSide ? "person" : "relative"));
                    }
                });
        repointRelationships(relationships, survivorId);
        List<UUID> involvements = jdbc.sql("SELECT id FROM person.professional_involvement WHERE person_id = :m ORDER BY recorded_at, id")
                .param("m", mergedId).query(UUID.class).list();
        repointInvolvements(involvements, mergedId, survivorId);

        Person kept = people.findById(survivorId).orElseThrow();
        Person gone = people.findById(mergedId).orElseThrow();
        kept.aliases = new ArrayList<>(kept.aliases);
        List<PersonRecord.AliasName> added = new ArrayList<>();
        List<PersonRecord.AliasName> names = new ArrayList<>();
        names.add(new PersonRecord.AliasName(gone.givenName, gone.familyName));
        gone.aliases.forEach(a -> names.add(new PersonRecord.AliasName(a.givenName(), a.familyName())));
        for (PersonRecord.AliasName name : names) {
            if (isNew(name, kept)) {
                kept.aliases.add(new Alias(name.givenName(), name.familyName(), NameMatching.normalise(name.familyName()),
                        NameMatching.phoneticKey(name.familyName())));
                added.add(name);
            }
        }
        if (!added.isEmpty()) {
            kept.updatedAt = now;
            kept.updatedBy = me.id();
            people.save(kept);
        }
        jdbc.sql("UPDATE person.person SET merged_into = :s, merged_at = :at WHERE id = :m AND merged_into IS NULL")
                .param("s", survivorId).param("at", Timestamp.from(now)).param("m", mergedId).update();
        Moved moved = new Moved(relationships, involvements, added);
        jdbc.sql("""
                INSERT INTO person.merge (id, survivor_id, merged_id, reason, merged_by, merged_at, moved)
                VALUES (:id, :s, :m, :reason, :by, :at, CAST(:moved AS jsonb))
                """)
                .param("id", mergeId).param("s", survivorId).param("m", mergedId).param("reason", reason.trim())
                .param("by", me.id()).param("at", Timestamp.from(now)).param("moved", json.writeValueAsString(moved))
                .update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", survivorId, reason.trim(), Map.of(
                "merge", mergeId.toString(), "mergedFrom", mergedId.toString(), "relationshipsMoved", relationships.size(),
                "involvementsMoved", involvements.size(), "aliasesAdded", added.size())));
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", mergedId, reason.trim(), Map.of(
                "merge", mergeId.toString(), "mergedInto", survivorId.toString())));
        events.publishEvent(new PeopleMerged(survivorId, mergedId, mergeId));
        return read(mergeId, Set.of());
    }

    /**
     * Undoes a merge exactly: relationships and involvements go back to the merged record, the
     * names added to the survivor are removed, and the merged record is in use again. Refused
     * without a reason, twice, while the survivor is itself merged into another record (reverse
     * that first), and while the merged record's NHS number or UPN is held by a record in use.
     */
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    @Transactional
    public void reverse(UUID mergeId, String reason) {
        StaffSummary me = currentStaff.require();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(Map.of("reason", "Enter why the merge is being reversed"));
        }
        MergeRow merge = jdbc.sql("SELECT survivor_id, merged_id, reversed_at, moved::text FROM person.merge WHERE id = :id FOR UPDATE")
                .param("id", mergeId)
                .query((rs, i) -> new MergeRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3) != null, rs.getString(4)))
                .optional().orElseThrow(() -> new NotFoundException("No such merge"));
        if (merge.reversed()) {
            throw new RuleViolationException(Map.of("merge", "This merge has already been reversed"));
        }
        Map<UUID, Lock> locked = lock(List.of(merge.survivorId(), merge.mergedId()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (locked.get(merge.survivorId()).mergedInto() != null) {
            errors.put("merge", "The record kept has since been merged into another record: reverse that merge first");
        }
        long clashes = jdbc.sql("""
                        SELECT count(*) FROM person.person p, person.person m
                        WHERE m.id = :m AND p.merged_into IS NULL AND p.id <> m.id
                          AND (p.nhs_number = m.nhs_number OR p.upn = m.upn)
                        """)
                .param("m", merge.mergedId()).query(Long.class).single();
        if (clashes > 0) {
            errors.put("merge", "The merged record's NHS number or UPN has since been added to a record in use: remove it there before reversing");
        }
        checkAccess(merge.survivorId(), merge.mergedId(), errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Moved moved = json.readValue(merge.moved(), Moved.class);
        for (String side : List.of("person", "relative")) {
            List<UUID> ids = moved.relationships().stream().filter(r -> r.side().equals(side)).map(MovedRelationship::id).toList();
            if (!ids.isEmpty()) {
                String column = side.equals("person") ? "person_id" : "relative_id";
                jdbc.sql("UPDATE person.relationship SET " + column + " = :m WHERE id IN (:ids) AND " + column + " = :s")
                        .param("m", merge.mergedId()).param("s", merge.survivorId()).param("ids", ids).update();
            }
        }
        if (!moved.involvements().isEmpty()) {
            jdbc.sql("UPDATE person.professional_involvement SET person_id = :m WHERE id IN (:ids) AND person_id = :s")
                    .param("m", merge.mergedId()).param("s", merge.survivorId()).param("ids", moved.involvements()).update();
        }
        Instant now = clock.instant();
        if (!moved.aliasesAdded().isEmpty()) {
            Person kept = people.findById(merge.survivorId()).orElseThrow();
            kept.aliases = new ArrayList<>(kept.aliases);
            for (PersonRecord.AliasName name : moved.aliasesAdded()) {
                kept.aliases.stream()
                        .filter(a -> Objects.equals(a.givenName(), name.givenName()) && Objects.equals(a.familyName(), name.familyName()))
                        .findFirst()
                        .ifPresent(kept.aliases::remove);
            }
            kept.updatedAt = now;
            kept.updatedBy = me.id();
            people.save(kept);
        }
        jdbc.sql("UPDATE person.person SET merged_into = NULL, merged_at = NULL WHERE id = :m").param("m", merge.mergedId()).update();
        jdbc.sql("UPDATE person.merge SET reversed_by = :by, reversed_at = :at, reverse_reason = :reason WHERE id = :id")
                .param("by", me.id()).param("at", Timestamp.from(now)).param("reason", reason.trim()).param("id", mergeId).update();
        Map<String, Object> detail = Map.of("mergeReversed", mergeId.toString());
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", merge.survivorId(), reason.trim(), detail));
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", merge.mergedId(), reason.trim(), detail));
        events.publishEvent(new MergeReversed(merge.survivorId(), merge.mergedId(), mergeId));
    }

    /**
     * Where a merged record went: the record now in use that it was merged into (following merges
     * of merges), or empty for a record in use. Identifiers only.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> mergedInto(UUID id) {
        UUID current = id;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<UUID> next = jdbc.sql("SELECT merged_into FROM person.person WHERE id = :id AND merged_into IS NOT NULL")
                    .param("id", current).query(UUID.class).optional();
            if (next.isEmpty()) {
                return current.equals(id) ? Optional.empty() : Optional.of(current);
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** A merge, as its page and the API show it. For staff who read records, and administrators. */
    @Transactional(readOnly = true)
    public MergeSummary summary(UUID mergeId) {
        StaffSummary me = currentStaff.require();
        if (!me.readsChildRecords() && !me.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Your role does not read people's records");
        }
        return read(mergeId, null);
    }

    /** The merge now in force for a merged record. */
    @Transactional(readOnly = true)
    Optional<UUID> mergeOf(UUID mergedId) {
        return jdbc.sql("SELECT id FROM person.merge WHERE merged_id = :m AND reversed_at IS NULL")
                .param("m", mergedId).query(UUID.class).optional();
    }

    /** Merges in force into this record, newest first. */
    @Transactional(readOnly = true)
    List<MergeSummary> mergesInto(UUID survivorId) {
        return jdbc.sql("SELECT id FROM person.merge WHERE survivor_id = :s AND reversed_at IS NULL ORDER BY merged_at DESC")
                .param("s", survivorId).query(UUID.class).list().stream()
                .map(id -> read(id, null))
                .toList();
    }

    /** Two records side by side before merging; restricted records the manager may not open show nothing. */
    @Transactional(readOnly = true)
    List<MergeSide> compare(UUID first, UUID second) {
        StaffSummary me = currentStaff.require();
        if (!me.has(Role.TEAM_MANAGER) && !me.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only managers and administrators merge records");
        }
        Set<UUID> hidden = access.hiddenAmong(List.of(first, second));
        List<MergeSide> sides = new ArrayList<>();
        for (UUID id : List.of(first, second)) {
            Person p = people.findById(id).orElseThrow(() -> new NotFoundException("No such person"));
            if (hidden.contains(id)) {
                sides.add(new MergeSide(id, p.kind, null, null, null, null, null, p.createdAt, true));
                continue;
            }
            Residence home = p.currentResidence();
            sides.add(new MergeSide(id, p.kind, NameLookups.displayName(p.givenName, p.middleNames, p.familyName, p.preferredName),
                    p.dateOfBirth != null ? p.dateOfBirth : p.expectedDateOfBirth, p.nhsNumber, p.upn,
                    home == null ? null : home.line1() + ", " + home.postcode(), p.createdAt, false));
        }
        return sides;
    }

    private MergeSummary read(UUID mergeId, Set<UUID> hiddenOverride) {
        MergeRecord m = jdbc.sql("""
                        SELECT survivor_id, merged_id, reason, merged_by, merged_at, reversed_by, reversed_at, reverse_reason, moved::text
                        FROM person.merge WHERE id = :id
                        """)
                .param("id", mergeId)
                .query((rs, i) -> new MergeRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9)))
                .optional().orElseThrow(() -> new NotFoundException("No such merge"));
        Set<UUID> hidden = hiddenOverride != null ? hiddenOverride : access.hiddenAmong(List.of(m.survivorId(), m.mergedId()));
        Person kept = people.findById(m.survivorId()).orElseThrow();
        Person gone = people.findById(m.mergedId()).orElseThrow();
        Moved moved = json.readValue(m.moved(), Moved.class);
        boolean anyHidden = !hidden.isEmpty();
        return new MergeSummary(mergeId, m.survivorId(), m.mergedId(),
                hidden.contains(m.survivorId()) ? null : NameLookups.displayName(kept.givenName, kept.middleNames, kept.familyName, null),
                hidden.contains(m.mergedId()) ? null : NameLookups.displayName(gone.givenName, gone.middleNames, gone.familyName, null),
                m.reason(), m.mergedBy(), m.mergedAt(), moved.relationships().size(), moved.involvements().size(),
                anyHidden ? List.of() : moved.aliasesAdded().stream().map(a -> (a.givenName() == null ? "" : a.givenName() + " ") + a.familyName()).toList(),
                anyHidden || m.reversedAt() != null ? List.of() : toReview(kept, gone),
                m.reversedBy(), m.reversedAt(), m.reverseReason());
    }

    /** What a person should check after the merge, worked out from the records as they are now. */
    private List<String> toReview(Person kept, Person gone) {
        List<String> review = new ArrayList<>();
        if (gone.nhsNumber != null) {
            if (kept.nhsNumber == null) {
                review.add("NHS number " + NhsNumber.format(gone.nhsNumber) + " is only on the merged record: check it, then add it to this record if it is theirs");
            } else if (!kept.nhsNumber.equals(gone.nhsNumber)) {
                review.add("The records have different NHS numbers (" + NhsNumber.format(kept.nhsNumber) + " kept, "
                        + NhsNumber.format(gone.nhsNumber) + " on the merged record): check which is right");
            }
        }
        if (gone.upn != null) {
            if (kept.upn == null) {
                review.add("UPN " + gone.upn + " is only on the merged record: check it, then add it to this record if it is theirs");
            } else if (!kept.upn.equals(gone.upn)) {
                review.add("The records have different UPNs (" + kept.upn + " kept, " + gone.upn + " on the merged record): check which is right, and record the other as the former UPN");
            }
        }
        if (gone.formerUpn != null && !gone.formerUpn.equals(kept.formerUpn) && !gone.formerUpn.equals(kept.upn)) {
            review.add("Former UPN " + gone.formerUpn + " is only on the merged record: check it");
        }
        LocalDate keptBorn = kept.dateOfBirth != null ? kept.dateOfBirth : kept.expectedDateOfBirth;
        LocalDate goneBorn = gone.dateOfBirth != null ? gone.dateOfBirth : gone.expectedDateOfBirth;
        if (keptBorn != null && goneBorn != null && !keptBorn.equals(goneBorn)) {
            review.add("The dates of birth differ (" + DATE.format(keptBorn) + " kept, " + DATE.format(goneBorn) + " on the merged record): check which is right");
        }
        long between = jdbc.sql("""
                        SELECT count(*) FROM person.relationship
                        WHERE (person_id = :a AND relative_id = :b) OR (person_id = :b AND relative_id = :a)
                        """)
                .param("a", kept.id).param("b", gone.id).query(Long.class).single();
        if (between > 0) {
            review.add("A relationship recorded between the two records stays on the merged record");
        }
        long doubled = jdbc.sql("""
                        SELECT count(*) FROM (
                          SELECT CASE WHEN person_id = :s THEN relative_id ELSE person_id END AS other
                          FROM person.relationship WHERE (person_id = :s OR relative_id = :s) AND ended_on IS NULL
                          GROUP BY 1 HAVING count(*) > 1) x
                        """)
                .param("s", kept.id).query(Long.class).single();
        if (doubled > 0) {
            review.add("This record now has more than one relationship with the same person: end the one that is wrong");
        }
        return review;
    }

    private static boolean isNew(PersonRecord.AliasName name, Person kept) {
        String given = NameMatching.normalise(name.givenName());
        String family = NameMatching.normalise(name.familyName());
        if (family.isEmpty()) {
            return false;
        }
        boolean sameAsMain = family.equals(NameMatching.normalise(kept.familyName))
                && (given.isEmpty() || given.equals(NameMatching.normalise(kept.givenName)));
        boolean known = kept.aliases.stream().anyMatch(a -> family.equals(NameMatching.normalise(a.familyName()))
                && given.equals(NameMatching.normalise(a.givenName())));
        return !sameAsMain && !known;
    }

    private void repointRelationships(List<MovedRelationship> relationships, UUID survivorId) {
        for (String side : List.of("person", "relative")) {
            List<UUID> ids = relationships.stream().filter(r -> r.side().equals(side)).map(MovedRelationship::id).toList();
            if (!ids.isEmpty()) {
                String column = side.equals("person") ? "person_id" : "relative_id";
                jdbc.sql("UPDATE person.relationship SET " + column + " = :s WHERE id IN (:ids)").param("s", survivorId).param("ids", ids).update();
            }
        }
    }

    private void repointInvolvements(List<UUID> involvements, UUID mergedId, UUID survivorId) {
        if (!involvements.isEmpty()) {
            jdbc.sql("UPDATE person.professional_involvement SET person_id = :s WHERE id IN (:ids) AND person_id = :m")
                    .param("s", survivorId).param("m", mergedId).param("ids", involvements).update();
        }
    }

    /**
     * Restricted records merge only at the hands of staff named on them, and a restricted record
     * only into one that is restricted too, so that nothing protected becomes visible on the survivor.
     */
    private void checkAccess(UUID survivorId, UUID mergedId, Map<String, String> errors) {
        Set<UUID> hidden = access.hiddenAmong(List.of(survivorId, mergedId));
        if (hidden.contains(survivorId)) {
            errors.put("survivorId", "The record to keep is restricted: only staff named on it can merge it");
        }
        if (hidden.contains(mergedId)) {
            errors.put("mergedId", "This record is restricted: only staff named on it can merge it");
        }
        Set<UUID> restricted = access.restrictedAmong(List.of(survivorId, mergedId));
        if (restricted.contains(mergedId) && !restricted.contains(survivorId)) {
            errors.putIfAbsent("mergedId", "This record is restricted and the record to keep is not: restrict the record to keep first, so the merged details stay protected");
        }
    }

    /** Locks both records (in a fixed order, so two merges cannot wait on each other). */
    private Map<UUID, Lock> lock(Collection<UUID> ids) {
        Map<UUID, Lock> locked = new LinkedHashMap<>();
        jdbc.sql("SELECT id, kind, merged_into FROM person.person WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .param("ids", ids)
                .query((rs, i) -> new Lock(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list()
                .forEach(l -> locked.put(l.id(), l));
        for (UUID id : ids) {
            if (!locked.containsKey(id)) {
                throw new NotFoundException("No such person");
            }
        }
        return locked;
    }

    private record Lock(UUID id, String kind, UUID mergedInto) {}

    private record MergeRow(UUID survivorId, UUID mergedId, boolean reversed, String moved) {}

    private record MergeRecord(UUID survivorId, UUID mergedId, String reason, UUID mergedBy, Instant mergedAt, UUID reversedBy,
            Instant reversedAt, String reverseReason, String moved) {}

    private record PairRow(UUID first, UUID second, String firstName, String secondName, LocalDate dateOfBirth, boolean sameFamily,
            boolean familySounds, boolean sameGiven, boolean sameInitial, boolean sameAddress) {

        List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            reasons.add("Same date of birth");
            if (sameFamily) {
                reasons.add("Same family name");
            } else if (familySounds) {
                reasons.add("Family names sound the same");
            }
            if (sameGiven) {
                reasons.add("Same first name");
            } else if (sameInitial && familySounds) {
                reasons.add("Same first initial");
            }
            if (sameAddress) {
                reasons.add("Same address");
            }
            return reasons;
        }
    }
}
