package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.UUID;

/** Named builders of valid request Data (without credentials) for each method; tests change what they are about. */
public final class TrustlyRequests {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TrustlyRequests() {
    }

    public static String messageId() {
        return "msg-" + UUID.randomUUID();
    }

    /** A EUR 100.00 deposit of a Swedish end user with a name that needs UTF-8. */
    public static ObjectNode deposit() {
        ObjectNode data = orderBase("deposit");
        ObjectNode attributes = data.putObject("Attributes");
        attributes.put("Currency", "EUR").put("Amount", "100.00").put("Firstname", "Åsa").put("Lastname", "Öberg")
                .put("Country", "SE").put("Locale", "sv_SE").put("Email", "asa@example.com").put("ShopperStatement", "Shop")
                .put("SuccessURL", "https://merchant.example/ok").put("FailURL", "https://merchant.example/fail")
                .put("ExternalReference", "ext-1");
        return data;
    }

    public static ObjectNode withdraw() {
        ObjectNode data = orderBase("withdraw").put("Currency", "EUR");
        data.putObject("Attributes").put("Firstname", "Åsa").put("Lastname", "Öberg").put("Country", "SE").put("Locale", "sv_SE")
                .put("SuggestedMinAmount", "10.00").put("SuggestedMaxAmount", "200.00");
        return data;
    }

    public static ObjectNode selectAccount() {
        ObjectNode data = orderBase("select");
        data.putObject("Attributes").put("Firstname", "Åsa").put("Lastname", "Öberg").put("Country", "SE").put("Locale", "sv_SE")
                .put("RequestDirectDebitMandate", "1").put("SuccessURL", "https://merchant.example/ok");
        return data;
    }

    public static ObjectNode refund(long depositOrderId, String amount, String currency) {
        ObjectNode data = JSON.objectNode().put("OrderID", Long.toString(depositOrderId)).put("Amount", amount).put("Currency", currency);
        data.putNull("Attributes");
        return data;
    }

    /** A Swedish account (Handelsbanken clearing number) with the given account number. */
    public static ObjectNode registerAccount(String accountNumber) {
        ObjectNode data = JSON.objectNode().put("EndUserID", "user-1").put("ClearingHouse", "SWEDEN").put("BankNumber", "6112")
                .put("AccountNumber", accountNumber).put("Firstname", "Åsa").put("Lastname", "Öberg");
        data.putNull("Attributes");
        return data;
    }

    public static ObjectNode accountPayout(String accountId, String amount) {
        ObjectNode data = orderBase("payout").put("AccountID", accountId).put("Amount", amount).put("Currency", "EUR");
        data.putObject("Attributes").put("ShopperStatement", "Shop payout");
        return data;
    }

    /** A charge; {@code paymentDate} null means as soon as possible. */
    public static ObjectNode charge(String accountId, String amount, LocalDate paymentDate) {
        ObjectNode data = orderBase("charge").put("AccountID", accountId).put("Amount", amount).put("Currency", "EUR");
        ObjectNode attributes = data.putObject("Attributes").put("ShopperStatement", "Shop").put("Email", "asa@example.com");
        if (paymentDate != null) {
            attributes.put("PaymentDate", paymentDate.toString());
        }
        return data;
    }

    /** Data with nothing but the credentials the merchant adds (Balance). */
    public static ObjectNode none() {
        return JSON.objectNode();
    }

    public static ObjectNode orderId(long orderId) {
        return JSON.objectNode().put("OrderID", Long.toString(orderId));
    }

    public static ObjectNode accountLedger(LocalDate from, LocalDate to, String currency) {
        return JSON.objectNode().put("FromDate", from.toString()).put("ToDate", to.toString()).put("Currency", currency);
    }

    public static ObjectNode settlementReport(LocalDate date, String currency) {
        ObjectNode data = JSON.objectNode().put("SettlementDate", date.toString()).put("Currency", currency);
        data.putObject("Attributes").put("APIVersion", "1.2");
        return data;
    }

    private static ObjectNode orderBase(String kind) {
        return JSON.objectNode().put("NotificationURL", TestMerchant.NOTIFICATION_PREFIX + kind).put("EndUserID", "user-1")
                .put("MessageID", messageId());
    }
}
