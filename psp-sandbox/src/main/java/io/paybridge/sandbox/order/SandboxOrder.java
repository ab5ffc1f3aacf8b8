package io.paybridge.sandbox.order;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order at the sandbox, of any kind; amounts in minor units of {@link #currency}. */
@Entity
@Table(name = "sandbox_order")
public class SandboxOrder extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    public Long orderId;

    @Column(name = "merchant_username", nullable = false)
    public String merchantUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderState state;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "end_user_id")
    public String endUserId;

    @Column(name = "notification_url")
    public String notificationUrl;

    @Column(name = "amount_minor")
    public Long amountMinor;

    @Column(columnDefinition = "bpchar")
    public String currency;

    /** For a refund, the deposit (or charge) it refunds. */
    @Column(name = "parent_order_id")
    public Long parentOrderId;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "success_url")
    public String successUrl;

    @Column(name = "fail_url")
    public String failUrl;

    @Column(name = "payment_date")
    public LocalDate paymentDate;

    @Column(name = "external_reference")
    public String externalReference;

    /** The request's Attributes as sent. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode attributes;

    /** The acceptance test case or scenario the order was approved with. */
    @Column(name = "test_case")
    public String testCase;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Moves to {@code target} if this kind allows it from the current state, else throws. */
    public void moveTo(OrderState target) {
        if (!state.canMove(kind, target)) {
            throw new IllegalOrderTransitionException(this, target);
        }
        state = target;
        updatedAt = Instant.now();
    }

    /** The refunds (child orders) of a deposit or charge, oldest first. */
    public static Uni<List<SandboxOrder>> refundsOf(long parentOrderId) {
        return list("parentOrderId = ?1 and kind = ?2 order by createdAt, orderId", parentOrderId, OrderKind.REFUND);
    }

    @Override
    public String toString() {
        return "SandboxOrder[" + orderId + ", " + kind + ", " + state + "]";
    }
}
