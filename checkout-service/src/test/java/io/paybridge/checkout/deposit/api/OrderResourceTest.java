package io.paybridge.checkout.deposit.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.TestDepositOrders;
import io.paybridge.checkout.fixture.TestTokens;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /v1/orders/{orderRef} and GET /v1/orders: the exact view, paging, filters, sorting, errors and roles. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class OrderResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    CheckoutDatabase database;

    @Test
    void anOrderIsShownWithExactlyItsFields() {
        DepositOrder order = TestDepositOrders.created(Instant.parse("2026-03-04T05:06:07Z"));
        order.status = DepositStatus.CREDITED;
        order.invoiceId = "INV-2026/001";
        order.updatedAt = Instant.parse("2026-03-04T05:09:01.123456Z");
        database.insert(order);

        Response response = given().auth().oauth2(TestTokens.reader()).get("/v1/orders/" + order.orderRef);

        response.then().statusCode(200).contentType("application/json");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("orderRef", order.orderRef);
        expected.put("status", "CREDITED");
        expected.put("amount", "10.50");
        expected.put("currency", "EUR");
        expected.put("endUserId", order.endUserId);
        expected.put("invoiceId", "INV-2026/001");
        expected.put("checkoutUrl", order.checkoutUrl);
        expected.put("checkoutExpiresAt", "2026-03-04T05:36:07Z");
        expected.put("pspOrderId", order.pspOrderId);
        expected.put("correlationId", order.correlationId);
        expected.put("createdAt", "2026-03-04T05:06:07Z");
        expected.put("updatedAt", "2026-03-04T05:09:01.123456Z");
        assertThat(response.jsonPath().getMap("")).isEqualTo(expected);
    }

    @Test
    void anUnknownOrderIsA404Problem() {
        Response response = given().auth().oauth2(TestTokens.reader()).get("/v1/orders/dep_000000000000000000000000");

        response.then().statusCode(404).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:not-found");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
    }

    @Test
    void readingOrdersNeedsATokenWithPaymentsRead() {
        DepositOrder order = database.insert(TestDepositOrders.created());

        given().get("/v1/orders/" + order.orderRef).then().statusCode(401);
        given().get("/v1/orders").then().statusCode(401);
        given().auth().oauth2(TestTokens.checkout()).get("/v1/orders/" + order.orderRef).then().statusCode(403);
        given().auth().oauth2(TestTokens.checkout()).get("/v1/orders").then().statusCode(403);
    }

    @Test
    void pagesFollowOneAnotherInCreationOrder() {
        Instant start = freshWindow();
        List<String> refs = IntStream.rangeClosed(1, 5)
                .mapToObj(second -> database.insert(TestDepositOrders.created(start.plusSeconds(second))).orderRef)
                .toList();

        assertThat(refs(list(start).queryParam("sortOrder", "asc").queryParam("count", 2))).isEqualTo(refs.subList(0, 2));
        assertThat(refs(list(start).queryParam("sortOrder", "asc").queryParam("count", 2).queryParam("startIndex", 2)))
                .isEqualTo(refs.subList(2, 4));
        assertThat(refs(list(start).queryParam("sortOrder", "asc").queryParam("count", 2).queryParam("startIndex", 4)))
                .isEqualTo(refs.subList(4, 5));
        assertThat(refs(list(start).queryParam("sortOrder", "asc").queryParam("startIndex", 5))).isEmpty();
        assertThat(refs(list(start))).isEqualTo(List.of(refs.get(4), refs.get(3), refs.get(2), refs.get(1), refs.get(0)));

        Response page = list(start).queryParam("count", 2).queryParam("startIndex", 2).get("/v1/orders");
        page.then().statusCode(200);
        assertThat(page.jsonPath().getInt("startIndex")).isEqualTo(2);
        assertThat(page.jsonPath().getInt("count")).isEqualTo(2);
    }

    @Test
    void theCreationWindowIncludesItsStartAndExcludesItsEnd() {
        Instant start = freshWindow();
        DepositOrder atStart = database.insert(TestDepositOrders.created(start));
        DepositOrder inside = database.insert(TestDepositOrders.created(start.plusSeconds(10)));
        database.insert(TestDepositOrders.created(start.plusSeconds(20)));

        List<String> found = refs(given().auth().oauth2(TestTokens.reader())
                .queryParam("createdAt.start", start.getEpochSecond())
                .queryParam("createdAt.end", start.plusSeconds(20).getEpochSecond())
                .queryParam("sortOrder", "asc"));

        assertThat(found).isEqualTo(List.of(atStart.orderRef, inside.orderRef));
    }

    @Test
    void statusFiltersKeepOnlyTheStatusesAskedFor() {
        Instant start = freshWindow();
        DepositOrder created = TestDepositOrders.created(start.plusSeconds(1));
        DepositOrder credited = withStatus(TestDepositOrders.created(start.plusSeconds(2)), DepositStatus.CREDITED);
        DepositOrder pending = withStatus(TestDepositOrders.created(start.plusSeconds(3)), DepositStatus.PENDING);
        DepositOrder debited = withStatus(TestDepositOrders.created(start.plusSeconds(4)), DepositStatus.DEBITED);
        List.of(created, credited, pending, debited).forEach(database::insert);

        List<String> found = refs(list(start).queryParam("status", "CREDITED").queryParam("status", "DEBITED"));

        assertThat(found).isEqualTo(List.of(debited.orderRef, credited.orderRef));
        assertThat(list(start).queryParam("status", "DEBITED").get("/v1/orders").jsonPath().getList("items.status"))
                .isEqualTo(List.of("DEBITED"));
    }

    @Test
    void ordersSortByUpdateTimeWithTiesBrokenByOrderRef() {
        Instant start = freshWindow();
        DepositOrder first = TestDepositOrders.created(start.plusSeconds(1));
        DepositOrder second = TestDepositOrders.created(start.plusSeconds(2));
        DepositOrder third = TestDepositOrders.created(start.plusSeconds(3));
        first.updatedAt = start.plusSeconds(30);
        second.updatedAt = start.plusSeconds(10);
        third.updatedAt = start.plusSeconds(30);
        List.of(first, second, third).forEach(database::insert);
        List<String> tied = first.orderRef.compareTo(third.orderRef) < 0
                ? List.of(first.orderRef, third.orderRef) : List.of(third.orderRef, first.orderRef);

        List<String> found = refs(given().auth().oauth2(TestTokens.reader())
                .queryParam("updatedAt.start", start.getEpochSecond())
                .queryParam("updatedAt.end", start.plusSeconds(60).getEpochSecond())
                .queryParam("orderBy", "updatedAt").queryParam("sortOrder", "asc"));

        assertThat(found).isEqualTo(List.of(second.orderRef, tied.get(0), tied.get(1)));
    }

    @Test
    void aListWithoutFiltersAnswersAPage() {
        database.insert(TestDepositOrders.created());

        Response response = given().auth().oauth2(TestTokens.reader()).queryParam("count", 1).get("/v1/orders");

        response.then().statusCode(200);
        assertThat(response.jsonPath().getList("items")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "count, 0", "count, 101", "count, ten", "startIndex, -1", "orderBy, amount", "sortOrder, up",
        "createdAt.start, 2026-01-01", "updatedAt.end, -5", "status, credited", "colour, red"})
    void aBadParameterIsNamedInA400(String name, String value) {
        Response response = given().auth().oauth2(TestTokens.reader()).queryParam(name, value).get("/v1/orders");

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:validation");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of(name));
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsNamedInA400() {
        Response response = given().auth().oauth2(TestTokens.reader())
                .queryParam("createdAt.start", 2000).queryParam("createdAt.end", 1000).get("/v1/orders");

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("createdAt.start"));
    }

    /** A creation window of its own, far from every other test's rows (whole seconds, as the API filters). */
    private static Instant freshWindow() {
        long hours = ThreadLocalRandom.current().nextLong(1, 100_000);
        return Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofHours(hours));
    }

    private static RequestSpecification list(Instant windowStart) {
        return given().auth().oauth2(TestTokens.reader())
                .queryParam("createdAt.start", windowStart.getEpochSecond())
                .queryParam("createdAt.end", windowStart.plus(Duration.ofMinutes(30)).getEpochSecond());
    }

    private static List<String> refs(RequestSpecification request) {
        Response response = request.get("/v1/orders");
        response.then().statusCode(200).contentType("application/json");
        return response.jsonPath().getList("items.orderRef", String.class);
    }

    private static DepositOrder withStatus(DepositOrder order, DepositStatus status) {
        order.status = status;
        return order;
    }
}
