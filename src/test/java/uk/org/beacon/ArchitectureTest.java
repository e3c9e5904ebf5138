package uk.org.beacon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** House rules the compiler cannot enforce. */
class ArchitectureTest {

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.org.beacon");

    @Test
    void everyNowComesFromTheInjectedClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("every 'now' comes from the injected java.time.Clock, so tests can pin dates and any day can be reproduced")
                .check(main);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).because("dependencies are passed to constructors").check(main);
    }

    @Test
    void noPlumbingNames() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Processor")
                .because("names speak practice, not plumbing")
                .check(main);
    }

    @Test
    void practiceModulesDoNotUseEachOthersTables() {
        noClasses().that().resideInAPackage("uk.org.beacon.demodata..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("the demo authority is built through the modules' public entry points")
                .check(main);
    }
}
