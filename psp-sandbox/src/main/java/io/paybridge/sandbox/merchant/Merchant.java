package io.paybridge.sandbox.merchant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A merchant account at the sandbox: API credentials, the public key its requests are verified with, its
 * notification URL prefix, and the options Trustly enables per merchant.
 */
@Entity
@Table(name = "merchant")
public class Merchant extends PanacheEntityBase {

    @Id
    public String username;

    @Column(name = "password_salt", nullable = false)
    public byte[] passwordSalt;

    @Column(name = "password_hash", nullable = false)
    public byte[] passwordHash;

    @Column(name = "public_key_pem", nullable = false)
    public String publicKeyPem;

    @Column(name = "notification_url_prefix", nullable = false)
    public String notificationUrlPrefix;

    /** Whether money leaving for a refund, account payout or withdrawal is confirmed with a payoutconfirmation notification. */
    @Column(name = "payout_confirmations", nullable = false)
    public boolean payoutConfirmations;

    /** Whether a debited withdrawal waits for ApproveWithdrawal or DenyWithdrawal instead of being sent automatically. */
    @Column(name = "manual_withdrawal_approval", nullable = false)
    public boolean manualWithdrawalApproval;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The merchant's Trustly user id as AccountLedger shows it ({@code userid}): ten digits derived from the username. */
    public String userId() {
        return userIdOf(username);
    }

    /** The user id of a username, stable across restarts. */
    public static String userIdOf(String username) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toString(1_000_000_000L + crc.getValue() % 9_000_000_000L);
    }

    @Override
    public String toString() {
        return "Merchant[" + username + "]";
    }
}
