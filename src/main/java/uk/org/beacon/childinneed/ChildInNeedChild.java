package uk.org.beacon.childinneed;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.web.NotFoundException;

/** The heading of this module's pages about a child: who they are, and the way back to their record. */
@Component
class ChildInNeedChild {

    private final People people;

    ChildInNeedChild(People people) {
        this.people = people;
    }

    PersonBrief header(UUID childId, Model model) {
        PersonBrief brief = people.briefs(List.of(childId)).get(childId);
        if (brief == null) {
            throw new NotFoundException("No such child");
        }
        model.addAttribute("child", brief);
        return brief;
    }
}
