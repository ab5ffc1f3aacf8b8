package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changing any byte of method, uuid, data or signature makes verification fail; keys never leak through messages. */
class SignatureTamperingTest {

    private static final KeyPair PAIR = PemKeys.generate();
    private static final RsaSha1Signer SIGNER = new RsaSha1Signer(PAIR.getPrivate());
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(PAIR.getPublic());
    private static final String METHOD = "credit";
    private static final String UUID = "8e0a7b1c-0000-4000-8000-000000000002";
    private static final String DATA = "{\"amount\":\"20.00\",\"currency\":\"SEK\",\"orderid\":\"3931155141\",\"attributes\":{\"x\":null}}";
    private static final String SIGNATURE = SIGNER.sign(METHOD, UUID, tree(DATA));

    @Test
    void theUntouchedMessageVerifies() {
        assertThat(VERIFIER.verify(METHOD, UUID, tree(DATA), SIGNATURE)).isTrue();
    }

    @Test
    void everyByteOfTheMethodMatters() {
        for (String method : oneByteChanges(METHOD)) {
            assertThat(VERIFIER.verify(method, UUID, tree(DATA), SIGNATURE)).as(method).isFalse();
        }
    }

    @Test
    void everyByteOfTheUuidMatters() {
        for (String uuid : oneByteChanges(UUID)) {
            assertThat(VERIFIER.verify(METHOD, uuid, tree(DATA), SIGNATURE)).as(uuid).isFalse();
        }
    }

    @Test
    void everyByteOfTheDataMatters() {
        int parsed = 0;
        for (String data : oneByteChanges(DATA)) {
            JsonNode changed;
            try {
                changed = tree(data);
            } catch (RuntimeException notJson) {
                continue;
            }
            parsed++;
            assertThat(VERIFIER.verify(METHOD, UUID, changed, SIGNATURE)).as(data).isFalse();
        }
        assertThat(parsed).as("changes that still parse as JSON").isGreaterThan(40);
    }

    @Test
    void nullVersusAbsentAndAddedKeysMatter() {
        ObjectNode withoutNull = (ObjectNode) tree(DATA);
        ((ObjectNode) withoutNull.get("attributes")).remove("x");
        ObjectNode extraKey = (ObjectNode) tree(DATA);
        extraKey.put("extra", "");
        assertThat(VERIFIER.verify(METHOD, UUID, withoutNull, SIGNATURE)).isFalse();
        assertThat(VERIFIER.verify(METHOD, UUID, extraKey, SIGNATURE)).isFalse();
    }

    @Test
    void everyByteOfTheSignatureMatters() {
        for (String signature : oneByteChanges(SIGNATURE)) {
            assertThat(VERIFIER.verify(METHOD, UUID, tree(DATA), signature)).as(signature).isFalse();
        }
        byte[] raw = Base64.getDecoder().decode(SIGNATURE);
        for (int i = 0; i < raw.length; i++) {
            byte[] changed = raw.clone();
            changed[i] ^= 0x01;
            assertThat(VERIFIER.verify(METHOD, UUID, tree(DATA), Base64.getEncoder().encodeToString(changed))).isFalse();
        }
    }

    @Test
    void missingOrGarbageSignaturesAreRejectedNotThrown() {
        assertThat(VERIFIER.verify(METHOD, UUID, tree(DATA), null)).isFalse();
        assertThat(VERIFIER.verify(METHOD, UUID, tree(DATA), "")).isFalse();
        assertThat(VERIFIER.verify(METHOD, UUID, tree(DATA), "%%%not-base64%%%")).isFalse();
        assertThat(VERIFIER.verify(METHOD, UUID, tree(DATA), SIGNATURE.replace("=", ""))).isFalse();
    }

    @Test
    void anotherKeyDoesNotVerify() {
        var other = new SignatureVerifier(PemKeys.generate().getPublic());
        assertThat(other.verify(METHOD, UUID, tree(DATA), SIGNATURE)).isFalse();
    }

    @Test
    void keysNeverAppearInTextOrErrors() {
        String privatePem = PemKeys.toPem(PAIR.getPrivate());
        String body = privatePem.lines().filter(line -> !line.startsWith("-----")).findFirst().orElseThrow();
        assertThat(SIGNER.toString()).doesNotContain(body).contains("redacted");
        assertThat(VERIFIER.toString()).startsWith("SignatureVerifier[sha256:");
        String broken = privatePem.replace(body, body.substring(0, 20) + "!" + body.substring(21));
        assertThatThrownBy(() -> PemKeys.privateKey(broken))
                .isInstanceOf(TrustlyKeyException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(body.substring(0, 20)));
        assertThatThrownBy(() -> PemKeys.publicKey("not a key")).isInstanceOf(TrustlyKeyException.class)
                .hasMessageContaining("not PEM");
    }

    private static List<String> oneByteChanges(String text) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = c == 'A' ? 'B' : (char) (c == '~' ? '}' : c + 1);
            changes.add(text.substring(0, i) + replacement + text.substring(i + 1));
        }
        return changes;
    }

    private static JsonNode tree(String json) {
        return JsonRpc.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
