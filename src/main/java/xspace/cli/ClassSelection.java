package xspace.cli;

import java.util.List;
import picocli.CommandLine.Option;
import xspace.workspace.ModuleTraining;

/** The classes a command works on: listed, or drawn at random with the command's seed. */
final class ClassSelection {

    @Option(names = "--class", converter = Ranges.NonNegative.class, description = "One class index (0-based, in the network's output order).")
    Integer single;

    @Option(names = "--classes", split = ",", converter = Ranges.NonNegative.class, description = "Several class indices, e.g. 1,5,9.")
    List<Integer> listed;

    @Option(names = "--random-classes", converter = Ranges.Positive.class, description = "This many classes drawn with --seed.")
    Integer random;

    List<Integer> resolve(int classCount, long seed) {
        if (single != null) {
            return List.of(ClassRange.check("--class " + single, single, classCount));
        }
        if (listed != null) {
            listed.forEach(c -> ClassRange.check("--classes", c, classCount));
            return distinct(listed);
        }
        if (random > classCount) {
            // The paper's 30 random classes asked of a smaller network: all of them, said once.
            System.err.println("note: --random-classes " + random + ": the network has " + classCount
                    + " classes; all " + classCount + " are used");
        }
        return ModuleTraining.randomClasses(classCount, random, seed);
    }

    /** A class listed twice would be trained or measured twice, the second run replacing the first. */
    private static List<Integer> distinct(List<Integer> classes) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int c : classes) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("--classes: class " + c + " is listed twice; list each class once");
            }
        }
        return classes;
    }
}
