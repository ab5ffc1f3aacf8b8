package io.paybridge.ingest.trustlyna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trustly North America webhook bodies: what is signed and what the fields are, on the documentation's example. */
class TrustlyNaFormTest {

    /** Step 1 of "Validate the notification signature" (reference §7): the body as POSTed. */
    static final String DOCUMENTED_BODY = "merchantId=1002463580&merchantReference=cb180040-7210-4ab9-97b7-415824754802"
            + "&paymentType=2&transactionType=3&eventId=1002593570&eventType=Authorize&objectId=1002593555"
            + "&objectType=Transaction&message=&timeZone=Etc%2FUTC&createdAt=1556234040954&accessId=M8RaHgEjBE54zuFYMRQq"
            + "&paymentProviderTransaction.status=AC100&paymentProviderTransaction.statusMessage=AC100&status=2"
            + "&statusMessage=Authorized";
    /** Step 2: the same body decoded, which the HMAC covers. */
    static final String DOCUMENTED_SIGNED_TEXT = "merchantId=1002463580&merchantReference=cb180040-7210-4ab9-97b7-415824754802"
            + "&paymentType=2&transactionType=3&eventId=1002593570&eventType=Authorize&objectId=1002593555"
            + "&objectType=Transaction&message=&timeZone=Etc/UTC&createdAt=1556234040954&accessId=M8RaHgEjBE54zuFYMRQq"
            + "&paymentProviderTransaction.status=AC100&paymentProviderTransaction.statusMessage=AC100&status=2"
            + "&statusMessage=Authorized";

    @Test
    void theDocumentedBodyDecodesToTheDocumentedSignedText() {
        String text = TrustlyNaForm.text(DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(TrustlyNaForm.signedText(text)).isEqualTo(DOCUMENTED_SIGNED_TEXT);
    }

    @Test
    void theDocumentedBodyHasTheDocumentedFields() {
        Map<String, String> fields = TrustlyNaForm.fields(DOCUMENTED_BODY);

        assertThat(fields).hasSize(16)
                .containsEntry("eventId", "1002593570").containsEntry("eventType", "Authorize")
                .containsEntry("objectId", "1002593555").containsEntry("objectType", "Transaction")
                .containsEntry("timeZone", "Etc/UTC").containsEntry("message", "")
                .containsEntry("paymentProviderTransaction.status", "AC100");
        assertThat(fields.keySet()).startsWith("merchantId", "merchantReference", "paymentType");
    }

    @Test
    void theDocumentedEventIsAnAuthorizeOfTransaction1002593555() {
        TrustlyNaEvent event = TrustlyNaEvent.of(TrustlyNaForm.fields(DOCUMENTED_BODY));

        assertThat(event).isEqualTo(new TrustlyNaEvent("1002593570", "Authorize", "1002593555", "Transaction", null,
                "cb180040-7210-4ab9-97b7-415824754802", java.time.Instant.parse("2019-04-25T23:14:00.954Z")));
    }

    @Test
    void plusAndPercentEscapesDecodeToUtf8() {
        String text = "message=Paid+in+full&statusMessage=%C3%85sa%20ok";

        assertThat(TrustlyNaForm.signedText(text)).isEqualTo("message=Paid in full&statusMessage=Åsa ok");
        assertThat(TrustlyNaForm.fields(text)).containsExactly(
                Map.entry("message", "Paid in full"), Map.entry("statusMessage", "Åsa ok"));
    }

    @Test
    void aRepeatedFieldIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> TrustlyNaForm.fields("eventId=1&objectId=2&eventId=3"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(RejectionReason.MALFORMED);
                    assertThat(refusal.getMessage()).isEqualTo("the body repeats a field");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"eventId=9%G1", "eventId=9%", "event%ZZ=1"})
    void aBrokenPercentEscapeIsMalformed(String text) {
        assertThatThrownBy(() -> TrustlyNaForm.fields(text))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(RejectionReason.MALFORMED));
        assertThatThrownBy(() -> TrustlyNaForm.signedText(text)).isInstanceOf(Refusal.class);
    }

    @Test
    void anEmptyBodyOrOneThatIsNotUtf8IsMalformed() {
        assertThatThrownBy(() -> TrustlyNaForm.text(new byte[0])).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> TrustlyNaForm.text(new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.getMessage()).isEqualTo("the body is not UTF-8"));
    }

    @Test
    void anEventWithoutEventIdOrEventTypeOrWithAnOverlongIdIsMalformed() {
        assertThatThrownBy(() -> TrustlyNaEvent.of(Map.of("eventType", "Authorize")))
                .hasMessage("the field eventId is missing or empty");
        assertThatThrownBy(() -> TrustlyNaEvent.of(Map.of("eventId", "1", "eventType", "")))
                .hasMessage("the field eventType is missing or empty");
        assertThatThrownBy(() -> TrustlyNaEvent.of(Map.of("eventId", "1", "eventType", "Authorize", "objectId", "9".repeat(256))))
                .hasMessage("the field objectId is longer than 255 characters");
    }

    @Test
    void aCreatedAtThatIsNotANumberIsLeftOut() {
        TrustlyNaEvent event = TrustlyNaEvent.of(Map.of("eventId", "1", "eventType", "Authorize", "createdAt", "yesterday"));

        assertThat(event.createdAt()).isNull();
    }
}
