package io.paybridge.sandbox.merchant;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** {@code POST /sandbox/merchants}: registers (or re-registers) a merchant account. */
@Path("/sandbox/merchants")
public class MerchantResource {

    private final Merchants merchants;

    public MerchantResource(Merchants merchants) {
        this.merchants = merchants;
    }

    /** What a registration answers: never the password. */
    public record MerchantView(String username, String notificationUrlPrefix, boolean payoutConfirmations,
            boolean manualWithdrawalApproval) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Response> register(MerchantRegistration registration) {
        if (registration == null) {
            throw io.paybridge.support.problem.ProblemException.invalid("body", "a JSON object is required");
        }
        return merchants.register(registration).map(merchant -> Response
                .created(URI.create("/sandbox/merchants/" + merchant.username))
                .entity(new MerchantView(merchant.username, merchant.notificationUrlPrefix, merchant.payoutConfirmations,
                        merchant.manualWithdrawalApproval))
                .build());
    }
}
