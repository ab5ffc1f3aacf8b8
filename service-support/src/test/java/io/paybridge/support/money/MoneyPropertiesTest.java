package io.paybridge.support.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of Money over random amounts, checked against BigDecimal as the oracle. */
class MoneyPropertiesTest {

    @Provide
    Arbitrary<String> currencies() {
        // Exponents 0, 2 and 3; the ones PSPs settle in and the edge cases.
        return Arbitraries.of("EUR", "SEK", "USD", "GBP", "JPY", "KRW", "BHD", "KWD", "TND");
    }

    @Property
    void writingThenParsingGivesTheSameMoney(@ForAll long minorUnits, @ForAll("currencies") String currency) {
        Money money = Money.ofMinor(minorUnits == Long.MIN_VALUE ? 0 : minorUnits, currency);
        assertThat(Money.parse(money.toDecimalString(), currency)).isEqualTo(money);
    }

    @Property
    void theDecimalStringIsTheExactValue(@ForAll long minorUnits, @ForAll("currencies") String currency) {
        Money money = Money.ofMinor(minorUnits == Long.MIN_VALUE ? 0 : minorUnits, currency);
        assertThat(new BigDecimal(money.toDecimalString()))
                .isEqualTo(BigDecimal.valueOf(money.minorUnits(), money.exponent()));
    }

    @Property
    void parsingAgreesWithBigDecimal(
            @ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long whole,
            @ForAll @IntRange(min = 0, max = 999) int fraction,
            @ForAll("currencies") String currency) {
        int exponent = Money.currency(currency).getDefaultFractionDigits();
        String fractionDigits = String.format("%03d", fraction).substring(0, exponent);
        String decimal = whole + (exponent == 0 ? "" : "." + fractionDigits);
        BigDecimal expected = new BigDecimal(decimal).movePointRight(exponent);
        assertThat(Money.parse(decimal, currency).minorUnits()).isEqualTo(expected.longValueExact());
    }

    @Property
    void extraZerosChangeNothingAndExtraDigitsAreRefused(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long minorUnits,
            @ForAll("currencies") String currency,
            @ForAll @IntRange(min = 1, max = 9) int extraDigit) {
        Money money = Money.ofMinor(minorUnits, currency);
        String padded = money.toDecimalString(money.exponent() + 2);
        assertThat(Money.parse(padded, currency)).isEqualTo(money);
        assertThatThrownBy(() -> Money.parse(padded + extraDigit, currency)).isInstanceOf(InvalidAmountException.class);
    }

    @Property
    void additionAndSubtractionAreInverse(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b,
            @ForAll("currencies") String currency) {
        Money left = Money.ofMinor(a, currency);
        Money right = Money.ofMinor(b, currency);
        assertThat(left.plus(right).minus(right)).isEqualTo(left);
        assertThat(left.plus(right).minorUnits()).isEqualTo(a + b);
    }
}
