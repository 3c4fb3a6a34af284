#!/usr/bin/env python3
"""An independent reference implementation of the paper's SRAE, trained on the rows of an XSpace module.

Reads what `xspace explain export-rows` wrote (rows.json, z_*.npy, logits_*.npy), trains SRAE the way
the paper and the authors' later code describe it, and prints Freg / Fcls on the same training and test
rows as JSON. Two back ends compute the same thing: `numpy` (hand-written gradients, checked against
finite differences by --check-gradient) and `torch` (autograd; for people who have PyTorch).

Objective (eq. 4 of the paper, the batch mean inside the log as in the authors' code):
    α_pred · mean_i (vᵀE_i + b − ŷ_i)²  +  α_recons · mean_k log(1 + q·Q_k)  [+ α_pt · PT]
    Q_k = mean_i (R_ik − Z_ik)²,  PT = mean_{a≠b} cos²(F_a, F_b) over the columns of F = E ⊙ vᵀ
plus weight decay on weights only (Adam's L2 form: λ·θ added to the gradient; no decay on biases).
Encoder Z → h1 → h2 → n (Linear + ReLU each, dropout after the first), decoder mirrored with a linear
last layer, predictor one linear unit. Adam, learning rate × 0.1 every --lr-step epochs.
"""
import argparse
import json
import os
import sys
import time

import numpy as np

from srae_numpy import NumpySrae


def load(rows_dir):
    with open(os.path.join(rows_dir, "rows.json")) as f:
        meta = json.load(f)
    j = meta["classIndex"]
    parts = {}
    for name in ("train", "test"):
        part = meta[name]
        z = np.load(os.path.join(rows_dir, part["files"]["z"])).astype(np.float32)
        logits = np.load(os.path.join(rows_dir, part["files"]["logits"])).astype(np.float32)
        parts[name] = dict(z=z, logits=logits, y=logits[:, j].copy(), positive=np.array(part["positive"], bool))
    return meta, parts


def faithfulness(logits, j, ybar):
    """Freg = mean |ȳ − ŷ_j|; Fcls = share whose arg-max is unchanged with ŷ_j replaced by ȳ_j."""
    replaced = logits.copy()
    replaced[:, j] = ybar
    return float(np.mean(np.abs(ybar - logits[:, j]))), float(np.mean(replaced.argmax(1) == logits.argmax(1)))


def degenerate(e_pos, v):
    """The authors' check: at least two positive mean contributions, the second ≥ 0.3 of the first."""
    c = np.sort(e_pos.mean(0) * v.reshape(-1))[::-1]
    return bool(len(c) < 2 or c[0] <= 0 or c[1] <= 0 or c[1] < 0.3 * c[0])


def make_model(args, z_size):
    sizes = [z_size] + [int(x) for x in args.hidden.split(",")] + [args.n]
    if args.backend == "torch":
        from srae_torch import TorchSrae  # imported only when asked: PyTorch is optional
        return TorchSrae(sizes, args)
    return NumpySrae(sizes, args)


def sample_weights(positive, mode):
    if mode == "balance":
        up = (len(positive) - positive.sum()) / max(positive.sum(), 1)
        w = np.where(positive, up, 1.0)
    else:
        w = np.ones(len(positive))
    return (w / w.mean()).astype(np.float32)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("rows", help="folder written by `xspace explain export-rows`")
    p.add_argument("--backend", choices=["numpy", "torch"], default="numpy")
    p.add_argument("--hidden", default="800,100", help="widths h1,h2 (default: the paper's 800,100)")
    p.add_argument("--n", type=int, default=5)
    p.add_argument("--q", type=float, default=100)
    p.add_argument("--alpha-pred", type=float, default=1)
    p.add_argument("--alpha-recons", type=float, default=10)
    p.add_argument("--alpha-pt", type=float, default=10, help="pull-away weight (0 = off, as eq. 4)")
    p.add_argument("--dropout", type=float, default=0.02)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--lr-step", type=int, default=40)
    p.add_argument("--batch", type=int, default=50)
    p.add_argument("--weight-decay", type=float, default=1e-4)
    p.add_argument("--epochs", type=int, default=60)
    p.add_argument("--positives", choices=["plain", "balance"], default="plain",
                   help="plain: every row weighs the same; balance: positives up-weighted to half the loss")
    p.add_argument("--init", choices=["torch", "he"], default="torch",
                   help="torch: nn.Linear's default; he: He-uniform weights, zero biases (numpy back end only)")
    p.add_argument("--fit-predictor", action="store_true",
                   help="start v and b from least squares on the initial x-features (numpy back end only)")
    p.add_argument("--predictor-bias", choices=["init", "mean"], default="init",
                   help="init: b as initialised; mean: b starts at the mean class score of the training rows"
                        " (XSpace's start; numpy back end only)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--check-gradient", action="store_true", help="compare the numpy gradient with finite differences")
    args = p.parse_args(argv)

    meta, parts = load(args.rows)
    j = meta["classIndex"]
    train, test = parts["train"], parts["test"]
    model = make_model(args, train["z"].shape[1])
    if args.check_gradient:
        print(json.dumps(model.check_gradient(train["z"][:20], train["y"][:20])))
        return 0
    if args.fit_predictor:
        model.fit_predictor(train["z"], train["y"])
    if args.predictor_bias == "mean":
        model.p["bv"][:] = np.mean(train["y"])
    weights = sample_weights(train["positive"], args.positives)
    rng = np.random.default_rng(args.seed)
    m = len(train["y"])
    start = time.time()
    for epoch in range(args.epochs):
        model.set_lr(args.lr * 0.1 ** (epoch // args.lr_step))
        order = rng.permutation(m)
        for s in range(0, m, args.batch):
            rows = order[s:s + args.batch]
            model.step(train["z"][rows], train["y"][rows], weights[rows])
    seconds = time.time() - start
    out = dict(classIndex=j, version=meta.get("version"), shape=[train["z"].shape[1]] + args.hidden.split(",") + [args.n],
               settings={k: v for k, v in vars(args).items() if k not in ("rows", "check_gradient")},
               secondsPerEpoch=seconds / max(args.epochs, 1))
    for name, part in parts.items():
        ybar = model.predict(part["z"])
        freg, fcls = faithfulness(part["logits"], j, ybar)
        pos = part["positive"]
        out[name] = dict(freg=freg, fcls=fcls,
                         fregPositives=float(np.mean(np.abs(ybar - part["y"])[pos])) if pos.any() else None,
                         fregNegatives=float(np.mean(np.abs(ybar - part["y"])[~pos])))
    e_pos = model.x_features(train["z"][train["positive"]])
    out["meanContributions"] = (e_pos.mean(0) * model.v().reshape(-1)).tolist()
    out["degenerate"] = degenerate(e_pos, model.v())
    json.dump(out, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
