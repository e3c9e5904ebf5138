package uk.org.beacon.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.web.NotFoundException;

/**
 * The heading every page about a child shares: their name, date of birth and age, and the links
 * between the parts of their record. Read after the page's own access check, so not audited again.
 */
@Component
class CaseworkChild {

    private final People people;
    private final Clock clock;

    CaseworkChild(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    PersonBrief header(UUID childId, String active, Model model) {
        PersonBrief brief = people.briefs(List.of(childId)).get(childId);
        if (brief == null) {
            throw new NotFoundException("No such child");
        }
        model.addAttribute("child", brief);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("childAge", brief.dateOfBirth() == null || brief.dateOfBirth().isAfter(today) ? null
                : Period.between(brief.dateOfBirth(), today).getYears());
        model.addAttribute("childSection", active);
        return brief;
    }
}
