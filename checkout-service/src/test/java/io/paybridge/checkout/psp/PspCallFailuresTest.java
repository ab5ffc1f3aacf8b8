package io.paybridge.checkout.psp;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.support.problem.Problem;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.trustly.error.TrustlyApiException;
import io.paybridge.trustly.error.TrustlyValidationException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** A failed PSP call becomes the API error its caller can act on; the uuid and the PSP's own text stay out of it. */
class PspCallFailuresTest {

    private static final String UUID = "258a2184-2842-b485-25ca-293525152425";

    @Test
    void anInvalidAmountIsA422NamingTheAmount() {
        Problem problem = problem(new TrustlyApiException("Deposit", UUID, 615, "ERROR_INVALID_AMOUNT"));

        assertThat(problem.type()).hasToString("urn:paybridge:problem:psp-rejected");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(InvalidParam::name).containsExactly("amount");
        assertThat(problem.detail()).contains("615 ERROR_INVALID_AMOUNT").doesNotContain(UUID);
    }

    @Test
    void refusedCredentialsAndSignaturesAre502sForOperators() {
        for (TrustlyApiException refused : List.of(new TrustlyApiException("Deposit", UUID, 616, "ERROR_INVALID_CREDENTIALS"),
                new TrustlyApiException("Deposit", UUID, 636, "ERROR_UNABLE_TO_VERIFY_RSA_SIGNATURE"))) {
            Problem problem = problem(refused);

            assertThat(problem.type()).hasToString("urn:paybridge:problem:psp-failed");
            assertThat(problem.status()).isEqualTo(502);
            assertThat(problem.detail()).doesNotContain(UUID).doesNotContain(String.valueOf(refused.code()));
        }
    }

    @Test
    void anUnknownErrorIsA502WithItsCode() {
        Problem problem = problem(new TrustlyApiException("Deposit", UUID, 620, "ERROR_UNKNOWN"));

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.detail()).contains("620 ERROR_UNKNOWN").doesNotContain(UUID);
    }

    @Test
    void noAnswerIsA504AndAnOpenCircuitA503() {
        assertThat(problem(new TimeoutException("slow")).status()).isEqualTo(504);
        assertThat(problem(new TimeoutException("slow")).type()).hasToString("urn:paybridge:problem:psp-outcome-unknown");
        assertThat(problem(new CircuitBreakerOpenException("open")).status()).isEqualTo(503);
    }

    @Test
    void aRequestThePspsRulesRefuseNamesTheField() {
        Problem problem = problem(new TrustlyValidationException("Attributes.Email", "is required"));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(InvalidParam::name).containsExactly("Attributes.Email");
    }

    @Test
    void failuresThatAreNotThePspsPassThrough() {
        IllegalStateException ours = new IllegalStateException("a bug");

        assertThat(PspCallFailures.toProblem("Deposit", ours)).isSameAs(ours);
    }

    private static Problem problem(Throwable failure) {
        Throwable mapped = PspCallFailures.toProblem("Deposit", failure);
        assertThat(mapped).isInstanceOf(ProblemException.class);
        return ((ProblemException) mapped).problem();
    }
}
