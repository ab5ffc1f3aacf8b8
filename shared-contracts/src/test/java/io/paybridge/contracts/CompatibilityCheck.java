package io.paybridge.contracts;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/** Avro's reader/writer compatibility of a current schema and a published version, checked in both directions. */
final class CompatibilityCheck {

    /** The combined verdict and a readable line per incompatibility found. */
    record Result(SchemaCompatibilityType type, List<String> incompatibilities) {}

    private CompatibilityCheck() {}

    /** COMPATIBLE only if the current schema reads the published one and the published one reads the current. */
    static Result bothWays(Schema current, Schema published) {
        List<String> found = new ArrayList<>();
        collect("reader current / writer published", current, published, found);
        collect("reader published / writer current", published, current, found);
        return new Result(
                found.isEmpty() ? SchemaCompatibilityType.COMPATIBLE : SchemaCompatibilityType.INCOMPATIBLE,
                List.copyOf(found));
    }

    private static void collect(String direction, Schema reader, Schema writer, List<String> found) {
        SchemaCompatibility.SchemaCompatibilityResult result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
        for (Incompatibility incompatibility : result.getIncompatibilities()) {
            found.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation() + ": "
                    + incompatibility.getMessage());
        }
        if (result.getCompatibility() != SchemaCompatibilityType.COMPATIBLE && result.getIncompatibilities().isEmpty()) {
            found.add(direction + ": " + result.getCompatibility());
        }
    }
}
