package uk.org.beacon.demodata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffDetails;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.InvolvementRecord;
import uk.org.beacon.person.NhsNumber;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.person.RelationshipRecord;
import uk.org.beacon.person.UniquePupilNumber;

/**
 * Builds a synthetic local authority through the modules' public entry points: its services and
 * teams (the seeds' shape), staff with every role, and households of children and adults with
 * relationships, siblings and half-siblings, addresses, identifiers and the professionals around
 * them. The same seed always builds the same authority. Never real people.
 */
@Component
public class DemoAuthority {

    public static final String DEMO_PASSWORD = "beacon-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAuthority.class);
    private static final int BATCH = 2000;
    /** Children sampled while the households are built, for the year of contacts. */
    private final List<DemoContacts.Child> contactChildren = new ArrayList<>();
    /** How many children to sample ({@link AuthoritySize#contactChildren()}). */
    private int contactChildrenWanted;

    /** A demo sign-in: who to be to try each role. */
    public record DemoSignIn(String username, String role, String where) {}

    private final Teams teams;
    private final DemoAssessments assessments;
    private final DemoCaseNotes caseNotes;
    private final Staff staff;
    private final People people;
    private final Families families;
    private final RecordAccess access;
    private final DemoContacts demoContacts;
    private final uk.org.beacon.frontdoor.Contacts contacts;
    private final DemoCasework demoCasework;
    private final DemoChronology demoChronology;
    private final DemoSafeguarding demoSafeguarding;
    private final DemoChildInNeed demoChildInNeed;
    private final DemoCensusFaults demoCensusFaults;
    private final DemoConferences demoConferences;
    private final DemoChildProtectionPlans demoChildProtectionPlans;
    private final Clock clock;
    /** The authority's DfE number ({@code beacon.la-number}), which issues the demo children's UPNs. */
    private final String laNumber;
    private final int threads;

    DemoAuthority(Teams teams, Staff staff, People people, Families families, RecordAccess access, DemoContacts demoContacts,
            DemoAssessments assessments, DemoCasework demoCasework, DemoCaseNotes caseNotes, DemoChronology demoChronology,
            DemoSafeguarding demoSafeguarding, DemoConferences demoConferences, DemoChildInNeed demoChildInNeed, DemoChildProtectionPlans demoChildProtectionPlans, DemoCensusFaults demoCensusFaults, Clock clock,
            uk.org.beacon.frontdoor.Contacts contacts,
            @Value("${beacon.la-number:201}") String laNumber, @Value("${beacon.demo.threads:4}") int threads) {
        this.laNumber = laNumber;
        this.threads = Math.max(1, threads);
        this.demoSafeguarding = demoSafeguarding;
        this.demoConferences = demoConferences;
        this.demoChildProtectionPlans = demoChildProtectionPlans;
        this.demoChildInNeed = demoChildInNeed;
        this.demoCensusFaults = demoCensusFaults;
        this.demoCasework = demoCasework;
        this.demoChronology = demoChronology;
        this.teams = teams;
        this.caseNotes = caseNotes;
        this.assessments = assessments;
        this.staff = staff;
        this.people = people;
        this.families = families;
        this.access = access;
        this.demoContacts = demoContacts;
        this.contacts = contacts;
        this.clock = clock;
    }

    public boolean exists() {
        return staff.findByUsername("admin").isPresent();
    }

    public List<DemoSignIn> signIns() {
        return List.of(
                new DemoSignIn("screener", "Front-door screener", "Multi-agency screening team"),
                new DemoSignIn("social.worker", "Social worker", "Safeguarding and Family Support 1"),
                new DemoSignIn("manager", "Team manager", "Safeguarding and Family Support 1"),
                new DemoSignIn("chair", "Child protection chair", "Child protection chairs"),
                new DemoSignIn("partner", "Early help lead professional", "Northgate Academy (partner agency)"),
                new DemoSignIn("quality", "Quality and performance officer", "Performance and quality"),
                new DemoSignIn("senior", "Senior leader (read only)", "Directorate"),
                new DemoSignIn("admin", "Administrator", "Performance and quality"));
    }

