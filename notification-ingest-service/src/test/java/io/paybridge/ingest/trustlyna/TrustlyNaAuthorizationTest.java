package io.paybridge.ingest.trustlyna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Authorization header of Trustly North America webhooks, read as Trustly's documentation spells it out. */
class TrustlyNaAuthorizationTest {

    /** Steps 4 and 5 of "Validate the notification signature" (reference §7): the header and what it decodes to. */
    private static final String DOCUMENTED_HEADER = "Basic TThSYUhnRWpCRTU0enVGWU1SUXE6RVlOM0dYYXNyVlUxdlExdXlZejIyTk5RZHk0PQ==";

    @Test
    void theDocumentedHeaderNamesTheDocumentedAccessIdAndSignature() {
        TrustlyNaAuthorization credentials = TrustlyNaAuthorization.parse(DOCUMENTED_HEADER);

        assertThat(credentials.accessId()).isEqualTo("M8RaHgEjBE54zuFYMRQq");
        assertThat(credentials.signature()).isEqualTo(Base64.getDecoder().decode("EYN3GXasrVU1vQ1uyYz22NNQdy4="));
        assertThat(credentials.signature()).hasSize(20);
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(TrustlyNaAuthorization.parse("basic " + DOCUMENTED_HEADER.substring(6)).accessId())
                .isEqualTo("M8RaHgEjBE54zuFYMRQq");
    }

    @Test
    void itsTextNamesTheAccessIdButNotTheSignature() {
        assertThat(TrustlyNaAuthorization.parse(DOCUMENTED_HEADER).toString())
                .contains("M8RaHgEjBE54zuFYMRQq").doesNotContain("EYN3GXasrVU1vQ1uyYz22NNQdy4");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Bearer abc.def.ghi", "Basic", "Basic !!!not-base64!!!",
            "Basic TThSYUhnRWpCRTU0enVGWU1SUXE=", "Basic OkVZTjNHWGFzclZVMXZRMXV5WXoyMk5OUWR5ND0="})
    void missingOrMalformedCredentialsAreBadCredentials(String header) {
        // the last two: "M8RaHgEjBE54zuFYMRQq" without a colon, and ":EYN3…" without an accessId
        assertThatThrownBy(() -> TrustlyNaAuthorization.parse(header))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(RejectionReason.BAD_CREDENTIALS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M8RaHgEjBE54zuFYMRQq:", "M8RaHgEjBE54zuFYMRQq:not base64!"})
    void anEmptyOrUndecodableSignatureIsABadSignature(String pair) {
        String header = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TrustlyNaAuthorization.parse(header))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
                    assertThat(refusal.getMessage()).doesNotContain("M8RaHgEjBE54zuFYMRQq", "base64!");
                });
    }
}
