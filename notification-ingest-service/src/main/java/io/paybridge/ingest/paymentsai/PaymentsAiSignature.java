package io.paybridge.ingest.paymentsai;

import io.paybridge.ingest.body.Hmac;
import io.paybridge.ingest.http.NotConfiguredException;
import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Verifies a PaymentsAI webhook's {@code x-pai-signature}: HMAC-SHA256 of the raw body with the
 * current or the previous webhook secret, compared in constant time. PaymentsAI does not document
 * the header's encoding, so both a 64-digit hex string (either case) and the 44-character Base64
 * of the 32-byte MAC are read; each decodes to the same 32 bytes that must match, so accepting both
 * makes no forgery easier. Prefixes ({@code sha256=}) and timestamps are not accepted.
 */
@ApplicationScoped
public class PaymentsAiSignature {

    /** The header PaymentsAI signs its webhooks in. */
    public static final String HEADER = "x-pai-signature";

    private static final Logger LOG = Logger.getLogger(PaymentsAiSignature.class);
    private static final int MAC_BYTES = 32;
    /** ASCII hex digits only: {@link Character#digit} would also take other scripts' digits, which HexFormat refuses. */
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    private final List<String> secrets;

    public PaymentsAiSignature(PaymentsAiConfig config) {
        if (config.secret().isEmpty() && config.previousSecret().isPresent()) {
            throw new IllegalStateException("PAYBRIDGE_PAYMENTSAI_WEBHOOK_PREVIOUS_SECRET is set without "
                    + "PAYBRIDGE_PAYMENTSAI_WEBHOOK_SECRET (paybridge.ingest.paymentsai.secret): set the current secret too");
        }
        List<String> configured = new ArrayList<>(2);
        config.secret().ifPresent(configured::add);
        config.previousSecret().ifPresent(configured::add);
        this.secrets = List.copyOf(configured);
    }

    /** Checks the secrets at start, so a misconfigured service does not start. */
    void checkAtStart(@Observes StartupEvent start) {
        if (secrets.isEmpty()) {
            LOG.info("PaymentsAI webhooks are not configured: POST /webhooks/paymentsai answers 503 until "
                    + "PAYBRIDGE_PAYMENTSAI_WEBHOOK_SECRET is set");
        }
    }

    /**
     * Returns when {@code header} is the HMAC-SHA256 of {@code body} under a configured secret. Fails
     * with a {@link NotConfiguredException} without secrets, or a {@link Refusal} ({@code BAD_SIGNATURE}).
     */
    public void verify(String header, byte[] body) {
        if (secrets.isEmpty()) {
            throw new NotConfiguredException();
        }
        if (header == null || header.isBlank()) {
            throw new Refusal(RejectionReason.BAD_SIGNATURE, "the " + HEADER + " header is missing");
        }
        byte[] presented = decode(header.strip());
        if (presented == null) {
            throw new Refusal(RejectionReason.BAD_SIGNATURE,
                    "the " + HEADER + " header is not an HMAC-SHA256 in hex or Base64");
        }
        boolean verified = false;
        for (String secret : secrets) {
            // Every secret is tried, whichever matches: the time taken does not tell which one did.
            verified |= Hmac.matches(Hmac.sha256(secret, body), presented);
        }
        if (!verified) {
            throw new Refusal(RejectionReason.BAD_SIGNATURE, "the signature does not verify with this service's secrets");
        }
    }

    /** The 32 MAC bytes of a hex or Base64 header value, or null when it is neither. */
    static byte[] decode(String value) {
        if (value.length() == 2 * MAC_BYTES && HEX.matcher(value).matches()) {
            return HexFormat.of().parseHex(value);
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(value);
            return decoded.length == MAC_BYTES ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
