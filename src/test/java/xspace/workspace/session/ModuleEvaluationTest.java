package xspace.workspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationMethod;
import xspace.explain.ModuleInfo;
import xspace.testing.TestWorkspace;
import xspace.workspace.ClassResult;
import xspace.workspace.MethodResult;
import xspace.workspace.XFeatureResult;

/** Which evaluation figures belong to a module: only those of its own version, and why none are shown otherwise. */
class ModuleEvaluationTest {

    private static ModuleInfo info;

    @TempDir
    Path out;

    @BeforeAll
    static void module() throws Exception {
        try (WorkspaceSession session = WorkspaceSession.open(TestWorkspace.copy(), TaskMonitor.NONE)) {
            info = session.modules().module(ExplanationMethod.SRAE, 0).orElseThrow().info();
        }
    }

    private void write(String version, List<XFeatureResult> xFeatures) throws Exception {
        MethodResult srae = new MethodResult(0.1, 0.2, 1, 1, 0.5, 1, false, 1.2, 1, 0.1, false, 6, 0, 0.1, xFeatures);
        ClassResult result = new ClassResult(0, "class 0", 5, Map.of("SRAE", srae), 2, 1.5, 3, 1, 1, 0.1,
                version == null ? null : Map.of("SRAE", version));
        Files.createDirectories(out.resolve("classes"));
        Files.writeString(out.resolve("classes/class-000.json"),
                new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(result));
    }

    @Test
    void theFiguresOfTheVersionInUseAreShown() throws Exception {
        List<XFeatureResult> measured = List.of(new XFeatureResult(0, 2.5, 1.9, 0.2));
        write(info.versionId(), measured);
        ModuleEvaluation e = ModuleEvaluation.of(out, info);
        assertThat(e.xFeatures()).isEqualTo(measured);
        assertThat(e.note()).contains(out.toString()).contains("5 test images");
    }

    @Test
    void otherwiseTheNoteSaysWhy() throws Exception {
        assertThat(ModuleEvaluation.of(out, info).note()).contains("did not measure " + info.moduleId());
        write(null, List.of(new XFeatureResult(0, 2.5, 1.9, 0.2)));
        assertThat(ModuleEvaluation.of(out, info).note()).contains("measured an earlier version");
        write(info.versionId(), null);
        ModuleEvaluation old = ModuleEvaluation.of(out, info);
        assertThat(old.xFeatures()).isEmpty();
        assertThat(old.note()).contains("earlier release");
        Files.writeString(out.resolve("classes/class-000.json"), "{not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModuleEvaluation.of(out, info))
                .hasMessageContaining("class-000.json").hasMessageContaining("not a class result");
    }
}
