package uk.org.beacon.demodata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.conference.ConferenceArrangement;
import uk.org.beacon.childprotection.conference.ConferenceDecision;
import uk.org.beacon.childprotection.conference.ConferenceDetails;
import uk.org.beacon.childprotection.conference.ConferenceQuality;
import uk.org.beacon.childprotection.conference.ConferenceSummary;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.childprotection.conference.Participation;
import uk.org.beacon.childprotection.conference.QualityScores;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.web.RestrictedRecordException;

/**
 * The demo's initial child protection conferences. The conferences themselves come from the demo's
 * section 47 enquiries (the conference module listens), so this first waits for every event to be
 * delivered; then the chairs arrange and hold those that are due the way conferences go nationally
 * (81.4% within 15 working days; plans for about 87%; neglect about half, emotional abuse about a third),
 * with the agencies' reports and attendance the inspection measured (police attend about three in four,
 * GP reports arrive about half the time, about two in three reports reach parents in advance), the
 * child's participation by age, minutes finalised, and the chairs' quality forms. Deterministic from the seed.
 */
@Component
class DemoConferences {

    private static final Logger log = LoggerFactory.getLogger(DemoConferences.class);
    private static final String[] RISKS = {
        "Repeated neglect of basic care: the children often go to school hungry and unwashed; the home was found without heating.",
        "Domestic abuse between the parents, witnessed by the child; police have attended the home three times this year.",
        "Parental alcohol misuse leaves the child without supervision in the evenings.",
        "Unexplained bruising to the child's upper arm; inconsistent accounts from the adults."};
    private static final String[] STRENGTHS = {
        "The child is settled at school and has a trusted relationship with their teacher.",
        "Maternal grandmother lives nearby and offers daily support.",
        "Mother is engaging with the domestic abuse service and wants to keep the children safe.",
        "The parents attended the conference and accepted the concerns."};
    private static final String[] RATIONALES = {
        "The concerns are long-standing and have not changed with support under a child in need plan; the child is likely to suffer significant harm without a multi-agency plan.",
        "Agencies agree the child is at continuing risk of significant harm at home; a child protection plan gives the structure and oversight needed.",
        "The risks have reduced since the enquiry: the family is engaging and the child's needs can be met under a child in need plan."};
    private static final String[] LATE_TEXT = {
        "Police disclosure needed before the conference could go ahead; moved by a week.",
        "Parents asked for a new date to attend with their solicitor.",
        "No chair available within timescale because of sickness in the chairs' team."};
    private static final String[] LATE_CODE = {"PARTNER_INFORMATION", "FAMILY_UNAVAILABLE", "WORKER_CAPACITY"};

    private final Conferences conferences;
    private final ConferenceQuality quality;
    private final Teams teams;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;

    DemoConferences(Conferences conferences, ConferenceQuality quality, Teams teams, WorkingDays workingDays, JdbcClient jdbc) {
        this.conferences = conferences;
        this.quality = quality;
        this.teams = teams;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
    }

    /** Arranges and holds the conferences waiting to be arranged; returns how many were held. */
    int generate(Random random) {
        return generate(random, DemoShares.Share.WHOLE);
    }

    /** Arranges and holds this share's conferences waiting to be arranged (by the child); returns how many were held. */
    int generate(Random random, DemoShares.Share share) {
        DemoEventDelivery.awaitAll(jdbc);
        List<StaffSummary> chairs = conferences.chairs();
        List<TeamSummary> sfs = teams.all().stream().filter(t -> t.code().startsWith("SFS") || t.code().startsWith("IR")).toList();
        if (chairs.isEmpty()) {
            return 0;
        }
        LocalDate today = conferences.today();
        int held = 0;
        for (ConferenceSummary s : conferences.toBeArranged()) {
            if (!share.mine(s.childId())) {
                continue;
            }
            try {
                held += hold(s, chairs.get(random.nextInt(chairs.size())), sfs.isEmpty() ? null : sfs.get(random.nextInt(sfs.size())).id(),
                        today, random) ? 1 : 0;
            } catch (RestrictedRecordException restricted) {
                // a restricted child's conference stays with the chairs who may see it
            }
        }
        log.info("Demo authority: {} initial child protection conferences held", held);
        return held;
    }

