package io.paybridge.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** The module's schema files as the source tree holds them: current under src/main/avro, frozen under schemas/published. */
final class ContractSchemas {

    static final Path CURRENT = Path.of("src/main/avro");
    static final Path PUBLISHED = Path.of("src/main/resources/schemas/published");

    private ContractSchemas() {}

    /** Every current top-level schema, each file parsed on its own. */
    static List<Schema> current() {
        return avscFiles(CURRENT).stream().map(ContractSchemas::parse).toList();
    }

    /** Every published .avsc file, relative to the published root. */
    static List<String> publishedPaths() {
        return avscFiles(PUBLISHED).stream()
                .map(path -> PUBLISHED.relativize(path).toString().replace('\\', '/'))
                .toList();
    }

    /** Every published version, grouped by full name. */
    static Map<String, List<Schema>> publishedByFullName() {
        return avscFiles(PUBLISHED).stream()
                .map(ContractSchemas::parse)
                .collect(Collectors.groupingBy(Schema::getFullName));
    }

    /** The generated class of a current top-level schema. */
    @SuppressWarnings("unchecked")
    static Class<? extends SpecificRecord> generatedClass(Schema schema) {
        return (Class<? extends SpecificRecord>) SpecificData.get().getClass(schema);
    }

    static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> avscFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".avsc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
