package io.paybridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    @Test
    void everyCurrentSchemaIsCompatibleBothWaysWithEveryPublishedVersion() {
        Map<String, List<Schema>> published = ContractSchemas.publishedByFullName();

        for (Schema current : ContractSchemas.current()) {
            List<Schema> versions = published.getOrDefault(current.getFullName(), List.of());
            assertThat(versions).as("published versions of %s", current.getFullName()).isNotEmpty();
            for (Schema version : versions) {
                CompatibilityCheck.Result result = CompatibilityCheck.bothWays(current, version);
                assertThat(result.type())
                        .as("%s against a published version: %s", current.getFullName(), result.incompatibilities())
                        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }
}
