package uk.org.beacon;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Beacon: case management for children's social care. One deployable application whose
 * top-level packages are practice capabilities (Spring Modulith modules).
 */
@SpringBootApplication
@Modulithic(sharedModules = {"calendar", "codes", "web"})
@EnableAsync
public class BeaconApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BeaconApplication.class);
        application.addListeners((ApplicationEnvironmentPreparedEvent event) -> requireExplicitDatabase(event.getEnvironment()));
        application.run(args);
    }

    /**
     * Outside demo mode Beacon never falls back to the embedded database: a production
     * deployment that forgot its database settings must fail loudly at start-up.
     */
    static void requireExplicitDatabase(ConfigurableEnvironment environment) {
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
        String url = environment.getProperty("spring.datasource.url");
        if (!demo && (url == null || url.isBlank())) {
            throw new IllegalStateException(
                    "Beacon needs a PostgreSQL database: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                            + "SPRING_DATASOURCE_PASSWORD (or run the demo with the 'demo' profile, which uses an embedded database).");
        }
    }
}
