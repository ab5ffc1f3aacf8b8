package io.paybridge.sandbox.settlement;

import io.paybridge.sandbox.api.ApiConfig;
import io.paybridge.sandbox.ledger.TrustlyAmounts;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code POST /sandbox/settlements} runs a settlement ({@code date}, optional {@code currency}, optional
 * {@code merchant}: all when absent) and answers 201 with one settlement per merchant;
 * {@code GET /sandbox/settlements/{id}} is a settlement's CSV report; {@code GET ?date=} lists a date's settlements.
 */
@Path("/sandbox/settlements")
public class SettlementResource {

    private static final ProblemType NOT_FOUND = ProblemType.of("settlement-not-found", "No such settlement", 404);

    private final Settlements settlements;
    private final ApiConfig api;

    public SettlementResource(Settlements settlements, ApiConfig api) {
        this.settlements = settlements;
        this.api = api;
    }

    /** What runs a settlement: a UTC date (YYYY-MM-DD), optionally one currency and one merchant. */
    public record RunSettlement(String date, String currency, String merchant) {
    }

    /** A settlement as the admin API shows it; totals are decimal strings per currency. */
    public record SettlementView(long id, String merchant, LocalDate date, String currency, String settlementBankWithdrawalId,
                                 Map<String, String> totals, int rowCount, URI report) {

        static SettlementView of(Settlement settlement) {
            Map<String, String> totals = new TreeMap<>();
            settlement.totals.forEach((currency, total) -> totals.put(currency, TrustlyAmounts.decimal(total, currency)));
            return new SettlementView(settlement.id, settlement.merchantUsername, settlement.settlementDate, settlement.currency,
                    settlement.bankWithdrawalId, totals, settlement.rowCount, URI.create("/sandbox/settlements/" + settlement.id));
        }
    }

    /** The settlements one run or one date produced. */
    public record SettlementsView(List<SettlementView> settlements) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> run(RunSettlement body) {
        if (body == null) {
            throw ProblemException.invalid("body", "a JSON object is required");
        }
        LocalDate date = date("date", body.date());
        String currency = body.currency();
        if (currency != null && !api.currencies().contains(currency)) {
            throw ProblemException.invalid("currency", "must be one of " + new java.util.TreeSet<>(api.currencies()));
        }
        return settlements.run(date, currency, body.merchant()).map(done -> {
            URI location = done.size() == 1 ? URI.create("/sandbox/settlements/" + done.get(0).id)
                    : URI.create("/sandbox/settlements?date=" + date);
            return Response.created(location).entity(new SettlementsView(done.stream().map(SettlementView::of).toList())).build();
        });
    }

    @GET
    @Path("/{id}")
    @Produces("text/csv")
    public Uni<String> report(@PathParam("id") long id) {
        return settlements.find(id).map(found -> found
                .orElseThrow(() -> new ProblemException(NOT_FOUND, "settlement " + id + " does not exist")).report);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<SettlementsView> ofDate(@QueryParam("date") String date, @QueryParam("merchant") String merchant) {
        return settlements.ofDate(date("date", date), merchant)
                .map(found -> new SettlementsView(found.stream().map(SettlementView::of).toList()));
    }

    private static LocalDate date(String name, String value) {
        if (value == null) {
            throw ProblemException.invalid(name, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date as YYYY-MM-DD");
        }
    }
}
