package io.paybridge.ingest.trustlyna;

import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The credentials of a Trustly North America webhook's {@code Authorization} header:
 * {@code Basic base64(accessId ":" signature)}, the signature itself Base64 of an HMAC-SHA1.
 */
final class TrustlyNaAuthorization {

    private static final String BASIC = "basic ";

    private final String accessId;
    private final byte[] signature;

    private TrustlyNaAuthorization(String accessId, byte[] signature) {
        this.accessId = accessId;
        this.signature = signature;
    }

    /** The credentials in {@code header}; a {@link Refusal} says what is wrong without quoting the header. */
    static TrustlyNaAuthorization parse(String header) {
        if (header == null || header.isBlank()) {
            throw new Refusal(RejectionReason.BAD_CREDENTIALS, "the Authorization header is missing");
        }
        String value = header.strip();
        // RFC 7617: the scheme name is case-insensitive.
        if (value.length() <= BASIC.length() || !value.substring(0, BASIC.length()).toLowerCase(Locale.ROOT).equals(BASIC)) {
            throw new Refusal(RejectionReason.BAD_CREDENTIALS, "the Authorization header is not HTTP Basic credentials");
        }
        String pair = new String(base64(value.substring(BASIC.length()).strip(), RejectionReason.BAD_CREDENTIALS,
                "the Authorization header's credentials are not Base64"), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon <= 0) {
            throw new Refusal(RejectionReason.BAD_CREDENTIALS, "the Authorization header's credentials are not accessId:signature");
        }
        byte[] signature = base64(pair.substring(colon + 1), RejectionReason.BAD_SIGNATURE,
                "the signature in the Authorization header is not Base64");
        if (signature.length == 0) {
            throw new Refusal(RejectionReason.BAD_SIGNATURE, "the signature in the Authorization header is empty");
        }
        return new TrustlyNaAuthorization(pair.substring(0, colon), signature);
    }

    String accessId() {
        return accessId;
    }

    /** The presented HMAC, decoded from Base64. */
    byte[] signature() {
        return signature.clone();
    }

    private static byte[] base64(String text, RejectionReason reason, String detail) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new Refusal(reason, detail);
        }
    }

    @Override
    public String toString() {
        return "TrustlyNaAuthorization[accessId=" + accessId + "]";
    }
}
