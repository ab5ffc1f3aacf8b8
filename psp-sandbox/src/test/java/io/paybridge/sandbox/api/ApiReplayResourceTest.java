package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Trustly's idempotent replay: the same request with the same UUID is answered as the first time, with no second effect. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ApiReplayResourceTest extends MerchantApiTest {

    @Test
    void anIdenticalRequestGetsTheFirstAnswerByteForByteAndNoSecondOrder() {
        ObjectNode deposit = TrustlyRequests.deposit();
        String uuid = UUID.randomUUID().toString();

        Reply first = merchant.call("Deposit", uuid, deposit);
        Reply again = merchant.call("Deposit", uuid, deposit);

        assertThat(first.data(sandbox).get("orderid").asText()).matches("\\d{10}");
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(fixtures.ordersWithMessageId(merchant.username(), deposit.get("MessageID").asText())).hasSize(1);
    }

    @Test
    void concurrentIdenticalRequestsGetOneAnswerAndOneOrder() {
        ObjectNode deposit = TrustlyRequests.deposit();
        byte[] body = JsonRpc.write(merchant.request("Deposit", UUID.randomUUID().toString(), deposit));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/1"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        List<byte[]> answers = IntStream.range(0, 6)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())).toList()
                .stream().map(answer -> answer.join().body()).toList();

        assertThat(Reply.of(answers.get(0)).data(sandbox).has("orderid")).isTrue();
        answers.forEach(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(fixtures.ordersWithMessageId(merchant.username(), deposit.get("MessageID").asText())).hasSize(1);
    }

    @Test
    void theSameUuidWithOtherContentIsADuplicateUuid() {
        String uuid = UUID.randomUUID().toString();
        ObjectNode first = TrustlyRequests.deposit();
        merchant.call("Deposit", uuid, first).data(sandbox);

        ObjectNode other = TrustlyRequests.deposit();
        Reply reply = merchant.call("Deposit", uuid, other);

        assertThat(reply.errorCode(sandbox)).isEqualTo(688);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_DUPLICATE_UUID");
        assertThat(fixtures.ordersWithMessageId(merchant.username(), other.get("MessageID").asText())).isEmpty();
    }

    @Test
    void anErrorAfterAuthenticationIsReplayedToo() {
        ObjectNode deposit = TrustlyRequests.deposit();
        ((ObjectNode) deposit.get("Attributes")).put("Amount", "10.5");
        String uuid = UUID.randomUUID().toString();

        Reply first = merchant.call("Deposit", uuid, deposit);
        Reply again = merchant.call("Deposit", uuid, deposit);

        assertThat(first.errorCode(sandbox)).isEqualTo(615);
        assertThat(again.bytes()).isEqualTo(first.bytes());
    }

    @Test
    void anErrorBeforeAuthenticationIsNotStored() {
        String uuid = UUID.randomUUID().toString();
        ObjectNode data = JsonRpc.mapper().createObjectNode().put("Username", merchant.username()).put("Password", "wrong");
        Reply refused = TestMerchant.post(JsonRpc.write(JsonRpc.request("Balance", uuid, data, merchant.signer())));

        Reply answered = merchant.call("Balance", uuid, JsonRpc.mapper().createObjectNode());

        assertThat(refused.errorCode(sandbox)).isEqualTo(616);
        assertThat(answered.data(sandbox).isArray()).isTrue();
    }

    @Test
    void uuidsBelongToOneMerchant() {
        String uuid = UUID.randomUUID().toString();
        merchant.call("Deposit", uuid, TrustlyRequests.deposit()).data(sandbox);

        Reply other = TestMerchant.register().call("Deposit", uuid, TrustlyRequests.deposit());

        assertThat(other.data(sandbox).get("orderid").asText()).matches("\\d{10}");
    }
}
