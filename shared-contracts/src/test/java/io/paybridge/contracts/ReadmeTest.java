package io.paybridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadmeTest {

    @Test
    void theTopicsTableMatchesTheCatalog() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("| `payments."))
                .toList();

        assertThat(rows).containsExactlyElementsOf(Topics.all().stream().map(ReadmeTest::row).toList());
    }

    private static String row(TopicSpec topic) {
        String types = topic.valueTypes().stream()
                .map(type -> "`" + type.getSimpleName() + "`")
                .collect(Collectors.joining(", "));
        return "| `" + topic.name() + "` | " + topic.key() + " | " + topic.partitions() + " | " + types + " |";
    }
}
