package uk.org.beacon.performance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import uk.org.beacon.SignedIn;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffDetails;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;

/** A fresh synthetic team (its own manager and workers) per test, so figures for it are known exactly. */
final class PerformanceTestData {

    private PerformanceTestData() {}

    record TestTeam(TeamSummary team, StaffSummary manager, StaffSummary first, StaffSummary second) {}

    static TestTeam team(Teams teams, Staff staff, String name) {
        String code = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return SignedIn.as("admin", "ADMINISTRATOR", () -> {
            UUID service = teams.services().get(0).id();
            TeamSummary team = teams.createTeam(service, code, name + " " + code);
            StaffSummary manager = staff.create(details(code + ".manager", "Manager " + code, team.id(), EnumSet.of(Role.TEAM_MANAGER)));
            StaffSummary first = staff.create(details(code + ".first", "First Worker " + code, team.id(), EnumSet.of(Role.SOCIAL_WORKER)));
            StaffSummary second = staff.create(details(code + ".second", "Second Worker " + code, team.id(), EnumSet.of(Role.SOCIAL_WORKER)));
            return new TestTeam(team, manager, first, second);
        });
    }

    private static StaffDetails details(String username, String name, UUID team, Set<Role> roles) {
        return new StaffDetails(username.toLowerCase(), name, null, "Social worker", null, team, roles, "not-used-password-2026", true);
    }

    static UUID child(People people, String given, String family) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, LocalDate.of(2016, 5, 4))).id());
    }

    static LocalDate workingDaysBefore(WorkingDays workingDays, LocalDate day, int n) {
        LocalDate d = day;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
