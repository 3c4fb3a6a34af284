package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When module training stops, as a table: the outcomes of the attempts in order (A acceptable,
 * d degenerate or unfit), and how many the rule trains before it stops.
 */
class RetryRuleTest {

    @ParameterizedTest(name = "{0} attempts, {1} candidates, outcomes {2}: {3} trainings")
    @CsvSource({
            // the first acceptable attempt ends a rule without candidates
            "5, 1, A, 1",
            "5, 1, ddA, 3",
            "5, 1, ddddd, 5",
            // candidates: training goes on until that many are acceptable
            "5, 3, AAA, 3",
            "5, 3, AdAdA, 5",
            "5, 3, dAdAA, 5",
            // the search for the other candidates has its own bound, past the first search's
            "10, 3, ddddddddAdAA, 12",
            "10, 3, ddddddddddd, 10",
            "3, 2, ddAddd, 6",
            "3, 3, Adddddd, 4",
            "3, 3, AdddAdd, 4",
    })
    void trainingStopsWhenTheRuleIsSatisfied(int attempts, int candidates, String outcomes, int expected) {
        RetryRule rule = new RetryRule(attempts, 1.2, candidates);
        List<Boolean> seen = new ArrayList<>();
        while (!rule.stopsAfter(seen)) {
            seen.add(outcomes.charAt(seen.size()) == 'A');
        }
        assertThat(seen).hasSize(expected);
        assertThat(seen.size()).isLessThanOrEqualTo(rule.mostTrainings());
    }
}
