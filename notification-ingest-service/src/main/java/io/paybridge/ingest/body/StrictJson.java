package io.paybridge.ingest.body;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Reads a callback body as JSON strictly: a duplicate key, nesting deeper than {@value #MAX_DEPTH},
 * trailing content or anything that is not one JSON value is refused. A signature over a tree with
 * duplicate keys is ambiguous (which value did the signer mean?), so such a body is never accepted.
 */
public final class StrictJson {

    /** Trustly's deepest notification is envelope → params → data → attributes → value. */
    public static final int MAX_DEPTH = 16;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {
    }

    /** The tree of {@code body}; a {@link MalformedBodyException} names what is wrong without quoting the body. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new MalformedBodyException("the body is empty");
        }
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonNode tree = MAPPER.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw new MalformedBodyException("the body is not JSON");
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new MalformedBodyException("the body is nested deeper than " + MAX_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage();
            if (problem != null && problem.startsWith("Duplicate field")) {
                throw new MalformedBodyException("the body repeats a key" + where(e));
            }
            throw new MalformedBodyException("the body is not well-formed JSON" + where(e));
        } catch (IOException e) {
            throw new MalformedBodyException("the body could not be read");
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
