#!/usr/bin/env python3
"""Compares, species by species, the discriminative-part share of each method's x-feature maps
with Excitation BP's map of y_j on the same images: the difference over every map and over the
maps weighted by v_i·E_i, its mean and standard deviation over the species, and on how many
species the x-features are ahead.

    python3 tools/evaluation/shares_against_excitation.py EVALUATION_DIR [EVALUATION_DIR ...]

EVALUATION_DIR is the --out folder of `xspace evaluate` (its classes/class-NNN.json files).
"""
import glob
import json
import os
import statistics
import sys


def differences(folder):
    """{method: [(every-map difference, weighted difference or None), ...]} in points."""
    by_method = {}
    files = sorted(glob.glob(os.path.join(folder, "classes", "class-*.json")))
    if not files:
        sys.exit(f"{folder}: no classes/class-*.json (not an evaluation folder?)")
    for path in files:
        with open(path, encoding="utf-8") as f:
            result = json.load(f)
        baseline = result.get("excitationDiscriminativeShare")
        if baseline is None:
            sys.exit(f"{path}: no excitationDiscriminativeShare (the dataset names no discriminative parts)")
        for method, figures in result["methods"].items():
            every = 100 * (figures["discriminativeShare"] - baseline)
            weighted = figures.get("explanationShare")
            weighted = None if weighted is None else 100 * (weighted - baseline)
            by_method.setdefault(method, []).append((every, weighted))
    return by_method


def summary(values):
    spread = statistics.stdev(values) if len(values) > 1 else 0.0
    ahead = sum(v > 0 for v in values)
    return f"{statistics.mean(values):+.2f} points (sd {spread:.2f}), ahead on {ahead} of {len(values)}"


def main(folders):
    for folder in folders:
        for method, rows in differences(folder).items():
            every = [e for e, _ in rows]
            weighted = [w for _, w in rows if w is not None]
            line = f"{folder} {method}: every map {summary(every)}"
            if weighted:
                line += f"; weighted by v_i·E_i {summary(weighted)}"
            print(line)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