    private boolean hold(ConferenceSummary s, StaffSummary chair, UUID team, LocalDate today, Random random) {
        ConferenceDetails c = conferences.open(s.id());
        boolean inTime = random.nextInt(1000) < 814;
        LocalDate day = inTime ? workingDaysBefore(c.dueOn(), random.nextInt(4)) : workingDays.addWorkingDays(c.dueOn(), 1 + random.nextInt(10));
        if (day.isBefore(c.enquiryStartedOn())) {
            day = workingDays.addWorkingDays(c.enquiryStartedOn(), 1);
        }
        Integer age = c.childDateOfBirth() == null ? null : Period.between(c.childDateOfBirth(), day).getYears();
        List<UUID> family = conferences.familyToInvite(c.childId()).stream().map(r -> r.relativeId()).toList();
        List<String> agencies = new ArrayList<>(List.of("POLICE", "HEALTH_GP", "EDUCATION"));
        if (age != null && age < 5) {
            agencies.set(2, "HEALTH_VISITOR");
        }
        boolean childInvited = age == null || age >= 8;
        ConferenceArrangement arrangement = new ConferenceArrangement(day.atTime(LocalTime.of(9 + random.nextInt(6), 30)), "Civic Centre, room "
                + (1 + random.nextInt(4)), chair.id(), team, null, family, childInvited,
                childInvited ? null : "Under 8: the social worker gathers the child's views", agencies);
        boolean future = !day.isBefore(today);
        c = future ? conferences.arrange(c.id(), c.version(), arrangement) : conferences.recordPastArrangements(c.id(), c.version(), arrangement);
        // reports: police usually, the GP about half the time, school or health visitor mostly
        for (ConferenceDetails.AgencyReport r : c.reports()) {
            int chance = r.agency().equals("POLICE") ? 85 : r.agency().equals("HEALTH_GP") ? 50 : 80;
            if (random.nextInt(100) >= chance) {
                continue;
            }
            LocalDate received = workingDaysBefore(day, 3 + random.nextInt(4));
            if (received.isBefore(r.requestedOn())) {
                received = r.requestedOn();
            }
            if (received.isAfter(today)) {
                continue;
            }
            LocalDate shared = random.nextInt(100) < 78 ? received : random.nextBoolean() ? workingDaysBefore(day, 1) : null;
            if (shared != null && (shared.isAfter(today) || shared.isBefore(received))) {
                shared = null;
            }
            c = conferences.recordReport(c.id(), c.version(), r.agency(), received, shared);
        }
        if (future) {
            return false;
        }
        List<Participation> participation = new ArrayList<>();
        for (ConferenceDetails.Invitee i : c.invitees()) {
            if (i.child()) {
                participation.add(childParticipation(i, age, random));
            } else {
                int attends = i.parent() ? 85 : "POLICE".equals(i.agency()) ? 75 : "HEALTH_GP".equals(i.agency()) ? 20 : 85;
                String attendance = random.nextInt(100) < attends ? "ATTENDED" : i.parent() ? "DID_NOT_ATTEND" : "APOLOGIES";
                participation.add(new Participation(i.id(), attendance, null, null, false, null, i.parent() && random.nextInt(100) < 30));
            }
        }
        c = conferences.recordParticipation(c.id(), c.version(), participation);
        boolean plan = random.nextInt(1000) < 870;
        int roll = random.nextInt(100);
        String category = roll < 50 ? "NEG" : roll < 85 ? "EMO" : roll < 92 ? "PHY" : roll < 96 ? "SAB" : "MUL";
        boolean late = conferences.lateIfHeldOn(c.id(), day);
        boolean dissent = random.nextInt(100) < 8;
        int why = random.nextInt(LATE_CODE.length);
        c = conferences.recordDecision(c.id(), c.version(), new ConferenceDecision(day, plan, plan ? category : null,
                RISKS[random.nextInt(RISKS.length)], STRENGTHS[random.nextInt(STRENGTHS.length)],
                plan ? RATIONALES[random.nextInt(2)] : RATIONALES[2],
                random.nextBoolean() ? "The team manager agrees with the recommendation in the social work report." : null,
                dissent ? "Father" : null, dissent ? "He does not accept that the home is unsafe for the children." : null, late ? LATE_CODE[why] : null, late ? LATE_TEXT[why] : null));
        c = conferences.saveMinutes(c.id(), c.version(), "Present: as recorded. The chair explained the purpose of the conference. "
                + "Each agency shared its information; the family gave their view. Decision and rationale as recorded.");
        if (day.isBefore(today.minusDays(5))) {
            conferences.finaliseMinutes(c.id(), c.version());
        }
        if (random.nextInt(100) < 90) {
            quality.record(c.id(), new QualityScores(score(random, 2.8), score(random, 2.9), score(random, 2.6), score(random, 2.3),
                    score(random, 2.5), score(random, 2.7), null, null));
        }
        return true;
    }

    private Participation childParticipation(ConferenceDetails.Invitee i, Integer age, Random random) {
        if (i.invitationStyle() == null) {
            return new Participation(i.id(), null, "NOT_INVITED", i.notInvitedReason() == null ? "Under 8" : i.notInvitedReason(), false, null, false);
        }
        int roll = random.nextInt(100);
        String how = age != null && age >= 12 ? (roll < 35 ? "ATTENDED" : roll < 60 ? "ADVOCATE" : roll < 85 ? "WISHES_AND_FEELINGS_FORM"
                : "VIEWS_THROUGH_WORKER") : (roll < 30 ? "ADVOCATE" : roll < 70 ? "WISHES_AND_FEELINGS_FORM" : "VIEWS_THROUGH_WORKER");
        boolean advocate = how.equals("ADVOCATE");
        return new Participation(i.id(), null, how, null, advocate, advocate ? "Children's advocacy service" : null, false);
    }

    private static int score(Random random, double mean) {
        return (int) Math.max(1, Math.min(4, Math.round(mean + random.nextGaussian() * 0.8)));
    }

    private LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                counted++;
            }
        }
        while (!workingDays.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
