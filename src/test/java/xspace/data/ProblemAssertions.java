package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Arrays;

/** Reads a dataset both ways and checks the problems reported, as the reader tests need. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /**
     * Lenient must report exactly these problems, strict (which decodes every image) must refuse
     * with the same causes; returns the lenient read.
     */
    static CubDataset assertProblems(Path root, String... expected) {
        CubDataset lenient = CubReader.read(root, ValidationMode.LENIENT, ImageCheck.DECODE,
                xspace.engine.TaskMonitor.NONE);
        assertThat(lenient.problems()).extracting(DatasetProblem::toString).containsExactly(expected);
        DatasetException refusal = catchThrowableOfType(DatasetException.class,
                () -> CubReader.read(root, ValidationMode.STRICT));
        assertThat(refusal).as("strict read refuses").isNotNull();
        assertThat(refusal.problems()).extracting(DatasetProblem::toString)
                .containsExactlyElementsOf(Arrays.stream(expected).map(ProblemAssertions::withoutOutcome).toList());
        return lenient;
    }

    static String withoutOutcome(String problem) {
        return problem.replaceFirst(" \\((line ignored|image skipped|box ignored|part marked invisible"
                + "|file ignored)\\)$", "");
    }
}
