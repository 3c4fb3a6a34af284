#!/usr/bin/env bash
# Makes .devpack/e2e for e2e.sh and cub.sh (docs/gpu.md), on the build machine with the default
# build in target/: a small workspace made with the commands (144 synthetic birds at 64 px, the demo
# CNN, an SRAE module of class 0), what the CPU computed for it (features, all-images maps, an
# evaluation) to compare the GPU's with, sqlite-jdbc cut to Linux x86-64, and the system's libjpeg
# and lcms2 that this machine's Java runtime reads images with.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/.devpack/e2e"
work=/tmp/e2e   # the workspace names its dataset by this path, which e2e.sh recreates
rm -rf "$out" "$work" && mkdir -p "$out/cpu" "$out/native" "$work"
x() { java -Duser.home="$work/home" -jar "$root/target/xspace.jar" "$@"; }
cd "$work"
x synth --out birds --species 12 --per-species 12 --size 64 --seed 7
x workspace create ws --data birds --model "$root/assets/demo/cnn.zip"
x features --workspace ws
x explain train --workspace ws --class 0
cp -r ws "$out/ws"                                   # carried before its maps and evaluation exist
x heatmaps --workspace ws --class 0 --all
x evaluate --workspace ws --class 0 --methods srae --out ws/exports/eval
cp -r birds "$out/"
cp -r ws/cache/heatmaps "$out/cpu/heatmaps"
cp ws/cache/features/fc6/z.npy ws/cache/features/fc6/logits.npy "$out/cpu/"
cp -r ws/exports/eval "$out/cpu/eval"
jar="$(ls "$root"/target/lib/sqlite-jdbc-*.jar)"
(mkdir -p "$work/sqlite" && cd "$work/sqlite" && unzip -q "$jar" \
  && find org/sqlite/native -mindepth 1 -maxdepth 1 ! -name Linux -exec rm -rf {} + \
  && find org/sqlite/native/Linux -mindepth 1 -maxdepth 1 ! -name x86_64 -exec rm -rf {} + \
  && zip -q -r "$out/sqlite-jdbc-linux-x86_64.jar" .)
cp -L /lib/x86_64-linux-gnu/libjpeg.so.62 /lib/x86_64-linux-gnu/liblcms2.so.2 "$out/native/"
du -sh "$out"
