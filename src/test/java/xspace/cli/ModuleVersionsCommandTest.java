package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleStore;
import xspace.workspace.ModuleVersion;
import xspace.workspace.Workspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * Retraining a class never moves names and votes: they stay on the version they were given to.
 * Versions are listed and chosen, names carried only when asked (by a measured match or by hand),
 * and bundles between workspaces with different versions leave out what the importer lacks.
 */
class ModuleVersionsCommandTest {

    private static final String[] NAMES = {"breast", "beak", "tail"};

    @TempDir
    Path dir;

    @Test
    void namesAndVotesStayOnTheVersionTheyWereGivenToThroughRetrainingChoosingCarryingAndSharing() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        String v1 = train(ws, 1);
        Path colleague = copy(ws, dir.resolve("colleague"));
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            Annotator ann = db.addAnnotator("Ann");
            for (int i = 0; i < NAMES.length; i++) {
                db.setName(new XFeatureKey(v1, 0, i), ann, NAMES[i]);
            }
            db.castVote(new XFeatureKey(v1, 0, 0), ann, Trust.TRUST);
            db.setNote(new XFeatureKey(v1, 0, 0), ann, "orange patch");
        }

        String v2 = train(ws, 2);
        assertThat(v2).isNotEqualTo(v1).startsWith("srae-class-000@");
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            assertThat(db.currentName(new XFeatureKey(v1, 0, 0))).contains("breast");
            assertThat(db.tally(new XFeatureKey(v1, 0, 0)).trust()).isEqualTo(1);
            for (int i = 0; i < NAMES.length; i++) {
                assertThat(db.currentName(new XFeatureKey(v2, 0, i))).as("v2 x-feature " + i).isEmpty();
                assertThat(db.votes(new XFeatureKey(v2, 0, i))).isEmpty();
                assertThat(db.notes(new XFeatureKey(v2, 0, i))).isEmpty();
            }
        }
        assertThat(Workspace.open(ws).modules().of(ExplanationMethod.SRAE, 0)).extracting(ModuleVersion::id)
                .containsExactly(v1, v2);
        CommandRun listed = CommandRun.of("explain", "versions", "--workspace", ws, "--class", 0);
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("SRAE class 0:", "  v1  " + v1, "3 names, 1 vote, 1 note",
                "* v2  " + v2, "no names or votes (current)");

        CommandRun use = CommandRun.of("explain", "use", "--workspace", ws, "--class", 0, "v1");
        assertThat(use.exitCode()).as(use.err()).isZero();
        assertThat(Workspace.open(ws).modules().requireCurrent(ExplanationMethod.SRAE, 0).id()).isEqualTo(v1);
        assertThat(CommandRun.of("explain", "versions", "--workspace", ws).out()).contains("* v1  " + v1);

        // The tiny dataset's modules are dead on its six images; a live module and a copy of it with its
        // x-features in another order stand in for two trainings that found the same x-features.
        String live = saveLiveModule(ws, 0);
        int[] order = {2, 0, 1};
        String copy = savePermutedCopy(ws, live, order);
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            Annotator ann = db.annotator("Ann").orElseThrow();
            for (int i = 0; i < NAMES.length; i++) {
                db.setName(new XFeatureKey(live, 0, i), ann, NAMES[i]);
            }
        }
        // Six images make any margin over the next best meaningless; XFeatureMatchTest checks it on many.
        CommandRun carried = CommandRun.of("explain", "carry-names", "--workspace", ws, "--class", 0, "--from",
                live.substring(live.indexOf('@') + 1, live.indexOf('@') + 9), "--to", "v4", "--min-margin", 0);
        assertThat(carried.out()).contains("carrying names of class 0 from v3", "votes and notes are not carried");
        int carriedCount = 0;
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            for (int k = 0; k < order.length; k++) {
                var name = db.currentName(new XFeatureKey(copy, 0, k));
                if (name.isPresent()) {
                    assertThat(name).as("v4 x-feature " + k + " is v3's " + order[k]).contains(NAMES[order[k]]);
                    carriedCount++;
                } else {
                    assertThat(carried.out()).contains("x-feature " + order[k] + " -> ").contains("not carried");
                }
            }
            assertThat(db.currentName(new XFeatureKey(live, 0, 0))).as("the source keeps its names").contains("breast");
        }
        assertThat(carriedCount).as(carried.out()).isPositive();
        assertThat(carried.out()).contains("r 1.000");

        CommandRun byHand = CommandRun.of("explain", "carry-names", "--workspace", ws, "--class", 0, "--from", "v1",
                "--to", "v2", "--map", "0=1", "--map", "1=0", "--map", "2=2");
        assertThat(byHand.exitCode()).as(byHand.out() + byHand.err()).isZero();
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            assertThat(db.currentName(new XFeatureKey(v2, 0, 1))).contains("breast");
        }

        sharesAcrossVersions(ws, colleague, v1, v2, live, copy);
    }

    /**
     * The colleague has v1 and a version of their own: v1 merges, the others are left out (never merged
     * onto another version), with the way to them: the version's file, then carry-names.
     */
    private void sharesAcrossVersions(Path ws, Path colleague, String v1, String v2, String v3, String v4)
            throws Exception {
        String theirs = train(colleague, 3);
        Path bundle = dir.resolve("ann.zip");
        assertThat(CommandRun.of("votes", "export", "--workspace", ws, "--out", bundle).exitCode()).isZero();

        CommandRun imported = CommandRun.of("votes", "import", "--workspace", colleague, bundle);
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(1);
        assertThat(imported.out()).contains("left out, 3 module version(s) this workspace does not have",
                v2 + ": 3 names, 0 votes, 0 notes", "bring that version itself",
                "xspace explain carry-names --workspace " + colleague + " --class 0 --method srae --from " + v2)
                .doesNotContain("--map");
        try (WorkspaceDatabase db = Workspace.open(colleague).database()) {
            assertThat(db.currentName(new XFeatureKey(v1, 0, 0))).contains("breast");
            assertThat(db.currentName(new XFeatureKey(theirs, 0, 1))).isEmpty();
        }
        CommandRun mapped = CommandRun.of("votes", "import", "--workspace", colleague, bundle, "--map",
                v2 + "=" + theirs);
        assertThat(mapped.exitCode()).isEqualTo(2);
        assertThat(mapped.err()).contains("refused, nothing was imported", "carry-names");
        try (WorkspaceDatabase db = Workspace.open(colleague).database()) {
            for (int i = 0; i < NAMES.length; i++) {
                assertThat(db.namesByAnnotator(new XFeatureKey(theirs, 0, i))).isEmpty();
            }
        }

        // v2's file brought over: its names are the colleague's too, on v2 itself.
        Path file = Workspace.open(ws).modules().find(v2).file();
        Path here = Workspace.open(colleague).moduleLayout().fileOf(v2).orElseThrow();
        java.nio.file.Files.copy(file, here);
        java.nio.file.Files.copy(xspace.model.CnnStore.infoPath(file), xspace.model.CnnStore.infoPath(here));
        CommandRun again = CommandRun.of("votes", "import", "--workspace", colleague, bundle);
        assertThat(again.out()).contains("left out, 2 module version(s)").doesNotContain(v2 + ": 3 names");
        try (WorkspaceDatabase db = Workspace.open(colleague).database()) {
            assertThat(db.currentName(new XFeatureKey(v2, 0, 1))).contains("breast");
            assertThat(db.currentName(new XFeatureKey(theirs, 0, 1))).isEmpty();
        }

        Path back = dir.resolve("back.zip");
        assertThat(CommandRun.of("votes", "export", "--workspace", colleague, "--out", back).exitCode()).isZero();
        CommandRun returned = CommandRun.of("votes", "import", "--workspace", ws, back);
        assertThat(returned.exitCode()).as("a version left out without entries leaves nothing out").isZero();
        assertThat(returned.out()).contains("names: 0 added, 0 updated, 0 kept (newer here), 6 unchanged",
                "votes: 0 added, 0 updated, 0 kept (newer here), 1 unchanged",
                "1 module version(s) of the bundle this workspace does not have hold no names, votes or notes")
                .as("an empty version left out is counted, not listed").doesNotContain(theirs + ":");
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            assertThat(db.namesByAnnotator(new XFeatureKey(v1, 0, 0))).hasSize(1);
            assertThat(db.moduleKeys().held()).noneMatch(h -> h.moduleId().equals(theirs));
        }
    }

    private static String train(Path ws, int seed) {
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--class", 0, "--n", 3, "--epochs", 2,
                "--seed", seed, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject().get("version").getAsString();
    }

    /** A module of class 0 with random weights, most of whose x-features vary over the images. */
    private static String saveLiveModule(Path ws, long seed) throws Exception {
        Workspace workspace = Workspace.open(ws);
        ModuleInfo i = ModuleStore.load(workspace.modules().requireCurrent(ExplanationMethod.SRAE, 0).file(),
                workspace.cnnInfo()).info();
        ModuleParameters p = ModuleParameters.initial(i.shape(), true, seed, org.nd4j.linalg.api.buffer.DataType.FLOAT);
        return workspace.modules().save(new ExplanationModule(copyOf(i), p)).version().id();
    }

    /** A version whose x-feature k is the given version's x-feature order[k]: the same E, in another order. */
    private static String savePermutedCopy(Path ws, String version, int[] order) throws Exception {
        Workspace workspace = Workspace.open(ws);
        ModuleVersion from = workspace.modules().find(version);
        ExplanationModule module = ModuleStore.load(from.file(), workspace.cnnInfo());
        Map<String, INDArray> p = new LinkedHashMap<>();
        module.parameters().asMap().forEach((name, value) -> p.put(name, value.dup()));
        p.put("W3", p.get("W3").getColumns(order));
        p.put("b3", p.get("b3").getColumns(order));
        p.put("v", p.get("v").getRows(order));
        p.put("D1", p.get("D1").getRows(order));
        return workspace.modules().save(new ExplanationModule(copyOf(module.info()), ModuleParameters.of(p))).version()
                .id();
    }

    /** The description of another module of the same class, trained now. */
    private static ModuleInfo copyOf(ModuleInfo i) throws InterruptedException {
        Thread.sleep(5); // a later creation time: the new version is numbered after the others
        return new ModuleInfo(i.id(), i.method(), i.classIndex(), i.className(), i.shape(), i.hyperparameters(),
                i.crossValidated(), i.curves(), i.attempts(), i.trainImageIds(), i.testImageIds(), i.zLayer(),
                i.cnnFingerprint(), i.faithfulness(), Instant.now().toString(), null, i.seed(), i.sampling());
    }

    private static Path copy(Path from, Path to) throws Exception {
        return xspace.engine.FileTrees.copy(from, to);
    }
}
