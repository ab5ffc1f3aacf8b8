package io.paybridge.trustly.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.TestKeys;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.Plaintext;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.paybridge.trustly.signature.Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merchant's signed reply (reference §2.4 B, §2.7) and the sandbox's check of it. */
class NotificationReplyTest {

    private static final String UUID = "8e0a7b1c-0000-4000-8000-000000000002";
    /** Reference §2.4 B, made with the public merchant test key that Trustly's own client tests use. */
    private static final String SIGNATURE_B = "6fcxud1eqCX3ntD6sgmAhKpodnROK51qZiv4kJAs5JVHSdCSKiEpavDAFxPfcdw9tTcJis9aiXsJsZLFrPuMKWhm93jx90Yzi//w+rlzYOUkfAC2SuAJCbitGtcdJvA96vufu3a4/XdpUdUGdkrkDu0OHdmIhppT64VWhZ83Civ0VBtjqqqx7KjpmCng7NJWn4Zw1PyFV+2Tgj/Ef+irwV7qriWuvsgUw5+oiDBdlKK8vwM/o9uh50PS8hbvlOQGnEcHxeYWXzMbYgzBvBBS90dW7GQB8TX0yukOyPwo7ga/vRfao/SIsVPOKP97lNTwe5VIVVptBfhaOMVbE7yLjA==";

    private static final MerchantReplyParser SANDBOX = new MerchantReplyParser(TestKeys.verifier(TestKeys.MERCHANT));
    private static final NotificationResponder MERCHANT = new NotificationResponder(TestKeys.signer(TestKeys.MERCHANT));

    @Test
    void theReplyToACreditIsReferenceExampleB() throws IOException {
        Signer recordedSigner = (method, uuid, data) -> {
            assertThat(Plaintext.text(method, uuid, data)).isEqualTo("credit" + UUID + "statusOK");
            return SIGNATURE_B;
        };

        ObjectNode reply = new NotificationResponder(recordedSigner).reply("credit", UUID, ReplyStatus.OK);

        assertThat(reply).isEqualTo(tree("{\"result\":{\"signature\":\"" + SIGNATURE_B + "\",\"uuid\":\"" + UUID
                + "\",\"method\":\"credit\",\"data\":{\"status\":\"OK\"}},\"version\":\"1.1\"}"));
        assertThat(merchantTestKey().verify("credit", UUID, reply.get("result").get("data"), SIGNATURE_B)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ReplyStatus.class)
    void theSandboxAcceptsTheMerchantsSignedReply(ReplyStatus status) {
        byte[] reply = JsonRpc.write(MERCHANT.reply(notification("debit"), status));

        assertThat(SANDBOX.read(reply, "debit", UUID)).isEqualTo(new MerchantReply("debit", UUID, status));
    }

    @Test
    void aReplySignedByAnotherKeyIsInvalid() {
        byte[] reply = JsonRpc.write(new NotificationResponder(TestKeys.signer(TestKeys.STRANGER))
                .reply("credit", UUID, ReplyStatus.OK));

        assertThatThrownBy(() -> SANDBOX.read(reply, "credit", UUID)).isInstanceOf(InvalidMerchantReplyException.class)
                .hasMessage("invalid reply to credit notification " + UUID + ": the signature does not verify with the merchant's key");
    }

    @Test
    void aReplyToAnotherNotificationIsInvalid() {
        byte[] reply = JsonRpc.write(MERCHANT.reply("credit", "8e0a7b1c-0000-4000-8000-000000000003", ReplyStatus.OK));

        assertThatThrownBy(() -> SANDBOX.read(reply, "credit", UUID)).isInstanceOf(InvalidMerchantReplyException.class)
                .hasMessageEndingWith("result.uuid is 8e0a7b1c-0000-4000-8000-000000000003");
    }

    @Test
    void aReplyForAnotherMethodIsInvalid() {
        byte[] reply = JsonRpc.write(MERCHANT.reply("pending", UUID, ReplyStatus.OK));

        assertThatThrownBy(() -> SANDBOX.read(reply, "credit", UUID)).isInstanceOf(InvalidMerchantReplyException.class)
                .hasMessageEndingWith("result.method is pending");
    }

    @Test
    void aStatusOtherThanOkOrFailedIsInvalidEvenWhenSigned() {
        byte[] reply = JsonRpc.write(JsonRpc.notificationReply("credit", UUID, "ok", TestKeys.signer(TestKeys.MERCHANT)));

        assertThatThrownBy(() -> SANDBOX.read(reply, "credit", UUID)).isInstanceOf(InvalidMerchantReplyException.class)
                .hasMessageEndingWith("result.data.status must be \"OK\" or \"FAILED\"");
    }

    @Test
    void anErrorEnvelopeIsInvalid() {
        byte[] reply = JsonRpc.write(JsonRpc.error("credit", UUID, 620, "ERROR_UNKNOWN", TestKeys.signer(TestKeys.MERCHANT)));

        assertThatThrownBy(() -> SANDBOX.read(reply, "credit", UUID)).isInstanceOf(InvalidMerchantReplyException.class)
                .hasMessageEndingWith("it is an error, not a result");
    }

    @Test
    void aBodyThatIsNotJsonIsInvalid() {
        assertThatThrownBy(() -> SANDBOX.read("OK".getBytes(StandardCharsets.UTF_8), "credit", UUID))
                .isInstanceOf(InvalidMerchantReplyException.class)
                .hasMessageEndingWith("the body is not valid JSON");
    }

    private static TrustlyNotification notification(String method) {
        return new TrustlyNotification(method, UUID, "1", "2", null, null, null, null, null, Map.of(), null,
                null, null, null, tree("{}"));
    }

    private static SignatureVerifier merchantTestKey() throws IOException {
        try (InputStream in = NotificationReplyTest.class.getResourceAsStream("/merchant-test-public.pem")) {
            return SignatureVerifier.fromPem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    private static JsonNode tree(String json) {
        return JsonRpc.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
