package uk.org.beacon;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time unless a pathway scenario pins it to a day, so a
 * child's story can be told over months in one test and every "today" in Beacon follows it.
 */
public final class PinnedClock extends Clock {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Clock system = Clock.system(UK);
    private volatile Instant pinned;

    /** From now on, Beacon's "now" is this day at this time (UK), until {@link #release()}. */
    public void pin(LocalDate day, LocalTime time) {
        pinned = day.atTime(time).atZone(UK).toInstant();
    }

    public void release() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return UK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return pinned == null ? system.withZone(zone) : Clock.fixed(pinned, zone);
    }

    @Override
    public Instant instant() {
        Instant p = pinned;
        return p != null ? p : system.instant();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        PinnedClock pinnedClock() {
            return new PinnedClock();
        }
    }
}
