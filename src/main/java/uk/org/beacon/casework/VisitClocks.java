package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.timescales.TimescaleRule;
import uk.org.beacon.timescales.Timescales;
import uk.org.beacon.web.RuleViolationException;

/**
 * A child's visiting clocks, as case notes see them. The visiting rules are those whose stop event
 * is the child being seen or visited (T9 child protection, T10 child in need, T12 looked after, T12a,
 * T12b, T13 private fostering …), read from the timescale rules so a new visiting rule needs no code.
 * A visit stops each open one (a late visit needs a reason) and the repeating ones start again from
 * the visit's own date. Until plans start these clocks themselves, a worker or manager can start a
 * visiting standard for a child from a date (subject "VISITS", the child).
 */
@Component
class VisitClocks {

    static final String SUBJECT = "VISITS";
    private static final Set<String> VISIT_STOP_EVENTS = Set.of("child seen", "child visited");

    private final Clocks clocks;
    private final Timescales timescales;

    VisitClocks(Clocks clocks, Timescales timescales) {
        this.clocks = clocks;
        this.timescales = timescales;
    }

    /** Every visiting rule, first visits and repeating ones. */
    List<TimescaleRule> visitingRules() {
        return timescales.rules().stream().filter(r -> VISIT_STOP_EVENTS.contains(r.stopEvent().strip().toLowerCase())).toList();
    }

    /** The repeating visiting rules, which a visiting standard may be started with. */
    List<TimescaleRule> standards() {
        return visitingRules().stream().filter(TimescaleRule::repeating).toList();
    }

    /** The child's visiting clocks running today, soonest due first. */
    List<ClockSummary> open(UUID childId) {
        Set<String> rules = ruleIds();
        return clocks.openFor(List.of(childId), clocks.today()).stream().filter(c -> rules.contains(c.ruleId())).toList();
    }

    /** Whether a visit on {@code on} would be late for one of the child's running visiting clocks. */
    boolean lateIfVisitedOn(UUID childId, LocalDate on) {
        return open(childId).stream().filter(c -> !c.startedOn().isAfter(on)).anyMatch(c -> clocks.lateIfStoppedOn(c.id(), on));
    }

    /** The child was visited and seen on {@code on}: the running visiting clocks stop and the repeating ones start again from that day. */
    List<ClockSummary> visited(UUID childId, LocalDate on, LateReason lateReason) {
        return clocks.repeat(childId, ruleIds(), on, lateReason);
    }

    /** Starts a visiting standard (a repeating visiting rule) for the child from a day. */
    ClockSummary start(UUID childId, String ruleId, LocalDate from) {
        Map<String, TimescaleRule> standards = standards().stream().collect(Collectors.toMap(TimescaleRule::id, r -> r));
        if (ruleId == null || !standards.containsKey(ruleId)) {
            throw new RuleViolationException(Map.of("ruleId", "Select the visiting standard that applies to the child"));
        }
        if (from == null) {
            throw new RuleViolationException(Map.of("startedOn", "Enter the date the visiting standard starts from"));
        }
        if (from.isAfter(clocks.today())) {
            throw new RuleViolationException(Map.of("startedOn", "The date must be today or in the past"));
        }
        boolean running = open(childId).stream().anyMatch(c -> c.ruleId().equals(ruleId));
        if (running) {
            throw new RuleViolationException(Map.of("ruleId", "This visiting standard is already running for the child: a visit restarts it"));
        }
        UUID id = clocks.start(ruleId, childId, SUBJECT, childId, from);
        return clocks.find(id, clocks.today());
    }

    LocalDate today() {
        return clocks.today();
    }

    uk.org.beacon.codes.CodeSet lateReasons() {
        return clocks.lateReasons();
    }

    private Set<String> ruleIds() {
        return visitingRules().stream().map(TimescaleRule::id).collect(Collectors.toSet());
    }
}
