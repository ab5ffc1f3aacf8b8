package io.paybridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the Grafana dashboard read only metrics that exist: every {@code paybridge_*} series they query is
 * registered by the services' code (a Micrometer name in a string literal), so a renamed metric cannot silently empty an
 * alert; the framework's own series (HTTP server, Kafka client) are listed here by name.
 */
class MonitoringTest {

    private static final Path RULES = Repository.path("deploy/base/monitoring/prometheus-rules.yaml");
    private static final Path DASHBOARD = Repository.path("deploy/base/monitoring/grafana-dashboard.json");
    private static final Pattern SERIES = Pattern.compile("\\b((?:paybridge|kafka_consumer|http_server)_[a-z0-9_]+)");
    private static final Set<String> FRAMEWORK_SERIES = Set.of(
            "http_server_requests_seconds_count", // Quarkus' HTTP server metrics (quarkus-micrometer)
            "kafka_consumer_fetch_manager_records_lag_max"); // the Kafka client binder of quarkus-micrometer
    private static final List<String> SUFFIXES = List.of("_seconds_bucket", "_seconds_count", "_seconds_sum", "_total", "_bucket",
            "_count", "_sum", "");

    @Test
    void everyAlertHasASummaryAndASeverityAndEveryAlertAndPanelQueriesAMetricThatExists() {
        List<String> expressions = new ArrayList<>();
        Map<String, Object> rule = Yamls.documents(Repository.read(RULES)).get(0);
        assertThat(Yamls.string(rule, "kind")).isEqualTo("PrometheusRule");
        for (Map<String, Object> group : Yamls.maps(Yamls.map(Yamls.map(rule).get("spec")).get("groups"))) {
            for (Map<String, Object> alert : Yamls.maps(group.get("rules"))) {
                assertThat(Yamls.map(alert.get("labels"))).as("%s", alert.get("alert")).containsKey("severity");
                assertThat(Yamls.map(alert.get("annotations"))).as("%s", alert.get("alert")).containsKey("summary");
                expressions.add(Yamls.string(alert, "expr"));
            }
        }
        assertThat(expressions).hasSizeGreaterThan(10);
        // JSON is YAML: the dashboard parses with the same reader.
        Map<String, Object> dashboard = Yamls.documents(Repository.read(DASHBOARD)).get(0);
        for (Map<String, Object> panel : Yamls.maps(dashboard.get("panels"))) {
            Yamls.maps(panel.get("targets")).forEach(target -> expressions.add(Yamls.string(target, "expr")));
        }

        Set<String> series = new TreeSet<>();
        expressions.forEach(expression -> {
            Matcher matcher = SERIES.matcher(expression);
            while (matcher.find()) {
                series.add(matcher.group(1));
            }
        });
        String sources = mainSources();
        assertThat(series).as("the series the rules and the dashboard read").hasSizeGreaterThan(10);
        for (String name : series) {
            if (!FRAMEWORK_SERIES.contains(name)) {
                assertThat(registered(name, sources)).as("%s is registered by a service (a Micrometer name in main code)", name).isTrue();
            }
        }
    }

    @Test
    void theAlertsCoverPaymentFailuresAndWebhookDeliveryFailures() {
        String rules = Repository.read(RULES);
        assertThat(rules).contains("alert: PaybridgePaymentFailuresHigh", "alert: PaybridgeWebhookRejections",
                "alert: PaybridgeWebhookErrors", "alert: PaybridgePspErrors", "alert: PaybridgeDeadLetters");
    }

    /** Whether the Prometheus series {@code name} comes from a Micrometer meter whose name is a literal in main code. */
    private static boolean registered(String name, String sources) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                String dotted = base.replace('_', '.');
                String unit = suffix.startsWith("_seconds") ? ".seconds" : "";
                if (sources.contains('"' + dotted + '"') || sources.contains('"' + dotted + unit + '"')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String mainSources() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Repository.ROOT)) {
            files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/main/java/"))
                    .filter(file -> !file.toString().contains("/target/"))
                    .forEach(file -> all.append(Repository.read(file)).append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
