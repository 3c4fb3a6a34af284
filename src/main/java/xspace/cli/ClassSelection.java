package xspace.cli;

import java.util.List;
import picocli.CommandLine.Option;
import xspace.workspace.ModuleTraining;

/** The classes a command works on: listed, or drawn at random with the command's seed. */
final class ClassSelection {

    @Option(names = "--class", description = "One class index (0-based, in the network's output order).")
    Integer single;

    @Option(names = "--classes", split = ",", description = "Several class indices, e.g. 1,5,9.")
    List<Integer> listed;

    @Option(names = "--random-classes", description = "This many classes drawn with --seed.")
    Integer random;

    List<Integer> resolve(int classCount, long seed) {
        if (single != null) {
            return List.of(single);
        }
        return listed != null ? listed : ModuleTraining.randomClasses(classCount, random, seed);
    }
}
