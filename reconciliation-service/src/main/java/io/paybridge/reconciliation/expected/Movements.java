package io.paybridge.reconciliation.expected;

import io.paybridge.reconciliation.expected.domain.Movement;
import io.paybridge.reconciliation.expected.persistence.MovementStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/** Records a movement once and lets it explain an open break at once. Call inside the caller's transaction. */
@ApplicationScoped
public class Movements {

    private final MovementStore store;
    private final BreakExplainer explainer;

    public Movements(MovementStore store, BreakExplainer explainer) {
        this.store = store;
        this.explainer = explainer;
    }

    /** Stores the movement unless it was stored before; a new one closes the break it explains. */
    public Uni<Void> record(SqlConnection connection, Movement movement) {
        return store.insert(connection, movement).chain(id -> id.isPresent()
                ? explainer.explain(connection, id.get(), movement)
                : Uni.createFrom().voidItem());
    }
}
