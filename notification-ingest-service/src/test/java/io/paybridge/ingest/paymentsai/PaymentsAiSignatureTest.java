package io.paybridge.ingest.paymentsai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.ingest.fixture.PaymentsAiWebhooks;
import io.paybridge.ingest.http.NotConfiguredException;
import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PaymentsAI's x-pai-signature against HMACs computed in the test with javax.crypto: hex or Base64,
 * current or previous secret pass; a third secret and wrong MACs of any length are refused.
 */
class PaymentsAiSignatureTest {

    private static final byte[] BODY = "{\"deduplicationId\":\"d-1\",\"type\":\"transaction-processed\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final PaymentsAiSignature signature = new PaymentsAiSignature(
            config(PaymentsAiWebhooks.SECRET, PaymentsAiWebhooks.PREVIOUS_SECRET));

    @Test
    void lowerCaseHexWithTheCurrentSecretVerifies() {
        assertThatCode(() -> signature.verify(PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, BODY), BODY))
                .doesNotThrowAnyException();
    }

    @Test
    void upperCaseHexAndBase64OfTheSameMacVerifyToo() {
        String hex = PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, BODY);

        assertThatCode(() -> signature.verify(hex.toUpperCase(Locale.ROOT), BODY)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(PaymentsAiWebhooks.base64(PaymentsAiWebhooks.SECRET, BODY), BODY))
                .doesNotThrowAnyException();
    }

    @Test
    void thePreviousSecretVerifiesAndAThirdDoesNot() {
        assertThatCode(() -> signature.verify(PaymentsAiWebhooks.hex(PaymentsAiWebhooks.PREVIOUS_SECRET, BODY), BODY))
                .doesNotThrowAnyException();
        assertRefused(PaymentsAiWebhooks.hex(PaymentsAiWebhooks.THIRD_SECRET, BODY));
    }

    @Test
    void withOnlyTheCurrentSecretThePreviousOneIsRefused() {
        PaymentsAiSignature rotatedAway = new PaymentsAiSignature(config(PaymentsAiWebhooks.SECRET, null));

        assertThatThrownBy(() -> rotatedAway.verify(PaymentsAiWebhooks.hex(PaymentsAiWebhooks.PREVIOUS_SECRET, BODY), BODY))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aWrongMacOfTheSameLengthIsRefused() {
        byte[] mac = HexFormat.of().parseHex(PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, BODY));
        mac[0] ^= (byte) 0x80;

        assertRefused(HexFormat.of().formatHex(mac));
    }

    @Test
    void aMacCutShortOrTooLongIsRefused() {
        String hex = PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, BODY);

        assertRefused(hex.substring(0, 62));
        assertRefused(hex + "00");
        assertRefused(hex.substring(0, 40)); // an HMAC-SHA1's length
    }

    @Test
    void theSignatureOfAnotherBodyIsRefused() {
        byte[] other = "{\"deduplicationId\":\"d-2\",\"type\":\"transaction-processed\"}".getBytes(StandardCharsets.UTF_8);

        assertRefused(PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, other));
    }

    @Test
    void sixtyFourDigitsOfAnotherScriptAreNotHex() {
        assertRefused("\u0663".repeat(64)); // ARABIC-INDIC DIGIT THREE, a digit to Character.digit
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "not a signature", "sha256=0123", "zz"})
    void aMissingOrUnreadableHeaderIsRefused(String header) {
        assertRefused(header);
    }

    @Test
    void withoutSecretsNothingVerifies() {
        PaymentsAiSignature unconfigured = new PaymentsAiSignature(config(null, null));

        assertThatThrownBy(() -> unconfigured.verify(PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, BODY), BODY))
                .isInstanceOf(NotConfiguredException.class);
    }

    @Test
    void aPreviousSecretWithoutCurrentStopsTheService() {
        assertThatThrownBy(() -> new PaymentsAiSignature(config(null, PaymentsAiWebhooks.PREVIOUS_SECRET)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PAYBRIDGE_PAYMENTSAI_WEBHOOK_SECRET")
                .hasMessageNotContaining(PaymentsAiWebhooks.PREVIOUS_SECRET);
    }

    private void assertRefused(String header) {
        assertThatThrownBy(() -> signature.verify(header, BODY))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
                    if (header != null && !header.isBlank()) {
                        assertThat(refusal.getMessage()).doesNotContain(header);
                    }
                });
    }

    static PaymentsAiConfig config(String secret, String previousSecret) {
        return new PaymentsAiConfig() {
            @Override
            public Optional<String> secret() {
                return Optional.ofNullable(secret);
            }

            @Override
            public Optional<String> previousSecret() {
                return Optional.ofNullable(previousSecret);
            }
        };
    }
}
