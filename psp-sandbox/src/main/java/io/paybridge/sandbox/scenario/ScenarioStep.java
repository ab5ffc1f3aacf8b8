package io.paybridge.sandbox.scenario;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Something a scenario does to an order later; done once, in one transaction with everything it causes. */
@Entity
@Table(name = "scenario_step")
public class ScenarioStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepKind kind;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "done_at")
    public Instant doneAt;

    /** "done", or why the step was skipped or last failed. */
    @Column
    public String outcome;

    @Override
    public String toString() {
        return "ScenarioStep[" + id + ", " + kind + ", order " + orderId + "]";
    }
}
