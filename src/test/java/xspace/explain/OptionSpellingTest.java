package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionSpellingTest {

    @Test
    void everyTrainingSettingReadsBackItsOwnSpellingWhateverTheCase() {
        for (PredictorSign sign : PredictorSign.values()) {
            assertThat(PredictorSign.parse(" " + sign.optionName().toUpperCase() + " ")).isEqualTo(sign);
        }
        assertThat(NegativeWeighting.LOOK_ALIKE.optionName()).isEqualTo("look-alike");
        assertThat(PositiveWeighting.parse("Balanced")).isEqualTo(PositiveWeighting.BALANCED);
    }

    @Test
    void aMisspellingIsRefusedWithEveryAllowedValue() {
        assertThatThrownBy(() -> PositiveWeighting.parse("weighted"))
                .hasMessage("positives 'weighted': expected balanced or plain");
        assertThatThrownBy(() -> PredictorSign.parse("positive"))
                .hasMessage("predictor sign 'positive': expected any or non-negative");
        assertThatThrownBy(() -> NegativeWeighting.parse("look_alike"))
                .hasMessage("negatives 'look_alike': expected uniform or look-alike");
    }
}
