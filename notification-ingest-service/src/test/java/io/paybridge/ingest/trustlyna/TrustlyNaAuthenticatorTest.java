package io.paybridge.ingest.trustlyna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.ingest.fixture.TrustlyNaWebhooks;
import io.paybridge.ingest.http.NotConfiguredException;
import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Trustly North America webhook authentication, against signatures computed in the test with
 * javax.crypto: right ones pass, wrong ones of the same and of other lengths are refused.
 */
class TrustlyNaAuthenticatorTest {

    private static final String ACCESS_ID = "M8RaHgEjBE54zuFYMRQq";
    private static final String ACCESS_KEY = "a-test-access-key";
    private static final byte[] BODY = TrustlyNaFormTest.DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = TrustlyNaWebhooks.signature(ACCESS_KEY, TrustlyNaFormTest.DOCUMENTED_SIGNED_TEXT);

    private final TrustlyNaAuthenticator authenticator = new TrustlyNaAuthenticator(config(ACCESS_ID, ACCESS_KEY));

    @Test
    void aBodySignedWithTheAccessKeyOverItsDecodedTextIsAuthenticated() {
        String text = authenticator.authenticate(TrustlyNaWebhooks.basic(ACCESS_ID, SIGNATURE), BODY);

        assertThat(text).isEqualTo(TrustlyNaFormTest.DOCUMENTED_BODY);
    }

    @Test
    void aSignatureOverTheStillEncodedBodyIsRefused() {
        String overEncoded = TrustlyNaWebhooks.signature(ACCESS_KEY, TrustlyNaFormTest.DOCUMENTED_BODY);

        assertRefused(TrustlyNaWebhooks.basic(ACCESS_ID, overEncoded), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void aWrongSignatureOfTheSameLengthIsRefused() {
        byte[] wrong = Base64.getDecoder().decode(SIGNATURE);
        wrong[wrong.length - 1] ^= 1;

        assertRefused(TrustlyNaWebhooks.basic(ACCESS_ID, Base64.getEncoder().encodeToString(wrong)), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void aSignatureCutShortOrTooLongIsRefused() {
        byte[] right = Base64.getDecoder().decode(SIGNATURE);
        byte[] prefix = java.util.Arrays.copyOf(right, right.length - 1);
        byte[] longer = java.util.Arrays.copyOf(right, right.length + 1);

        assertRefused(TrustlyNaWebhooks.basic(ACCESS_ID, Base64.getEncoder().encodeToString(prefix)), RejectionReason.BAD_SIGNATURE);
        assertRefused(TrustlyNaWebhooks.basic(ACCESS_ID, Base64.getEncoder().encodeToString(longer)), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void aRightSignatureUnderAnotherAccessIdIsBadCredentials() {
        assertRefused(TrustlyNaWebhooks.basic("M8RaHgEjBE54zuFYMRQr", SIGNATURE), RejectionReason.BAD_CREDENTIALS);
        assertRefused(TrustlyNaWebhooks.basic(ACCESS_ID + "x", SIGNATURE), RejectionReason.BAD_CREDENTIALS);
    }

    @Test
    void withoutCredentialsNothingIsAuthenticated() {
        TrustlyNaAuthenticator unconfigured = new TrustlyNaAuthenticator(config(null, null));

        assertThatThrownBy(() -> unconfigured.authenticate(TrustlyNaWebhooks.basic(ACCESS_ID, SIGNATURE), BODY))
                .isInstanceOf(NotConfiguredException.class);
    }

    @Test
    void anAccessIdWithoutAccessKeyOrTheReverseStopsTheService() {
        assertThatThrownBy(() -> new TrustlyNaAuthenticator(config(ACCESS_ID, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PAYBRIDGE_TRUSTLY_NA_ACCESS_KEY");
        assertThatThrownBy(() -> new TrustlyNaAuthenticator(config(null, ACCESS_KEY)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PAYBRIDGE_TRUSTLY_NA_ACCESS_ID");
    }

    private void assertRefused(String authorization, RejectionReason reason) {
        assertThatThrownBy(() -> authenticator.authenticate(authorization, BODY))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(reason);
                    assertThat(refusal.getMessage()).doesNotContain(ACCESS_KEY, SIGNATURE, "1002593570");
                });
    }

    static TrustlyNaConfig config(String accessId, String accessKey) {
        return new TrustlyNaConfig() {
            @Override
            public Optional<String> accessId() {
                return Optional.ofNullable(accessId);
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.ofNullable(accessKey);
            }
        };
    }
}
