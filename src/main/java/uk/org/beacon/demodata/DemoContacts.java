package uk.org.beacon.demodata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.PoliceNotifications;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.person.PersonRecord;

/**
 * A year of front-door work for the demo authority: contacts from schools, health, police,
 * families and others, more of them on Mondays (the weekend's police notifications), decided in
 * roughly the proportions the seeds report (about 36% assessment, 35% no further action, 22% early
 * help; a large authority refers about 30%, which with its contacts gives the practice reference's
 * referrals), with the last few days still waiting in the screening queue. The last four Mondays'
 * police notifications arrive as real CSV uploads through the import.
 */
@Component
class DemoContacts {

    private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A demo child contacts can be about. */
    record Child(UUID id, PersonRecord record) {}

    private static final String[][] SOURCES = {{"2A", "0.24"}, {"6", "0.28"}, {"3A", "0.04"}, {"3B", "0.05"}, {"3E", "0.04"}, {"3D", "0.03"},
        {"1A", "0.08"}, {"1B", "0.03"}, {"4", "0.04"}, {"5A", "0.03"}, {"5D", "0.05"}, {"8", "0.04"}, {"9", "0.03"}, {"10", "0.02"}};
    private static final String[] CONCERNS = {"NEGLECT", "DOMESTIC_ABUSE", "EMOTIONAL", "PHYSICAL", "PARENT_MENTAL_HEALTH", "PARENT_SUBSTANCE",
        "MISSING", "CCE", "CSE", "BEHAVIOUR", "CHILD_MENTAL_HEALTH", "HOUSING", "EDUCATION", "SEXUAL", "SELF_HARM", "ONLINE"};
    private static final String[] SUMMARIES = {
        "Child arrived at school hungry and in unwashed clothes for the third time this week.",
        "Police attended a domestic incident at the home overnight; the children were present.",
        "Child disclosed to a teacher that they are frightened of a parent's partner.",
        "Health visitor concerned about the home conditions and missed appointments.",
        "Young person reported missing overnight, found with older males in another town.",
        "Parent presented at A&E intoxicated with the baby in their care.",
        "Neighbour reports children left alone in the evenings.",
        "Child has bruising to the upper arm with an unclear explanation.",
        "Parent asks for help with their child's behaviour and their own low mood."};

    /** Where the referral, strategy discussion and early help decisions end in the roll (the rest is no further action and advice). */
    private static final double[] SMALL_DECISIONS = {0.36, 0.40, 0.62};
    private static final double[] NATIONAL_DECISIONS = {0.26, 0.30, 0.52};

    private final Contacts contacts;
    private final PoliceNotifications police;
    private final Clock clock;

    DemoContacts(Contacts contacts, PoliceNotifications police, Clock clock) {
        this.contacts = contacts;
        this.police = police;
        this.clock = clock;
    }

    /**
     * Records {@code perYear} contacts over the last year about the given children; returns how many.
     * Only the first share uploads the police's Monday files.
     */
    int generate(List<Child> children, int perYear, Random random, DemoShares.Share share) {
        return generate(children, perYear, random, share, false);
    }

    /**
     * As above; following the national flow, the week's pattern keeps the year's total at {@code perYear} and about 30% of
     * decided contacts become referrals (practice reference 4b: about 15,000 referrals from 52,000 contacts in Birmingham).
     */
    int generate(List<Child> children, int perYear, Random random, DemoShares.Share share, boolean nationalFlow) {
        if (children.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        LocalDate start = today.minusDays(364);
        int created = 0;
        // a week of weekdays (1.0), a Monday (1.9) and a weekend (0.25 a day) is 6.4 ordinary days' contacts, not 7
        double perDay = perYear / 365.0 * (nationalFlow ? 7 / 6.4 : 1);
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            DayOfWeek dow = day.getDayOfWeek();
            double factor = dow == DayOfWeek.MONDAY ? 1.9 : dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0.25 : 1.0;
            int count = poisson(random, perDay * factor);
            for (int i = 0; i < count; i++) {
                Child child = children.get(random.nextInt(children.size()));
                if (child.record().dateOfBirth() == null || child.record().dateOfBirth().isAfter(day)) {
                    continue;
                }
                boolean recent = day.isAfter(today.minusDays(2));
                boolean policeUploadLater = dow == DayOfWeek.MONDAY && day.isAfter(today.minusDays(28)) && pick(random).equals("6");
                if (policeUploadLater) {
                    continue;
                }
                ContactDetails contact = contacts.record(contact(child, day, random));
                created++;
                if (!recent) {
                    decide(contact, random, nationalFlow);
                }
            }
        }
        if (share.first()) {
            created += policeMondays(children, nationalFlow ? Math.max(2, perYear / 200 + 1) : Math.max(2, children.size() / 40 + 1), today, random);
        }
        log.info("Demo authority: {} contacts over the last year", created);
        return created;
    }

