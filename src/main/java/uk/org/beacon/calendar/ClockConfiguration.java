package uk.org.beacon.calendar;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every "now" in Beacon comes from this clock (UK time), so tests can pin a date and any past
 * day's picture can be reproduced.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(UK);
    }
}
