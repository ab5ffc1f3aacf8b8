package io.paybridge.ingest.trustlyna;

import io.paybridge.ingest.body.Hmac;
import io.paybridge.ingest.http.NotConfiguredException;
import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Authenticates a Trustly North America webhook: its Authorization header must name the configured
 * accessId and carry {@code Base64(HMAC-SHA1(accessKey, the URL-decoded body))}, both compared in
 * constant time. Without credentials every webhook is answered 503, never accepted.
 */
@ApplicationScoped
public class TrustlyNaAuthenticator {

    private static final Logger LOG = Logger.getLogger(TrustlyNaAuthenticator.class);

    private final Optional<String> accessId;
    private final Optional<String> accessKey;

    public TrustlyNaAuthenticator(TrustlyNaConfig config) {
        if (config.accessId().isPresent() != config.accessKey().isPresent()) {
            throw new IllegalStateException("set both PAYBRIDGE_TRUSTLY_NA_ACCESS_ID and PAYBRIDGE_TRUSTLY_NA_ACCESS_KEY "
                    + "(paybridge.ingest.trustly-na.access-id and .access-key) to receive Trustly North America webhooks, "
                    + "or neither");
        }
        this.accessId = config.accessId();
        this.accessKey = config.accessKey();
    }

    /** Checks the credentials at start, so a half-configured service does not start. */
    void checkAtStart(@Observes StartupEvent start) {
        if (accessId.isEmpty()) {
            LOG.info("Trustly North America webhooks are not configured: POST /notifications/trustly-na answers 503 "
                    + "until PAYBRIDGE_TRUSTLY_NA_ACCESS_ID and PAYBRIDGE_TRUSTLY_NA_ACCESS_KEY are set");
        }
    }

    /**
     * The body as text (still URL-encoded), once the webhook is authenticated. Fails with a
     * {@link NotConfiguredException} without credentials, or a {@link Refusal}: bad credentials, a body
     * that cannot be decoded, or a signature that does not verify.
     */
    public String authenticate(String authorization, byte[] body) {
        if (accessId.isEmpty() || accessKey.isEmpty()) {
            throw new NotConfiguredException();
        }
        TrustlyNaAuthorization credentials = TrustlyNaAuthorization.parse(authorization);
        if (!MessageDigest.isEqual(utf8(accessId.get()), utf8(credentials.accessId()))) {
            throw new Refusal(RejectionReason.BAD_CREDENTIALS, "the Authorization header names another accessId");
        }
        String text = TrustlyNaForm.text(body);
        byte[] expected = Hmac.sha1(accessKey.get(), utf8(TrustlyNaForm.signedText(text)));
        if (!Hmac.matches(expected, credentials.signature())) {
            throw new Refusal(RejectionReason.BAD_SIGNATURE, "the signature does not verify with this service's accessKey");
        }
        return text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
