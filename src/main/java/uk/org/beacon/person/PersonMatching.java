package uk.org.beacon.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.StaffSummary;

/**
 * Matching at the front door: before a contact is recorded, the screener checks whether the child
 * or adult is already known. Candidates are gathered by index look-ups (NHS number, UPN or former
 * UPN, the names as search finds them, the date of birth as given and with day and month swapped,
 * and the address or postcode), weighed by {@link MatchRules}, and the best 20 shown with the
 * reasons. Restricted records appear without any detail, and every check is audited.
 */
@Service
public class PersonMatching {

    static final int MAX_CANDIDATES = CandidateGathering.MAX_CANDIDATES;
    private static final String HIDDEN_REASON = "Restricted record: only named staff can see why it matched";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;

    PersonMatching(JdbcClient jdbc, RecordAccess access, CurrentStaff currentStaff, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /**
     * Records that may be the person described, best first, at most {@value #MAX_CANDIDATES}.
     * Merged records are left out (an identifier of a merged record leads to the record it was
     * merged into). Needs a practice role; partner professionals see only the children they are
     * involved with. One audit entry per check, without the details asked about.
     */
    @Transactional
    public List<MatchCandidate> candidates(MatchQuery query) {
        StaffSummary staff = checker();
        List<CandidateGathering.Found> found = query == null || query.isEmpty() ? List.of()
                : new CandidateGathering(jdbc, staff.isPartner() ? staff.id() : null).find(List.of(query)).get(0);
        List<UUID> ids = found.stream().map(CandidateGathering.Found::id).toList();
        return shown(staff, query, found, access.hiddenAmong(ids), access.restrictedAmong(ids));
    }

    /**
     * For checking many people one after another (an import of police notifications): the same
     * candidates and audit as {@link #candidates(MatchQuery)} for each check, but the look-ups are
     * made for many checks at once and shared between checks that ask about the same names,
     * dates of birth or postcodes. Needs a practice role.
     */
    public Batch batch() {
        StaffSummary staff = checker();
        return new Batch(staff, new CandidateGathering(jdbc, staff.isPartner() ? staff.id() : null));
    }

    /**
     * Checks made one after another by one person, sharing what the register was found to hold.
     * {@link #prepare} makes the look-ups for checks to come in one go; {@link #candidates} gives
     * and audits one check's candidates; {@link #registered} tells the batch of a record created
     * since (a child the import added), so later checks find it as a single check would. A batch
     * sees the register as it was read, plus the records it was told of: use it for one import,
     * in one thread, then let it go. It works in the caller's transaction.
     */
    public final class Batch {

        private final StaffSummary staff;
        private final CandidateGathering gathering;
        private final Map<MatchQuery, List<CandidateGathering.Found>> prepared = new HashMap<>();
        private final Set<UUID> accessKnown = new HashSet<>();
        private final Set<UUID> hidden = new HashSet<>();
        private final Set<UUID> restricted = new HashSet<>();

        private Batch(StaffSummary staff, CandidateGathering gathering) {
            this.staff = staff;
            this.gathering = gathering;
        }

        /** Works out the candidates for these checks together; nothing is shown or audited until each is asked for. */
        public void prepare(List<MatchQuery> queries) {
            List<MatchQuery> wanted = queries.stream().filter(q -> q != null && !q.isEmpty() && !prepared.containsKey(q)).distinct().toList();
            List<List<CandidateGathering.Found>> found = gathering.find(wanted);
            for (int i = 0; i < wanted.size(); i++) {
                prepared.put(wanted.get(i), found.get(i));
            }
            learnAccess(found.stream().flatMap(List::stream).map(CandidateGathering.Found::id).toList());
        }

        /** The same as {@link PersonMatching#candidates(MatchQuery)} would give for this check now; audited. */
        public List<MatchCandidate> candidates(MatchQuery query) {
            List<CandidateGathering.Found> found = query == null || query.isEmpty() ? List.of()
                    : prepared.computeIfAbsent(query, q -> gathering.find(List.of(q)).get(0));
            learnAccess(found.stream().map(CandidateGathering.Found::id).toList());
            return shown(staff, query, found, hidden, restricted);
        }

        /** A record created since the batch began (in the transaction of the checks to come, or committed): later checks find it. */
        public void registered(UUID personId) {
            Set<CandidateGathering.Lookup> added = gathering.registered(personId);
            if (!added.isEmpty()) {
                prepared.keySet().removeIf(q -> CandidateGathering.lookups(q, true).stream().anyMatch(added::contains)
                        || CandidateGathering.lookups(q, false).stream().anyMatch(added::contains));
            }
        }

        private void learnAccess(List<UUID> ids) {
            List<UUID> unknown = ids.stream().filter(id -> !accessKnown.contains(id)).distinct().toList();
            if (!unknown.isEmpty()) {
                hidden.addAll(access.hiddenAmong(unknown));
                restricted.addAll(access.restrictedAmong(unknown));
                accessKnown.addAll(unknown);
            }
        }
    }

    private StaffSummary checker() {
        StaffSummary staff = currentStaff.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!staff.readsChildRecords()) {
            throw new AccessDeniedException("Your role does not search people's records");
        }
        return staff;
    }

    /** The candidates as the checker may see them; restricted records they may not open show only that they exist. One audit entry. */
    private List<MatchCandidate> shown(StaffSummary staff, MatchQuery query, List<CandidateGathering.Found> found, Set<UUID> hidden,
            Set<UUID> restricted) {
        List<MatchCandidate> shown = found.stream().map(f -> hidden.contains(f.id())
                        ? new MatchCandidate(f.id(), null, null, null, f.assessment().score(), List.of(HIDDEN_REASON), true)
                        : new MatchCandidate(f.id(), f.name(), f.dateOfBirth(), f.postcode(), f.assessment().score(), f.assessment().reasons(),
                                restricted.contains(f.id())))
                .toList();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("purpose", "match");
        detail.put("by", detailsGiven(query));
        detail.put("results", shown.size());
        audit.record(new AuditEntry(staff.id(), AuditAction.SEARCHED, "PERSON", null, null, detail));
        return shown;
    }

    private static List<String> detailsGiven(MatchQuery q) {
        List<String> used = new ArrayList<>();
        if (q == null) return used;
        if (!blank(q.givenName())) used.add("givenName");
        if (!blank(q.familyName())) used.add("familyName");
        if (q.dateOfBirth() != null) used.add("dateOfBirth");
        if (!blank(q.nhsNumber())) used.add("nhsNumber");
        if (!blank(q.upn())) used.add("upn");
        if (!blank(q.postcode())) used.add("postcode");
        if (!blank(q.addressLine1())) used.add("addressLine1");
        return used;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
