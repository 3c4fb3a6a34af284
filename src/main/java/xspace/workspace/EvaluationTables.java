package xspace.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import xspace.data.Csv;
import xspace.explain.ExplanationMethod;
import xspace.metrics.MeanAndSpread;

/**
 * Tables 1 and 2 of the paper from per-class results: each cell the mean over classes with the
 * standard deviation, in Markdown and CSV, one CSV row per class and method, and one per x-feature.
 */
final class EvaluationTables {

    private final List<ClassResult> results;
    private final List<ExplanationMethod> methods;

    EvaluationTables(List<ClassResult> results, List<ExplanationMethod> methods) {
        this.results = results;
        this.methods = methods;
    }

    void writeAll(Path out) throws IOException {
        List<String[]> table1 = table1();
        List<String[]> table2 = table2();
        EvaluationRun.write(out.resolve(EvaluationFiles.TABLE1_MD), markdown("Table 1: faithfulness, orthogonality and locality, "
                + "mean ± standard deviation over " + results.size() + " classes", table1));
        EvaluationRun.write(out.resolve(EvaluationFiles.TABLE1_CSV), csv(table1));
        EvaluationRun.write(out.resolve(EvaluationFiles.TABLE2_MD), markdown("Table 2: classification accuracy of the positive test "
                + "images, original and masked, mean ± standard deviation over " + results.size() + " classes", table2));
        EvaluationRun.write(out.resolve(EvaluationFiles.TABLE2_CSV), csv(table2));
        EvaluationRun.write(out.resolve(EvaluationFiles.PER_CLASS_CSV), csv(perClass()));
        EvaluationRun.write(out.resolve(EvaluationFiles.X_FEATURES_CSV), csv(perXFeature()));
    }

    private List<String[]> table1() {
        List<String> header = new ArrayList<>(List.of("Measure"));
        methods.forEach(m -> header.add(m.name()));
        header.add(TableColumns.Z);
        header.add(TableColumns.EXCITATION_BP);
        List<String[]> rows = new ArrayList<>();
        rows.add(header.toArray(String[]::new));
        rows.add(methodRow(TableMeasure.FREG_TRAIN, MethodResult::fregTrain, false));
        rows.add(methodRow(TableMeasure.FREG_TEST, MethodResult::fregTest, false));
        rows.add(methodRow(TableMeasure.FREG_CONSTANT, MethodResult::constantFregTest, false));
        rows.add(methodRow(TableMeasure.FCLS_TRAIN, MethodResult::fclsTrain, true));
        rows.add(methodRow(TableMeasure.FCLS_TEST, MethodResult::fclsTest, true));
        rows.add(methodRow(TableMeasure.O1, MethodResult::o1, false));
        rows.add(methodRow(TableMeasure.O2, MethodResult::o2, false));
        String[] locality = methodRow(TableMeasure.LOCALITY, MethodResult::locality, false);
        locality[locality.length - 2] = stat(ClassResult::zLocality).format(false);
        locality[locality.length - 1] = stat(ClassResult::excitationLocality).format(false);
        rows.add(locality);
        rows.add(methodRow(TableMeasure.DISCRIMINATIVE_SHARE, MethodResult::discriminativeShare, true));
        rows.get(rows.size() - 1)[locality.length - 1] = stat(ClassResult::excitationDiscriminativeShare).format(true);
        rows.add(methodRow(TableMeasure.EXPLANATION_SHARE, MethodResult::explanationShare, true));
        rows.get(rows.size() - 1)[locality.length - 1] = stat(ClassResult::excitationDiscriminativeShare).format(true);
        rows.add(countRow(TableMeasure.DEGENERATE_O2, r -> r.degenerate()));
        rows.add(countRow(TableMeasure.DEGENERATE_MODULES, r -> r.moduleDegenerate()));
        rows.add(methodRow(TableMeasure.SILENT_X_FEATURES, MethodResult::silentXFeatures, false));
        return rows;
    }

