package io.paybridge.testkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassTallyTest {

    @Test
    void countsAddUpOverCurrenciesAndLinesOfTheSameClass() {
        ClassTally tally = new ClassTally();
        tally.add("MATCHED", "EUR", 2, 300);
        tally.add("MATCHED", "EUR", 1, 50);
        tally.add("MATCHED", "SEK", 4, -10);

        assertThat(tally.count("MATCHED")).isEqualTo(7);
        assertThat(tally.count("MISSING_IN_REPORT")).isZero();
        assertThat(tally.lines().get("MATCHED").get("EUR")).isEqualTo(new ClassTally.Line(3, 350));
    }

    @Test
    void twoTalliesAgreeOnlyWhenEveryClassAndCurrencyHasTheSameCountAndSum() {
        ClassTally service = new ClassTally();
        service.add("MATCHED", "EUR", 3, 350);
        service.add("FX", "SEK", 1, -5);
        ClassTally plain = new ClassTally();
        plain.add("FX", "SEK", 1, -5);
        plain.add("MATCHED", "EUR", 3, 350);

        assertThat(service.firstDifference(plain)).isNull();
        plain.add("MATCHED", "EUR", 0, 1);
        assertThat(service.firstDifference(plain)).isEqualTo("MATCHED EUR: 3 (sum 350) vs 3 (sum 351)");
        plain.add("UNEXPECTED_IN_REPORT", "NOK", 1, 9);
        assertThat(service.firstDifference(plain)).isEqualTo("MATCHED EUR: 3 (sum 350) vs 3 (sum 351)");
        ClassTally missingClass = new ClassTally();
        missingClass.add("FX", "SEK", 1, -5);
        assertThat(service.firstDifference(missingClass)).isEqualTo("MATCHED EUR: 3 (sum 350) vs none");
    }
}
