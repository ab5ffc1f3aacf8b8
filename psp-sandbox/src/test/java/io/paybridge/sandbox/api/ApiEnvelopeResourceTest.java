package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks before a method runs, in Trustly's order: readable JSON-RPC, known method, credentials, signature. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ApiEnvelopeResourceTest extends MerchantApiTest {

    @Test
    void aBodyThatIsNotJsonGetsASignedErrorWithNullUuidAndMethod() {
        Reply reply = TestMerchant.post("{not json".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.errorCode(sandbox)).isEqualTo(623);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_PARAMETERS");
        assertThat(reply.tree().get("error").get("error").get("uuid").isNull()).isTrue();
        assertThat(reply.tree().get("error").get("error").get("method").isNull()).isTrue();
        assertThat(reply.tree().get("version").asText()).isEqualTo("1.1");
    }

    @Test
    void jsonWithoutParamsIsMalformedToo() {
        Reply reply = TestMerchant.post("{\"method\":\"Balance\",\"version\":\"1.1\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.errorCode(sandbox)).isEqualTo(623);
        assertThat(reply.tree().get("error").get("error").get("method").isNull()).isTrue();
    }

    @Test
    void versionMayBeTheNumberThatTrustlysJavaClientSends() {
        ObjectNode request = merchant.request("Balance", UUID.randomUUID().toString(), JsonRpc.mapper().createObjectNode());
        request.put("version", 1.1);

        Reply reply = TestMerchant.post(JsonRpc.write(request));

        assertThat(reply.data(sandbox).isArray()).isTrue();
        assertThat(reply.tree().get("version").asText()).isEqualTo("1.1");
    }

    @Test
    void anUnknownMethodIsInvalidFunction() {
        String uuid = UUID.randomUUID().toString();
        Reply reply = merchant.call("Teleport", uuid, JsonRpc.mapper().createObjectNode());

        assertThat(reply.errorCode(sandbox)).isEqualTo(601);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_FUNCTION");
        assertThat(reply.uuid()).isEqualTo(uuid);
    }

    @Test
    void anUnknownUsernameIsInvalidCredentials() {
        ObjectNode data = JsonRpc.mapper().createObjectNode().put("Username", "nobody-" + UUID.randomUUID()).put("Password", "x");
        Reply reply = TestMerchant.post(JsonRpc.write(JsonRpc.request("Balance", UUID.randomUUID().toString(), data, merchant.signer())));

        assertThat(reply.errorCode(sandbox)).isEqualTo(616);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_CREDENTIALS");
    }

    @Test
    void aWrongPasswordIsInvalidCredentials() {
        ObjectNode data = JsonRpc.mapper().createObjectNode().put("Username", merchant.username()).put("Password", "wrong");
        String uuid = UUID.randomUUID().toString();
        Reply reply = TestMerchant.post(JsonRpc.write(JsonRpc.request("Balance", uuid, data, merchant.signer())));

        assertThat(reply.errorCode(sandbox)).isEqualTo(616);
        assertThat(reply.uuid()).isEqualTo(uuid);
        assertThat(new String(reply.bytes(), StandardCharsets.UTF_8)).doesNotContain(merchant.password());
    }

    @Test
    void dataChangedAfterSigningIsUnableToVerifyTheSignature() {
        ObjectNode request = merchant.request("Deposit", UUID.randomUUID().toString(), TrustlyRequests.deposit());
        ((ObjectNode) request.get("params").get("Data").get("Attributes")).put("Amount", "1000.00");

        Reply reply = TestMerchant.post(JsonRpc.write(request));

        assertThat(reply.errorCode(sandbox)).isEqualTo(636);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_UNABLE_TO_VERIFY_RSA_SIGNATURE");
    }

    @Test
    void aSignatureByAnotherKeyIsUnableToVerify() {
        ObjectNode data = TrustlyRequests.deposit().put("Username", merchant.username()).put("Password", merchant.password());
        var otherKey = new RsaSha1Signer(PemKeys.generate().getPrivate());

        Reply reply = TestMerchant.post(JsonRpc.write(JsonRpc.request("Deposit", UUID.randomUUID().toString(), data, otherKey)));

        assertThat(reply.errorCode(sandbox)).isEqualTo(636);
    }

    @Test
    void credentialsAreCheckedBeforeTheSignature() {
        ObjectNode data = JsonRpc.mapper().createObjectNode().put("Username", merchant.username()).put("Password", "wrong");
        var otherKey = new RsaSha1Signer(PemKeys.generate().getPrivate());

        Reply reply = TestMerchant.post(JsonRpc.write(JsonRpc.request("Balance", UUID.randomUUID().toString(), data, otherKey)));

        assertThat(reply.errorCode(sandbox)).isEqualTo(616);
    }
}
