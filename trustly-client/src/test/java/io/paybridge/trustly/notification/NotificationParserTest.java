package io.paybridge.trustly.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.TestKeys;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every notification method of reference §4.2 is verified over the tree as received and read into one shape. */
class NotificationParserTest {

    private static final String UUID = "258a2184-2842-b485-25ca-293525152425";
    private static final NotificationParser PARSER = new NotificationParser(TestKeys.verifier(TestKeys.TRUSTLY));

    static Stream<Arguments> methods() {
        return Stream.of(
                Arguments.of("pending", """
                        {"amount":"100.00","currency":"SEK","messageid":"dep-1","orderid":"1436560761",
                         "enduserid":"user-42","notificationid":"2425017141","timestamp":"2015-03-13 09:37:33.85223+00"}""",
                        expected("pending", "2425017141", "1436560761", "dep-1", "user-42", "100.00", "SEK",
                                "2015-03-13 09:37:33.85223+00", Map.of(), null, null, null, null)),
                Arguments.of("credit with empty attributes", """
                        {"amount":"20","currency":"SEK","messageid":"dep-1","orderid":"3931155141","enduserid":"user-42",
                         "notificationid":"3653956920","timestamp":"2015-03-12 15:14:18.61671+00","attributes":{}}""",
                        expected("credit", "3653956920", "3931155141", "dep-1", "user-42", "20.00", "SEK",
                                "2015-03-12 15:14:18.61671+00", Map.of(), null, null, null, null)),
                Arguments.of("debit", """
                        {"amount":"20.00","currency":"EUR","messageid":"wd-1","orderid":"3931155142","enduserid":"user-42",
                         "notificationid":"3653956921","timestamp":"2015-03-12 15:14:18.61671+00","attributes":null}""",
                        expected("debit", "3653956921", "3931155142", "wd-1", "user-42", "20.00", "EUR",
                                "2015-03-12 15:14:18.61671+00", Map.of(), null, null, null, null)),
                Arguments.of("cancel with reason attributes", """
                        {"enduserid":"32123","messageid":"98348932","notificationid":"4876513450","orderid":"87654567",
                         "timestamp":"2013-12-20 14:42:04.675645+01","attributes":{"reason":"USER_ABORT","details":null}}""",
                        expected("cancel", "4876513450", "87654567", "98348932", "32123", null, null,
                                "2013-12-20 14:42:04.675645+01", attributes("reason", "USER_ABORT", "details", null),
                                null, null, null, null)),
                Arguments.of("account with nested attributes", """
                        {"notificationid":"1","messageid":"sa-1","orderid":"9","accountid":"77","verified":"1",
                         "attributes":{"clearinghouse":"SWEDEN","bank":"SEB","descriptor":"**** *084057",
                         "lastdigits":"084057","directdebitmandate":"0","address":{"city":"Stockholm"}}}""",
                        expected("account", "1", "9", "sa-1", null, null, null, null,
                                attributes("clearinghouse", "SWEDEN", "bank", "SEB", "descriptor", "**** *084057",
                                        "lastdigits", "084057", "directdebitmandate", "0",
                                        "address", "{\"city\":\"Stockholm\"}"),
                                "77", true, null, null)),
                Arguments.of("payoutconfirmation with an amount without decimals", """
                        {"currency":"EUR","notificationid":"98765","orderid":"1234","enduserid":"user-42","messageid":"po-1",
                         "amount":"11","timestamp":"2019-02-02 11:36:24.123+00"}""",
                        expected("payoutconfirmation", "98765", "1234", "po-1", "user-42", "11.00", "EUR",
                                "2019-02-02 11:36:24.123+00", Map.of(), null, null, null, null)),
                Arguments.of("payoutfailed", """
                        {"currency":"EUR","notificationid":"98766","orderid":"1235","enduserid":"user-42","messageid":"po-2",
                         "amount":"10.00","timestamp":"2019-02-02 11:36:24.123+00","errorcode":"ERROR_INVALID_ACCOUNT",
                         "errormessage":"Account closed"}""",
                        expected("payoutfailed", "98766", "1235", "po-2", "user-42", "10.00", "EUR",
                                "2019-02-02 11:36:24.123+00", Map.of(), null, null, "ERROR_INVALID_ACCOUNT", "Account closed")),
                Arguments.of("kyc (fields unconfirmed: read generically)", """
                        {"notificationid":"5","orderid":"6","messageid":"dep-9","enduserid":"user-42",
                         "attributes":{"personid":"SE197901311234"}}""",
                        expected("kyc", "5", "6", "dep-9", "user-42", null, null, null,
                                attributes("personid", "SE197901311234"), null, null, null, null)),
                Arguments.of("a method Trustly adds later", """
                        {"somethingnew":"x","notificationid":"7"}""",
                        expected("payoutdowngraded", "7", null, null, null, null, null, null, Map.of(), null, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void readsEveryMethod(String name, String data, TrustlyNotification expected) {
        byte[] body = signedNotification(expected.method(), data);

        TrustlyNotification notification = PARSER.parse(body);

        assertThat(notification).usingRecursiveComparison().ignoringFields("data").isEqualTo(expected);
        assertThat(notification.data()).isEqualTo(tree(data));
        assertThat(notification.kind()).isEqualTo(NotificationMethod.of(expected.method()));
    }

    @Test
    void acceptsTheRealCreditThatTrustlysTestServerSigned() throws IOException {
        byte[] body = realCreditNotification();

        TrustlyNotification credit = NotificationParser.forEnvironment(TrustlyEnvironment.TEST).parse(body);

        assertThat(credit).usingRecursiveComparison().ignoringFields("data").isEqualTo(
                new TrustlyNotification("credit", "f1b77aac-516d-4b89-a125-c005f4c020f0", "3653956920", "3931155141",
                        "5001_655548", "leecS", new BigDecimal("20.00"), "SEK", "2015-03-12 15:14:18.61671+00", Map.of(),
                        null, null, null, null, null));
        assertThat(credit.kind()).isEqualTo(NotificationMethod.CREDIT);
        assertThat(credit.parsedTimestamp()).contains(OffsetDateTime.parse("2015-03-12T15:14:18.61671Z"));
    }

    @Test
    void theRealCreditIsRejectedUnderTheLiveKey() throws IOException {
        byte[] body = realCreditNotification();

        assertThatThrownBy(() -> NotificationParser.forEnvironment(TrustlyEnvironment.LIVE).parse(body))
                .isInstanceOf(TrustlyNotificationException.class)
                .hasMessageStartingWith("rejected credit notification f1b77aac-516d-4b89-a125-c005f4c020f0: "
                        + "the signature does not verify with Trustly's key sha256:");
    }

    @Test
    void rejectsAnAmountChangedAfterSigning() {
        String body = new String(signedNotification("credit", """
                {"amount":"20.00","currency":"SEK","orderid":"1","notificationid":"2"}"""), StandardCharsets.UTF_8);

        byte[] tampered = body.replace("20.00", "2000.00").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PARSER.parse(tampered)).isInstanceOf(TrustlyNotificationException.class)
                .hasMessageContaining("signature does not verify");
    }

    @Test
    void rejectsAnAddedMemberEvenIfTheModelIgnoresIt() {
        ObjectNode notification = (ObjectNode) tree(new String(signedNotification("credit", """
                {"amount":"20.00","currency":"SEK","orderid":"1","notificationid":"2"}"""), StandardCharsets.UTF_8));
        ((ObjectNode) notification.get("params").get("data")).put("attributes", "x");

        assertThatThrownBy(() -> PARSER.parse(notification)).isInstanceOf(TrustlyNotificationException.class)
                .hasMessageContaining("signature does not verify");
    }

    @Test
    void rejectsASignatureByAnotherKey() {
        byte[] body = JsonRpc.write(JsonRpc.notification("credit", UUID, (ObjectNode) tree(
                "{\"amount\":\"20.00\",\"currency\":\"SEK\",\"orderid\":\"1\",\"notificationid\":\"2\"}"),
                TestKeys.signer(TestKeys.STRANGER)));

        assertThatThrownBy(() -> PARSER.parse(body)).isInstanceOf(TrustlyNotificationException.class)
                .hasMessageContaining("signature does not verify")
                .extracting(e -> ((TrustlyNotificationException) e).reason())
                .isEqualTo(TrustlyNotificationException.Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        assertThatThrownBy(() -> PARSER.parse("<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TrustlyNotificationException.class)
                .hasMessage("rejected notification: the body is not valid JSON")
                .extracting(e -> ((TrustlyNotificationException) e).reason())
                .isEqualTo(TrustlyNotificationException.Reason.MALFORMED);
    }

    @Test
    void rejectsAnEnvelopeWithoutParams() {
        assertThatThrownBy(() -> PARSER.parse("{\"method\":\"credit\",\"version\":\"1.1\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TrustlyNotificationException.class)
                .hasMessage("rejected notification: params must be an object");
    }

    @Test
    void rejectsASignedCreditWithoutAmount() {
        byte[] body = signedNotification("credit", "{\"currency\":\"SEK\",\"orderid\":\"1\",\"notificationid\":\"2\"}");

        assertThatThrownBy(() -> PARSER.parse(body)).isInstanceOf(TrustlyNotificationException.class)
                .hasMessage("rejected credit notification " + UUID + ": data.amount is missing");
    }

    @Test
    void rejectsASignedAccountWithAnUnreadableVerifiedFlag() {
        byte[] body = signedNotification("account", "{\"orderid\":\"1\",\"notificationid\":\"2\",\"accountid\":\"3\","
                + "\"verified\":\"maybe\"}");

        assertThatThrownBy(() -> PARSER.parse(body)).isInstanceOf(TrustlyNotificationException.class)
                .hasMessageEndingWith("data.verified must be \"1\" or \"0\"");
    }

    @Test
    void itsTextNeverShowsAttributes() {
        TrustlyNotification account = PARSER.parse(signedNotification("account", """
                {"notificationid":"1","orderid":"9","accountid":"77","verified":"1",
                 "attributes":{"name":"Åsa Lindqvist","address":"Storgatan 1","personid":"197901311234"}}"""));

        assertThat(account.toString()).contains("notificationId=1").doesNotContain("Åsa", "Storgatan", "197901311234");
    }

    static byte[] signedNotification(String method, String data) {
        return JsonRpc.write(JsonRpc.notification(method, UUID, (ObjectNode) tree(data), TestKeys.signer(TestKeys.TRUSTLY)));
    }

    private static TrustlyNotification expected(String method, String notificationId, String orderId, String messageId,
            String endUserId, String amount, String currency, String timestamp, Map<String, String> attributes,
            String accountId, Boolean verified, String errorCode, String errorMessage) {
        return new TrustlyNotification(method, UUID, notificationId, orderId, messageId, endUserId,
                amount == null ? null : new BigDecimal(amount), currency, timestamp, attributes, accountId, verified,
                errorCode, errorMessage, null);
    }

    private static Map<String, String> attributes(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static byte[] realCreditNotification() throws IOException {
        try (InputStream in = NotificationParserTest.class.getResourceAsStream("/trustly-test-signed.json")) {
            for (JsonNode vector : JsonRpc.parse(in.readAllBytes())) {
                if ("credit".equals(vector.get("raw_json").path("method").asText())) {
                    return JsonRpc.write(vector.get("raw_json"));
                }
            }
        }
        throw new IllegalStateException("the signed credit notification is missing from the test resources");
    }

    private static JsonNode tree(String json) {
        return JsonRpc.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
