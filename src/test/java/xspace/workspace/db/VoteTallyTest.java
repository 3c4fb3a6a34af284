package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The majority and agreement rules, by hand. */
class VoteTallyTest {

    @Test
    void pluralityIsTheMajorityAndAgreementItsShare() {
        VoteTally tally = VoteTally.of(List.of(Trust.TRUST, Trust.TRUST, Trust.DISTRUST, Trust.UNSURE));
        assertThat(tally).isEqualTo(new VoteTally(2, 1, 1, Optional.of(Trust.TRUST), 0.5));
        assertThat(tally.total()).isEqualTo(4);
        assertThat(tally.count(Trust.UNSURE)).isEqualTo(1);
    }

    @Test
    void aTieForFirstHasNoMajority() {
        assertThat(VoteTally.of(List.of(Trust.UNSURE, Trust.DISTRUST, Trust.DISTRUST, Trust.UNSURE, Trust.TRUST)))
                .isEqualTo(new VoteTally(1, 2, 2, Optional.empty(), 0.4));
    }

    @Test
    void unanimityAndNoVotes() {
        assertThat(VoteTally.of(List.of(Trust.UNSURE)).agreement()).isEqualTo(1.0);
        assertThat(VoteTally.of(List.of(Trust.UNSURE)).majority()).contains(Trust.UNSURE);
        assertThat(VoteTally.of(List.of())).isEqualTo(new VoteTally(0, 0, 0, Optional.empty(), 0.0));
    }
}
