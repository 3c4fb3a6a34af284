package xspace.explain;

/** One try of the degeneracy-retry rule: its seed, β, pull-away weight, mean contributions and verdict. */
public record TrainingAttempt(long seed, double beta, double pullAway, double[] meanContributions, boolean degenerate) {
}
