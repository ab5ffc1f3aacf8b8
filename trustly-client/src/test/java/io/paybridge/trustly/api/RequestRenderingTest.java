package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.payin.Refund;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.Plaintext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import static io.paybridge.trustly.api.TestRequests.UUID;
import static org.assertj.core.api.Assertions.assertThat;

/** Golden Data JSON (as a tree: null versus absent counts) and exact signed plaintext of every method. */
class RequestRenderingTest {

    private static final String NOTIFY = "\"NotificationURL\":\"https://merchant.example/trustly/n/7f3a\",";
    private static final String CREDENTIALS = "\"Username\":\"merchant_username\",\"Password\":\"merchant_password\",";
    private static final String NOTIFY_TEXT = "NotificationURLhttps://merchant.example/trustly/n/7f3a";
    private static final String CREDENTIALS_TEXT = "Passwordmerchant_passwordUsernamemerchant_username";

    static Stream<Arguments> golden() {
        return Stream.of(
                Arguments.of("Deposit, the required members", TestRequests.deposit().build(),
                        "{" + CREDENTIALS + NOTIFY + """
                        "EndUserID":"user-42","MessageID":"dep-1","Attributes":{"Currency":"EUR","Amount":"10.00",
                        "Firstname":"Åsa","Lastname":"Lindqvist","Email":"asa@example.com","MobilePhone":"+46701234567",
                        "Country":"SE","Locale":"sv_SE","SuccessURL":"https://merchant.example/ok",
                        "FailURL":"https://merchant.example/fail","ShopperStatement":"Paybridge"}}""",
                        "Deposit" + UUID + "AttributesAmount10.00CountrySECurrencyEUREmailasa@example.com"
                                + "FailURLhttps://merchant.example/failFirstnameÅsaLastnameLindqvistLocalesv_SE"
                                + "MobilePhone+46701234567ShopperStatementPaybridgeSuccessURLhttps://merchant.example/ok"
                                + "EndUserIDuser-42MessageIDdep-1" + NOTIFY_TEXT + CREDENTIALS_TEXT),
                Arguments.of("Deposit, every optional member", fullDeposit(),
                        "{" + CREDENTIALS + NOTIFY + """
                        "EndUserID":"user-42","MessageID":"dep-1","Attributes":{"Currency":"EUR",
                        "SuggestedMinAmount":"5.00","SuggestedMaxAmount":"100.00","Firstname":"Åsa","Lastname":"Lindqvist",
                        "Email":"asa@example.com","MobilePhone":"+46701234567","NationalIdentificationNumber":"19790131-1234",
                        "UnchangeableNationalIdentificationNumber":"1","Country":"SE","Locale":"sv_SE","IP":"192.0.2.10",
                        "SuccessURL":"https://merchant.example/ok","FailURL":"https://merchant.example/fail",
                        "TemplateURL":"https://merchant.example/template","URLTarget":"_top","ShopperStatement":"Paybridge",
                        "ShippingAddressCountry":"SE","ShippingAddressPostalCode":"11253","ShippingAddressCity":"Stockholm",
                        "ShippingAddressLine1":"Storgatan 1","ExternalReference":"INV-9","RequestDirectDebitMandate":"1",
                        "ChargeAccountID":"3311","QuickDeposit":"1","AccountID":"1520389582","PSPMerchant":"Shop AB",
                        "PSPMerchantURL":"https://shop.example","MerchantCategoryCode":"5411",
                        "RecipientInformation":{"Partytype":"PERSON","Firstname":"Åsa","Lastname":"Lindqvist",
                          "CountryCode":"SE","CustomerID":"c-1","Address":"Storgatan 1, Stockholm","DateOfBirth":"1979-01-31"},
                        "RequestKYC":"1","IntegrationModule":"paybridge-1","HoldNotifications":"1",
                        "ReturnToAppURL":"paybridge://back"}}""",
                        "Deposit" + UUID + "AttributesAccountID1520389582ChargeAccountID3311CountrySECurrencyEUR"
                                + "Emailasa@example.comExternalReferenceINV-9FailURLhttps://merchant.example/fail"
                                + "FirstnameÅsaHoldNotifications1IP192.0.2.10IntegrationModulepaybridge-1LastnameLindqvist"
                                + "Localesv_SEMerchantCategoryCode5411MobilePhone+46701234567"
                                + "NationalIdentificationNumber19790131-1234PSPMerchantShop ABPSPMerchantURLhttps://shop.example"
                                + "QuickDeposit1RecipientInformationAddressStorgatan 1, StockholmCountryCodeSECustomerIDc-1"
                                + "DateOfBirth1979-01-31FirstnameÅsaLastnameLindqvistPartytypePERSON"
                                + "RequestDirectDebitMandate1RequestKYC1ReturnToAppURLpaybridge://back"
                                + "ShippingAddressCityStockholmShippingAddressCountrySEShippingAddressLine1Storgatan 1"
                                + "ShippingAddressPostalCode11253ShopperStatementPaybridgeSuccessURLhttps://merchant.example/ok"
                                + "SuggestedMaxAmount100.00SuggestedMinAmount5.00TemplateURLhttps://merchant.example/template"
                                + "URLTarget_topUnchangeableNationalIdentificationNumber1"
                                + "EndUserIDuser-42MessageIDdep-1" + NOTIFY_TEXT + CREDENTIALS_TEXT),
                Arguments.of("Refund without ExternalReference: Attributes null (reference §2.4 D)", TestRequests.refund(),
                        "{" + CREDENTIALS + """
                        "OrderID":"1187741486","Amount":"30.00","Currency":"EUR","Attributes":null}""",
                        "Refund" + UUID + "Amount30.00AttributesCurrencyEUROrderID1187741486" + CREDENTIALS_TEXT),
                Arguments.of("Refund with ExternalReference",
                        new Refund("1187741486", new BigDecimal("30.00"), "EUR", "INV-9"),
                        "{" + CREDENTIALS + """
                        "OrderID":"1187741486","Amount":"30.00","Currency":"EUR","Attributes":{"ExternalReference":"INV-9"}}""",
                        "Refund" + UUID + "Amount30.00AttributesExternalReferenceINV-9CurrencyEUROrderID1187741486"
                                + CREDENTIALS_TEXT),
                Arguments.of("Withdraw", fullWithdraw(),
                        "{" + CREDENTIALS + NOTIFY + """
                        "EndUserID":"user-42","MessageID":"wd-1","Currency":"SEK","Attributes":{"Firstname":"Åsa",
                        "Lastname":"Lindqvist","Email":"asa@example.com","MobilePhone":"+46701234567","DateOfBirth":"1979-01-31",
                        "Country":"SE","Locale":"sv_SE","SuccessURL":"https://merchant.example/ok",
                        "FailURL":"https://merchant.example/fail","ClearingHouse":"SWEDEN","BankNumber":"6112",
                        "AccountNumber":"69706212","Address":"Storgatan 1, 11253 Stockholm","SuggestedMinAmount":"10.00",
                        "SuggestedMaxAmount":"500.00","ExternalReference":"W-9","SenderInformation":{"Partytype":"ORGANISATION",
                        "Firstname":"Shop AB","CountryCode":"SE","CustomerID":"org-1","DateOfBirth":"556677-8899"},
                        "HoldNotifications":"1"}}""",
                        "Withdraw" + UUID + "AttributesAccountNumber69706212AddressStorgatan 1, 11253 Stockholm"
                                + "BankNumber6112ClearingHouseSWEDENCountrySEDateOfBirth1979-01-31Emailasa@example.com"
                                + "ExternalReferenceW-9FailURLhttps://merchant.example/failFirstnameÅsaHoldNotifications1"
                                + "LastnameLindqvistLocalesv_SEMobilePhone+46701234567SenderInformationCountryCodeSE"
                                + "CustomerIDorg-1DateOfBirth556677-8899FirstnameShop ABPartytypeORGANISATION"
                                + "SuccessURLhttps://merchant.example/okSuggestedMaxAmount500.00SuggestedMinAmount10.00"
                                + "CurrencySEKEndUserIDuser-42MessageIDwd-1" + NOTIFY_TEXT + CREDENTIALS_TEXT),
                Arguments.of("AccountPayout", TestRequests.accountPayout().externalReference("PO-9")
                                .pspMerchant(new PspMerchant("Shop AB", "https://shop.example", "5411")).build(),
                        "{" + CREDENTIALS + NOTIFY + """
                        "EndUserID":"user-42","MessageID":"po-1","AccountID":"1520389582","Amount":"250.50",
                        "Currency":"SEK","Attributes":{"ShopperStatement":"Paybridge","ExternalReference":"PO-9",
                        "PSPMerchant":"Shop AB","PSPMerchantURL":"https://shop.example","MerchantCategoryCode":"5411"}}""",
                        "AccountPayout" + UUID + "AccountID1520389582Amount250.50AttributesExternalReferencePO-9"
                                + "MerchantCategoryCode5411PSPMerchantShop ABPSPMerchantURLhttps://shop.example"
                                + "ShopperStatementPaybridgeCurrencySEKEndUserIDuser-42MessageIDpo-1"
                                + NOTIFY_TEXT + CREDENTIALS_TEXT),
                Arguments.of("SelectAccount with a direct debit mandate", TestRequests.selectAccount()
                                .endUser(TestRequests.endUser().build()).page(TestRequests.page())
                                .requestDirectDebitMandate(true).build(),
                        "{" + CREDENTIALS + NOTIFY + """
                        "EndUserID":"user-42","MessageID":"sa-1","Attributes":{"Firstname":"Åsa","Lastname":"Lindqvist",
                        "Email":"asa@example.com","MobilePhone":"+46701234567","Country":"SE","Locale":"sv_SE",
                        "SuccessURL":"https://merchant.example/ok","FailURL":"https://merchant.example/fail",
                        "RequestDirectDebitMandate":"1"}}""",
                        "SelectAccount" + UUID + "AttributesCountrySEEmailasa@example.comFailURLhttps://merchant.example/fail"
                                + "FirstnameÅsaLastnameLindqvistLocalesv_SEMobilePhone+46701234567"
                                + "RequestDirectDebitMandate1SuccessURLhttps://merchant.example/ok"
                                + "EndUserIDuser-42MessageIDsa-1" + NOTIFY_TEXT + CREDENTIALS_TEXT),
                Arguments.of("RegisterAccount with attributes", TestRequests.registerAccount()
                                .dateOfBirth(LocalDate.parse("1979-01-31")).mobilePhone("+46701234567")
                                .email("asa@example.com").build(),
                        "{" + CREDENTIALS + """
                        "EndUserID":"user-42","ClearingHouse":"SWEDEN","BankNumber":"6112","AccountNumber":"69706212",
                        "Firstname":"Åsa","Lastname":"Lindqvist","Attributes":{"DateOfBirth":"1979-01-31",
                        "MobilePhone":"+46701234567","Email":"asa@example.com"}}""",
                        "RegisterAccount" + UUID + "AccountNumber69706212AttributesDateOfBirth1979-01-31"
                                + "Emailasa@example.comMobilePhone+46701234567BankNumber6112ClearingHouseSWEDEN"
                                + "EndUserIDuser-42FirstnameÅsaLastnameLindqvist" + CREDENTIALS_TEXT),
                Arguments.of("RegisterAccount with an IBAN: BankNumber empty, no Attributes", TestRequests.registerAccount()
                                .bankAccount(new BankAccount("GERMANY", "", "DE89370400440532013000")).build(),
                        "{" + CREDENTIALS + """
                        "EndUserID":"user-42","ClearingHouse":"GERMANY","BankNumber":"",
                        "AccountNumber":"DE89370400440532013000","Firstname":"Åsa","Lastname":"Lindqvist"}""",
                        "RegisterAccount" + UUID + "AccountNumberDE89370400440532013000BankNumberClearingHouseGERMANY"
                                + "EndUserIDuser-42FirstnameÅsaLastnameLindqvist" + CREDENTIALS_TEXT),
                Arguments.of("Charge", TestRequests.charge().paymentDate(LocalDate.parse("2024-03-01"))
                                .externalReference("INV-9").build(),
                        "{" + CREDENTIALS + NOTIFY + """
                        "EndUserID":"user-42","MessageID":"ch-1","AccountID":"1520389582","Amount":"99.00","Currency":"SEK",
                        "Attributes":{"ShopperStatement":"Paybridge shop","Email":"asa@example.com",
                        "PaymentDate":"2024-03-01","ExternalReference":"INV-9"}}""",
                        "Charge" + UUID + "AccountID1520389582Amount99.00AttributesEmailasa@example.com"
                                + "ExternalReferenceINV-9PaymentDate2024-03-01ShopperStatementPaybridge shop"
                                + "CurrencySEKEndUserIDuser-42MessageIDch-1" + NOTIFY_TEXT + CREDENTIALS_TEXT),
                Arguments.of("CancelCharge", TestRequests.cancelCharge(),
                        "{" + CREDENTIALS + "\"OrderID\":\"1829735125\"}",
                        "CancelCharge" + UUID + "OrderID1829735125" + CREDENTIALS_TEXT),
                Arguments.of("Balance: credentials only", TestRequests.balance(),
                        "{\"Username\":\"merchant_username\",\"Password\":\"merchant_password\"}",
                        "Balance" + UUID + CREDENTIALS_TEXT),
                Arguments.of("AccountLedger for all currencies: Currency null", TestRequests.accountLedger(),
                        "{" + CREDENTIALS + "\"FromDate\":\"2024-01-01\",\"ToDate\":\"2024-02-01\",\"Currency\":null}",
                        "AccountLedger" + UUID + "CurrencyFromDate2024-01-01Passwordmerchant_password"
                                + "ToDate2024-02-01Usernamemerchant_username"),
                Arguments.of("ViewAutomaticSettlementDetailsCSV", TestRequests.settlementReport(),
                        "{" + CREDENTIALS + """
                        "SettlementDate":"2018-11-17","Currency":"EUR","Attributes":{"APIVersion":"1.2"}}""",
                        "ViewAutomaticSettlementDetailsCSV" + UUID + "AttributesAPIVersion1.2CurrencyEUR"
                                + "Passwordmerchant_passwordSettlementDate2018-11-17Usernamemerchant_username"),
                Arguments.of("ApproveWithdrawal: Attributes null", TestRequests.approveWithdrawal(),
                        "{" + CREDENTIALS + "\"OrderID\":\"2755547734\",\"Attributes\":null}",
                        "ApproveWithdrawal" + UUID + "AttributesOrderID2755547734" + CREDENTIALS_TEXT),
                Arguments.of("DenyWithdrawal: Attributes null", TestRequests.denyWithdrawal(),
                        "{" + CREDENTIALS + "\"OrderID\":\"2755547734\",\"Attributes\":null}",
                        "DenyWithdrawal" + UUID + "AttributesOrderID2755547734" + CREDENTIALS_TEXT),
                Arguments.of("GetWithdrawals", TestRequests.getWithdrawals(),
                        "{" + CREDENTIALS + "\"OrderID\":\"2755547734\"}",
                        "GetWithdrawals" + UUID + "OrderID2755547734" + CREDENTIALS_TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void rendersTheGoldenDataAndPlaintext(String name, TrustlyRequest<?> request, String json, String plaintext) {
        JsonNode data = TestRequests.CREDENTIALS.dataFor(request);

        assertThat(data).isEqualTo(tree(json));
        assertThat(Plaintext.text(request.method(), UUID, data)).isEqualTo(plaintext);
    }

    private static TrustlyRequest<?> fullDeposit() {
        return TestRequests.deposit()
                .suggestedAmounts("EUR", new BigDecimal("5.00"), new BigDecimal("100.00"))
                .endUser(TestRequests.endUser().nationalIdentificationNumber("19790131-1234", true).ip("192.0.2.10").build())
                .page(TestRequests.page().withTemplateUrl("https://merchant.example/template").withUrlTarget("_top"))
                .shippingAddress(PostalAddress.of("SE", "11253", "Stockholm", "Storgatan 1", null))
                .externalReference("INV-9")
                .requestDirectDebitMandate(true)
                .quickDeposit("3311")
                .accountId("1520389582")
                .pspMerchant(new PspMerchant("Shop AB", "https://shop.example", "5411"))
                .recipientInformation(new PartyInformation(PartyInformation.PartyType.PERSON, "Åsa", "Lindqvist", "SE",
                        "c-1", "Storgatan 1, Stockholm", "1979-01-31"))
                .requestKyc(true)
                .integrationModule("paybridge-1")
                .holdNotifications(true)
                .extraAttribute("ReturnToAppURL", "paybridge://back")
                .build();
    }

    private static TrustlyRequest<?> fullWithdraw() {
        return TestRequests.withdraw()
                .endUser(TestRequests.endUser().dateOfBirth(LocalDate.parse("1979-01-31")).build())
                .page(TestRequests.page())
                .bankAccount(TestRequests.swedishAccount())
                .address(PostalAddress.whole("Storgatan 1, 11253 Stockholm"))
                .suggestedAmounts(new BigDecimal("10.00"), new BigDecimal("500.00"))
                .externalReference("W-9")
                .senderInformation(new PartyInformation(PartyInformation.PartyType.ORGANISATION, "Shop AB", null, "SE",
                        "org-1", null, "556677-8899"))
                .holdNotifications(true)
                .build();
    }

    private static JsonNode tree(String json) {
        return JsonRpc.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
