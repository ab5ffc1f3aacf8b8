package io.paybridge.payout.withdrawal;

import io.paybridge.support.digest.Sha256;
import io.paybridge.support.idempotency.IdempotentRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The PSP identity of one withdrawal request: the MessageID ({@code wdr-} and 32 hex digits, the prefix the ingest
 * recognises a withdrawal's debit by) and the request UUID, both derived from the Idempotency-Key request (scope,
 * key, body hash) as checkout derives its deposits'. A retry of the same request sends the identical Withdraw with
 * the identical UUID, which the PSP answers with its first answer: one request never makes two withdrawals.
 */
public record WithdrawalIdentity(String messageId, String uuid) {

    /** The MessageID prefix of withdrawals. */
    public static final String PREFIX = "wdr";

    /** The identity of {@code request}. */
    public static WithdrawalIdentity of(IdempotentRequest request) {
        String seed = PREFIX + "\n" + request.scope() + "\n" + request.key() + "\n" + request.requestHash();
        String digest = Sha256.hex(seed.getBytes(StandardCharsets.UTF_8));
        return new WithdrawalIdentity(PREFIX + "-" + digest.substring(0, 32),
                UUID.nameUUIDFromBytes(("uuid\n" + seed).getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** Whether a MessageID is a withdrawal's. */
    public static boolean isWithdrawal(String messageId) {
        return messageId != null && messageId.startsWith(PREFIX + "-");
    }
}