    /** Builds the authority. Returns how many people were created. */
    public int generate(AuthoritySize size, long seed) {
        Random random = new Random(seed);
        Phases phases = new Phases();
        Map<String, TeamSummary> teamsByCode = asSystem(this::structure);
        asSystem(() -> {
            staffFor(size, teamsByCode, random);
            return null;
        });
        phases.done("teams and staff");
        int created = as("admin", Set.of(Role.ADMINISTRATOR), () -> households(size, random));
        phases.done("households");
        as("manager", Set.of(Role.TEAM_MANAGER), () -> {
            restrictOne(random);
            recordSomeTwice();
            return null;
        });
        phases.done("restricted and duplicate records");
        List<DemoContacts.Child> children = List.copyOf(contactChildren);
        contactChildren.clear();
        int shares = size == AuthoritySize.SMALL ? 1 : threads;
        boolean nationalFlow = size.nationalFlow();
        as("screener", Set.of(Role.SCREENER), () -> DemoShares.run(shares, random,
                (share, r) -> demoContacts.generate(share.mine(children), share.cap(size.contactsPerYear()), r, share, nationalFlow)));
        phases.done("contacts");
        DemoShares.run(shares, new Random(seed + 5), (share, r) -> assessments.generate(share.mine(children), r, share, nationalFlow));
        phases.done("assessments");
        DemoShares.run(shares, new Random(seed + 6), (share, r) -> demoSafeguarding.generate(share.mine(children), r, share, size));
        phases.done("strategy discussions and section 47 enquiries");
        DemoShares.run(shares, new Random(seed + 4), (share, r) -> caseNotes.generate(share.mine(children), r, share, size));
        phases.done("case notes and visits");
        as("manager", Set.of(Role.TEAM_MANAGER), () -> DemoShares.run(shares, random,
                (share, r) -> demoCasework.generate(share.mine(children), r, share)));
        phases.done("casework");
        // a large authority's later phases need only the children referred in the year (the others have nothing to plan or close)
        List<DemoContacts.Child> referred = nationalFlow ? referred(children) : children;
        as("social.worker", Set.of(Role.SOCIAL_WORKER), () -> DemoShares.run(1, random,
                (share, r) -> demoChronology.generate(referred, r, size.scaled(DemoChronology.MOST))));
        phases.done("chronology");
        as("chair", Set.of(Role.CP_CHAIR), () -> DemoShares.run(shares, new Random(seed + 8), (share, r) -> demoConferences.generate(r, share)));
        phases.done("conferences");
        as("chair", Set.of(Role.CP_CHAIR), () -> DemoShares.run(shares, new Random(seed + 9),
                (share, r) -> demoChildProtectionPlans.generate(r, share, nationalFlow)));
        phases.done("child protection plans");
        as("social.worker", Set.of(Role.SOCIAL_WORKER), () -> DemoShares.run(nationalFlow ? shares : 1, new Random(seed + 7),
                (share, r) -> demoChildInNeed.generate(share.mine(referred), r, nationalFlow)));
        phases.done("child in need plans");
        as("social.worker", Set.of(Role.SOCIAL_WORKER), () -> demoCensusFaults.seed(referred, new Random(seed + 10)));
        asSystem(() -> {
            demoCensusFaults.finished(size, seed);
            return null;
        });
        phases.done("census faults seeded");
        return created;
    }

    /** The sampled children with a referral, in the sample's order. */
    private List<DemoContacts.Child> referred(List<DemoContacts.Child> children) {
        Set<UUID> ids = new java.util.HashSet<>();
        LocalDate today = LocalDate.now(clock);
        as("manager", Set.of(Role.TEAM_MANAGER), () -> contacts.referralsBetween(today.minusYears(2), today.plusDays(1)))
                .forEach(r -> ids.add(r.childId()));
        return children.stream().filter(c -> ids.contains(c.id())).toList();
    }

    /** How long each phase of the build took, logged as it ends (to see where a large authority's time goes). */
    private static final class Phases {
        private final long started = System.nanoTime();
        private long last = started;

        void done(String phase) {
            long now = System.nanoTime();
            log.info("Demo authority: {} built in {} s ({} s so far)", phase, (now - last) / 1_000_000_000L, (now - started) / 1_000_000_000L);
            last = now;
        }
    }

