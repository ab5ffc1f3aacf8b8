package io.paybridge.checkout.deposit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DepositStateMachineOrderTest {

    private static final Set<DepositInput> NOTIFICATIONS = EnumSet.of(
            DepositInput.PENDING, DepositInput.CREDIT, DepositInput.DEBIT, DepositInput.CANCEL);

    static Stream<List<DepositInput>> everyOrderOfTheFourNotifications() {
        return orders(List.copyOf(NOTIFICATIONS)).stream();
    }

    static Stream<List<DepositInput>> everyOrderOfEverySubset() {
        return ordersOfNonEmptySubsets(List.of(DepositInput.values())).stream();
    }

    @Test
    void theGeneratorsCoverEveryOrder() {
        assertThat(everyOrderOfTheFourNotifications().distinct()).hasSize(24);
        assertThat(everyOrderOfEverySubset().distinct()).hasSize(325);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOrderOfTheFourNotifications")
    void everyOrderOfTheFourNotificationsEndsDebitedAfterOneCredit(List<DepositInput> order) {
        List<DepositStatus> entered = entered(order);

        assertThat(DepositStateMachine.replay(order)).isEqualTo(new DepositState(DepositStatus.DEBITED, false));
        assertThat(Collections.frequency(entered, DepositStatus.CREDITED)).isEqualTo(1);
        assertThat(Collections.frequency(entered, DepositStatus.DEBITED)).isEqualTo(1);
        assertThat(entered.indexOf(DepositStatus.CREDITED)).isLessThan(entered.indexOf(DepositStatus.DEBITED));
        assertThat(entered).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOrderOfEverySubset")
    void theFinalStateDependsOnlyOnTheInputsSeen(List<DepositInput> order) {
        Set<DepositInput> seen = EnumSet.copyOf(order);
        boolean debitAwaitingCredit = seen.contains(DepositInput.DEBIT) && !seen.contains(DepositInput.CREDIT);

        assertThat(DepositStateMachine.replay(order)).isEqualTo(new DepositState(byRank(seen), debitAwaitingCredit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOrderOfEverySubset")
    void eventsStayConsistentInEveryOrder(List<DepositInput> order) {
        List<DepositTransition> transitions = transitions(order);
        List<DepositStatus> entered = transitions.stream().flatMap(t -> t.entered().stream()).toList();

        assertThat(transitions)
                .filteredOn(t -> t.entered().contains(DepositStatus.EXPIRED))
                .allSatisfy(t -> assertThat(t.from().status()).isEqualTo(DepositStatus.CREATED));
        assertThat(Collections.frequency(entered, DepositStatus.CREDITED)).isLessThanOrEqualTo(1);
        for (int i = 0; i < entered.size(); i++) {
            if (entered.get(i) == DepositStatus.DEBITED) {
                assertThat(entered.subList(0, i)).contains(DepositStatus.CREDITED);
            }
        }
    }

    /** The specification's rank of facts, strongest first, stated over the set of inputs seen. */
    private static DepositStatus byRank(Set<DepositInput> seen) {
        if (seen.contains(DepositInput.CREDIT) && seen.contains(DepositInput.DEBIT)) {
            return DepositStatus.DEBITED;
        }
        if (seen.contains(DepositInput.CREDIT)) {
            return DepositStatus.CREDITED;
        }
        if (seen.contains(DepositInput.CANCEL)) {
            return DepositStatus.CANCELLED;
        }
        if (seen.contains(DepositInput.PENDING)) {
            return DepositStatus.PENDING;
        }
        if (seen.contains(DepositInput.EXPIRY)) {
            return DepositStatus.EXPIRED;
        }
        return DepositStatus.CREATED;
    }

    private static List<DepositTransition> transitions(List<DepositInput> order) {
        List<DepositTransition> transitions = new ArrayList<>();
        DepositState state = DepositState.initial();
        for (DepositInput input : order) {
            DepositTransition transition = DepositStateMachine.apply(state, input);
            transitions.add(transition);
            state = transition.to();
        }
        return transitions;
    }

    private static List<DepositStatus> entered(List<DepositInput> order) {
        return transitions(order).stream().flatMap(t -> t.entered().stream()).toList();
    }

    private static List<List<DepositInput>> ordersOfNonEmptySubsets(List<DepositInput> items) {
        List<List<DepositInput>> result = new ArrayList<>();
        for (int mask = 1; mask < 1 << items.size(); mask++) {
            List<DepositInput> subset = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(items.get(i));
                }
            }
            result.addAll(orders(subset));
        }
        return result;
    }

    private static List<List<DepositInput>> orders(List<DepositInput> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<DepositInput>> result = new ArrayList<>();
        for (DepositInput first : items) {
            List<DepositInput> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<DepositInput> tail : orders(rest)) {
                List<DepositInput> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }
}
