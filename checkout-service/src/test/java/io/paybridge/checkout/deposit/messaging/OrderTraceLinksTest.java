package io.paybridge.checkout.deposit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderTraceLinksTest {

    @Test
    void readsAW3cTraceparent() {
        var context = OrderTraceLinks.spanContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").orElseThrow();

        assertThat(context.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(context.getSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(context.isSampled()).isTrue();
        assertThat(context.isRemote()).isTrue();
    }

    @Test
    void ignoresAbsentMalformedAndInvalidOnes() {
        assertThat(OrderTraceLinks.spanContext(null)).isEmpty();
        assertThat(OrderTraceLinks.spanContext("")).isEmpty();
        assertThat(OrderTraceLinks.spanContext("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(OrderTraceLinks.spanContext("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(OrderTraceLinks.spanContext("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
        assertThat(OrderTraceLinks.spanContext("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isEmpty();
    }
}
