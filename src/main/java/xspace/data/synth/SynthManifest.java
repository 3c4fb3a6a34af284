package xspace.data.synth;

import java.util.Locale;

/**
 * synth.json: how a dataset was generated, so it can be generated again. It holds no time or
 * machine details, which would break byte-identical output.
 */
final class SynthManifest {

    private SynthManifest() {
    }

    static String json(SynthOptions options, DatasetPlan plan) {
        return String.format(Locale.ROOT, """
                {
                  "generator": "xspace synth",
                  "generatorVersion": %d,
                  "seed": %d,
                  "species": %d,
                  "perSpecies": %d,
                  "imageSize": %d,
                  "trainFraction": %s,
                  "format": "%s",
                  "jpegQuality": %s,
                  "images": %d,
                  "trainingImages": %d
                }
                """, SyntheticBirds.VERSION, options.seed(), options.species(), options.perSpecies(), options.size(),
                Double.toString(options.trainFraction()), options.format().extension(),
                Double.toString(SynthOptions.JPEG_QUALITY), plan.size(), plan.trainingCount());
    }
}
