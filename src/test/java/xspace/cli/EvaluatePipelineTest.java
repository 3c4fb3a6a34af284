package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate end to end on a tiny workspace: both tables, per-class and per-x-feature results, and resuming. */
class EvaluatePipelineTest {

    @TempDir
    Path dir;

    @Test
    void writesBothTablesAndResumesFromFinishedClasses() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        Path out = dir.resolve("eval");

        CommandRun run = CommandRun.of("evaluate", "--workspace", ws, "--methods", "srae,nn", "--classes", "0,2",
                "--n", 3, "--epochs", 2, "--z-units", 3, "--out", out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String table1 = Files.readString(out.resolve("table1.md"));
        assertThat(table1).contains("| Measure | SRAE | NN | Z | ExcitationBP |").contains("Freg testing")
                .contains("O2 positive").contains("Locality positive").contains("over 2 classes");
        assertThat(Files.readString(out.resolve("table2.md"))).contains("Mask by X features (SRAE)")
                .contains("Mask by Excitation BP");
        assertThat(Files.readAllLines(out.resolve("per-class.csv"))).hasSize(1 + 2 * 2);
        java.util.List<String> xFeatures = Files.readAllLines(out.resolve("x-features.csv"));
        assertThat(xFeatures).hasSize(1 + 2 * 2 * 3).first()
                .isEqualTo("class,name,method,x_feature,mean_contribution,locality,discriminative_share");
        assertThat(xFeatures.get(1)).startsWith("0,").contains(",SRAE,0,");
        theXFeaturesAverageToTheirModulesMeasures(Files.readAllLines(out.resolve("per-class.csv")), xFeatures);
        assertThat(Files.readAllLines(out.resolve("table1.csv")).get(0)).isEqualTo("Measure,SRAE,NN,Z,ExcitationBP");
        everyRowAndColumnSaysWhatItMeasures(out.resolve("table1.csv"));
        everyRowAndColumnSaysWhatItMeasures(out.resolve("table2.csv"));
        JsonObject result = JsonParser.parseString(Files.readString(out.resolve("classes/class-000.json")))
                .getAsJsonObject();
        assertThat(result.get("images").getAsInt()).isPositive();
        assertThat(result.getAsJsonObject("methods").keySet()).containsExactly("SRAE", "NN");
        assertThat(xspace.workspace.Workspace.open(ws).modules().current(xspace.explain.ExplanationMethod.NN, 2))
                .isPresent();

        FileTime before = Files.getLastModifiedTime(out.resolve("classes/class-000.json"));
        Files.delete(out.resolve("table1.md"));
        assertThat(CommandRun.of("evaluate", "--workspace", ws, "--methods", "srae,nn", "--classes", "0,2",
                "--n", 3, "--z-units", 3, "--out", out).exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(out.resolve("classes/class-000.json"))).isEqualTo(before);
        assertThat(out.resolve("table1.md")).exists();

        CommandRun retrained = CommandRun.of("explain", "train", "--workspace", ws, "--class", 2, "--method", "nn",
                "--n", 3, "--epochs", 2, "--seed", 5, "--json");
        String v2 = JsonParser.parseString(retrained.out()).getAsJsonArray().get(0).getAsJsonObject().get("version")
                .getAsString();
        assertThat(CommandRun.of("evaluate", "--workspace", ws, "--methods", "srae,nn", "--classes", "0,2",
                "--n", 3, "--z-units", 3, "--out", out).exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(out.resolve("classes/class-000.json"))).isEqualTo(before);
        JsonObject again = JsonParser.parseString(Files.readString(out.resolve("classes/class-002.json")))
                .getAsJsonObject();
        assertThat(again.getAsJsonObject("versions").get("NN").getAsString()).as("measured again").isEqualTo(v2);
    }

    @Test
    void aFolderOfAnotherEvaluationOrOfOtherFilesIsRefusedAndLeftAsItWas() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        Path out = dir.resolve("eval");
        Object[] first = {"evaluate", "--workspace", ws, "--methods", "nn", "--classes", "0", "--n", 3, "--epochs", 2,
            "--z-units", 3, "--out", out};
        assertThat(CommandRun.of(first).exitCode()).isZero();
        String table1 = Files.readString(out.resolve("table1.md"));

        CommandRun other = CommandRun.of("evaluate", "--workspace", ws, "--methods", "nn", "--classes", "2",
                "--n", 3, "--epochs", 2, "--z-units", 3, "--seed", 4, "--out", out);
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("not evaluating into " + out, "other settings", "classes [0], now [2]",
                "seed 1, now 4", "choose another --out");
        assertThat(Files.readString(out.resolve("table1.md"))).isEqualTo(table1);
        try (var classes = Files.list(out.resolve("classes"))) {
            assertThat(classes.map(p -> p.getFileName().toString())).containsExactly("class-000.json");
        }

        // a run of an earlier release recorded its settings only in results.json
        Files.delete(out.resolve("request.json"));
        assertThat(CommandRun.of("evaluate", "--workspace", ws, "--methods", "srae", "--classes", "0", "--n", 3,
                "--z-units", 3, "--out", out).err()).contains("methods [\"NN\"], now [\"SRAE\"]");
        assertThat(CommandRun.of(first).exitCode()).isZero();

        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("table1.md"), "mine");
        CommandRun intoNotes = CommandRun.of("evaluate", "--workspace", ws, "--methods", "nn", "--classes", "0",
                "--out", notes);
        assertThat(intoNotes.exitCode()).isEqualTo(2);
        assertThat(intoNotes.err()).contains("is not empty and holds no evaluation");
        assertThat(Files.readString(notes.resolve("table1.md"))).isEqualTo("mine");
    }

    /** A module's locality and every-map share are the means of its x-features' (n = 3 here). */
    /** The application shows each row's and column's meaning; a row or column without one would show none. */
    private static void everyRowAndColumnSaysWhatItMeasures(Path table) throws Exception {
        java.util.List<java.util.List<String>> rows = xspace.data.Csv.parse(Files.readString(table), 100).stream()
                .map(xspace.data.Csv.Record::fields).toList();
        assertThat(rows.get(0).subList(1, rows.get(0).size())).allSatisfy(header ->
                assertThat(xspace.workspace.TableColumns.meaning(header)).as(header).isPresent());
        assertThat(rows.subList(1, rows.size())).allSatisfy(row ->
                assertThat(xspace.workspace.TableMeasure.of(row.get(0))).as(row.get(0)).isPresent());
    }

    private static void theXFeaturesAverageToTheirModulesMeasures(java.util.List<String> perClass,
            java.util.List<String> xFeatures) {
        java.util.List<String> header = java.util.List.of(perClass.get(0).split(","));
        for (String row : perClass.subList(1, perClass.size())) {
            String[] c = row.split(",");
            double locality = 0;
            double share = 0;
            for (String x : xFeatures) {
                String[] f = x.split(",");
                if (f[0].equals(c[0]) && f[2].equals(c[2])) {
                    locality += Double.parseDouble(f[5]) / 3;
                    share += Double.parseDouble(f[6]) / 3;
                }
            }
            assertThat(locality).as(row).isCloseTo(Double.parseDouble(c[header.indexOf("locality")]), within(1e-5));
            assertThat(share).as(row).isCloseTo(Double.parseDouble(c[header.indexOf("discriminative_share")]),
                    within(1e-5));
        }
    }
}
