package uk.org.beacon.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.childinneed.ChildInNeedPlanEnded;
import uk.org.beacon.childinneed.ChildInNeedPlanStarted;
import uk.org.beacon.childinneed.EpisodeClosed;
import uk.org.beacon.childinneed.PlanEndReason;

class ChildInNeedChronologyTest extends BeaconIntegrationTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void aChildInNeedPlansStartAndEndAndTheEpisodesClosureAreInTheChronology() {
        ChronologyTestSupport support = new ChronologyTestSupport(events, transactions, jdbc);
        UUID child = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        LocalDate start = LocalDate.of(2026, 6, 1);
        support.publish(new ChildInNeedPlanStarted(plan, child, episode, UUID.randomUUID(), start, null));
        support.publish(new ChildInNeedPlanEnded(plan, child, episode, start, start.plusMonths(4), PlanEndReason.NEEDS_MET, null, null));
        support.publish(new EpisodeClosed(episode, child, start.minusMonths(2), start.plusMonths(4), "RC7", "Services ended", null, null));

        assertThat(support.awaitEntry("childinneed", plan, EntryType.CHILD_IN_NEED_PLAN)).isEqualTo(1);
        UUID ending = UUID.nameUUIDFromBytes(("child-in-need-plan-ended:" + plan).getBytes(StandardCharsets.UTF_8));
        assertThat(support.awaitEntry("childinneed", ending, EntryType.CHILD_IN_NEED_PLAN)).isEqualTo(1);
        assertThat(support.awaitEntry("childinneed", episode, EntryType.EPISODE)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT title FROM chronology.entry WHERE source_id = :s").param("s", episode).query(String.class).single())
                .isEqualTo("Episode of need closed (RC7)");
    }
}
