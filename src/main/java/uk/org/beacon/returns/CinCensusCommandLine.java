package uk.org.beacon.returns;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The CIN census from the command line, for a scheduled job:
 * {@code java -jar beacon.jar --beacon.returns.cin-census.year=2026 --beacon.returns.cin-census.output=/path/cin-2026.xml}
 * (with the usual datasource settings). Naming an output starts Beacon without its web server
 * (the environment post-processor, registered in {@code META-INF/spring.factories}), makes the file
 * ({@link CinCensusCommand}) and exits with its code.
 */
class CinCensusCommandLine implements EnvironmentPostProcessor {

    static final String OUTPUT = "beacon.returns.cin-census.output";
    static final String YEAR = "beacon.returns.cin-census.year";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(OUTPUT)) {
            environment.getPropertySources().addLast(new MapPropertySource("cin-census-command-line",
                    Map.of("spring.main.web-application-type", "none", "spring.main.banner-mode", "off")));
        }
    }

    /** Runs the command once the application has started, then ends the process with the command's exit code. */
    @Component
    @ConditionalOnProperty(OUTPUT)
    static class Runner implements ApplicationRunner {

        private final CinCensusCommand command;
        private final ConfigurableApplicationContext context;
        private final String output;
        private final String year;

        Runner(CinCensusCommand command, ConfigurableApplicationContext context, org.springframework.core.env.Environment environment) {
            this.command = command;
            this.context = context;
            this.output = environment.getProperty(OUTPUT);
            this.year = environment.getProperty(YEAR, "");
        }

        @Override
        public void run(ApplicationArguments args) {
            int code = command.run(year, Path.of(output), System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
