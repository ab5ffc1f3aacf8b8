package io.paybridge.sandbox.faults;

import io.paybridge.support.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code PUT /sandbox/faults} replaces the faults in force; {@code GET} shows them. */
@Path("/sandbox/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultsResource {

    private final SandboxFaults faults;

    public FaultsResource(SandboxFaults faults) {
        this.faults = faults;
    }

    @GET
    public SandboxFaults.Settings current() {
        return faults.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SandboxFaults.Settings replace(SandboxFaults.Settings settings) {
        SandboxFaults.Settings checked = settings == null ? SandboxFaults.Settings.NONE : settings;
        if (checked.api().latencyMs() < 0 || checked.api().latencyMs() > 120_000) {
            throw ProblemException.invalid("api.latencyMs", "must be between 0 and 120000");
        }
        if (checked.api().errorsAfterExecuting() < 0) {
            throw ProblemException.invalid("api.errorsAfterExecuting", "must not be negative");
        }
        if (checked.api().dropsAfterExecuting() < 0) {
            throw ProblemException.invalid("api.dropsAfterExecuting", "must not be negative");
        }
        if (checked.notifications().delayMs() < 0) {
            throw ProblemException.invalid("notifications.delayMs", "must not be negative");
        }
        faults.replace(checked);
        return faults.current();
    }
}
