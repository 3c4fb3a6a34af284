package xspace.workspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureAnnotationLabelsTest {

    @Test
    void oneOrSeveralXFeaturesReadAsWordsInOrder() {
        assertThat(FeatureAnnotation.labels(Set.of(3))).isEqualTo("x-feature 3");
        assertThat(FeatureAnnotation.labels(List.of(3, 1))).isEqualTo("x-features 1 and 3");
        assertThat(FeatureAnnotation.labels(List.of(4, 0, 2))).isEqualTo("x-features 0, 2 and 4");
    }
}
