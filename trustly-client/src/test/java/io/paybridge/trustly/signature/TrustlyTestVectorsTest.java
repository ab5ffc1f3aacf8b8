package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import io.paybridge.trustly.jsonrpc.SignedPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 12 messages Trustly's TEST server signed (reference/vectors): each verifies with the published
 * TEST key over the JSON as received, and no longer verifies after any one-byte change to its signed part.
 */
class TrustlyTestVectorsTest {

    private static final SignatureVerifier TRUSTLY_TEST = new SignatureVerifier(
            TrustlyEnvironment.TEST.publishedPublicKey().orElseThrow());

    record Vector(int index, JsonNode rawJson, String plaintext, String signature) {
        boolean isNotification() {
            return rawJson.has("params");
        }

        @Override
        public String toString() {
            return "vector " + index + " (" + (isNotification() ? rawJson.get("method").asText() : "response") + ")";
        }
    }

    static List<Vector> vectors() throws IOException {
        try (InputStream in = TrustlyTestVectorsTest.class.getResourceAsStream("/trustly-test-signed.json")) {
            JsonNode all = JsonRpc.parse(in.readAllBytes());
            List<Vector> vectors = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                JsonNode v = all.get(i);
                vectors.add(new Vector(i, v.get("raw_json"), v.get("plaintext").asText(), v.get("signature").asText()));
            }
            return vectors;
        }
    }

    @Test
    void thereAreTwelve() throws IOException {
        assertThat(vectors()).hasSize(12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifiesWithTrustlysTestKeyOverTheTreeAsReceived(Vector vector) {
        SignedPart signed = signedPart(vector.rawJson());
        assertThat(Plaintext.text(signed.method(), signed.uuid(), signed.data())).isEqualTo(vector.plaintext());
        assertThat(signed.signature()).isEqualTo(vector.signature());
        assertThat(signed.verifiedBy(TRUSTLY_TEST)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void anyOneByteChangeToTheSignedPartFails(Vector vector) {
        // the outer error.code/message/name are not signed; a client reads the code from error.error.data
        JsonNode signedNode = vector.isNotification() ? vector.rawJson().get("params")
                : vector.rawJson().has("result") ? vector.rawJson().get("result") : vector.rawJson().get("error").get("error");
        String text = new String(JsonRpc.write(vector.rawJson()), StandardCharsets.UTF_8);
        String signedText = new String(JsonRpc.write(signedNode), StandardCharsets.UTF_8);
        int start = text.indexOf(signedText);
        assertThat(start).isNotNegative();
        List<Integer> accepted = IntStream.range(start, start + signedText.length())
                .filter(i -> acceptedAfterChange(text, i))
                .boxed().toList();
        assertThat(accepted).as("positions whose change still verified").isEmpty();
    }

    private static boolean acceptedAfterChange(String text, int position) {
        char original = text.charAt(position);
        for (char replacement : replacementsFor(original)) {
            String changed = text.substring(0, position) + replacement + text.substring(position + 1);
            JsonNode tree;
            try {
                tree = JsonRpc.parse(changed.getBytes(StandardCharsets.UTF_8));
                if (signedPart(tree).verifiedBy(TRUSTLY_TEST)) {
                    return true;
                }
            } catch (MalformedMessageException e) {
                // not parseable or not a message any more: rejected, which is what we want
            }
        }
        return false;
    }

    private static char[] replacementsFor(char original) {
        // a neighbour in the same character class keeps JSON well-formed as often as possible
        char neighbour = (char) (original == 'z' || original == 'Z' || original == '9' ? original - 1 : original + 1);
        return new char[] {neighbour, original == 'a' ? 'b' : 'a'};
    }

    private static SignedPart signedPart(JsonNode tree) {
        return tree.has("params") ? JsonRpc.readNotification(tree) : JsonRpc.readResponse(tree);
    }

}
