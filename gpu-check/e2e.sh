#!/usr/bin/env bash
# The commands on the GPU machine, after `run.sh unpack` left the runtime in $XS_HOME: a small
# workspace made on the build machine (.devpack/e2e: synthetic birds, the demo CNN, an SRAE module
# of class 0, and what the CPU computed for it) gets its features, its all-images maps and its
# evaluation from the GPU executor, compared here with the CPU's. Results go to ${OUT:-e2e-results}.
set -uo pipefail
out="${OUT:-e2e-results}"
home="${XS_HOME:-/tmp/xspace-gpu-check}"
pack=.devpack/e2e
mkdir -p "$out" /tmp/e2e && rm -rf /tmp/e2e/* && cp -r "$pack/birds" "$pack/ws" /tmp/e2e/   # the dataset's path is /tmp/e2e/birds
dirs=$(find / -xdev \( -name 'libcudart.so.13*' -o -name 'libcublas.so.13*' -o -name 'libcudnn.so.9*' \
        -o -name 'libnvrtc.so.13*' \) 2>/dev/null | grep -v /proc/ | xargs -r -n1 dirname | sort -u | tr '\n' ':')
# the build machine's runtime reads JPEG with the system's libjpeg 6.2, which a GPU machine may lack
export XSPACE_CUDA_PATH="$dirs" LD_LIBRARY_PATH="$dirs$PWD/$pack/native:${LD_LIBRARY_PATH:-}"
xspace() { "$home/jre/bin/java" -Xmx24g -Duser.home=/tmp/e2e/home -cp "$home/classes:$home/lib/*:$pack/sqlite-jdbc-linux-x86_64.jar" xspace.Main "$@"; }
echo "[$SECONDS s] features"
xspace features --model /tmp/e2e/ws/models/cnn.zip --data /tmp/e2e/birds --out /tmp/e2e/features 2>&1 | grep -v "^[0-9]*% " | tee "$out/features.txt"
echo "[$SECONDS s] heatmaps --all"
xspace heatmaps --workspace /tmp/e2e/ws --class 0 --all 2>&1 | grep -v "^[0-9]*% " | tee "$out/heatmaps.txt"
echo "[$SECONDS s] evaluate"
xspace evaluate --workspace /tmp/e2e/ws --class 0 --methods srae --out /tmp/e2e/ws/exports/eval 2>&1 | tail -12 | tee "$out/evaluate.txt"
echo "[$SECONDS s] GPU against CPU"
python3 - "$pack/cpu" /tmp/e2e 2>&1 <<'PY' | tee "$out/compare.txt"
import json, pathlib, sys
import numpy as np
cpu, gpu = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def pearson(a, b):
    a, b = a.ravel().astype(np.float64), b.ravel().astype(np.float64)
    if a.std() == 0 and b.std() == 0:
        return 1.0
    return float(np.corrcoef(a, b)[0, 1])
for name in ("z", "logits"):
    a, b = np.load(cpu / f"{name}.npy"), np.load(gpu / "features" / f"{name}.npy")
    print(f"features {name}: shape {b.shape}, pearson {pearson(a, b):.6f}, largest difference {np.abs(a - b).max():.2e}"
          f" (largest value {np.abs(a).max():.2e})")
maps = sorted((cpu / "heatmaps").rglob("*.npy"))
rs = [pearson(np.load(m), np.load(gpu / "ws/cache/heatmaps" / m.relative_to(cpu / "heatmaps"))) for m in maps]
print(f"all-images maps: {len(maps)} maps, smallest pearson {min(rs):.6f}, median {float(np.median(rs)):.6f}")
a, b = json.loads((cpu / "eval/results.json").read_text()), json.loads((gpu / "ws/exports/eval/results.json").read_text())
def leaves(x, path=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from leaves(v, f"{path}/{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from leaves(v, f"{path}[{i}]")
    elif isinstance(x, (int, float)) and not isinstance(x, bool):
        yield path, x
ga = dict(leaves(b))
for path, v in leaves(a):
    if path in ga and abs(ga[path] - v) > 1e-3 * max(1.0, abs(v)):
        print(f"evaluation differs: {path} CPU {v} GPU {ga[path]}")
print("evaluation compared:", sum(1 for _ in leaves(a)), "numbers")
PY
echo "[$SECONDS s]"
