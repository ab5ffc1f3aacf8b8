package io.paybridge.ingest.trustlyna;

import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a Trustly North America webhook body, {@code application/x-www-form-urlencoded} UTF-8,
 * strictly: bytes that are not UTF-8, a broken percent escape or a repeated field are refused (a
 * signature over a body naming a field twice is ambiguous: which value did Trustly mean?).
 */
final class TrustlyNaForm {

    private TrustlyNaForm() {
    }

    /** The body as text; refused when it is empty or not UTF-8. */
    static String text(byte[] body) {
        if (body.length == 0) {
            throw malformed("the body is empty");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("the body is not UTF-8");
        }
    }

    /**
     * What Trustly signs: the whole body URL-decoded as UTF-8 in one piece ({@code %2F} → {@code /},
     * {@code +} → space), not field by field.
     */
    static String signedText(String text) {
        return urlDecode(text, "the body");
    }

    /** The fields in body order, names and values URL-decoded; a pair without {@code =} has the empty value. */
    static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            // Names and values come from the caller: problem details never quote them.
            String name = urlDecode(equals < 0 ? pair : pair.substring(0, equals), "a field name");
            String value = equals < 0 ? "" : urlDecode(pair.substring(equals + 1), "a field value");
            if (fields.putIfAbsent(name, value) != null) {
                throw malformed("the body repeats a field");
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    private static String urlDecode(String text, String what) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(what + " has a broken percent escape");
        }
    }

    private static Refusal malformed(String detail) {
        return new Refusal(RejectionReason.MALFORMED, detail);
    }
}
