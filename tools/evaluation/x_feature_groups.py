#!/usr/bin/env python3
"""Groups the x-features of an evaluation's x-features.csv by the sign of their mean contribution
v_i·E_i on the class's positive test images (for the class, against it, silent) and by their rank
within their module, with the mean discriminative-part share of each group's maps.

    python3 tools/evaluation/x_feature_groups.py EVALUATION_DIR/x-features.csv
"""
import collections
import csv
import sys


def groups(rows, method):
    by_sign = collections.defaultdict(list)
    by_rank = collections.defaultdict(list)
    modules = collections.defaultdict(list)
    for r in rows:
        if r["method"] == method and r["discriminative_share"]:
            modules[r["class"]].append(r)
    for features in modules.values():
        features.sort(key=lambda r: -float(r["mean_contribution"]))
        for rank, r in enumerate(features, 1):
            contribution = float(r["mean_contribution"])
            share = float(r["discriminative_share"])
            sign = "for" if contribution > 0 else "against" if contribution < 0 else "silent"
            by_sign[sign].append(share)
            by_rank[rank].append(share)
    return by_sign, by_rank


def mean(values):
    return 100 * sum(values) / len(values)


def main(path):
    rows = list(csv.DictReader(open(path, newline="", encoding="utf-8")))
    for method in dict.fromkeys(r["method"] for r in rows):
        by_sign, by_rank = groups(rows, method)
        if not by_rank:
            continue
        signs = ", ".join(f"{sign} {len(by_sign[sign])} x-features {mean(by_sign[sign]):.2f} %"
                          for sign in ("for", "against", "silent") if by_sign[sign])
        ranks = ", ".join(f"#{rank} {mean(v):.2f} %" for rank, v in sorted(by_rank.items()))
        print(f"{method}: {signs}; by rank of contribution {ranks}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
