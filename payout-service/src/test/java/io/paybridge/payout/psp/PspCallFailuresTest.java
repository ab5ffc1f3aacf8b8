package io.paybridge.payout.psp;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.support.problem.Problem;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.trustly.error.ApiErrors;
import io.paybridge.trustly.error.TrustlyResponseVerificationException;
import io.paybridge.trustly.error.TrustlyTransportException;
import io.paybridge.trustly.error.TrustlyValidationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * What a failed PSP call comes to for money out: only an error that means "nothing was done" is a refusal; no answer,
 * an unverifiable answer, 620 and 688 leave the outcome unknown (resend the same request); an open circuit sent nothing.
 */
class PspCallFailuresTest {

    private static final String UUID = "258a2184-2842-b485-25ca-293525152425";

    @Test
    void noAnswerAnUnverifiableAnswerAndATimeoutAreUnknown() {
        assertThat(attempt(new TrustlyTransportException("Refund", UUID, "no answer", true, null)))
                .isInstanceOf(PspAttempt.Unanswered.class);
        assertThat(attempt(new TrustlyTransportException("Refund", UUID, "no connection", false, null)))
                .isInstanceOf(PspAttempt.Unanswered.class);
        assertThat(attempt(new TrustlyResponseVerificationException("Refund", UUID, "bad signature")))
                .isInstanceOf(PspAttempt.Unanswered.class);
        assertThat(attempt(new TimeoutException("slow"))).isInstanceOf(PspAttempt.Unanswered.class);
    }

    @Test
    void errorUnknown620AndDuplicateUuid688AreUnknownNotRefusals() {
        assertThat(attempt(ApiErrors.of("Refund", UUID, 620, "ERROR_UNKNOWN")))
                .isEqualTo(new PspAttempt.Unanswered<>("620 ERROR_UNKNOWN"));
        assertThat(attempt(ApiErrors.of("Refund", UUID, 688, "ERROR_DUPLICATE_UUID")))
                .isEqualTo(new PspAttempt.Unanswered<>("688 ERROR_DUPLICATE_UUID"));
        assertThat(problem(ApiErrors.of("Refund", UUID, 620, "ERROR_UNKNOWN")).status()).isEqualTo(504);
    }

    @Test
    void anOpenCircuitSentNothing() {
        assertThat(attempt(new CircuitBreakerOpenException("open"))).isInstanceOf(PspAttempt.NotSent.class);
        assertThat(problem(new CircuitBreakerOpenException("open")).status()).isEqualTo(503);
    }

    @Test
    void anInvalidAmountIsARefusalNamingTheAmount() {
        PspAttempt<Object> attempt = attempt(ApiErrors.of("Refund", UUID, 615, "ERROR_INVALID_AMOUNT"));

        assertThat(attempt).isInstanceOf(PspAttempt.Refused.class);
        PspAttempt.Refused<Object> refused = (PspAttempt.Refused<Object>) attempt;
        assertThat(refused.errorCode()).isEqualTo("615");
        assertThat(refused.errorMessage()).isEqualTo("ERROR_INVALID_AMOUNT");
        Problem problem = refused.problem().problem();
        assertThat(problem.type()).hasToString("urn:paybridge:problem:psp-rejected");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(InvalidParam::name).containsExactly("amount");
        assertThat(problem.detail()).doesNotContain(UUID);
    }

    @Test
    void refusedCredentialsAreARefusalAnsweredWithA502ForOperators() {
        PspAttempt.Refused<Object> refused = (PspAttempt.Refused<Object>) attempt(
                ApiErrors.of("Refund", UUID, 616, "ERROR_INVALID_CREDENTIALS"));

        assertThat(refused.problem().problem().type()).hasToString("urn:paybridge:problem:psp-failed");
        assertThat(refused.problem().problem().status()).isEqualTo(502);
        assertThat(refused.problem().problem().detail()).doesNotContain(UUID).doesNotContain("616");
    }

    @Test
    void aRequestTheClientsRulesRefuseWasNeverSentAndNamesTheField() {
        PspAttempt.Refused<Object> refused = (PspAttempt.Refused<Object>) attempt(
                new TrustlyValidationException("Amount", "must have exactly two decimals"));

        assertThat(refused.problem().problem().errors()).extracting(InvalidParam::name).containsExactly("Amount");
    }

    @Test
    void failuresThatAreNotThePspsAreNotPspFailures() {
        IllegalStateException ours = new IllegalStateException("a bug");

        assertThat(PspCallFailures.isPspFailure(ours)).isFalse();
        assertThat(PspCallFailures.toProblem("Refund", ours)).isSameAs(ours);
    }

    private static PspAttempt<Object> attempt(Throwable failure) {
        assertThat(PspCallFailures.isPspFailure(failure)).isTrue();
        return PspCallFailures.attempt("Refund", failure);
    }

    private static Problem problem(Throwable failure) {
        Throwable mapped = PspCallFailures.toProblem("Refund", failure);
        assertThat(mapped).isInstanceOf(ProblemException.class);
        return ((ProblemException) mapped).problem();
    }
}
