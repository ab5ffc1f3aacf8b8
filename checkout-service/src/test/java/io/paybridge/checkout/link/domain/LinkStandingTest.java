package io.paybridge.checkout.link.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A link's standing from its expiry, a cancel and its attempts: money first, then the cancel, then the expiry. */
class LinkStandingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final Instant EARLIER = NOW.minusSeconds(60);

    static Stream<Arguments> standings() {
        return Stream.of(
                standing("a new link", LATER, false, List.of(), new LinkStanding(PaymentLinkStatus.OPEN, 0, 1)),
                standing("an open attempt is continued", LATER, false, List.of(DepositStatus.CANCELLED, DepositStatus.CREATED),
                        new LinkStanding(PaymentLinkStatus.OPEN, 2, 3)),
                standing("cancelled and expired attempts leave room", LATER, false,
                        List.of(DepositStatus.CANCELLED, DepositStatus.EXPIRED), new LinkStanding(PaymentLinkStatus.OPEN, 0, 3)),
                standing("a pending attempt", LATER, false, List.of(DepositStatus.PENDING),
                        new LinkStanding(PaymentLinkStatus.PROCESSING, 0, 2)),
                standing("a credited attempt", LATER, false, List.of(DepositStatus.CANCELLED, DepositStatus.CREDITED),
                        new LinkStanding(PaymentLinkStatus.PAID, 0, 3)),
                standing("credited after the expiry and a cancel", EARLIER, true, List.of(DepositStatus.CREDITED),
                        new LinkStanding(PaymentLinkStatus.PAID, 0, 2)),
                standing("a reversed attempt", LATER, false, List.of(DepositStatus.DEBITED),
                        new LinkStanding(PaymentLinkStatus.REVERSED, 0, 2)),
                standing("pending after the expiry", EARLIER, false, List.of(DepositStatus.PENDING),
                        new LinkStanding(PaymentLinkStatus.PROCESSING, 0, 2)),
                standing("cancelled", LATER, true, List.of(DepositStatus.CREATED), new LinkStanding(PaymentLinkStatus.CANCELLED, 0, 2)),
                standing("cancelled and expired", EARLIER, true, List.of(), new LinkStanding(PaymentLinkStatus.CANCELLED, 0, 1)),
                standing("expired with an open attempt", EARLIER, false, List.of(DepositStatus.CREATED),
                        new LinkStanding(PaymentLinkStatus.EXPIRED, 0, 2)),
                standing("expiring exactly now", NOW, false, List.of(), new LinkStanding(PaymentLinkStatus.EXPIRED, 0, 1)));
    }

    private static Arguments standing(String name, Instant expiresAt, boolean cancelled, List<DepositStatus> attempts,
            LinkStanding expected) {
        return Arguments.of(name, expiresAt, cancelled, attempts, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standings")
    void theStandingFollowsFromTheLinkAndItsAttempts(String name, Instant expiresAt, boolean cancelled,
            List<DepositStatus> attempts, LinkStanding expected) {
        assertThat(LinkStanding.of(expiresAt, cancelled, attempts, NOW)).isEqualTo(expected);
    }
}