    private List<String[]> table2() {
        List<String> header = new ArrayList<>(List.of("Method", TableColumns.ORIGINAL));
        methods.forEach(m -> header.add(TableColumns.maskedBy(m)));
        header.add(TableColumns.MASK_EXCITATION);
        List<String> row = new ArrayList<>(List.of(TableMeasure.MASKED_ACCURACY.label(),
                stat(ClassResult::originalAccuracy).format(false)));
        for (ExplanationMethod m : methods) {
            row.add(stat(r -> method(r, m).maskedAccuracy()).format(false));
        }
        row.add(stat(ClassResult::excitationMaskedAccuracy).format(false));
        return List.of(header.toArray(String[]::new), row.toArray(String[]::new));
    }

    private List<String[]> perClass() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"class", "name", "method", "images", "freg_train", "freg_test", "fcls_train", "fcls_test",
            "o1", "o2", "o2_degenerate", "locality", "masked_accuracy", "discriminative_share", "module_degenerate",
            "z_locality", "excitation_locality", "original_accuracy", "excitation_masked_accuracy", "constant_freg_test",
            "silent_x_features", "explanation_share"});
        for (ClassResult r : results) {
            for (ExplanationMethod m : methods) {
                MethodResult x = method(r, m);
                rows.add(new String[] {"" + r.classIndex(), r.className(), m.name(), "" + r.images(), num(x.fregTrain()),
                    num(x.fregTest()), num(x.fclsTrain()), num(x.fclsTest()), num(x.o1()), num(x.o2()), "" + x.degenerate(),
                    num(x.locality()), num(x.maskedAccuracy()), num(x.discriminativeShare()), "" + x.moduleDegenerate(),
                    num(r.zLocality()), num(r.excitationLocality()), num(r.originalAccuracy()),
                    num(r.excitationMaskedAccuracy()), num(x.constantFregTest()), num(x.silentXFeatures()),
                    num(x.explanationShare())});
            }
        }
        return rows;
    }

    /** Classes measured by an earlier release, which kept no x-feature results, have no rows. */
    private List<String[]> perXFeature() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"class", "name", "method", "x_feature", "mean_contribution", "locality",
            "discriminative_share"});
        for (ClassResult r : results) {
            for (ExplanationMethod m : methods) {
                List<XFeatureResult> features = method(r, m).xFeatures();
                for (XFeatureResult f : features == null ? List.<XFeatureResult>of() : features) {
                    rows.add(new String[] {"" + r.classIndex(), r.className(), m.name(), "" + f.index(),
                        num(f.meanContribution()), num(f.locality()), num(f.discriminativeShare())});
                }
            }
        }
        return rows;
    }

    private String[] methodRow(TableMeasure name, ToDoubleFunction<MethodResult> measure, boolean percent) {
        List<String> row = new ArrayList<>(List.of(name.label()));
        for (ExplanationMethod m : methods) {
            row.add(stat(r -> measure.applyAsDouble(method(r, m))).format(percent));
        }
        row.add("—");
        row.add("—");
        return row.toArray(String[]::new);
    }

    private String[] countRow(TableMeasure name, java.util.function.Predicate<MethodResult> test) {
        List<String> row = new ArrayList<>(List.of(name.label()));
        for (ExplanationMethod m : methods) {
            row.add(results.stream().filter(r -> test.test(method(r, m))).count() + " of " + results.size());
        }
        row.add("—");
        row.add("—");
        return row.toArray(String[]::new);
    }

    private MeanAndSpread stat(ToDoubleFunction<ClassResult> measure) {
        return MeanAndSpread.of(results.stream().map(r -> measure.applyAsDouble(r)).toList());
    }

    private static MethodResult method(ClassResult r, ExplanationMethod m) {
        return r.methods().get(m.name());
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format("%.6f", v) : "";
    }

    private static String markdown(String title, List<String[]> rows) {
        StringBuilder md = new StringBuilder("**" + title + "**\n\n");
        for (int i = 0; i < rows.size(); i++) {
            md.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                md.append("|").append("---|".repeat(rows.get(0).length)).append("\n");
            }
        }
        return md.toString();
    }

    private static String csv(List<String[]> rows) {
        return Csv.write(rows.stream().map(List::of).toList());
    }
}