    private ContactRecord contact(Child child, LocalDate day, Random random) {
        String source = pick(random);
        Channel channel = switch (source) {
            case "6" -> Channel.POLICE_NOTIFICATION;
            case "9" -> Channel.ANONYMOUS;
            case "2A", "3A", "3B", "3E", "3D" -> random.nextBoolean() ? Channel.MARF : Channel.PHONE;
            case "1A", "1B" -> random.nextBoolean() ? Channel.PHONE : Channel.WALK_IN;
            default -> Channel.EMAIL;
        };
        PersonRecord r = child.record();
        boolean anonymous = channel == Channel.ANONYMOUS;
        return new ContactRecord(day.atTime(LocalTime.of(8 + random.nextInt(10), random.nextInt(60))).atZone(UK).toInstant(), channel, source,
                child.id(), r.givenName(), r.familyName(), r.dateOfBirth(), r.address() == null ? null : r.address().postcode(),
                r.address() == null ? null : r.address().line1(), Set.of(CONCERNS[random.nextInt(CONCERNS.length)]),
                SUMMARIES[random.nextInt(SUMMARIES.length)], null, random.nextDouble() < 0.7 ? Consent.GIVEN : Consent.NOT_SOUGHT,
                "Seeking consent could increase the risk to the child", random.nextDouble() < 0.1 ? RequestType.CONSULTATION : RequestType.SERVICE,
                random.nextDouble() < 0.15 ? Urgency.URGENT : Urgency.ROUTINE, anonymous ? null : "Demo referrer", anonymous ? null : "Demo agency",
                null, null, null, null, null, false);
    }

    private void decide(ContactDetails contact, Random random, boolean nationalFlow) {
        double r = random.nextDouble();
        double[] upTo = nationalFlow ? NATIONAL_DECISIONS : SMALL_DECISIONS;
        ScreeningDecision d = r < upTo[0] ? ScreeningDecision.REFERRAL_FOR_ASSESSMENT
                : r < upTo[1] ? ScreeningDecision.STRATEGY_DISCUSSION
                : r < upTo[2] ? ScreeningDecision.EARLY_HELP
                : r < 0.93 ? ScreeningDecision.NO_FURTHER_ACTION
                : r < 0.97 ? ScreeningDecision.INFORMATION_AND_ADVICE
                : ScreeningDecision.SIGNPOST_UNIVERSAL;
        java.time.Instant decidedAt = contact.receivedAt().plusSeconds(3600L * (1 + random.nextInt(random.nextDouble() < 0.85 ? 20 : 60)));
        contacts.decide(contact.id(), contact.version(), d, "Demo decision: weighed the concern, the history and the family's view.",
                "Thank you for your referral: " + d.label().toLowerCase() + ".", decidedAt.isAfter(clock.instant()) ? null : decidedAt);
    }

    /** The last four Mondays' police notifications, uploaded as the CSV files the police send. */
    private int policeMondays(List<Child> children, int spread, LocalDate today, Random random) {
        int imported = 0;
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 3; week >= 0; week--) {
            LocalDate day = monday.minusWeeks(week);
            StringBuilder csv = new StringBuilder(String.join(",", PoliceNotifications.COLUMNS)).append('\n');
            int rows = 4 + random.nextInt(spread);
            for (int i = 0; i < rows; i++) {
                Child child = children.get(random.nextInt(children.size()));
                PersonRecord r = child.record();
                if (r.dateOfBirth() == null) {
                    continue;
                }
                String assessment = random.nextDouble() < 0.3 ? "NO_COUNCIL_RESPONSE" : random.nextDouble() < 0.2 ? "HIGH" : "MEDIUM";
                csv.append(String.join(",", "PPN-" + day + "-" + i, day.minusDays(random.nextInt(3)) + " 0" + random.nextInt(10) + ":15",
                        r.givenName(), r.familyName(), r.dateOfBirth().toString(), r.nhsNumber() == null ? "" : r.nhsNumber(),
                        r.address() == null ? "" : r.address().line1(), r.address() == null ? "" : r.address().postcode(), "",
                        CONCERNS[random.nextInt(CONCERNS.length)], "\"" + SUMMARIES[random.nextInt(SUMMARIES.length)] + "\"", assessment,
                        "PC Demo", "", "NOT_SOUGHT", "Police notification")).append('\n');
            }
            imported += police.importFile("police-" + day + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8)).imported();
        }
        return imported;
    }

    private static String pick(Random random) {
        double r = random.nextDouble();
        double acc = 0;
        for (String[] s : SOURCES) {
            acc += Double.parseDouble(s[1]);
            if (r < acc) {
                return s[0];
            }
        }
        return "8";
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    static void sample(List<UUID> ids, List<PersonRecord> records, List<Integer> childIndexes, int max, List<Child> into) {
        for (Integer i : childIndexes) {
            if (into.size() >= max) {
                break;
            }
            into.add(new Child(ids.get(i), records.get(i)));
        }
    }
}
