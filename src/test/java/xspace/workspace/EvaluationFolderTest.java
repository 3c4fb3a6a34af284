package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.explain.ExplanationMethod;

/** An evaluation resumes in the folder of a run with the same settings, whatever order its classes and methods came in. */
class EvaluationFolderTest {

    @TempDir
    Path dir;

    private static EvaluationRun.Request request(List<ExplanationMethod> methods, List<Integer> classes) {
        return new EvaluationRun.Request(methods, classes, 3, 3, 1, null);
    }

    @Test
    void theSameClassesAndMethodsInAnotherOrderAreTheSameEvaluation() throws Exception {
        Path out = dir.resolve("eval");
        EvaluationFolder.claim(out, request(List.of(ExplanationMethod.SRAE, ExplanationMethod.NN), List.of(0, 2)));

        EvaluationFolder.claim(out, request(List.of(ExplanationMethod.NN, ExplanationMethod.SRAE), List.of(2, 0)));

        assertThatThrownBy(() -> EvaluationFolder.claim(out, request(List.of(ExplanationMethod.NN,
                ExplanationMethod.SRAE), List.of(2, 3)))).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("other settings (classes [2,0], now [2,3])");
        assertThatThrownBy(() -> EvaluationFolder.claim(out, request(List.of(ExplanationMethod.NN), List.of(0, 2))))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("methods [\"NN\",\"SRAE\"], now [\"NN\"]");
        assertThat(out.resolve(EvaluationFiles.REQUEST_JSON)).isRegularFile();
    }
}
