package io.paybridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository these tests check: its root, and each service's configuration as the modules and ./paybridge define it. */
final class Repository {

    /** The four Paybridge services and psp-sandbox, with their ports, as ./paybridge lists them. */
    static final List<String> SERVICES =
            List.of("checkout-service", "notification-ingest-service", "payout-service", "reconciliation-service");

    static final Path ROOT = findRoot();

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private Repository() {}

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("paybridge")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (with ./paybridge and deploy/) above " + Path.of("").toAbsolutePath());
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the service's module is in this checkout (reconciliation-service may not be yet). */
    static boolean moduleExists(String service) {
        return Files.isRegularFile(applicationProperties(service));
    }

    static Path applicationProperties(String service) {
        return path(service + "/src/main/resources/application.properties");
    }

    /** quarkus.http.port of the module. */
    static int configuredPort(String service) {
        Matcher port = Pattern.compile("(?m)^quarkus\\.http\\.port=(\\d+)$").matcher(read(applicationProperties(service)));
        if (!port.find()) {
            throw new IllegalStateException("no quarkus.http.port in " + applicationProperties(service));
        }
        return Integer.parseInt(port.group(1));
    }

    /**
     * The environment names a module reads: every {@code ${NAME...}} its application.properties refers to, and the
     * environment form of every property it sets (quarkus.http.port is QUARKUS_HTTP_PORT). For a module not in this
     * checkout, the names every present module reads.
     */
    static Set<String> configurationNames(String service) {
        if (!moduleExists(service)) {
            Set<String> all = new TreeSet<>();
            for (String other : SERVICES) {
                if (moduleExists(other)) {
                    all.addAll(configurationNames(other));
                }
            }
            return all;
        }
        Set<String> names = new TreeSet<>();
        for (String line : read(applicationProperties(service)).split("\n")) {
            if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            names.add(environmentForm(line.substring(0, line.indexOf('='))));
            Matcher reference = ENV_REFERENCE.matcher(line);
            while (reference.find()) {
                names.add(reference.group(1));
            }
        }
        return names;
    }

    /** MicroProfile Config's environment form of a property name. */
    static String environmentForm(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** ./paybridge, parsed: what it sets for each service. */
    static LocalStack localStack() {
        return LocalStack.parse(read(path("paybridge")));
    }

    /** A service of ./paybridge: its name, default port, the variable overriding the port, the environment it sets. */
    record StackService(String name, int port, String portVariable, Set<String> environment) {}

    /** The services ./paybridge starts and the environment names it gives each. */
    record LocalStack(Map<String, StackService> services) {

        private static final Pattern SERVICE_ROW = Pattern.compile("\"([a-z-]+)\\|([a-z-]+)\\|(\\d+)\\|([A-Z_]+)\"");
        private static final Pattern EXPORT = Pattern.compile("export ([A-Z][A-Z0-9_]*)=");
        private static final Pattern ASSIGNMENT = Pattern.compile("\\b([A-Z][A-Z0-9_]*)=\"");
        private static final Pattern CASE = Pattern.compile("(?m)^ {4}([a-z*][a-z-]*|\\*)\\)$");

        static LocalStack parse(String script) {
            Set<String> trustly = names(EXPORT, function(script, "export_trustly_settings"));
            Set<String> common = names(ASSIGNMENT, function(script, "start_service"));
            Map<String, Set<String>> cases = cases(function(script, "export_service_settings"), trustly);
            Map<String, StackService> services = new java.util.LinkedHashMap<>();
            Matcher row = SERVICE_ROW.matcher(script);
            while (row.find()) {
                String name = row.group(1);
                Set<String> environment = new TreeSet<>(common);
                environment.addAll(cases.getOrDefault(name, cases.getOrDefault("*", Set.of())));
                services.put(name, new StackService(name, Integer.parseInt(row.group(3)), row.group(4), environment));
            }
            if (services.isEmpty() || common.isEmpty() || trustly.isEmpty()) {
                throw new IllegalStateException("./paybridge no longer has the shape these tests read (SERVICES, start_service, export_trustly_settings)");
            }
            return new LocalStack(services);
        }

        private static String function(String script, String name) {
            int start = script.indexOf("\n" + name + "() {");
            if (start < 0) {
                throw new IllegalStateException("./paybridge has no function " + name);
            }
            int end = script.indexOf("\n}\n", start);
            return script.substring(start, end);
        }

        private static Set<String> names(Pattern pattern, String text) {
            Set<String> names = new TreeSet<>();
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The exports of each case of export_service_settings, by its label ("*" for every other service). */
        private static Map<String, Set<String>> cases(String body, Set<String> trustly) {
            List<java.util.regex.MatchResult> labels = CASE.matcher(body).results().toList();
            Map<String, Set<String>> cases = new java.util.HashMap<>();
            for (int i = 0; i < labels.size(); i++) {
                int end = i + 1 < labels.size() ? labels.get(i + 1).start() : body.length();
                String text = body.substring(labels.get(i).end(), end);
                Set<String> names = names(EXPORT, text);
                if (text.contains("export_trustly_settings")) {
                    names.addAll(trustly);
                }
                cases.put(labels.get(i).group(1), names);
            }
            return cases;
        }
    }
}
