package io.paybridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

class PublishedVersionsTest {

    @Test
    void everyCurrentSchemaIsFrozenAsAPublishedVersion() {
        Set<Long> published = ContractSchemas.publishedByFullName().values().stream()
                .flatMap(List::stream)
                .map(SchemaNormalization::parsingFingerprint64)
                .collect(Collectors.toSet());

        for (Schema current : ContractSchemas.current()) {
            assertThat(published)
                    .as("%s changed: freeze it as the next vN.avsc under %s/%s and list it in index.txt",
                            current.getFullName(), ContractSchemas.PUBLISHED, current.getFullName())
                    .contains(SchemaNormalization.parsingFingerprint64(current));
        }
    }

    @Test
    void theIndexListsExactlyThePublishedFiles() throws IOException {
        List<String> index = Files.readAllLines(ContractSchemas.PUBLISHED.resolve("index.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();

        assertThat(index).containsExactlyInAnyOrderElementsOf(ContractSchemas.publishedPaths());
    }

    @Test
    void everyPublishedVersionLivesInTheFolderOfItsFullName() {
        for (String path : ContractSchemas.publishedPaths()) {
            Schema schema = ContractSchemas.parse(ContractSchemas.PUBLISHED.resolve(path));
            assertThat(path).matches(Pattern.quote(schema.getFullName()) + "/v[1-9][0-9]*\\.avsc");
        }
    }
}
