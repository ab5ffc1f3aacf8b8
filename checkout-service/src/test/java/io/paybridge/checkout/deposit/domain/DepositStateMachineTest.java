package io.paybridge.checkout.deposit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.deposit.domain.DepositTransition.Outcome;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DepositStateMachineTest {

    private static final String MATRIX = """
            from      | held  | input   | to        | held  | entered          | outcome
            CREATED   | false | PENDING | PENDING   | false | PENDING          | APPLIED
            CREATED   | false | CREDIT  | CREDITED  | false | CREDITED         | APPLIED
            CREATED   | false | DEBIT   | CREATED   | true  | -                | HELD
            CREATED   | false | CANCEL  | CANCELLED | false | CANCELLED        | APPLIED
            CREATED   | false | EXPIRY  | EXPIRED   | false | EXPIRED          | APPLIED
            CREATED   | true  | PENDING | PENDING   | true  | PENDING          | APPLIED
            CREATED   | true  | CREDIT  | DEBITED   | false | CREDITED DEBITED | APPLIED
            CREATED   | true  | DEBIT   | CREATED   | true  | -                | IGNORED
            CREATED   | true  | CANCEL  | CANCELLED | true  | CANCELLED        | APPLIED
            CREATED   | true  | EXPIRY  | EXPIRED   | true  | EXPIRED          | APPLIED
            PENDING   | false | PENDING | PENDING   | false | -                | IGNORED
            PENDING   | false | CREDIT  | CREDITED  | false | CREDITED         | APPLIED
            PENDING   | false | DEBIT   | PENDING   | true  | -                | HELD
            PENDING   | false | CANCEL  | CANCELLED | false | CANCELLED        | APPLIED
            PENDING   | false | EXPIRY  | PENDING   | false | -                | IGNORED
            PENDING   | true  | PENDING | PENDING   | true  | -                | IGNORED
            PENDING   | true  | CREDIT  | DEBITED   | false | CREDITED DEBITED | APPLIED
            PENDING   | true  | DEBIT   | PENDING   | true  | -                | IGNORED
            PENDING   | true  | CANCEL  | CANCELLED | true  | CANCELLED        | APPLIED
            PENDING   | true  | EXPIRY  | PENDING   | true  | -                | IGNORED
            CREDITED  | false | PENDING | CREDITED  | false | -                | IGNORED
            CREDITED  | false | CREDIT  | CREDITED  | false | -                | IGNORED
            CREDITED  | false | DEBIT   | DEBITED   | false | DEBITED          | APPLIED
            CREDITED  | false | CANCEL  | CREDITED  | false | -                | IGNORED
            CREDITED  | false | EXPIRY  | CREDITED  | false | -                | IGNORED
            DEBITED   | false | PENDING | DEBITED   | false | -                | IGNORED
            DEBITED   | false | CREDIT  | DEBITED   | false | -                | IGNORED
            DEBITED   | false | DEBIT   | DEBITED   | false | -                | IGNORED
            DEBITED   | false | CANCEL  | DEBITED   | false | -                | IGNORED
            DEBITED   | false | EXPIRY  | DEBITED   | false | -                | IGNORED
            CANCELLED | false | PENDING | CANCELLED | false | -                | IGNORED
            CANCELLED | false | CREDIT  | CREDITED  | false | CREDITED         | APPLIED
            CANCELLED | false | DEBIT   | CANCELLED | true  | -                | HELD
            CANCELLED | false | CANCEL  | CANCELLED | false | -                | IGNORED
            CANCELLED | false | EXPIRY  | CANCELLED | false | -                | IGNORED
            CANCELLED | true  | PENDING | CANCELLED | true  | -                | IGNORED
            CANCELLED | true  | CREDIT  | DEBITED   | false | CREDITED DEBITED | APPLIED
            CANCELLED | true  | DEBIT   | CANCELLED | true  | -                | IGNORED
            CANCELLED | true  | CANCEL  | CANCELLED | true  | -                | IGNORED
            CANCELLED | true  | EXPIRY  | CANCELLED | true  | -                | IGNORED
            EXPIRED   | false | PENDING | PENDING   | false | PENDING          | APPLIED
            EXPIRED   | false | CREDIT  | CREDITED  | false | CREDITED         | APPLIED
            EXPIRED   | false | DEBIT   | EXPIRED   | true  | -                | HELD
            EXPIRED   | false | CANCEL  | CANCELLED | false | CANCELLED        | APPLIED
            EXPIRED   | false | EXPIRY  | EXPIRED   | false | -                | IGNORED
            EXPIRED   | true  | PENDING | PENDING   | true  | PENDING          | APPLIED
            EXPIRED   | true  | CREDIT  | DEBITED   | false | CREDITED DEBITED | APPLIED
            EXPIRED   | true  | DEBIT   | EXPIRED   | true  | -                | IGNORED
            EXPIRED   | true  | CANCEL  | CANCELLED | true  | CANCELLED        | APPLIED
            EXPIRED   | true  | EXPIRY  | EXPIRED   | true  | -                | IGNORED
            """;

    static Stream<Arguments> matrix() {
        return MATRIX.lines().skip(1).map(line -> Arguments.of(Named.of(line.replaceAll(" +", " "), row(line))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void appliesTheMatrix(DepositTransition expected) {
        assertThat(DepositStateMachine.apply(expected.from(), expected.input())).isEqualTo(expected);
    }

    @Test
    void theMatrixHasOneRowPerReachableStateAndInput() {
        List<DepositTransition> rows = rows();
        Set<DepositState> states = rows.stream().map(DepositTransition::from).collect(Collectors.toSet());
        Set<List<Object>> keys = rows.stream()
                .map(row -> List.<Object>of(row.from(), row.input()))
                .collect(Collectors.toSet());

        assertThat(keys).hasSameSizeAs(rows);
        assertThat(rows).hasSize(states.size() * DepositInput.values().length);
        assertThat(rows).extracting(DepositTransition::to).allMatch(states::contains);
        assertThat(states).hasSize(10).isEqualTo(reachableStates());
    }

    @ParameterizedTest(name = "{0} + {1} twice")
    @MethodSource("everyReachableStateAndInput")
    void aRepeatedInputIsIgnored(DepositState from, DepositInput input) {
        DepositState afterFirst = DepositStateMachine.apply(from, input).to();

        assertThat(DepositStateMachine.apply(afterFirst, input))
                .isEqualTo(new DepositTransition(afterFirst, input, afterFirst, List.of(), Outcome.IGNORED));
    }

    @Test
    void replayingNothingLeavesTheInitialState() {
        assertThat(DepositStateMachine.replay(List.of())).isEqualTo(new DepositState(DepositStatus.CREATED, false));
    }

    static Stream<Object[]> everyReachableStateAndInput() {
        return rows().stream().map(row -> new Object[] {row.from(), row.input()});
    }

    private static List<DepositTransition> rows() {
        return MATRIX.lines().skip(1).map(DepositStateMachineTest::row).toList();
    }

    /** Explores the machine itself, so the table cannot silently miss a state the implementation reaches. */
    private static Set<DepositState> reachableStates() {
        Set<DepositState> seen = new LinkedHashSet<>(List.of(DepositState.initial()));
        ArrayDeque<DepositState> toVisit = new ArrayDeque<>(seen);
        while (!toVisit.isEmpty()) {
            DepositState state = toVisit.pop();
            for (DepositInput input : EnumSet.allOf(DepositInput.class)) {
                DepositState next = DepositStateMachine.apply(state, input).to();
                if (seen.add(next)) {
                    toVisit.push(next);
                }
            }
        }
        return seen;
    }

    private static DepositTransition row(String line) {
        String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
        List<DepositStatus> entered = cells[5].equals("-")
                ? List.of()
                : Arrays.stream(cells[5].split(" +")).map(DepositStatus::valueOf).toList();
        return new DepositTransition(
                new DepositState(DepositStatus.valueOf(cells[0]), Boolean.parseBoolean(cells[1])),
                DepositInput.valueOf(cells[2]),
                new DepositState(DepositStatus.valueOf(cells[3]), Boolean.parseBoolean(cells[4])),
                entered,
                Outcome.valueOf(cells[6]));
    }
}
