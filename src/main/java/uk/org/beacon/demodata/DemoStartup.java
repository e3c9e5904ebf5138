package uk.org.beacon.demodata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In demo mode: builds the demo authority once (kept under ./data) and prints the demo sign-ins. */
@Component
@Profile("demo")
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoAuthority authority;
    private final String size;
    private final long seed;
    private final int port;

    DemoStartup(DemoAuthority authority, @Value("${beacon.demo.size:small}") String size, @Value("${beacon.demo.seed:20261123}") long seed,
            @Value("${server.port:8080}") int port) {
        this.authority = authority;
        this.size = size;
        this.seed = seed;
        this.port = port;
    }

    /** First of the listeners for a started Beacon, so those after it (the scorecard warm-up) see the demo authority. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void ready() {
        if (!authority.exists()) {
            long start = System.nanoTime();
            log.warn("DEMO MODE: building the '{}' demo authority (seed {})…", size, seed);
            int people = authority.generate(AuthoritySize.parse(size), seed);
            log.warn("DEMO MODE: demo authority built: {} people in {} s", people, (System.nanoTime() - start) / 1_000_000_000L);
        }
        StringBuilder banner = new StringBuilder("\n\n==================== BEACON DEMO MODE – synthetic data only ====================\n");
        banner.append("Open http://localhost:").append(port).append("/ and sign in as one of these (password: ")
                .append(DemoAuthority.DEMO_PASSWORD).append("):\n");
        for (DemoAuthority.DemoSignIn s : authority.signIns()) {
            banner.append(String.format("  %-15s %-34s %s%n", s.username(), s.role(), s.where()));
        }
        banner.append("API docs: http://localhost:").append(port).append("/api-docs  (HTTP Basic with the same accounts)\n");
        banner.append("=================================================================================\n");
        log.warn(banner.toString());
    }
}
