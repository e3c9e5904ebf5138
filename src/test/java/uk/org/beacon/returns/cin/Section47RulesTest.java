package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.bareEpisode;
import static uk.org.beacon.returns.cin.CinFixtures.census;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.enquiry;
import static uk.org.beacon.returns.cin.CinFixtures.fails;
import static uk.org.beacon.returns.cin.CinFixtures.passes;

import org.junit.jupiter.api.Test;

class Section47RulesTest {

    @Test
    void aConferenceBeforeTheReferralIsAnErrorOnTheEnquiryOrOnTheEpisode() {
        passes("1104", child().build(), child().laChildId("A2").episode(e -> e.section47s().conferenceOnEpisode(d("2025-11-03"))).build());
        CinBreach onEnquiry = fails("1104", child().episode(e -> e.section47s(enquiry(d("2025-10-20"), null, d("2025-11-01"), false))).build());
        assertThat(onEnquiry.sourceKind()).isEqualTo("SECTION_47");
        assertThat(onEnquiry.message()).isEqualTo("The initial conference on 1 November 2025 is before the referral on 3 November 2025.");
        CinBreach onEpisode = fails("1104", child().episode(e -> e.section47s().conferenceOnEpisode(d("2025-10-31"))).build());
        assertThat(onEpisode.sourceKind()).isEqualTo("EPISODE");
        assertThat(onEpisode.fields()).contains("CINdetails/DateOfInitialCPC");
    }

    @Test
    void aConferenceRecordedBothOnItsEnquiryAndOnTheEpisodeIsAnError() {
        passes("2884", child().build(), child().laChildId("A2").episode(e -> e.section47s().conferenceOnEpisode(d("2025-11-24"))).build());
        assertThat(fails("2884", child().episode(e -> e.conferenceOnEpisode(d("2025-11-24"))).build()).message())
                .contains("24 November 2025 is recorded both on its section 47 enquiry and on the episode");
        fails("2884", child().episodes(bareEpisode(d("2025-05-01")).section47s(enquiry(d("2025-05-02"), null, d("2025-06-02"), false))
                .closed(d("2025-07-01"), "RC7"), bareEpisode(d("2025-08-01")).conferenceOnEpisode(d("2025-06-02"))).build());
    }

    @Test
    void anEnquiryStartingBeforeTheReferralIsAnError() {
        passes("2889", child().build());
        fails("2889", child().episode(e -> e.section47s(enquiry(d("2025-11-02"), null, d("2025-11-24"), false))).build());
    }

    @Test
    void anEnquiryWithAConferenceButNoStartOrAStartAfterItIsAnError() {
        passes("8615", child().episode(e -> e.section47s(enquiry(d("2025-11-24"), null, d("2025-11-24"), false))).build());
        fails("8615", child().episode(e -> e.section47s(enquiry(null, null, d("2025-11-24"), false))).build());
        assertThat(fails("8615", child().episode(e -> e.section47s(enquiry(d("2025-11-25"), null, d("2025-11-24"), false))).build()).message())
                .isEqualTo("The section 47 enquiry started on 25 November 2025, after its initial conference on 24 November 2025.");
    }

    @Test
    void anEnquiryWaitingMoreThan15WorkingDaysForItsConferenceAtTheCensusDateIsQueried() {
        // 15 working days before Tuesday 31 March 2026 is Tuesday 10 March 2026.
        passes("8675Q", child().episode(e -> e.section47s(enquiry(d("2026-03-10"), null, null, false)).cpPlans()).build(),
                child().laChildId("A2").episode(e -> e.section47s(enquiry(d("2026-01-05"), null, null, true)).cpPlans()).build());
        assertThat(fails("8675Q", child().episode(e -> e.section47s(enquiry(d("2026-03-09"), null, null, false)).cpPlans()).build()).message())
                .isEqualTo("The section 47 enquiry started on 9 March 2026 has no initial conference: at the census date 31 March 2026 it will "
                        + "have waited more than 15 working days.");
    }

