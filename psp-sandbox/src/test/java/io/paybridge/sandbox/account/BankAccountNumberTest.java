package io.paybridge.sandbox.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which account details Trustly would take, and how the sandbox names and masks them. */
class BankAccountNumberTest {

    @ParameterizedTest
    @CsvSource({"SWEDEN,6112,69706212", "SWEDEN,8327-9,1234567", "GERMANY,,DE89370400440532013000", "NORWAY,,NO9386011117947"})
    void acceptsSwedishClearingAndAccountNumbersAndIbans(String clearinghouse, String bank, String account) {
        assertThat(BankAccountNumber.parse(clearinghouse, bank == null ? "" : bank.replace("-", ""), account)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"SWEDEN,6112,AASSSRMFKF", "SWEDEN,61,69706212", "SWEDEN,,69706212", "GERMANY,,12345", "GERMANY,,de89370400440532013000"})
    void refusesWhatDoesNotFitTheClearinghouse(String clearinghouse, String bank, String account) {
        assertThat(BankAccountNumber.parse(clearinghouse, bank, account)).isEmpty();
    }

    @Test
    void masksAllButTheLastSixDigitsAndNamesTheBankByClearingNumber() {
        BankAccountNumber number = BankAccountNumber.parse("SWEDEN", "6112", "69706212084057").orElseThrow();

        assertThat(number.descriptor()).isEqualTo("**** *084057");
        assertThat(number.bankName()).isEqualTo("Handelsbanken");
        assertThat(number.toString()).doesNotContain("69706212");
    }
}
