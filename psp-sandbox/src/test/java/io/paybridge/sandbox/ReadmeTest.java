package io.paybridge.sandbox;

import io.paybridge.sandbox.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's canvas stays true: every endpoint, scenario and table the code has is in it. */
class ReadmeTest {

    private static final Path MODULE = Path.of(System.getProperty("user.dir"));

    @Test
    void listsEveryEndpoint() throws IOException {
        String readme = readme();
        for (String path : classLevelPaths()) {
            assertThat(readme).as("README mentions %s", path).contains(path);
        }
    }

    @Test
    void listsEveryScenario() throws IOException {
        String readme = readme();
        for (Scenario scenario : Scenario.values()) {
            assertThat(readme).as("README lists scenario %s", scenario.label()).contains("`" + scenario.label() + "`");
        }
    }

    @Test
    void listsEveryTable() throws IOException {
        String readme = readme();
        Pattern createTable = Pattern.compile("CREATE TABLE (\\w+)");
        try (Stream<Path> migrations = Files.list(MODULE.resolve("src/main/resources/db/psp-sandbox"))) {
            for (Path migration : migrations.toList()) {
                Matcher matcher = createTable.matcher(Files.readString(migration));
                while (matcher.find()) {
                    assertThat(readme).as("README lists table %s", matcher.group(1)).contains("`" + matcher.group(1) + "`");
                }
            }
        }
    }

    private static List<String> classLevelPaths() throws IOException {
        Pattern path = Pattern.compile("^@Path\\(\"([^\"]+)\"\\)", Pattern.MULTILINE);
        try (Stream<Path> sources = Files.walk(MODULE.resolve("src/main/java"))) {
            return sources.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                try {
                    Matcher matcher = path.matcher(Files.readString(file));
                    return matcher.results().map(result -> result.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static String readme() throws IOException {
        return Files.readString(MODULE.resolve("README.md"));
    }
}