    @Test
    void anEnquiryAlreadyOverdueOnTheDayTheDataIsTakenSaysSoAsAtThatDay() {
        // 15 working days before Friday 16 January 2026, skipping Christmas, Boxing Day and 1 January, is Tuesday 23 December 2025.
        var overdue = census(child().episode(e -> e.section47s(enquiry(d("2025-12-19"), null, null, false)).cpPlans()).build());
        assertThat(CinFixtures.fails("8675Q", overdue, d("2026-01-16")).message())
                .isEqualTo("As at 16 January 2026 the section 47 enquiry started on 19 December 2025 has waited more than 15 working days for "
                        + "its initial conference.");
        var notYet = census(child().episode(e -> e.section47s(enquiry(d("2025-12-23"), null, null, false)).cpPlans()).build());
        assertThat(CinFixtures.fails("8675Q", notYet, d("2026-01-16")).message()).contains("at the census date 31 March 2026");
    }

    @Test
    void aConferenceOutsideTheCensusYearIsAnErrorOnTheEnquiryOrOnTheEpisode() {
        passes("8715", child().build());
        fails("8715", child().episode(e -> e.referred(d("2025-02-03")).section47s(enquiry(d("2025-02-04"), null, d("2025-03-31"), false))).build());
        CinBreach onEpisode = fails("8715", child().episode(e -> e.referred(d("2025-02-03")).section47s().conferenceOnEpisode(d("2025-03-31")))
                .build());
        assertThat(onEpisode.sourceKind()).isEqualTo("EPISODE");
    }

    @Test
    void anEnquiryAwaitingItsConferenceThatStartedBeforeTheYearIsAnError() {
        passes("8740", child().episode(e -> e.section47s(enquiry(d("2025-03-31"), null, null, true))).build());
        fails("8740", child().episode(e -> e.section47s(enquiry(d("2025-03-31"), null, null, false))).build());
    }

    @Test
    void twoEnquiriesAwaitingAConferenceInOneEpisodeAreAnError() {
        passes("8839", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, null, true), enquiry(d("2025-12-01"), null, null, false)))
                .build());
        fails("8839", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, null, false), enquiry(d("2025-12-01"), null, null, false)))
                .build());
    }

    @Test
    void aConferenceTargetAtTheWeekendIsQueried() {
        passes("8870Q", child().build());
        assertThat(fails("8870Q", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), d("2025-11-22"), d("2025-11-24"), false))).build())
                .message()).isEqualTo("The initial conference target date 22 November 2025 is a Saturday.");
    }

    @Test
    void aConferenceAtTheWeekendIsAnErrorOnTheEnquiryOrOnTheEpisode() {
        passes("8875", child().build());
        fails("8875", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, d("2025-11-23"), false))).build());
        assertThat(fails("8875", child().episode(e -> e.section47s().conferenceOnEpisode(d("2025-11-23"))).build()).message())
                .isEqualTo("The initial conference recorded on the episode (23 November 2025) is a Sunday.");
    }

    @Test
    void anEnquiryStartingWhileAnotherRunsIsAnError() {
        passes("8890", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, d("2025-11-24"), false),
                enquiry(d("2025-11-25"), null, null, false))).build());
        passes("8890", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, null, true),
                enquiry(d("2025-11-10"), null, d("2025-11-24"), false))).build());
        assertThat(fails("8890", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, d("2025-11-24"), false),
                enquiry(d("2025-11-24"), null, null, false))).build()).message())
                .isEqualTo("The section 47 enquiry started on 24 November 2025 while the enquiry started on 4 November 2025 was running "
                        + "(conference 24 November 2025).");
    }

    @Test
    void anEnquiryWithoutAStartDateOrConferenceCannotBeWritten() {
        passes("B08", child().build(), child().laChildId("A2").episode(e -> e.section47s(enquiry(null, null, d("2025-11-24"), false))).build());
        fails("B08", child().episode(e -> e.section47s(enquiry(null, null, null, true))).build());
    }
}
