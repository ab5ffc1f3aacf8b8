package io.paybridge.contracts.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;

/** Every published schema version, by fingerprint, loaded from the classpath index {@value #INDEX}. */
final class PublishedSchemas implements SchemaStore {

    static final String ROOT = "schemas/published/";
    static final String INDEX = ROOT + "index.txt";

    private final Map<Long, Schema> byFingerprint;

    PublishedSchemas(Collection<Schema> schemas) {
        Map<Long, Schema> map = new HashMap<>();
        for (Schema schema : schemas) {
            map.put(SchemaNormalization.parsingFingerprint64(schema), schema);
        }
        this.byFingerprint = Map.copyOf(map);
    }

    /** Loads the schemas the index lists, each path relative to {@value #ROOT}, each file parsed on its own. */
    static PublishedSchemas fromClasspath(ClassLoader loader) {
        return new PublishedSchemas(readIndex(loader).stream().map(path -> parse(loader, path)).toList());
    }

    Optional<Schema> find(long fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    boolean contains(Schema schema) {
        return byFingerprint.containsKey(SchemaNormalization.parsingFingerprint64(schema));
    }

    @Override
    public Schema findByFingerprint(long fingerprint) {
        return byFingerprint.get(fingerprint);
    }

    private static List<String> readIndex(ClassLoader loader) {
        try (InputStream in = open(loader, INDEX);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }
    }

    private static Schema parse(ClassLoader loader, String path) {
        try (InputStream in = open(loader, ROOT + path)) {
            Schema schema = new Schema.Parser().parse(in);
            if (!path.startsWith(schema.getFullName() + "/")) {
                throw new IllegalStateException(ROOT + path + " holds " + schema.getFullName()
                        + "; a published schema lives in the folder named after its full name");
            }
            return schema;
        } catch (SchemaParseException e) {
            throw new IllegalStateException("Invalid published schema " + ROOT + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read published schema " + ROOT + path, e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        return in;
    }
}
