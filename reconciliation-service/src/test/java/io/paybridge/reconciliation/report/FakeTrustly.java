package io.paybridge.reconciliation.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real local HTTP server playing Trustly for the pull tests: answers AccountLedger and
 * ViewAutomaticSettlementDetailsCSV (signed with a key made at start, whose public half the service verifies with)
 * from what the test put here, and records what it was asked (it knows no other method).
 */
public class FakeTrustly implements QuarkusTestResourceLifecycleManager {

    /** A request as received: method and data. */
    public record Received(String method, JsonNode data) {
    }

    private static final Map<LocalDate, String> REPORTS = new ConcurrentHashMap<>();
    private static final List<ObjectNode> LEDGER = new CopyOnWriteArrayList<>();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static volatile boolean failing;

    private Vertx vertx;
    private HttpServer server;

    /** Forgets the reports, ledger entries and requests of earlier tests, and answers again. */
    public static void reset() {
        REPORTS.clear();
        LEDGER.clear();
        RECEIVED.clear();
        failing = false;
    }

    /** The CSV ViewAutomaticSettlementDetailsCSV answers for {@code date} (the header alone when none is set). */
    public static void report(LocalDate date, String csv) {
        REPORTS.put(date, csv);
    }

    /** An AccountLedger entry (answered when its datestamp's day is in the asked range). */
    public static void ledgerEntry(String datestamp, String accountName, String orderId, String messageId, String transactionType,
            String currency, String amount) {
        LEDGER.add(JsonNodeFactory.instance.objectNode().put("userid", "4242424242").put("datestamp", datestamp)
                .put("orderid", orderId).put("accountname", accountName).put("messageid", messageId)
                .put("transactiontype", transactionType).put("currency", currency).put("amount", amount).put("gluepayid", orderId));
    }

    /** Every request answers error 620 ERROR_UNKNOWN from now on. */
    public static void fail() {
        failing = true;
    }

    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    @Override
    public Map<String, String> start() {
        try {
            Path keys = Files.createTempDirectory("fake-trustly");
            KeyPair trustly = PemKeys.generate();
            KeyPair merchant = PemKeys.generate();
            Path trustlyPublic = Files.writeString(keys.resolve("trustly-public.pem"), PemKeys.toPem(trustly.getPublic()));
            Path merchantPrivate = Files.writeString(keys.resolve("merchant-private.pem"), PemKeys.toPem(merchant.getPrivate()));
            RsaSha1Signer signer = new RsaSha1Signer(trustly.getPrivate());
            vertx = Vertx.vertx();
            server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                SignedPart call = JsonRpc.readRequest(JsonRpc.parse(body.getBytes()));
                RECEIVED.add(new Received(call.method(), call.data()));
                JsonNode answer = failing
                        ? JsonRpc.error(call.method(), call.uuid(), 620, "ERROR_UNKNOWN", signer)
                        : JsonRpc.result(call.method(), call.uuid(), answer(call), signer);
                request.response().putHeader("Content-Type", "application/json").end(Buffer.buffer(JsonRpc.write(answer)));
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return Map.of(
                    "paybridge.trustly.api-url", "http://127.0.0.1:" + server.actualPort() + "/api/1",
                    "paybridge.trustly.public-key-file", trustlyPublic.toString(),
                    "paybridge.trustly.private-key-file", merchantPrivate.toString(),
                    "paybridge.trustly.username", "fake-merchant",
                    "paybridge.trustly.password", "fake-password");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the fake Trustly did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    private static JsonNode answer(SignedPart call) {
        JsonNode data = call.data();
        return switch (call.method()) {
            case "ViewAutomaticSettlementDetailsCSV" -> JsonNodeFactory.instance.objectNode().put("view_automatic_settlement_details",
                    REPORTS.getOrDefault(LocalDate.parse(data.path("SettlementDate").asText()), HEADER + "\n"));
            case "AccountLedger" -> {
                LocalDate from = LocalDate.parse(data.path("FromDate").asText());
                LocalDate to = LocalDate.parse(data.path("ToDate").asText());
                ArrayNode entries = JsonNodeFactory.instance.arrayNode();
                LEDGER.stream().filter(entry -> {
                    LocalDate day = LocalDate.parse(entry.get("datestamp").asText().substring(0, 10));
                    return !day.isBefore(from) && day.isBefore(to);
                }).forEach(entries::add);
                yield entries;
            }
            default -> throw new IllegalArgumentException("the fake Trustly does not answer " + call.method());
        };
    }

    /** The v1.2 header as Trustly writes it. */
    public static final String HEADER = "datestamp,accountname,currency,amount,total,orderid,ordertype,messageid,username,"
            + "fxpaymentamount,fxpaymentcurrency,settlementbankwithdrawalid,externalreference";
}
