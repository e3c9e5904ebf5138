package uk.org.beacon.returns.cin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.casework.ChildRecordSection;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.returns.CensusYear;

/**
 * The CIN census panel on the child's record: the child's breaches of the census rules for the year
 * running today, checked when the record is opened, each with a link to the page where the data is
 * put right (the return is never edited). Children's services staff only; the record page has
 * already checked access and audited the view.
 */
@Component
class CinCensusRecordSection implements ChildRecordSection {

    /** A breach as the panel shows it. */
    record Shown(String rule, CinRuleKind kind, String message, List<String> fields, String fixLink) {}

    /** What the panel shows. */
    record Panel(boolean visible, CensusYear year, List<Shown> errors, List<Shown> queries) {}

    private final CinCensusChecks checks;
    private final CurrentStaff currentStaff;
    private final People people;

    CinCensusRecordSection(CinCensusChecks checks, CurrentStaff currentStaff, People people) {
        this.checks = checks;
        this.currentStaff = currentStaff;
        this.people = people;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String fragment() {
        return "returns/record-section :: section";
    }

    @Override
    public Map<String, Object> model(UUID childId) {
        StaffSummary me = currentStaff.get().orElse(null);
        CensusYear year = checks.currentYear();
        if (me == null || me.isPartner() || !people.decide(childId).allowed()) {
            return Map.of("censusPanel", new Panel(false, year, List.of(), List.of()));
        }
        List<Shown> shown = checks.checkChild(childId).stream()
                .map(b -> new Shown(b.rule(), b.kind(), b.message(), b.fields(), CinCensusChecks.fixLink(b))).toList();
        return Map.of("censusPanel", new Panel(true, year, shown.stream().filter(s -> s.kind() == CinRuleKind.ERROR).toList(),
                shown.stream().filter(s -> s.kind() == CinRuleKind.QUERY).toList()));
    }
}
