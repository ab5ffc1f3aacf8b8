package io.paybridge.reconciliation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of each feature: a domain knows no REST, Kafka, database, PSP or contract types. */
@AnalyzeClasses(packages = "io.paybridge.reconciliation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchRule DOMAIN_IMPORTS_NO_INFRASTRUCTURE = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "org.apache.kafka..", "org.eclipse.microprofile.reactive.messaging..", "io.smallrye.reactive.messaging..",
                    "io.paybridge.trustly..", "io.paybridge.contracts..", "io.quarkus..", "io.vertx..")
            .because("STYLE.md: domain imports no REST, Kafka, REST-client or PSP types");

    // a method rather than a rule field: Surefire's -Dtest filter selects methods, and skips rule fields silently
    @ArchTest
    static void domainImportsNoInfrastructure(JavaClasses classes) {
        DOMAIN_IMPORTS_NO_INFRASTRUCTURE.check(classes);
    }
}
