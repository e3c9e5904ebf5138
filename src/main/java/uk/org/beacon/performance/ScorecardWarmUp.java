package uk.org.beacon.performance;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.SystemActor;

/**
 * When Beacon has started (and, in demo mode, built its demo authority), computes the authority's
 * board once in the background and throws the figures away. That compiles the engine's code in
 * the JVM and opens the database's catalogue and pages on the pool's connections, so the first
 * person to open the board after a restart does not pay for it. Nothing computed here is kept or
 * shown: every board is still computed when it is asked for. Off with
 * {@code beacon.performance.warm-up=false}.
 */
@Component
class ScorecardWarmUp {

    /** The name the warm-up acts under (not a member of staff); it reads figures only, never a child's record. */
    static final String ACTOR = "scorecard-warm-up";
    private static final Logger log = LoggerFactory.getLogger(ScorecardWarmUp.class);

    private final Scorecards scorecards;
    private final boolean enabled;

    ScorecardWarmUp(Scorecards scorecards, @Value("${beacon.performance.warm-up:true}") boolean enabled) {
        this.scorecards = scorecards;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                log.warn("Scorecard warm-up did not finish: {}", e.getMessage());
            }
        }, "scorecard-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Computes the authority's board for today as a senior leader would see it; returns how many measures it computed. */
    int run() {
        return SystemActor.runAs(ACTOR, Role.SENIOR_LEADER, () -> {
            long started = System.nanoTime();
            List<MeasureResult> board = scorecards.scorecard(Level.authority(), scorecards.today(), null);
            log.info("Scorecard warm-up: the board's {} measures computed in {} ms (not kept)", board.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return board.size();
        });
    }
}