    private Map<String, TeamSummary> structure() {
        Map<String, List<String[]>> shape = new LinkedHashMap<>();
        shape.put("FRONT|Front door and assessment", List.of(new String[] {"MAST", "Multi-agency screening team"},
                new String[] {"IR1", "Initial Response 1"}, new String[] {"IR2", "Initial Response 2"}, new String[] {"IR3", "Initial Response 3"}));
        List<String[]> sfs = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            sfs.add(new String[] {"SFS" + i, "Safeguarding and Family Support " + i});
        }
        shape.put("SAFE|Safeguarding and family support", sfs);
        shape.put("CWD|Children with disabilities", List.<String[]>of(new String[] {"CWD", "Children with Disabilities"}));
        shape.put("LAC|Children in care", List.of(new String[] {"LAC1", "Looked After 1"}, new String[] {"LAC2", "Looked After 2"},
                new String[] {"LAC3", "Looked After 3"}));
        shape.put("EH|Early help", List.of(new String[] {"EH-NORTH", "Early Help North locality"}, new String[] {"EH-SOUTH", "Early Help South locality"},
                new String[] {"EH-EAST", "Early Help East locality"}, new String[] {"EH-WEST", "Early Help West locality"}));
        shape.put("QA|Quality, performance and reviewing", List.of(new String[] {"CPCHAIRS", "Child protection chairs"},
                new String[] {"PERF", "Performance and quality"}, new String[] {"DIRECTORATE", "Directorate"}));
        Map<String, TeamSummary> result = new LinkedHashMap<>();
        shape.forEach((service, list) -> {
            String[] s = service.split("\\|");
            UUID serviceId = teams.createService(s[0], s[1]).id();
            for (String[] t : list) {
                result.put(t[0], teams.createTeam(serviceId, t[0], t[1]));
            }
        });
        return result;
    }

    private void staffFor(AuthoritySize size, Map<String, TeamSummary> teamsByCode, Random random) {
        account("admin", "Alex Administrator", teamsByCode.get("PERF"), null, Set.of(Role.ADMINISTRATOR), true);
        account("screener", "Sam Screener", teamsByCode.get("MAST"), null, Set.of(Role.SCREENER), true);
        account("social.worker", "Jordan Social-Worker", teamsByCode.get("SFS1"), null, Set.of(Role.SOCIAL_WORKER), true);
        account("manager", "Morgan Manager", teamsByCode.get("SFS1"), null, Set.of(Role.TEAM_MANAGER), true);
        account("chair", "Casey Chair", teamsByCode.get("CPCHAIRS"), null, Set.of(Role.CP_CHAIR), true);
        account("partner", "Pat Partner", null, "Northgate Academy", Set.of(Role.PARTNER_LEAD_PROFESSIONAL), true);
        account("quality", "Quinn Quality", teamsByCode.get("PERF"), null, Set.of(Role.QUALITY_PERFORMANCE), true);
        account("senior", "Sidney Senior", teamsByCode.get("DIRECTORATE"), null, Set.of(Role.SENIOR_LEADER), true);
        for (TeamSummary team : teamsByCode.values()) {
            if (team.code().equals("PERF") || team.code().equals("DIRECTORATE")) {
                continue;
            }
            String prefix = team.code().toLowerCase();
            Role worker = team.code().equals("MAST") ? Role.SCREENER
                    : team.code().equals("CPCHAIRS") ? Role.CP_CHAIR
                    : Role.SOCIAL_WORKER;
            account(prefix + ".manager", personName(random), team, null, Set.of(Role.TEAM_MANAGER), false);
            for (int i = 1; i <= size.workersPerTeam(); i++) {
                account(prefix + ".worker" + i, personName(random), team, null, Set.of(worker), false);
            }
        }
    }

    private void account(String username, String name, TeamSummary team, String organisation, Set<Role> roles, boolean demoSignIn) {
        staff.create(new StaffDetails(username, name, username + "@demo.beacon.invalid", roles.iterator().next().label(), organisation,
                team == null ? null : team.id(), EnumSet.copyOf(roles), demoSignIn ? DEMO_PASSWORD : null, true));
    }

    private static String personName(Random random) {
        DemoNames.Group g = DemoNames.group(random);
        return DemoNames.pick(random, random.nextBoolean() ? g.girls() : g.boys()) + " " + DemoNames.pick(random, g.surnames());
    }

    /**
     * Households until the child population is reached; returns the number of people created. The
     * people are made up in batches on this thread (one random stream); a large authority's batches
     * are written to the register on the share threads while the next ones are made up.
     */
    private int households(AuthoritySize size, Random random) {
        LocalDate today = LocalDate.now(clock);
        UUID partnerId = staff.findByUsername("partner").map(StaffSummary::id).orElse(null);
        int children = 0;
        int[] serial = {0, 0}; // NHS number serial, UPN serial
        List<PersonRecord> pending = new ArrayList<>();
        List<int[]> pendingLinks = new ArrayList<>(); // {index of person, index of relative, relationship ordinal}
        List<String> linkTypes = new ArrayList<>();
        List<Integer> childIndexes = new ArrayList<>();
        List<String> childSchools = new ArrayList<>();
        int writers = size == AuthoritySize.SMALL ? 1 : threads;
        contactChildrenWanted = size.contactChildren();
        HouseholdWriter writer = new HouseholdWriter(writers);
        try {
            while (children < size.children()) {
                DemoNames.Group g = DemoNames.group(random);
                String surname = DemoNames.pick(random, g.surnames());
                PersonRecord.AddressLines address = address(random);
                int base = pending.size();
                int motherAge = 20 + random.nextInt(22);
                pending.add(adult(g, DemoNames.pick(random, g.girls()), surname, "F", today.minusYears(motherAge).minusDays(random.nextInt(365)), address, random, serial));
                boolean father = random.nextDouble() < 0.6;
                if (father) {
                    pending.add(adult(g, DemoNames.pick(random, g.boys()), surname, "M", today.minusYears(motherAge + random.nextInt(6)).minusDays(random.nextInt(365)), address, random, serial));
                }
                int kids = 1 + random.nextInt(random.nextDouble() < 0.3 ? 5 : 3);
                List<Integer> siblings = new ArrayList<>();
                for (int k = 0; k < kids && children < size.children(); k++) {
                    boolean halfSibling = father && k > 0 && random.nextDouble() < 0.15;
                    String childSurname = halfSibling ? DemoNames.pick(random, g.surnames()) : surname;
                    int idx = pending.size();
                    boolean unborn = random.nextDouble() < 0.015;
                    pending.add(child(g, childSurname, today, unborn, address, random, serial));
                    children++;
                    childIndexes.add(idx);
                    childSchools.add(DemoNames.pick(random, DemoNames.SCHOOLS));
                    pendingLinks.add(new int[] {idx, base});
                    linkTypes.add("MOTHER");
                    if (father && !halfSibling) {
                        pendingLinks.add(new int[] {idx, base + 1});
                        linkTypes.add("FATHER");
                    }
                    for (Integer s : siblings) {
                        pendingLinks.add(new int[] {idx, s});
                        linkTypes.add(halfSibling || pending.get(s).familyName().equals(childSurname) ? (halfSibling ? "HALF_SIBLING" : "SIBLING") : "HALF_SIBLING");
                    }
                    siblings.add(idx);
                }
                if (pending.size() >= BATCH || children >= size.children()) {
                    writer.write(batch(pending, pendingLinks, linkTypes, childIndexes, childSchools, partnerId, writer.batches() == 0, random));
                    pending = new ArrayList<>();
                    pendingLinks = new ArrayList<>();
                    linkTypes = new ArrayList<>();
                    childIndexes = new ArrayList<>();
                    childSchools = new ArrayList<>();
                }
            }
            return writer.finish();
        } finally {
            writer.close();
        }
    }

    /** One batch of people made up: the records, their relationships and, by the child's place in the batch, the professionals around them. */
    private record HouseholdBatch(List<PersonRecord> records, List<int[]> links, List<String> types, List<Integer> childIndexes,
            List<InvolvementRecord> gps, List<InvolvementRecord> schools) {}

    /** Makes up the professionals around a batch's children (drawing from the random stream as the batch is made). */
    private HouseholdBatch batch(List<PersonRecord> records, List<int[]> links, List<String> types, List<Integer> childIndexes,
            List<String> schools, UUID partnerId, boolean first, Random random) {
        List<InvolvementRecord> gps = new ArrayList<>(childIndexes.size());
        List<InvolvementRecord> dsls = new ArrayList<>(childIndexes.size());
        for (int i = 0; i < childIndexes.size(); i++) {
            PersonRecord r = records.get(childIndexes.get(i));
            String school = schools.get(i);
            boolean partnerLinked = first && i < 12 && partnerId != null;
            gps.add(r.dateOfBirth() == null ? null : new InvolvementRecord("GP", DemoNames.pick(random, DemoNames.GP_PRACTICES),
                    "Dr " + DemoNames.pick(random, DemoNames.GROUPS.get(0).surnames()), "01632 960" + String.format("%03d", random.nextInt(1000)), null, null, null));
            dsls.add(r.upn() != null || partnerLinked ? new InvolvementRecord("DSL", partnerLinked ? "Northgate Academy" : school,
                    partnerLinked ? "Pat Partner" : null, null, null, partnerLinked ? partnerId : null, null) : null);
        }
        return new HouseholdBatch(records, links, types, childIndexes, gps, dsls);
    }

    /** Registers a batch: the people, their relationships and involvements; returns the people's identifiers in the batch's order. */
    private List<UUID> register(HouseholdBatch b) {
        List<UUID> ids = people.registerAll(b.records());
        List<Families.NewRelationship> relationships = new ArrayList<>(b.links().size());
        for (int i = 0; i < b.links().size(); i++) {
            int[] l = b.links().get(i);
            String type = b.types().get(i);
            relationships.add(new Families.NewRelationship(ids.get(l[0]),
                    new RelationshipRecord(ids.get(l[1]), type, type.equals("MOTHER") || type.equals("FATHER"), null)));
        }
        families.relateAll(relationships);
        List<Families.NewInvolvement> involvements = new ArrayList<>();
        for (int i = 0; i < b.childIndexes().size(); i++) {
            UUID child = ids.get(b.childIndexes().get(i));
            if (b.gps().get(i) != null) {
                involvements.add(new Families.NewInvolvement(child, b.gps().get(i)));
            }
            if (b.schools().get(i) != null) {
                involvements.add(new Families.NewInvolvement(child, b.schools().get(i)));
            }
        }
        families.involveAll(involvements);
        return ids;
    }

    /**
     * Writes the batches: on this thread one by one, or on the share threads while the next batches
     * are made up (at most two waiting per thread). The children for the year's contacts are sampled
     * from the batches in the order they were made.
     */
    private final class HouseholdWriter implements AutoCloseable {

        private final java.util.concurrent.ExecutorService pool;
        private final java.util.concurrent.Semaphore room;
        private final List<HouseholdBatch> batches = new ArrayList<>();
        private final List<java.util.concurrent.Future<List<UUID>>> written = new ArrayList<>();
        private int created;

        HouseholdWriter(int threads) {
            this.pool = threads <= 1 ? null : java.util.concurrent.Executors.newFixedThreadPool(threads);
            this.room = new java.util.concurrent.Semaphore(Math.max(1, threads) * 3);
        }

        int batches() {
            return batches.size();
        }

        void write(HouseholdBatch batch) {
            batches.add(batch);
            if (pool == null) {
                List<UUID> ids = register(batch);
                DemoContacts.sample(ids, batch.records(), batch.childIndexes(), contactChildrenWanted, contactChildren);
                created += ids.size();
                log.info("Demo authority: {} people so far", created);
                return;
            }
            room.acquireUninterruptibly();
            SecurityContext caller = SecurityContextHolder.getContext();
            written.add(pool.submit(() -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(caller.getAuthentication());
                SecurityContextHolder.setContext(context);
                try {
                    List<UUID> ids = register(batch);
                    log.info("Demo authority: {} more people registered", ids.size());
                    return ids;
                } finally {
                    SecurityContextHolder.clearContext();
                    room.release();
                }
            }));
        }

        int finish() {
            if (pool == null) {
                return created;
            }
            for (int i = 0; i < written.size(); i++) {
                try {
                    List<UUID> ids = written.get(i).get();
                    DemoContacts.sample(ids, batches.get(i).records(), batches.get(i).childIndexes(), contactChildrenWanted, contactChildren);
                    created += ids.size();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException("Registering demo people failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while registering demo people", e);
                }
            }
            return created;
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private PersonRecord adult(DemoNames.Group g, String given, String surname, String sex, LocalDate dob, PersonRecord.AddressLines address,
            Random random, int[] serial) {
        return new PersonRecord("ADULT", given, null, surname, null, List.of(), dob, null, sex, null, g.ethnicity(), g.religion(),
                g.language(), !"eng".equals(g.language()) && random.nextDouble() < 0.3, Set.of(), null, null, null,
                random.nextDouble() < 0.8 ? nhsNumber(serial) : null, null, address);
    }

    private PersonRecord child(DemoNames.Group g, String surname, LocalDate today, boolean unborn, PersonRecord.AddressLines address,
            Random random, int[] serial) {
        if (unborn) {
            return new PersonRecord("UNBORN", null, null, surname, null, List.of(), null, today.plusDays(14 + random.nextInt(200)), "U", null,
                    g.ethnicity(), null, null, false, Set.of(), null, null, "UN6", null, null, address);
        }
        boolean girl = random.nextBoolean();
        LocalDate dob = today.minusDays(random.nextInt(18 * 365));
        int age = today.getYear() - dob.getYear();
        String upn = null;
        String upnUnknown = null;
        if (age >= 5 && age <= 16 && random.nextDouble() < 0.9) {
            serial[1]++;
            upn = UniquePupilNumber.withCheckLetter(laNumber + String.format("%08d", serial[1]) + random.nextInt(10));
        } else if (age < 5) {
            upnUnknown = "UN1";
        }
        Set<String> disabilities = random.nextDouble() < 0.08 ? Set.of(DemoNames.pick(random, List.of("LD", "AUT", "COMM", "BEH", "MOB", "HEAR", "VIS", "PC")))
                : random.nextDouble() < 0.7 ? Set.of("NONE") : Set.of();
        String preferred = random.nextDouble() < 0.05 ? DemoNames.pick(random, girl ? g.girls() : g.boys()) : null;
        return new PersonRecord("CHILD", DemoNames.pick(random, girl ? g.girls() : g.boys()), null, surname, preferred, List.of(), dob, null,
                girl ? "F" : "M", null, g.ethnicity(), g.religion(), g.language(), false, disabilities, upn, null, upnUnknown,
                random.nextDouble() < 0.95 ? nhsNumber(serial) : null, null, address);
    }

    /** Synthetic NHS numbers from the 999 range the NHS sets aside for testing. */
    private static String nhsNumber(int[] serial) {
        while (true) {
            serial[0]++;
            String nine = "999" + String.format("%06d", serial[0]);
            try {
                return NhsNumber.withCheckDigit(nine);
            } catch (IllegalArgumentException checkDigitWouldBeTen) {
                // that serial cannot make a valid number; take the next
            }
        }
    }

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static PersonRecord.AddressLines address(Random random) {
        String street = DemoNames.pick(random, DemoNames.STREETS) + " " + DemoNames.pick(random, DemoNames.STREET_KINDS);
        String postcode = "DM" + (1 + random.nextInt(15)) + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length())) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
        return new PersonRecord.AddressLines((1 + random.nextInt(180)) + " " + street, null, DemoNames.pick(random, DemoNames.TOWNS), postcode,
                null);
    }

    private void restrictOne(Random random) {
        var matches = people.search(new uk.org.beacon.person.SearchCriteria("Smith", null, null, null, null));
        matches.stream().filter(m -> "CHILD".equals(m.kind())).findFirst().ifPresent(m -> {
            UUID worker = staff.findByUsername("social.worker").map(StaffSummary::id).orElseThrow();
            access.restrict(m.id(), "Demo: a member of staff is related to this family", Set.of(worker));
        });
    }

    /**
     * A few children recorded a second time, as happens at a busy front door: the family name
     * misheard by one vowel, no NHS number or UPN, same birthday and address. They give the
     * duplicate records page something to find and a manager something to merge.
     */
    private void recordSomeTwice() {
        List<PersonRecord> twice = new ArrayList<>();
        people.search(new uk.org.beacon.person.SearchCriteria(null, null, null, null, "DM1")).stream()
                .filter(m -> "CHILD".equals(m.kind()) && !m.restricted())
                .limit(3)
                .map(m -> people.open(m.id()))
                .forEach(d -> {
                    var home = d.currentAddress();
                    twice.add(new PersonRecord("CHILD", d.givenName(), null, misheard(d.familyName()), null, List.of(), d.dateOfBirth(), null,
                            d.legalSex(), null, d.ethnicity(), null, null, false, Set.of(), null, null, null, null, null,
                            home == null ? null : new PersonRecord.AddressLines(home.line1(), home.line2(), home.town(), home.postcode(), null)));
                });
        if (!twice.isEmpty()) {
            people.registerAll(twice);
        }
    }

    /** The last vowel after the first letter changed (Smith to Smyth), which leaves the name sounding the same. */
    private static String misheard(String familyName) {
        String swaps = "aeiou";
        String into = "eayao";
        for (int i = familyName.length() - 1; i > 0; i--) {
            int v = swaps.indexOf(familyName.charAt(i));
            if (v >= 0) {
                return familyName.substring(0, i) + into.charAt(v) + familyName.substring(i + 1);
            }
        }
        return familyName + "e";
    }

    private <T> T asSystem(Supplier<T> work) {
        return runAs(new UsernamePasswordAuthenticationToken("system", null, List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))), work);
    }

    private <T> T as(String username, Set<Role> roles, Supplier<T> work) {
        return runAs(new UsernamePasswordAuthenticationToken(username, null, roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()), work);
    }

    private static <T> T runAs(UsernamePasswordAuthenticationToken token, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
