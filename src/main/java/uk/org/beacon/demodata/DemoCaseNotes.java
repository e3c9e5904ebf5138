package uk.org.beacon.demodata;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.org.beacon.casework.CaseNoteContent;
import uk.org.beacon.casework.CaseNoteDetails;
import uk.org.beacon.casework.CaseNotes;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.HistoryItem;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.web.RuleViolationException;

/**
 * Case notes and visits for a few hundred of the demo's referred children (a few thousand in a
 * large authority), written through {@link CaseNotes} by their social workers: the call with the referrer, the assessment visit, then
 * (for most) a child in need or child protection visiting standard with visits at about its pace,
 * some late with the reason, and phone calls, emails, meetings and direct work between them; a few
 * significant events and manager's appendments. The demo social worker is left with a couple of
 * drafts in progress. All synthetic.
 */
@Component
class DemoCaseNotes {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseNotes.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_CHILDREN = 250;

    private static final String[][] LATE = {
        {"FAMILY_UNAVAILABLE", "Mum cancelled the planned visit twice; {name} was seen at the first date the family offered."},
        {"CHILD_UNAVAILABLE", "{name} was staying with grandparents out of area; seen the day they came home."},
        {"WORKER_CAPACITY", "Allocated worker off sick; visit covered by a duty worker as soon as one was free."},
        {"INTERPRETER", "The family needed an interpreter and none was available on the planned day."}};
    private static final String[] CALLS = {
        "Call with {name}'s school. Attendance this half term is {n}%. The designated safeguarding lead has no new concerns.",
        "Call with the health visitor: growth and development on track; next check booked.",
        "Mum rang to say the housing officer has offered a two-bedroom flat. Discussed what the move means for {name}'s school.",
        "Call with the GP surgery: {name} attended the asthma review; no missed appointments since the plan began.",
        "Call with the police domestic abuse officer: no call-outs to the address since the last review."};
    private static final String[] MEETINGS = {
        "Core group meeting at school. Present: mum, school DSL, health visitor, family support worker. Actions agreed and shared.",
        "Professionals' meeting to share information from health and education. Agreed that {name}'s attendance is the priority.",
        "Family network meeting: grandparents agreed to collect {name} from school on Tuesdays and Thursdays."};
    private static final String[] EMAILS = {
        "Email from the school with {name}'s attendance report and a note from the class teacher.",
        "Email to the family support service asking for a parenting course place for mum; referral acknowledged."};
    private static final String[] DIRECT_WORK = {
        "Three houses exercise with {name}. House of worries: arguments at home. House of good things: football, Nan. House of dreams: a dog.",
        "Life story work: {name} drew the people in their family and talked about each of them.",
        "Wishes and feelings session using the feelings cards. {name} chose \"happy\" for school and \"worried\" for weekends."};
    private static final String[] VISITS = {
        "Home visit. Mum answered the door; the home was warm, tidy and there was food in the fridge. {name} showed me their bedroom: "
                + "clean bedding, toys and school books. Talked with {name} about school and friends. Mum said things have been calmer.",
        "Home visit after school. Dad and {name} were in. {name} was playing a board game with their sibling. Discussed the plan's "
                + "actions: the parenting course has started and mum has attended twice.",
        "Unannounced home visit. The home was untidy but safe; {name} was dressed and had eaten. Spoke with mum about routines at bedtime.",
        "Visit at the family home. Spoke with {name} in their room; they said they feel safe at home and like their new teacher."};
    private static final String[] WISHES = {
        "\"I like it when Mum picks me up from school.\"", "\"I want to stay at my school with my friends.\"",
        "\"I don't like it when they shout. I go to my room and put my headphones on.\"", "\"Can we get a dog?\"",
        "\"I want to see my dad more.\""};
    private static final String[][] SIGNIFICANT = {
        {"Police called to the home", "Police attended the home overnight after a neighbour heard shouting. {name} was asleep upstairs. Safety plan reviewed with mum this morning."},
        {"{name} missing overnight", "{name} did not come home after school and was found the next morning at a friend's house. Return home interview offered."},
        {"Disclosure at school", "{name} told their teacher that mum's partner hit them. Strategy discussion requested; child seen at school the same day."}};

    private final CaseNotes notes;
    private final RecordAccess access;
    private final Contacts contacts;
    private final Staff staff;
    private final Clock clock;

    DemoCaseNotes(CaseNotes notes, RecordAccess access, Contacts contacts, Staff staff, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.contacts = contacts;
        this.staff = staff;
        this.clock = clock;
    }

    /** Writes the notes for one in 25 of the children (at least 10, at most 250); returns how many were finalised. */
    int generate(List<DemoContacts.Child> children, Random random, DemoShares.Share share) {
        return generate(children, random, share, AuthoritySize.SMALL);
    }

