package io.paybridge.payout.account;

import io.paybridge.testkit.kafka.NotificationRecords;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.payments.v1.NotificationAccount;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.PayoutRequests;
import io.paybridge.payout.fixture.Principals;
import io.paybridge.payout.fixture.OrderNotifications;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Accounts from account notifications on a real broker and database, listed by GET /v1/accounts?endUserId=. An
 * account notification carries no enduserid: the account belongs to the end user the order's other notifications
 * name, whichever comes first.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class AccountNotificationConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AccountPayoutDatabase database;

    static PspNotification account(String order, String accountId, boolean verified) {
        return OrderNotifications.of(NotificationKind.ACCOUNT, order, "dep-" + order)
                .setAccount(NotificationAccount.newBuilder().setAccountId(accountId).setVerified(verified)
                        .setClearingHouse("SWEDEN").setBank("Handelsbanken").setDescriptor("**** *084057")
                        .setLastDigits("084057").build())
                .build();
    }

    static PspNotification credit(String order, String endUserId) {
        return OrderNotifications.of(NotificationKind.CREDIT, order, "dep-" + order).setEndUserId(endUserId)
                .setAmount(10_000L).setCurrency("SEK").build();
    }

    @Test
    void anAccountBelongsToTheEndUserTheOrdersOtherNotificationsNameInEitherOrder() {
        String endUser = "user-" + UUID.randomUUID();
        String first = order();
        String second = order();
        String accountFirst = order();
        String accountSecond = order();

        NotificationRecords.publish(account(first, accountFirst, true), credit(first, endUser), account(first, accountFirst, true));
        NotificationRecords.publish(credit(second, endUser), account(second, accountSecond, false));

        Response listed = await().atMost(WAIT).until(() -> accounts(endUser),
                response -> response.jsonPath().getList("items").size() == 2);
        assertThat(listed.jsonPath().getString("endUserId")).isEqualTo(endUser);
        assertThat(listed.jsonPath().getList("items.accountId")).containsExactlyInAnyOrder(accountFirst, accountSecond);
        Map<String, Object> one = listed.jsonPath().getMap("items.find { it.accountId == '" + accountFirst + "' }");
        assertThat(one).containsEntry("verified", true).containsEntry("clearingHouse", "SWEDEN")
                .containsEntry("bank", "Handelsbanken").containsEntry("descriptor", "**** *084057")
                .containsEntry("lastDigits", "084057").containsKey("reportedAt").hasSize(7);
    }

    @Test
    void aPayoutToAnAccountWaitsUntilTheAccountsEndUserIsKnown() {
        String endUser = "user-" + UUID.randomUUID();
        String order = order();
        String accountId = order();
        NotificationRecords.publish(account(order, accountId, true));
        await().atMost(WAIT).until(() -> database.accountReports(accountId) == 1);

        Response before = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(),
                PayoutRequests.body(accountId, endUser, "10.00"));
        NotificationRecords.publish(credit(order, endUser));
        await().atMost(WAIT).until(() -> accounts(endUser).jsonPath().getList("items").size() == 1);
        Response after = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(),
                PayoutRequests.body(accountId, endUser, "10.00"));

        assertThat(before.statusCode()).isEqualTo(422);
        assertThat(before.jsonPath().getList("errors.name")).containsExactly("accountId");
        assertThat(after.statusCode()).isEqualTo(202);
        assertThat(after.jsonPath().getString("accountId")).isEqualTo(accountId);
    }

    @Test
    void listingTakesTheReadRoleAndOneEndUserId() {
        Response anonymous = given().queryParam("endUserId", "u").get("/v1/accounts");
        Response wrongRole = given().auth().oauth2(Principals.token("clerk", "payments:payout"))
                .queryParam("endUserId", "u").get("/v1/accounts");
        Response missing = given().auth().oauth2(reader()).get("/v1/accounts");
        Response unknownParameter = given().auth().oauth2(reader()).queryParam("endUserId", "u")
                .queryParam("accountNumber", "1").get("/v1/accounts");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.jsonPath().getList("errors.name")).containsExactly("endUserId");
        assertThat(unknownParameter.statusCode()).isEqualTo(400);
        assertThat(unknownParameter.jsonPath().getList("errors.name")).containsExactly("accountNumber");
    }

    private static Response accounts(String endUserId) {
        return given().auth().oauth2(reader()).queryParam("endUserId", endUserId).get("/v1/accounts");
    }

    private static String reader() {
        return Principals.token("auditor", "payments:read");
    }

    private static String order() {
        return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000_000L));
    }
}
