package uk.org.beacon.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;

/** The worker's case notes still in draft, newest first, for "my work" (drafts are only ever their author's). */
@Component
class CaseworkDrafts {

    private final JdbcClient jdbc;
    private final People people;

    CaseworkDrafts(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    List<MyWork.DraftNote> of(UUID staffId) {
        List<MyWork.DraftNote> drafts = jdbc.sql("""
                        SELECT id, child_id, title, saved_at FROM casework.case_note
                        WHERE author_id = :me AND status = 'DRAFT' ORDER BY saved_at DESC LIMIT 50
                        """)
                .param("me", staffId)
                .query((rs, i) -> new MyWork.DraftNote(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null, rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        Map<UUID, PersonBrief> children = people.briefs(drafts.stream().map(MyWork.DraftNote::childId).toList());
        return drafts.stream().map(d -> new MyWork.DraftNote(d.noteId(), d.childId(),
                children.containsKey(d.childId()) ? children.get(d.childId()).name() : null, d.title(), d.lastSaved())).toList();
    }
}
