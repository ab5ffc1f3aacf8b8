package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.api.TrustlyException;
import io.paybridge.sandbox.ledger.Ledger;
import io.paybridge.sandbox.ledger.LedgerEntry;
import io.paybridge.sandbox.ledger.TrustlyAmounts;
import io.paybridge.sandbox.ledger.TrustlyTimestamps;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * AccountLedger: every movement booked on the merchant account from FromDate (inclusive) to ToDate
 * (exclusive), UTC days, optionally one Currency. Every sandbox entry is a booked movement, so all are shown,
 * including the settlements' payouts to the merchant's bank.
 */
@ApplicationScoped
public class AccountLedgerHandler implements MethodHandler {

    private final Ledger ledger;

    public AccountLedgerHandler(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String method() {
        return "AccountLedger";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        RequestFields data = call.data();
        LocalDate from = data.date("FromDate");
        LocalDate to = data.date("ToDate");
        String currency = data.optionalCurrency("Currency").orElse(null);
        if (to.isBefore(from)) {
            throw TrustlyException.invalidParameter("ToDate", "is before FromDate");
        }
        String userId = call.merchant().userId();
        return ledger.entries(call.merchantUsername(), from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        to.atStartOfDay(ZoneOffset.UTC).toInstant(), currency)
                .map(entries -> {
                    ArrayNode answer = JsonNodeFactory.instance.arrayNode();
                    entries.forEach(entry -> answer.add(row(entry, userId)));
                    return answer;
                });
    }

    private static JsonNode row(LedgerEntry entry, String userId) {
        String orderId = entry.orderId == null ? null : Long.toString(entry.orderId);
        return JsonNodeFactory.instance.objectNode()
                .put("userid", userId)
                .put("datestamp", TrustlyTimestamps.format(entry.bookedAt))
                .put("orderid", orderId)
                .put("accountname", entry.accountName)
                .put("messageid", entry.messageId)
                .put("transactiontype", entry.transactionType)
                .put("currency", entry.currency)
                .put("amount", TrustlyAmounts.decimal(entry.amountMinor, entry.currency))
                .put("gluepayid", orderId);
    }
}
