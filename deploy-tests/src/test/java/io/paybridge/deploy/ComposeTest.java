package io.paybridge.deploy;

import static io.paybridge.deploy.Yamls.at;
import static io.paybridge.deploy.Yamls.list;
import static io.paybridge.deploy.Yamls.map;
import static io.paybridge.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.Topics;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docker-compose.yml parsed (there is no Docker engine to run it here) and checked against each service's
 * configuration: its application.properties and what ./paybridge sets for it.
 */
class ComposeTest {

    private static final Map<String, Object> COMPOSE = Yamls.documents(Repository.read(Repository.path("docker-compose.yml"))).get(0);
    private static final Pattern EXPORTED = Pattern.compile("export ([A-Z][A-Z0-9_]*)=");
    private static final Pattern PORT_MAPPING = Pattern.compile("\\$\\{([A-Z_]+):-(\\d+)}:(\\d+)");

    /**
     * What ./paybridge sets but a container does not need: psp-sandbox has no Kafka client (./paybridge gives every
     * process the same Kafka address).
     */
    /** What ./paybridge gives every component but one does not use: psp-sandbox has no Kafka and is built without a trace exporter. */
    private static final Map<String, Set<String>> NOT_NEEDED =
            Map.of("psp-sandbox", Set.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"));

    static Set<String> stackServices() {
        return Repository.localStack().services().keySet();
    }

    @ParameterizedTest
    @MethodSource("stackServices")
    void everyServiceListensOnItsLocalStackPortOverridableByTheSameVariable(String name) {
        Repository.StackService stack = Repository.localStack().services().get(name);
        Map<String, Object> service = service(name);
        assertThat(string(service, "environment", "QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(stack.port()));
        assertThat(list(service.get("ports"))).hasSize(1);
        Matcher mapping = PORT_MAPPING.matcher(String.valueOf(list(service.get("ports")).get(0)));
        assertThat(mapping.matches()).as("%s publishes ${VAR:-port}:port", name).isTrue();
        assertThat(mapping.group(1)).isEqualTo(stack.portVariable());
        assertThat(mapping.group(2)).isEqualTo(String.valueOf(stack.port()));
        assertThat(mapping.group(3)).isEqualTo(String.valueOf(stack.port()));
        if (Repository.moduleExists(name)) {
            assertThat(Repository.configuredPort(name)).as("%s's quarkus.http.port", name).isEqualTo(stack.port());
        }
    }

    @ParameterizedTest
    @MethodSource("stackServices")
    void everyServiceGetsWhatThePaybridgeScriptSetsAndOnlyNamesItReads(String name) {
        Repository.StackService stack = Repository.localStack().services().get(name);
        Set<String> given = environmentNames(service(name));
        Set<String> required = new TreeSet<>(stack.environment());
        required.removeAll(NOT_NEEDED.getOrDefault(name, Set.of()));
        assertThat(given).as("%s gets every setting ./paybridge gives it", name).containsAll(required);

        Set<String> known = new TreeSet<>(stack.environment());
        known.addAll(Repository.configurationNames(name));
        for (String variable : given) {
            if (!variable.startsWith("QUARKUS_OTEL_")) { // Quarkus' own OpenTelemetry settings (the collector's address)
                assertThat(known).as("%s's %s is a name the service reads or ./paybridge sets", name, variable).contains(variable);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("stackServices")
    void everyServiceIsBuiltFromItsOwnNonRootJvmImage(String name) {
        Map<String, Object> service = service(name);
        String dockerfile = string(service, "build", "dockerfile");
        assertThat(dockerfile).isEqualTo("deploy/docker/" + name + ".Dockerfile");
        assertThat(string(service, "build", "context")).isEqualTo(".");
        String text = Repository.read(Repository.path(dockerfile));
        int port = Repository.localStack().services().get(name).port();
        assertThat(text)
                .contains("FROM eclipse-temurin:17-jre")
                .contains("COPY " + name + "/target/quarkus-app/lib/")
                .contains("EXPOSE " + port)
                .contains("quarkus-run.jar")
                .containsPattern("(?m)^USER [1-9][0-9]*");
        assertThat(text).doesNotContainPattern("(?i)(PASSWORD|SECRET|PRIVATE KEY)\\S*=");
        assertThat(service.get("read_only")).isEqualTo(true);
        assertThat(list(service.get("cap_drop"))).containsExactly("ALL");
    }

    @Test
    void everyServiceReachesTheStacksKafkaPostgresAndSandboxByTheirComposeNames() {
        Map<String, Object> services = map(COMPOSE.get("services"));
        assertThat(services).containsKeys("kafka", "postgres", "otel-collector", "jaeger", "psp-sandbox");
        for (String name : Repository.SERVICES) {
            Map<String, Object> environment = map(at(service(name), "environment"));
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(environment.get("QUARKUS_DATASOURCE_REACTIVE_URL")).isEqualTo("postgresql://postgres:5432/paybridge");
            assertThat(environment.get("PAYBRIDGE_TRUSTLY_ENVIRONMENT")).isEqualTo("sandbox");
            assertThat(environment.get("PAYBRIDGE_TRUSTLY_API_URL")).isEqualTo("http://psp-sandbox:8090/api/1");
            assertThat(String.valueOf(environment.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"))).startsWith("http://otel-collector:4317");
            environment.forEach((variable, value) -> {
                if (variable.endsWith("_FILE")) {
                    assertThat(String.valueOf(value)).as("%s's %s is in the keys volume", name, variable).startsWith("/keys/");
                }
            });
        }
        assertThat(string(service("kafka"), "image")).startsWith("apache/kafka:");
        assertThat(string(service("kafka"), "environment", "KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(string(service("kafka"), "environment", "KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://kafka:9092");
        assertThat(string(service("postgres"), "environment", "POSTGRES_DB")).isEqualTo("paybridge");
        assertThat(string(service("otel-collector"), "image")).startsWith("otel/opentelemetry-collector-contrib:");
        for (Object volume : list(at(service("otel-collector"), "volumes"))) {
            String source = String.valueOf(volume).split(":")[0];
            assertThat(source).startsWith("./deploy/compose/");
            assertThat(Files.isRegularFile(Repository.path(source.substring(2)))).as(source).isTrue();
        }
        String collector = Repository.read(Repository.path("deploy/compose/otel-collector.yaml"));
        assertThat(Yamls.documents(collector).get(0)).isNotEmpty();
        assertThat(collector).contains("jaeger:4317");
    }

    @Test
    void theTopicsJobCreatesEveryCatalogTopicWithItsPartitions() {
        String script = String.join(" ", list(at(service("kafka-topics"), "entrypoint")).stream().map(String::valueOf).toList());
        for (TopicSpec topic : Topics.all()) {
            assertThat(script).contains("--topic " + topic.name() + " --partitions " + topic.partitions() + " ");
            assertThat(script).contains("--topic " + topic.deadLetterTopic() + " --partitions 1 ");
        }
        assertThat(script.split("--create", -1)).hasSize(2 * Topics.all().size() + 1);
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = map(at(COMPOSE, "services", name));
        assertThat(service).as("docker-compose.yml has the service %s", name).isNotEmpty();
        return service;
    }

    /** The environment given in the file, and the names the entrypoint exports from the keys volume (the passwords). */
    private static Set<String> environmentNames(Map<String, Object> service) {
        Set<String> names = new TreeSet<>(map(service.get("environment")).keySet());
        Matcher exported = EXPORTED.matcher(String.join(" ", list(service.get("entrypoint")).stream().map(String::valueOf).toList()));
        while (exported.find()) {
            names.add(exported.group(1));
        }
        return names;
    }
}
