package io.paybridge.payout.account.api;

import io.paybridge.payout.account.persistence.KnownAccounts;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code GET /v1/accounts?endUserId=}: the accounts the PSP reported for an end user, to pay out to by accountId. */
@Path("/v1/accounts")
public class AccountResource {

    private static final String END_USER_ID = "endUserId";
    private static final Pattern VISIBLE_ID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final KnownAccounts accounts;

    public AccountResource(KnownAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<AccountList> accounts(@Context UriInfo uri) {
        String endUserId = endUserId(uri.getQueryParameters());
        return accounts.ofEndUser(endUserId)
                .map(found -> new AccountList(endUserId, found.stream().map(AccountView::of).toList()));
    }

    /** The one endUserId parameter, or a 400 naming every fault (missing, repeated, malformed, unknown parameters). */
    private static String endUserId(Map<String, List<String>> parameters) {
        List<InvalidParam> errors = new ArrayList<>();
        parameters.keySet().stream().filter(name -> !END_USER_ID.equals(name)).sorted()
                .forEach(name -> errors.add(new InvalidParam(name.length() > 40 ? name.substring(0, 40) + "…" : name,
                        "is not a parameter of this call; known: " + END_USER_ID)));
        List<String> values = parameters.getOrDefault(END_USER_ID, List.of());
        if (values.size() != 1) {
            errors.add(new InvalidParam(END_USER_ID, values.isEmpty() ? "is required: the end user whose accounts to list"
                    : "given " + values.size() + " times; give it once"));
        } else if (values.get(0) == null || !VISIBLE_ID.matcher(values.get(0)).matches()) {
            errors.add(new InvalidParam(END_USER_ID, "must be 1 to 255 visible ASCII characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.stream()
                    .map(error -> error.name() + " " + error.reason()).collect(Collectors.joining("; ")), errors);
        }
        return values.get(0);
    }
}
