package io.paybridge.trustly.api;

import io.paybridge.trustly.api.payin.Deposit;
import io.paybridge.trustly.api.payin.Refund;
import io.paybridge.trustly.api.payout.ApproveWithdrawal;
import io.paybridge.trustly.api.report.AccountLedger;
import io.paybridge.trustly.api.report.ViewAutomaticSettlementDetailsCsv;
import io.paybridge.trustly.error.TrustlyValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every rule of reference §3 rejects a bad request before it is sent, naming the member and never its value. */
class RequestValidationTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("amount zero", TestRequests.deposit().amount("EUR", new BigDecimal("0.00")).build(),
                        "Attributes.Amount", "greater than 0"),
                Arguments.of("amount negative", refund("-1.00"), "Amount", "greater than 0"),
                Arguments.of("amount with one decimal", refund("10.5"), "Amount", "two decimals"),
                Arguments.of("amount with three decimals", refund("10.005"), "Amount", "two decimals"),
                Arguments.of("amount without decimals (minor units?)",
                        TestRequests.accountPayout().amount("SEK", new BigDecimal("1050")).build(), "Amount", "two decimals"),
                Arguments.of("amount missing", Refund.of("1", null, "EUR"), "Amount", "required"),
                Arguments.of("amount and suggested amounts", depositWith(new BigDecimal("5.00"), null, null),
                        "Attributes.Amount", "combined"),
                Arguments.of("suggested min above max", TestRequests.deposit()
                                .suggestedAmounts("EUR", new BigDecimal("50.00"), new BigDecimal("10.00")).build(),
                        "Attributes.SuggestedMinAmount", "exceed"),
                Arguments.of("currency lower case", Refund.of("1", new BigDecimal("1.00"), "eur"), "Currency", "ISO 4217"),
                Arguments.of("currency two letters", TestRequests.deposit().amount("EU", new BigDecimal("1.00")).build(),
                        "Attributes.Currency", "ISO 4217"),
                Arguments.of("currency missing", TestRequests.withdraw().currency(null).build(), "Currency", "required"),
                Arguments.of("country lower case", TestRequests.deposit().endUser(TestRequests.endUser().country("se").build()).build(),
                        "Attributes.Country", "alpha-2"),
                Arguments.of("country three letters", TestRequests.withdraw()
                                .endUser(TestRequests.endUser().country("SWE").build()).build(),
                        "Attributes.Country", "alpha-2"),
                Arguments.of("locale without territory", TestRequests.deposit()
                                .endUser(TestRequests.endUser().locale("sv").build()).build(),
                        "Attributes.Locale", "ll_CC"),
                Arguments.of("locale with a dash", TestRequests.selectAccount()
                                .endUser(TestRequests.endUser().locale("sv-SE").build()).build(),
                        "Attributes.Locale", "ll_CC"),
                Arguments.of("NotificationURL over ftp", TestRequests.deposit()
                                .order("ftp://merchant.example/n", "user-42", "dep-1").build(),
                        "NotificationURL", "https"),
                Arguments.of("NotificationURL with a query", TestRequests.charge()
                                .order("https://merchant.example/n?order=1", "user-42", "ch-1").build(),
                        "NotificationURL", "'?'"),
                Arguments.of("NotificationURL relative", TestRequests.accountPayout().order("/n/1", "user-42", "po-1").build(),
                        "NotificationURL", "https"),
                Arguments.of("NotificationURL missing", TestRequests.withdraw().order(null, "user-42", "wd-1").build(),
                        "NotificationURL", "required"),
                Arguments.of("MessageID blank", TestRequests.deposit()
                                .order(TestRequests.NOTIFICATION_URL, "user-42", " ").build(),
                        "MessageID", "blank"),
                Arguments.of("EndUserID blank", TestRequests.selectAccount()
                                .order(TestRequests.NOTIFICATION_URL, "", "sa-1").build(),
                        "EndUserID", "blank"),
                Arguments.of("EndUserID missing", TestRequests.registerAccount().endUserId(null).build(), "EndUserID", "required"),
                Arguments.of("date with a five-digit year", new AccountLedger(LocalDate.of(10000, 1, 1),
                        LocalDate.of(10000, 2, 1), null), "FromDate", "YYYY-MM-DD"),
                Arguments.of("ToDate not after FromDate", new AccountLedger(LocalDate.parse("2024-02-01"),
                        LocalDate.parse("2024-02-01"), "EUR"), "ToDate", "after"),
                Arguments.of("SettlementDate missing", new ViewAutomaticSettlementDetailsCsv(null, null),
                        "SettlementDate", "required"),
                Arguments.of("Charge ShopperStatement with other characters", TestRequests.charge()
                                .shopperStatement("Shop & Co!").build(),
                        "Attributes.ShopperStatement", "A-Z a-z 0-9"),
                Arguments.of("Charge ShopperStatement with non-ASCII letters", TestRequests.charge()
                                .shopperStatement("Åhléns").build(),
                        "Attributes.ShopperStatement", "A-Z a-z 0-9"),
                Arguments.of("Charge Email missing", TestRequests.charge().email(null).build(), "Attributes.Email", "required"),
                Arguments.of("Charge AccountID missing", TestRequests.charge().accountId(null).build(), "AccountID", "required"),
                Arguments.of("Deposit Firstname missing", TestRequests.deposit()
                                .endUser(TestRequests.endUser().firstname(null).build()).build(),
                        "Attributes.Firstname", "required"),
                Arguments.of("Deposit without an end user", TestRequests.deposit().endUser(null).build(),
                        "Attributes.Firstname", "required"),
                Arguments.of("Deposit Email missing", TestRequests.deposit()
                                .endUser(TestRequests.endUser().email(null).build()).build(),
                        "Attributes.Email", "required"),
                Arguments.of("Deposit SuccessURL missing", TestRequests.deposit().page(null).build(),
                        "Attributes.SuccessURL", "required"),
                Arguments.of("Deposit FailURL missing", TestRequests.deposit()
                                .page(CheckoutPage.of("https://merchant.example/ok", null)).build(),
                        "Attributes.FailURL", "required"),
                Arguments.of("Deposit ShopperStatement missing", TestRequests.deposit().shopperStatement(null).build(),
                        "Attributes.ShopperStatement", "required"),
                Arguments.of("Deposit DateOfBirth is not a Deposit attribute", TestRequests.deposit()
                                .endUser(TestRequests.endUser().dateOfBirth(LocalDate.parse("1979-01-31")).build()).build(),
                        "Attributes.DateOfBirth", "not a member of Deposit"),
                Arguments.of("unchangeable national id without the id", TestRequests.deposit()
                                .endUser(TestRequests.endUser().nationalIdentificationNumber(null, true).build()).build(),
                        "Attributes.NationalIdentificationNumber", "required"),
                Arguments.of("URLTarget not supported", TestRequests.deposit()
                                .page(TestRequests.page().withUrlTarget("_blank")).build(),
                        "Attributes.URLTarget", "_top"),
                Arguments.of("ChargeAccountID without QuickDeposit", depositWith(null, "3311", null),
                        "Attributes.ChargeAccountID", "QuickDeposit"),
                Arguments.of("RecipientInformation without Partytype", TestRequests.deposit()
                                .recipientInformation(new PartyInformation(null, "Åsa", null, "SE", null, null, null)).build(),
                        "Attributes.RecipientInformation.Partytype", "required"),
                Arguments.of("SelectAccount mandate without Email", TestRequests.selectAccount()
                                .requestDirectDebitMandate(true).build(),
                        "Attributes.Email", "required"),
                Arguments.of("Withdraw SuggestedAmount with bounds", TestRequests.withdraw()
                                .suggestedAmount(new BigDecimal("20.00"))
                                .suggestedAmounts(new BigDecimal("10.00"), null).build(),
                        "Attributes.SuggestedAmount", "combined"),
                Arguments.of("Withdraw bank account without clearing house", TestRequests.withdraw()
                                .bankAccount(new BankAccount(null, "6112", "69706212")).build(),
                        "Attributes.ClearingHouse", "required"),
                Arguments.of("AccountPayout ShopperStatement missing", TestRequests.accountPayout().shopperStatement(null).build(),
                        "Attributes.ShopperStatement", "required"),
                Arguments.of("RegisterAccount AccountNumber missing", TestRequests.registerAccount()
                                .bankAccount(new BankAccount("SWEDEN", "6112", null)).build(),
                        "AccountNumber", "required"),
                Arguments.of("RegisterAccount BankNumber missing (empty is fine, null is not)", TestRequests.registerAccount()
                                .bankAccount(new BankAccount("SWEDEN", null, "69706212")).build(),
                        "BankNumber", "required"),
                Arguments.of("OrderID blank", new ApproveWithdrawal(""), "OrderID", "blank"),
                Arguments.of("extra attribute repeating a typed one", TestRequests.deposit()
                                .extraAttribute("Currency", "SEK").build(),
                        "Attributes.Currency", "typed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsNamingTheField(String name, TrustlyRequest<?> request, String field, String problem) {
        TrustlyValidationException e = catchThrowableOfType(TrustlyValidationException.class, request::data);

        assertThat(e).as("validation error").isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(field + " ").contains(problem);
    }

    private static Refund refund(String amount) {
        return Refund.of("1187741486", new BigDecimal(amount), "EUR");
    }

    /** The builder keeps Amount and suggested amounts exclusive; the record can still be made inconsistent. */
    private static Deposit depositWith(BigDecimal suggestedMin, String chargeAccountId, Boolean quickDeposit) {
        Deposit d = TestRequests.deposit().build();
        return new Deposit(d.notificationUrl(), d.endUserId(), d.messageId(), d.currency(), d.amount(), suggestedMin,
                d.suggestedMaxAmount(), d.endUser(), d.page(), d.shopperStatement(), d.shippingAddress(),
                d.externalReference(), d.paymentMethod(), d.requestDirectDebitMandate(), chargeAccountId, quickDeposit,
                d.accountId(), d.pspMerchant(), d.recipientInformation(), d.requestKyc(), d.integrationModule(),
                d.holdNotifications(), d.extraAttributes());
    }

    @Test
    void aDepositWithoutMobilePhoneIsValid() {
        // many merchant contracts ask for it, the API does not: the caller decides
        var request = TestRequests.deposit().endUser(TestRequests.endUser().mobilePhone(null).build()).build();

        assertThat(request.data().path("Attributes").has("MobilePhone")).isFalse();
    }

    @Test
    void theMessageNeverContainsTheValue() {
        var request = TestRequests.deposit().endUser(TestRequests.endUser().locale("Åsa Lindqvist").build()).build();

        assertThatThrownBy(request::data).isInstanceOf(TrustlyValidationException.class)
                .message().doesNotContain("Åsa").doesNotContain("Lindqvist");
    }

    @Test
    void theCredentialsValidateTheRequestToo() {
        assertThatThrownBy(() -> TestRequests.CREDENTIALS.dataFor(refund("1")))
                .isInstanceOf(TrustlyValidationException.class);
    }
}
