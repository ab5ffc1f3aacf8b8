package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden strings for the canonical serializer: every case of reference §2.3 and every plaintext of §2.4. */
class CanonicalSerializerTest {

    static Stream<Arguments> officialCases() {
        return Stream.of(
                Arguments.of("docs ex1: nested array with object",
                        "{\"MyKey\":\"MyValue\",\"MyArray\":[\"Element1\",\"Element2\",{\"mykey2\":\"myvalue2\"}]}",
                        "MyArrayElement1Element2mykey2myvalue2MyKeyMyValue"),
                Arguments.of("python testSerialize: null, unsorted array, deep objects, arrays of arrays",
                        "{\"nullvalue\":null,\"array\":[\"012\",\"013\",\"011\",\"014\",\"abc\",\"010\",\"def\"],"
                                + "\"deep1\":{\"deep2\":{\"deep3\":{\"deep4\":{\"deep5\":{}}}}},"
                                + "\"arrayofarray1\":[[[[[[9,5,1,10]]]]],[\"abc\",\"foo\",\"01\"]]}",
                        "array012013011014abc010defarrayofarray195110abcfoo01deep1deep2deep3deep4deep5nullvalue"),
                Arguments.of("non-ASCII keys sort by code point",
                        "{\"öäå\":\"3\",\"äåö\":\"2\",\"åöä\":\"1\"}",
                        "äåö2åöä1öäå3"),
                Arguments.of("java SerializerTest: null descriptor keeps its key",
                        "{\"accountid\":\"123456789\",\"bank\":\"BankA\",\"clearinghouse\":\"SWEDEN\",\"descriptor\":null}",
                        "accountid123456789bankBankAclearinghouseSWEDENdescriptor"),
                Arguments.of("uppercase sorts before lowercase (IP < IntegrationModule)",
                        "{\"IntegrationModule\":\"x\",\"IP\":\"1\"}",
                        "IP1IntegrationModulex"),
                Arguments.of("URLTarget < UnchangeableNationalIdentificationNumber",
                        "{\"UnchangeableNationalIdentificationNumber\":\"1\",\"URLTarget\":\"_top\"}",
                        "URLTarget_topUnchangeableNationalIdentificationNumber1"),
                Arguments.of("empty object yields only its key", "{\"a\":{},\"b\":\"\"}", "ab"),
                Arguments.of("integers as their text", "{\"code\":616,\"message\":\"ERROR_INVALID_CREDENTIALS\"}",
                        "code616messageERROR_INVALID_CREDENTIALS"),
                Arguments.of("non-integer numbers as Trustly's clients print them", "{\"a\":1.10}", "a1.1"),
                Arguments.of("booleans as Java and JS print them", "{\"a\":true,\"b\":false}", "atruebfalse"),
                Arguments.of("strings are the unescaped value", "{\"a\":\"x\\\"y\\\\z\\u00e5\"}", "ax\"y\\zå"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialCases")
    void serializesLikeTrustly(String name, String json, String expected) {
        assertThat(CanonicalSerializer.serialize(tree(json))).isEqualTo(expected);
    }

    @Test
    void codePointOrderIsNotUtf16Order() {
        // U+FF21 (a BMP char) sorts before U+1F600 by code point, after it by UTF-16 code unit
        String json = "{\"\\ud83d\\ude00\":\"1\",\"\\uff21\":\"2\"}";
        assertThat(CanonicalSerializer.serialize(tree(json))).isEqualTo("\uff212\ud83d\ude001");
    }

    @Test
    void workedExampleA_depositWithNestedAttributesNullAndNonAscii() {
        String data = "{\"Username\":\"u\",\"Password\":\"p\",\"NotificationURL\":\"https://m.example/n/1\",\"EndUserID\":\"42\","
                + "\"MessageID\":\"ord-1\",\"Attributes\":{\"Currency\":\"EUR\",\"Amount\":\"10.00\",\"URLTarget\":\"_top\","
                + "\"UnchangeableNationalIdentificationNumber\":\"1\",\"IP\":\"1.2.3.4\",\"IntegrationModule\":\"x\","
                + "\"Locale\":\"sv_SE\",\"ShopperStatement\":\"Shop\",\"Firstname\":\"Åsa\",\"Lastname\":null}}";
        assertThat(Plaintext.text("Deposit", "8e0a7b1c-0000-4000-8000-000000000001", tree(data))).isEqualTo(
                "Deposit8e0a7b1c-0000-4000-8000-000000000001AttributesAmount10.00CurrencyEURFirstnameÅsaIP1.2.3.4"
                        + "IntegrationModulexLastnameLocalesv_SEShopperStatementShopURLTarget_top"
                        + "UnchangeableNationalIdentificationNumber1EndUserID42MessageIDord-1"
                        + "NotificationURLhttps://m.example/n/1PasswordpUsernameu");
        assertThat(Plaintext.bytes("Deposit", "x", tree("{\"a\":\"Å\"}")))
                .isEqualTo("DepositxaÅ".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void workedExampleB_notificationReply() {
        assertThat(Plaintext.text("credit", "8e0a7b1c-0000-4000-8000-000000000002", tree("{\"status\":\"OK\"}")))
                .isEqualTo("credit8e0a7b1c-0000-4000-8000-000000000002statusOK");
    }

    @Test
    void workedExampleC_arrayData() {
        String data = "[{\"currency\":\"EUR\",\"balance\":\"10.83\"},{\"currency\":\"SEK\",\"balance\":\"1403.64\"}]";
        assertThat(Plaintext.text("Balance", "u-1", tree(data)))
                .isEqualTo("Balanceu-1balance10.83currencyEURbalance1403.64currencySEK");
    }

    @Test
    void workedExampleD_nullAttributesKeepTheKeyAbsentAttributesDoNot() {
        String withNull = "{\"Username\":\"merchant_username\",\"Password\":\"merchant_password\",\"OrderID\":\"1187741486\","
                + "\"Amount\":\"30.00\",\"Currency\":\"EUR\",\"Attributes\":null}";
        String absent = "{\"Username\":\"merchant_username\",\"Password\":\"merchant_password\",\"OrderID\":\"1187741486\","
                + "\"Amount\":\"30.00\",\"Currency\":\"EUR\"}";
        assertThat(Plaintext.text("Refund", "u", tree(withNull)))
                .isEqualTo("RefunduAmount30.00AttributesCurrencyEUROrderID1187741486Passwordmerchant_passwordUsernamemerchant_username");
        assertThat(Plaintext.text("Refund", "u", tree(absent)))
                .isEqualTo("RefunduAmount30.00CurrencyEUROrderID1187741486Passwordmerchant_passwordUsernamemerchant_username");
    }

    @Test
    void workedExampleE_accountNotificationWithNestedAttributes() {
        String data = "{\"notificationid\":\"1\",\"messageid\":\"m\",\"orderid\":\"9\",\"accountid\":\"77\",\"verified\":\"1\","
                + "\"attributes\":{\"clearinghouse\":\"SWEDEN\",\"bank\":\"SEB\",\"descriptor\":\"**** *084057\",\"lastdigits\":\"084057\"}}";
        assertThat(Plaintext.text("account", "u", tree(data))).isEqualTo(
                "accountuaccountid77attributesbankSEBclearinghouseSWEDENdescriptor**** *084057lastdigits084057"
                        + "messageidmnotificationid1orderid9verified1");
    }

    @Test
    void missingMethodAndUuidCountAsEmpty() {
        assertThat(Plaintext.text(null, null, tree("{\"code\":620}"))).isEqualTo("code620");
    }

    private static JsonNode tree(String json) {
        return JsonRpc.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
