package io.paybridge.payout.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.Problem;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The PSP balance check against the real database (the PSP unreachable): a known short balance refuses, Balance is
 * claimed at most once per interval per currency, and an unknown balance refuses nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PspBalanceRepositoryTest {

    @Inject
    PspBalance balance;

    @Inject
    PayoutDatabase database;

    @Inject
    Pool pool;

    @Test
    void aKnownBalanceShortOfTheAmountIsA422AndEnoughPasses() {
        database.execute("INSERT INTO psp_balance (currency, balance_minor, fetched_at, called_at) VALUES ('DKK', 500, now(), now())");

        Problem problem = refusal(Money.ofMinor(501, "DKK"));
        assertThat(problem.type()).hasToString("urn:paybridge:problem:insufficient-psp-balance");
        assertThat(problem.detail()).contains("5.00 DKK");
        PayoutDatabase.await(() -> balance.require(Money.ofMinor(500, "DKK")));
    }

    @Test
    void balanceIsCalledAtMostOncePerIntervalPerCurrency() {
        database.execute("INSERT INTO psp_balance (currency, balance_minor, fetched_at, called_at)"
                + " VALUES ('NOK', 500, now() - interval '16 minutes', now() - interval '16 minutes')");

        // stale: this call claims Balance; the PSP does not answer, so the last known balance still decides
        assertThat(refusal(Money.ofMinor(1_000, "NOK")).type()).hasToString("urn:paybridge:problem:insufficient-psp-balance");
        OffsetDateTime claimed = calledAt("NOK");
        assertThat(claimed).isAfter(OffsetDateTime.now().minus(Duration.ofMinutes(1)));

        // within the interval nobody claims it again
        assertThat(refusal(Money.ofMinor(1_000, "NOK")).type()).hasToString("urn:paybridge:problem:insufficient-psp-balance");
        assertThat(calledAt("NOK")).isEqualTo(claimed);
    }

    @Test
    void whileNoBalanceIsKnownNothingIsRefused() {
        assertThat(PayoutDatabase.await(() -> balance.known("PLN"))).isEqualTo(Optional.empty());
        OffsetDateTime claimed = calledAt("PLN");

        PayoutDatabase.await(() -> balance.require(Money.ofMinor(1_000_000, "PLN")));

        assertThat(calledAt("PLN")).isEqualTo(claimed);
    }

    private Problem refusal(Money amount) {
        Throwable thrown = catchThrowable(() -> PayoutDatabase.await(() -> balance.require(amount)));
        assertThat(thrown).hasRootCauseInstanceOf(ProblemException.class);
        Throwable root = thrown;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return ((ProblemException) root).problem();
    }

    private OffsetDateTime calledAt(String currency) {
        Row row = pool.preparedQuery("SELECT called_at FROM psp_balance WHERE currency = $1").execute(Tuple.of(currency))
                .await().atMost(Duration.ofSeconds(10)).iterator().next();
        return row.getOffsetDateTime("called_at");
    }
}
