package io.paybridge.checkout.link.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.fixture.LinkDatabase;
import io.paybridge.checkout.fixture.PaymentLinkBodies;
import io.paybridge.checkout.fixture.TestTokens;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Closed links (paid, cancelled, expired) lose their end user's details; open ones keep them for Pay. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PaymentLinkErasureRepositoryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Inject
    LinkDatabase links;

    @Inject
    PaymentLinkErasure erasure;

    @Test
    void closedLinksLoseTheEndUsersDetailsAndOpenOnesKeepThem() {
        String open = create();
        String cancelled = create();
        String expired = create();
        String paid = create();
        given().auth().oauth2(TestTokens.checkout()).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/v1/payment-links/" + cancelled + "/cancel").then().statusCode(200);
        links.expire(expired, Instant.now().minusSeconds(60));
        links.addAttempt(paid, 1, DepositStatus.CREDITED);

        int erased = erasure.eraseClosed(Instant.now()).await().atMost(WAIT);

        assertThat(erased).isGreaterThanOrEqualTo(3);
        assertThat(personalData(open)).isEqualTo("Test|Payer|payer@example.com|SE|sv_SE|kept");
        for (String closed : new String[] {cancelled, expired, paid}) {
            assertThat(personalData(closed)).as(closed).isEqualTo("null|null|null|null|null|erased");
        }
        assertThat(erasure.eraseClosed(Instant.now()).await().atMost(WAIT)).as("erased once").isZero();
    }

    private static String create() {
        return given().auth().oauth2(TestTokens.checkout()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(PaymentLinkBodies.valid().asMap()).post("/v1/payment-links")
                .then().statusCode(201).extract().jsonPath().getString("linkId");
    }

    private String personalData(String linkId) {
        Row row = pool.preparedQuery("SELECT end_user_first_name, end_user_last_name, end_user_email, end_user_country,"
                        + " end_user_locale, personal_data_erased_at FROM payment_link WHERE link_id = $1")
                .execute(Tuple.of(linkId)).await().atMost(WAIT).iterator().next();
        return row.getString(0) + "|" + row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
                + row.getString(4) + "|" + (row.getValue(5) == null ? "kept" : "erased");
    }
}
