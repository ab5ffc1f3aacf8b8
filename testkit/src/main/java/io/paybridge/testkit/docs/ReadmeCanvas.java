package io.paybridge.testkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's README canvas must list, read from the module's sources: its REST paths and the
 * tables its migrations create. A service's ReadmeTest checks the README against these.
 */
public final class ReadmeCanvas {

    private static final Pattern CLASS_PATH = Pattern.compile("^@Path\\(\"([^\"]+)\"\\)", Pattern.MULTILINE);
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+)");

    private final Path module;

    private ReadmeCanvas(Path module) {
        this.module = module;
    }

    /** The canvas of the module the tests run in (Maven runs tests in the module's directory). */
    public static ReadmeCanvas ofCurrentModule() {
        return new ReadmeCanvas(Path.of(System.getProperty("user.dir")));
    }

    /** The module's README text. */
    public String readme() {
        return read(module.resolve("README.md"));
    }

    /** Every class-level {@code @Path} of the module's main sources. */
    public List<String> endpoints() {
        return matchesIn(module.resolve("src/main/java"), ".java", CLASS_PATH);
    }

    /** Every table created by the migrations under {@code src/main/resources/<migrations>}. */
    public List<String> tables(String migrations) {
        return matchesIn(module.resolve("src/main/resources").resolve(migrations), ".sql", CREATE_TABLE);
    }

    private static List<String> matchesIn(Path root, String suffix, Pattern pattern) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted()
                    .flatMap(file -> pattern.matcher(read(file)).results().map(result -> result.group(1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