    /** As above, the most children grown with the children the size samples for contacts. */
    int generate(List<DemoContacts.Child> children, Random random, DemoShares.Share share, AuthoritySize size) {
        List<String> workers = workers();
        if (workers.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        List<DemoContacts.Child> shuffled = new ArrayList<>(children);
        Collections.shuffle(shuffled, random);
        int written = 0;
        int childrenWithNotes = 0;
        int draftsLeft = 3;
        int howMany = Math.min(share.cap(size.scaled(MAX_CHILDREN)), Math.max(share.cap(10), children.size() / 25));
        for (DemoContacts.Child child : shuffled) {
            if (childrenWithNotes >= howMany) {
                break;
            }
            LocalDate born = child.record().dateOfBirth();
            LocalDate referred = contacts.history(child.id(), null).stream().filter(h -> h.kind().startsWith("Referral"))
                    .map(HistoryItem::date).filter(d -> d.isAfter(today.minusYears(1)) && d.isBefore(today.minusDays(3))).findFirst().orElse(null);
            if (born == null || referred == null || born.isAfter(referred)) {
                continue;
            }
            if (access.isRestricted(child.id())) {
                continue;
            }
            String worker = share.first() && childrenWithNotes < 8 ? "social.worker" : workers.get(random.nextInt(workers.size()));
            boolean leaveADraft = worker.equals("social.worker") && draftsLeft > 0;
            if (leaveADraft) {
                draftsLeft--;
            }
            boolean significantEvent = childrenWithNotes % 4 == 0;
            boolean aLateVisit = childrenWithNotes % 3 == 1;
            written += as(worker, () -> child(child, referred, today, leaveADraft, significantEvent, aLateVisit, random));
            childrenWithNotes++;
        }
        log.info("Demo authority: {} case notes for {} children", written, childrenWithNotes);
        return written;
    }

    private int child(DemoContacts.Child child, LocalDate referred, LocalDate today, boolean leaveADraft, boolean significantEvent,
            boolean aLateVisit, Random random) {
        PersonRecord r = child.record();
        String name = r.preferredName() != null ? r.preferredName() : r.givenName();
        int written = 0;
        written += write(child.id(), "PHONE_CALL", workday(referred).atTime(hour(random), minute(random)), "Call with the referrer",
                "Spoke with the referrer to understand the concern and what the family already know. Agreed to visit this week.", false,
                false, null, false, name, random);
        LocalDate assessmentVisit = workday(referred.plusDays(2 + random.nextInt(4)));
        if (!assessmentVisit.isBefore(today)) {
            return written;
        }
        written += write(child.id(), "HOME_VISIT", assessmentVisit.atTime(hour(random), minute(random)), "Assessment home visit",
                VISITS[random.nextInt(VISITS.length)], true, random.nextDouble() < 0.6 && age(r, assessmentVisit) >= 4,
                WISHES[random.nextInt(WISHES.length)], false, name, random);
        if (significantEvent && assessmentVisit.plusDays(1).isBefore(today)) {
            String[] event = SIGNIFICANT[random.nextInt(SIGNIFICANT.length)];
            written += write(child.id(), "OTHER", workday(assessmentVisit.plusDays(1)).atTime(hour(random), minute(random)), event[0], event[1],
                    false, false, null, true, name, random);
        }
        double plan = random.nextDouble();
        String rule = plan < 0.55 ? "T10" : plan < 0.75 ? "T9" : null;
        LocalDate end = today.minusDays(1);
        int intervalWorkingDays = "T9".equals(rule) ? 10 : 20;
        LocalDate from = workday(referred.plusDays("T9".equals(rule) ? 15 : 20 + random.nextInt(15)));
        String running = notes.visitClocks(child.id()).stream().map(c -> c.ruleId()).findFirst().orElse(null);
        if (running != null) {
            rule = running;
            intervalWorkingDays = "T9".equals(rule) ? 10 : 20;
        } else if (rule != null && from.isBefore(end)) {
            notes.startVisitingStandard(child.id(), rule, from);
        } else {
            rule = null;
            end = assessmentVisit.plusDays(40).isBefore(end) ? assessmentVisit.plusDays(40) : end;
        }
        LocalDate last = rule == null ? assessmentVisit : from;
        while (true) {
            boolean late = (aLateVisit && last.equals(from)) || random.nextDouble() < 0.12;
            int workingDays = late ? intervalWorkingDays + 2 + random.nextInt(8) : intervalWorkingDays / 2 + random.nextInt(intervalWorkingDays / 2 - 1);
            LocalDate visit = workday(last.plusDays(Math.round(workingDays * 1.4f)));
            for (int i = random.nextInt(3); i > 0; i--) {
                LocalDate between = workday(last.plusDays(1 + random.nextInt(Math.max(1, (int) (visit.toEpochDay() - last.toEpochDay())))));
                if (!between.isAfter(end)) {
                    written += other(child.id(), between, name, random);
                }
            }
            if (visit.isAfter(end)) {
                break;
            }
            boolean seen = random.nextDouble() < 0.94;
            written += write(child.id(), random.nextDouble() < 0.85 ? "HOME_VISIT" : "OFFICE_VISIT", visit.atTime(hour(random), minute(random)),
                    rule == null ? "Home visit" : ("T9".equals(rule) ? "Child protection visit" : "Child in need visit"),
                    seen ? VISITS[random.nextInt(VISITS.length)] : "Visited as planned but {name} was out with their dad; mum seen. Visit rearranged for this week.",
                    seen, seen && random.nextDouble() < 0.65 && age(r, visit) >= 4, seen && random.nextDouble() < 0.5 ? WISHES[random.nextInt(WISHES.length)] : null,
                    false, name, random);
            last = visit;
        }
        if (leaveADraft) {
            notes.startDraft(child.id(), new CaseNoteContent("HOME_VISIT", today.minusDays(1).atTime(15, 30), "Home visit",
                    "Saw " + name + " at home after school. Still to write up: what mum said about the new flat.", true, false, null, false));
        }
        return written;
    }

    private int other(UUID childId, LocalDate day, String name, Random random) {
        double kind = random.nextDouble();
        LocalDateTime at = day.atTime(hour(random), minute(random));
        if (random.nextDouble() < 0.06) {
            String[] event = SIGNIFICANT[random.nextInt(SIGNIFICANT.length)];
            return write(childId, "OTHER", at, event[0], event[1], false, false, null, true, name, random);
        }
        if (kind < 0.45) {
            return write(childId, "PHONE_CALL", at, "Phone call", CALLS[random.nextInt(CALLS.length)], false, false, null, false, name, random);
        }
        if (kind < 0.65) {
            return write(childId, "MEETING", at, "Meeting", MEETINGS[random.nextInt(MEETINGS.length)], false, false, null, random.nextDouble() < 0.1,
                    name, random);
        }
        if (kind < 0.8) {
            return write(childId, "EMAIL", at, "Email", EMAILS[random.nextInt(EMAILS.length)], false, false, null, false, name, random);
        }
        return write(childId, "DIRECT_WORK", at, "Direct work with " + name, DIRECT_WORK[random.nextInt(DIRECT_WORK.length)], true,
                random.nextBoolean(), WISHES[random.nextInt(WISHES.length)], false, name, random);
    }

    private int write(UUID childId, String type, LocalDateTime at, String title, String text, boolean seen, boolean alone, String wishes,
            boolean significant, String name, Random random) {
        CaseNoteContent content = new CaseNoteContent(type, at, title.replace("{name}", name),
                text.replace("{name}", name).replace("{n}", String.valueOf(82 + random.nextInt(17))), seen, seen && alone, wishes,
                significant);
        boolean visit = seen && ("HOME_VISIT".equals(type) || "OFFICE_VISIT".equals(type));
        CaseNoteDetails done;
        try {
            done = notes.record(childId, content, null, null);
        } catch (RuleViolationException e) {
            if (!visit || !e.fieldErrors().containsKey("lateReasonCode")) {
                throw e;
            }
            String[] late = LATE[random.nextInt(LATE.length)];
            done = notes.record(childId, content, late[0], late[1].replace("{name}", name));
        }
        if (random.nextDouble() < 0.04) {
            notes.append(done.id(), "Correction: the meeting mentioned above is now booked for next Tuesday at school.");
        }
        return 1;
    }

    /** Social workers of the safeguarding and family support teams, as the demo made them. */
    private List<String> workers() {
        List<String> found = new ArrayList<>();
        for (int team = 1; team <= 6; team++) {
            for (int n = 1; ; n++) {
                String username = "sfs" + team + ".worker" + n;
                if (staff.findByUsername(username).isEmpty()) {
                    break;
                }
                found.add(username);
            }
        }
        return found;
    }

    private static LocalDate workday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static int age(PersonRecord r, LocalDate on) {
        return r.dateOfBirth() == null ? 0 : java.time.Period.between(r.dateOfBirth(), on).getYears();
    }

    private static int hour(Random random) {
        return 9 + random.nextInt(8);
    }

    private static int minute(Random random) {
        return random.nextInt(12) * 5;
    }

    private static <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority(Role.SOCIAL_WORKER.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
