package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A method's own checks after authentication: 615 amounts, 622 currencies, 623 parameters, 637 MessageIDs, unknown ids. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ApiValidationResourceTest extends MerchantApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.5", "10", "10.000", "0.00", "-1.00", "1,00", "ten"})
    void anAmountNotAboveZeroWithTwoDecimalsIsInvalidAmount(String amount) {
        ObjectNode deposit = TrustlyRequests.deposit();
        attributes(deposit).put("Amount", amount);

        assertThat(merchant.call("Deposit", deposit).errorCode(sandbox)).isEqualTo(615);
    }

    @Test
    void anAmountSentAsAJsonNumberIsInvalidAmount() {
        ObjectNode deposit = TrustlyRequests.deposit();
        attributes(deposit).put("Amount", 100.00);

        Reply reply = merchant.call("Deposit", deposit);

        assertThat(reply.errorCode(sandbox)).isEqualTo(615);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_AMOUNT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "eur", "EURO", "USD"})
    void aCurrencyTheMerchantHasNoAccountInIsInvalidCurrency(String currency) {
        ObjectNode deposit = TrustlyRequests.deposit();
        attributes(deposit).put("Currency", currency);

        Reply reply = merchant.call("Deposit", deposit);

        assertThat(reply.errorCode(sandbox)).isEqualTo(622);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_CURRENCY_CODE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Firstname", "Lastname", "Country", "Locale", "Currency", "SuccessURL"})
    void aMissingRequiredAttributeIsInvalidParameters(String name) {
        ObjectNode deposit = TrustlyRequests.deposit();
        attributes(deposit).remove(name);

        Reply reply = merchant.call("Deposit", deposit);

        assertThat(reply.errorCode(sandbox)).isEqualTo(623);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_PARAMETERS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NotificationURL", "EndUserID", "MessageID", "Attributes"})
    void aMissingRequiredParameterIsInvalidParameters(String name) {
        ObjectNode deposit = TrustlyRequests.deposit();
        deposit.remove(name);

        assertThat(merchant.call("Deposit", deposit).errorCode(sandbox)).isEqualTo(623);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://merchant.example/notify/n?id=1", "https://elsewhere.example/notify/n", "http://merchant.example/notify/n"})
    void aNotificationUrlWithAQueryOrOutsideTheMerchantsPrefixIsInvalidParameters(String url) {
        ObjectNode deposit = TrustlyRequests.deposit().put("NotificationURL", url);

        assertThat(merchant.call("Deposit", deposit).errorCode(sandbox)).isEqualTo(623);
    }

    @ParameterizedTest
    @ValueSource(strings = {"se", "SWE", "S1"})
    void aCountryThatIsNotTwoCapitalsIsInvalidParameters(String country) {
        ObjectNode deposit = TrustlyRequests.deposit();
        attributes(deposit).put("Country", country);

        assertThat(merchant.call("Deposit", deposit).errorCode(sandbox)).isEqualTo(623);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv-SE", "SV_se", "sv"})
    void aLocaleThatIsNotLanguageUnderscoreCountryIsInvalidParameters(String locale) {
        ObjectNode deposit = TrustlyRequests.deposit();
        attributes(deposit).put("Locale", locale);

        assertThat(merchant.call("Deposit", deposit).errorCode(sandbox)).isEqualTo(623);
    }

    @Test
    void anAmountWithSuggestedLimitsIsInvalidParameters() {
        ObjectNode deposit = TrustlyRequests.deposit();
        attributes(deposit).put("SuggestedMinAmount", "10.00");

        assertThat(merchant.call("Deposit", deposit).errorCode(sandbox)).isEqualTo(623);
    }

    @Test
    void aMessageIdUsedBeforeIsDuplicateMessageId() {
        ObjectNode first = TrustlyRequests.deposit();
        merchant.call("Deposit", first).data(sandbox);
        ObjectNode second = TrustlyRequests.withdraw().put("MessageID", first.get("MessageID").asText());

        Reply reply = merchant.call("Withdraw", second);

        assertThat(reply.errorCode(sandbox)).isEqualTo(637);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_DUPLICATE_MESSAGE_ID");
    }

    @Test
    void anotherMerchantMayUseTheSameMessageId() {
        ObjectNode deposit = TrustlyRequests.deposit();
        merchant.call("Deposit", deposit).data(sandbox);

        assertThat(TestMerchant.register().call("Deposit", deposit).data(sandbox).has("orderid")).isTrue();
    }

    @Test
    void refundOfAnUnknownOrderIsInvalidOrderId() {
        Reply reply = merchant.call("Refund", TrustlyRequests.refund(1_999_999_999L, "10.00", "EUR"));

        assertThat(reply.errorCode(sandbox)).isEqualTo(625);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_ORDER_ID");
    }

    @Test
    void refundOfAnotherMerchantsDepositIsInvalidOrderId() {
        long theirs = TestMerchant.register().call("Deposit", TrustlyRequests.deposit()).data(sandbox).get("orderid").asLong();

        assertThat(merchant.call("Refund", TrustlyRequests.refund(theirs, "10.00", "EUR")).errorCode(sandbox)).isEqualTo(625);
    }

    @Test
    void cancelChargeOfAnUnknownOrderIsInvalidOrderId() {
        Reply reply = merchant.call("CancelCharge", TrustlyRequests.orderId(1_999_999_999L));

        assertThat(reply.errorCode(sandbox)).isEqualTo(625);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_ORDER_ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ApproveWithdrawal", "DenyWithdrawal", "GetWithdrawals"})
    void withdrawalMethodsWithAnUnknownOrderAreNotFound(String method) {
        Reply reply = merchant.call(method, TrustlyRequests.orderId(1_999_999_999L));

        assertThat(reply.errorCode(sandbox)).isEqualTo(604);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_NOT_FOUND");
    }

    @Test
    void accountPayoutToAnUnknownAccountIsInvalidBankAccountNumber() {
        Reply reply = merchant.call("AccountPayout", TrustlyRequests.accountPayout("3999999999", "10.00"));

        assertThat(reply.errorCode(sandbox)).isEqualTo(624);
        assertThat(reply.errorMessage()).isEqualTo("ERROR_INVALID_BANK_ACCOUNT_NUMBER");
    }

    @Test
    void anOrderIdThatIsNotANumberIsInvalidParameters() {
        ObjectNode refund = TrustlyRequests.refund(1L, "10.00", "EUR").put("OrderID", "12ab");

        assertThat(merchant.call("Refund", refund).errorCode(sandbox)).isEqualTo(623);
    }

    private static ObjectNode attributes(ObjectNode data) {
        return (ObjectNode) data.get("Attributes");
    }
}
