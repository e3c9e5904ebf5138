package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.returns.CensusYear;

/**
 * Synthetic CIN census returns for the rules tests, built fluently from the valid child of README
 * section 4.1 (B000123, referred 3 November 2025, assessed, section 47, conference on 24 November 2025
 * and a child protection plan from that day) so a test breaks one thing: {@code child().born(...)}.
 */
final class CinFixtures {

    static final CensusYear YEAR = new CensusYear(2026);
    static final LocalDate AS_AT = LocalDate.of(2026, 4, 2);
    static final WorkingDays CALENDAR = WorkingDays.englandAndWales();
    private static final CinCensusRules ALL = new CinCensusRules(CALENDAR);

    private CinFixtures() {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The README 4.1 child: valid for 2025-26 in every rule. */
    static ChildBuilder child() {
        return new ChildBuilder().episodes(episode());
    }

    /** The README 4.1 episode. */
    static EpisodeBuilder episode() {
        return new EpisodeBuilder()
                .assessments(assessment(d("2025-11-03"), d("2025-12-10"), "3A", "16A"))
                .section47s(enquiry(d("2025-11-04"), d("2025-11-25"), d("2025-11-24"), false))
                .cpPlans(cpPlan(d("2025-11-24"), null, d("2026-02-23")));
    }

    /** An episode that is not NFA, referred on {@code referred}, with need N1 and source 6 and nothing in it yet. */
    static EpisodeBuilder bareEpisode(LocalDate referred) {
        return new EpisodeBuilder().referred(referred);
    }

    static CinAssessment assessment(LocalDate started, LocalDate authorised, String... factors) {
        return new CinAssessment(UUID.randomUUID(), started, authorised, Arrays.asList(factors));
    }

    static CinPlanPeriod cinPlan(LocalDate start, LocalDate end) {
        return new CinPlanPeriod(UUID.randomUUID(), start, end);
    }

    static CinSection47 enquiry(LocalDate started, LocalDate target, LocalDate conference, boolean notRequired) {
        return new CinSection47(UUID.randomUUID(), started, target, conference, notRequired);
    }

    /** A neglect plan, no previous plans. */
    static CinProtectionPlan cpPlan(LocalDate start, LocalDate end, LocalDate... reviews) {
        return new CinProtectionPlan(UUID.randomUUID(), start, end, "NEG", "NEG", 0, Arrays.asList(reviews));
    }

    static CinProtectionPlan cpPlan(LocalDate start, LocalDate end, String initial, String latest, Integer previous, LocalDate... reviews) {
        return new CinProtectionPlan(UUID.randomUUID(), start, end, initial, latest, previous, Arrays.asList(reviews));
    }

    static CinReturn census(CinChild... children) {
        return census(YEAR, children);
    }

    static CinReturn census(CensusYear year, CinChild... children) {
        return new CinReturn(year, header(), List.of(children));
    }

    static CinHeader header() {
        return new CinHeader("201", "Beacon", "1.0.0", "001", LocalDateTime.of(2026, 4, 2, 9, 30));
    }

    /** The breaches of one rule of the catalogue. */
    static List<CinBreach> check(String rule, CinReturn census, LocalDate asAt) {
        return new CinCensusRules(CALENDAR, List.of(rule(rule))).check(census, asAt);
    }

    static List<CinBreach> check(String rule, CinChild... children) {
        return check(rule, census(children), AS_AT);
    }

    static List<CinBreach> checkAll(CinReturn census) {
        return ALL.check(census, AS_AT);
    }

    static CinRule rule(String number) {
        return CinRuleCatalogue.all().stream().filter(r -> r.info().rule().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("No rule " + number + " in the catalogue"));
    }

    /** Asserts the rule finds nothing in the children. */
    static void passes(String rule, CinChild... children) {
        assertThat(check(rule, children)).as("breaches of %s", rule).isEmpty();
    }

    /** Asserts the rule finds exactly one breach in the children, carrying the rule's number and kind, and returns it. */
    static CinBreach fails(String rule, CinChild... children) {
        return fails(rule, census(children), AS_AT);
    }

    static CinBreach fails(String rule, CinReturn census, LocalDate asAt) {
        List<CinBreach> breaches = check(rule, census, asAt);
        assertThat(breaches).as("breaches of %s", rule).hasSize(1);
        CinBreach breach = breaches.get(0);
        assertThat(breach.rule()).isEqualTo(rule);
        assertThat(breach.kind()).isEqualTo(rule(rule).info().kind());
        assertThat(breach.message()).isNotBlank();
        assertThat(breach.fields()).isNotEmpty();
        return breach;
    }

    static final class ChildBuilder {
        private UUID personId = UUID.randomUUID();
        private String laChildId = "B000123";
        private String upn;
        private String formerUpn;
        private String upnUnknown = "UN1";
        private LocalDate birthDate = d("2023-02-14");
        private LocalDate expectedBirthDate;
        private String sex = "F";
        private LocalDate deathDate;
        private String ethnicity = "WBRI";
        private List<String> disabilities = List.of("NONE");
        private List<EpisodeBuilder> episodes = new ArrayList<>();

        ChildBuilder laChildId(String value) {
            laChildId = value;
            return this;
        }

        ChildBuilder upn(String value) {
            upn = value;
            upnUnknown = null;
            return this;
        }

        ChildBuilder formerUpn(String value) {
            formerUpn = value;
            return this;
        }

        ChildBuilder upnUnknown(String value) {
            upnUnknown = value;
            return this;
        }

        ChildBuilder born(LocalDate value) {
            birthDate = value;
            return this;
        }

        /** Unborn: an expected date of birth, no date of birth, sex U and UPN unknown UN6. */
        ChildBuilder unborn(LocalDate expected) {
            birthDate = null;
            expectedBirthDate = expected;
            sex = "U";
            upnUnknown = "UN6";
            return this;
        }

        ChildBuilder expected(LocalDate value) {
            expectedBirthDate = value;
            return this;
        }

        ChildBuilder sex(String value) {
            sex = value;
            return this;
        }

        ChildBuilder died(LocalDate value) {
            deathDate = value;
            return this;
        }

        ChildBuilder ethnicity(String value) {
            ethnicity = value;
            return this;
        }

        ChildBuilder disabilities(String... codes) {
            disabilities = Arrays.asList(codes);
            return this;
        }

        ChildBuilder episodes(EpisodeBuilder... values) {
            episodes = new ArrayList<>(List.of(values));
            return this;
        }

        ChildBuilder noEpisodes() {
            episodes = new ArrayList<>();
            return this;
        }

        /** Changes the first episode. */
        ChildBuilder episode(Consumer<EpisodeBuilder> change) {
            change.accept(episodes.get(0));
            return this;
        }

        UUID personId() {
            return personId;
        }

        CinChild build() {
            return new CinChild(personId, laChildId, upn, formerUpn, upnUnknown, birthDate, expectedBirthDate, sex, deathDate, ethnicity,
                    disabilities, episodes.stream().map(EpisodeBuilder::build).toList());
        }
    }

    static final class EpisodeBuilder {
        private final UUID episodeId = UUID.randomUUID();
        private LocalDate referralDate = d("2025-11-03");
        private String referralSource = "6";
        private String primaryNeed = "N1";
        private LocalDate closureDate;
        private String closureReason;
        private LocalDate dateOfInitialCpc;
        private List<CinAssessment> assessments = List.of();
        private List<CinPlanPeriod> cinPlans = List.of();
        private List<CinSection47> section47s = List.of();
        private boolean referralNfa;
        private List<CinProtectionPlan> protectionPlans = List.of();

        EpisodeBuilder referred(LocalDate value) {
            referralDate = value;
            return this;
        }

        EpisodeBuilder source(String value) {
            referralSource = value;
            return this;
        }

        EpisodeBuilder need(String value) {
            primaryNeed = value;
            return this;
        }

        EpisodeBuilder closed(LocalDate on, String reason) {
            closureDate = on;
            closureReason = reason;
            return this;
        }

        EpisodeBuilder conferenceOnEpisode(LocalDate value) {
            dateOfInitialCpc = value;
            return this;
        }

        /** No further action: nothing inside the episode and no primary need. */
        EpisodeBuilder nfa() {
            referralNfa = true;
            primaryNeed = null;
            assessments = List.of();
            cinPlans = List.of();
            section47s = List.of();
            protectionPlans = List.of();
            dateOfInitialCpc = null;
            return this;
        }

        EpisodeBuilder referralNfa(boolean value) {
            referralNfa = value;
            return this;
        }

        EpisodeBuilder assessments(CinAssessment... values) {
            assessments = Arrays.asList(values);
            return this;
        }

        EpisodeBuilder cinPlans(CinPlanPeriod... values) {
            cinPlans = Arrays.asList(values);
            return this;
        }

        EpisodeBuilder section47s(CinSection47... values) {
            section47s = Arrays.asList(values);
            return this;
        }

        EpisodeBuilder cpPlans(CinProtectionPlan... values) {
            protectionPlans = Arrays.asList(values);
            return this;
        }

        UUID episodeId() {
            return episodeId;
        }

        CinEpisode build() {
            return new CinEpisode(episodeId, referralDate, referralSource, primaryNeed, closureDate, closureReason, dateOfInitialCpc,
                    assessments, cinPlans, section47s, referralNfa, protectionPlans);
        }
    }
}
