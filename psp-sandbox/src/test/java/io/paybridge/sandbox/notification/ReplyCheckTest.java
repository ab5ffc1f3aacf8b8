package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.SignatureVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What ends delivery: a parseable, correctly signed reply with the notification's uuid and method and an allowed status. */
class ReplyCheckTest {

    private static final KeyPair MERCHANT = PemKeys.generate();
    private static final RsaSha1Signer SIGNER = new RsaSha1Signer(MERCHANT.getPrivate());
    private static final SignatureVerifier KEY = new SignatureVerifier(MERCHANT.getPublic());
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @CsvSource({"credit,OK", "pending,OK", "cancel,OK", "account,OK", "debit,OK", "debit,FAILED"})
    void aSignedAnswerTheMethodAllowsIsAccepted(String method, String status) {
        Notification notification = notification(method);

        DeliveryOutcome outcome = judge(notification, 200, reply(method, notification.uuid.toString(), status, SIGNER));

        assertThat(outcome).isEqualTo(DeliveryOutcome.accepted(AT, 200, status));
    }

    @Test
    void failedIsNoAnswerToACredit() {
        Notification credit = notification("credit");

        assertThat(judge(credit, 200, reply("credit", credit.uuid.toString(), "FAILED", SIGNER))).isEqualTo(
                DeliveryOutcome.rejected(AT, 200, "FAILED", true, "FAILED is no answer to credit; only a debit may be answered FAILED"));
    }

    @Test
    void everyOtherFlawIsRejectedWithItsReasonAndWhatCouldBeRead() {
        Notification credit = notification("credit");
        String uuid = credit.uuid.toString();
        String invalid = "invalid reply to credit notification " + uuid + ": ";
        RsaSha1Signer stranger = new RsaSha1Signer(PemKeys.generate().getPrivate());
        String otherUuid = UUID.randomUUID().toString();

        assertThat(judge(credit, 500, reply("credit", uuid, "OK", SIGNER)))
                .isEqualTo(DeliveryOutcome.rejected(AT, 500, "OK", true, "HTTP status 500"));
        assertThat(judge(credit, 200, reply("credit", uuid, "OK", stranger)))
                .isEqualTo(DeliveryOutcome.rejected(AT, 200, "OK", false, invalid + "the signature does not verify with the merchant's key"));
        assertThat(judge(credit, 200, reply("credit", otherUuid, "OK", SIGNER)))
                .isEqualTo(DeliveryOutcome.rejected(AT, 200, "OK", true, invalid + "result.uuid is " + otherUuid));
        assertThat(judge(credit, 200, reply("debit", uuid, "OK", SIGNER)))
                .isEqualTo(DeliveryOutcome.rejected(AT, 200, "OK", true, invalid + "result.method is debit"));
        assertThat(judge(credit, 200, reply("credit", uuid, "MAYBE", SIGNER)))
                .isEqualTo(DeliveryOutcome.rejected(AT, 200, "MAYBE", true, invalid + "result.data.status must be \"OK\" or \"FAILED\""));
        assertThat(judge(credit, 200, "OK"))
                .isEqualTo(DeliveryOutcome.rejected(AT, 200, null, null, invalid + "the body is not valid JSON"));
        assertThat(judge(credit, 200, "{\"version\":\"1.1\"}").rejection()).startsWith(invalid);
        assertThat(judge(credit, 200, new String(JsonRpc.write(JsonRpc.error("credit", uuid, 620, "ERROR_UNKNOWN", SIGNER)),
                StandardCharsets.UTF_8))).isEqualTo(DeliveryOutcome.rejected(AT, 200, null, null, invalid + "it is an error, not a result"));
        assertThat(judge(credit, 200, new String(JsonRpc.write(JsonRpc.result("credit", uuid,
                JsonNodeFactory.instance.objectNode().put("result", "1"), SIGNER)), StandardCharsets.UTF_8)))
                .isEqualTo(DeliveryOutcome.rejected(AT, 200, null, true, invalid + "result.data.status must be \"OK\" or \"FAILED\""));
    }

    private static DeliveryOutcome judge(Notification notification, int status, String body) {
        return ReplyCheck.judge(notification, KEY, AT, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String reply(String method, String uuid, String status, RsaSha1Signer signer) {
        return new String(JsonRpc.write(JsonRpc.notificationReply(method, uuid, status, signer)), StandardCharsets.UTF_8);
    }

    private static Notification notification(String method) {
        Notification notification = new Notification();
        notification.method = method;
        notification.uuid = UUID.randomUUID();
        return notification;
    }
}
