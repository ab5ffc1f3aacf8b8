package io.paybridge.support.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest(name = "{0} {1} = {2} minor units")
    @CsvSource({
        "100.00, EUR, 10000",
        "100, EUR, 10000",
        "100.5, EUR, 10050",
        "0.01, EUR, 1",
        "-12.34, EUR, -1234",
        "-0.00, EUR, 0",
        "007.10, SEK, 710",
        "1500, JPY, 1500",
        "1500.00, JPY, 1500",
        "1.005, BHD, 1005",
        "1.5, BHD, 1500",
        "0.010, BHD, 10",
        "92233720368547758.07, EUR, 9223372036854775807",
        "-92233720368547758.07, EUR, -9223372036854775807",
    })
    void parsesExactly(String decimal, String currency, long minorUnits) {
        assertThat(Money.parse(decimal, currency)).isEqualTo(Money.ofMinor(minorUnits, currency));
    }

    @ParameterizedTest(name = "{0} {1} is written {2}")
    @CsvSource({
        "10000, EUR, 100.00",
        "1, EUR, 0.01",
        "-1, EUR, -0.01",
        "-1234, EUR, -12.34",
        "0, EUR, 0.00",
        "1500, JPY, 1500",
        "-7, JPY, -7",
        "1005, BHD, 1.005",
        "5, BHD, 0.005",
        "9223372036854775807, EUR, 92233720368547758.07",
    })
    void writesTheCurrencyExponent(long minorUnits, String currency, String decimal) {
        assertThat(Money.ofMinor(minorUnits, currency).toDecimalString()).isEqualTo(decimal);
    }

    @Test
    void writesOtherDecimalPlacesWhenNoDigitIsLost() {
        assertThat(Money.ofMinor(1500, "JPY").toDecimalString(2)).isEqualTo("1500.00");
        assertThat(Money.ofMinor(1500, "BHD").toDecimalString(2)).isEqualTo("1.50");
        assertThat(Money.ofMinor(-5, "EUR").toDecimalString(3)).isEqualTo("-0.050");
        assertThatThrownBy(() -> Money.ofMinor(1005, "BHD").toDecimalString(2))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("2 decimal places");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1.00", "1.00 ", "+1.00", "1,00", "1.", ".5", "1e2", "0x10", "1.0.0", "--1", "١٠٠", "NaN"})
    void refusesWhatIsNotAPlainDecimal(String decimal) {
        assertThatThrownBy(() -> Money.parse(decimal, "EUR"))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("plain decimal");
    }

    @ParameterizedTest(name = "{0} {1} is too precise")
    @CsvSource({"0.001, EUR", "100.50, JPY", "1.0051, BHD", "0.0000001, EUR"})
    void refusesNonZeroDigitsBeyondTheExponent(String decimal, String currency) {
        assertThatThrownBy(() -> Money.parse(decimal, currency))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("decimal places");
    }

    @Test
    void refusesAmountsBeyondALongOfMinorUnits() {
        assertThatThrownBy(() -> Money.parse("92233720368547758.08", "EUR"))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> Money.ofMinor(Long.MAX_VALUE, "EUR").plus(Money.ofMinor(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EU", "EURO", "ABC", "XAU", "XXX"})
    void refusesWhatIsNotAnIso4217CurrencyWithMinorUnits(String code) {
        assertThatThrownBy(() -> Money.parse("1.00", code)).isInstanceOf(InvalidCurrencyException.class);
    }

    @Test
    void refusesAMissingAmountOrCurrency() {
        assertThatThrownBy(() -> Money.parse(null, "EUR")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.parse("1.00", null)).isInstanceOf(InvalidCurrencyException.class);
    }

    @Test
    void addsSubtractsAndComparesWithinOneCurrency() {
        Money ten = Money.parse("10.00", "EUR");
        Money three = Money.parse("3.33", "EUR");
        assertThat(ten.minus(three)).isEqualTo(Money.parse("6.67", "EUR"));
        assertThat(ten.plus(three)).isEqualTo(Money.parse("13.33", "EUR"));
        assertThat(three.minus(ten).isNegative()).isTrue();
        assertThat(ten.compareTo(three)).isPositive();
        assertThat(Money.zero("EUR").isZero()).isTrue();
        assertThat(three.negate()).isEqualTo(Money.parse("-3.33", "EUR"));
        assertThat(ten.toString()).isEqualTo("10.00 EUR");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.parse("1.00", "EUR").plus(Money.parse("1.00", "SEK")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("cannot combine EUR with SEK");
        assertThatThrownBy(() -> Money.parse("1.00", "EUR").compareTo(Money.parse("1.00", "SEK")))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
