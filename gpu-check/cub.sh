#!/usr/bin/env bash
# A CUB-sized workspace on the GPU machine, after `run.sh unpack` (docs/gpu.md): 200 species × 59
# synthetic birds at 224 px, a VGG19 with random weights, a 5-x-feature module of class 0; then
# `heatmaps --all` timed (and run again: all cached), and `features`. Usage: cub.sh [SPECIES PER SIZE]
set -uo pipefail
out="${OUT:-cub-results}"
home="${XS_HOME:-/tmp/xspace-gpu-check}"
species="${1:-200}" per="${2:-59}" size="${3:-224}"
work=/tmp/cub && rm -rf "$work" && mkdir -p "$out" "$work"
dirs=$(find / -xdev \( -name 'libcudart.so.13*' -o -name 'libcublas.so.13*' -o -name 'libcudnn.so.9*' \
        -o -name 'libnvrtc.so.13*' \) 2>/dev/null | grep -v /proc/ | xargs -r -n1 dirname | sort -u | tr '\n' ':')
# the build machine's runtime reads JPEG with the system's libjpeg 6.2, which a GPU machine may lack
export XSPACE_CUDA_PATH="$dirs" LD_LIBRARY_PATH="$dirs$PWD/.devpack/e2e/native:${LD_LIBRARY_PATH:-}"
cp="$home/classes:$home/lib/*:$PWD/.devpack/e2e/sqlite-jdbc-linux-x86_64.jar"
java() { "$home/jre/bin/java" -Xmx32g -Duser.home="$work/home" -cp "$cp" "$@"; }
step() { echo "[$SECONDS s] $*"; }
step synth; java xspace.Main synth --out "$work/birds" --species "$species" --per-species "$per" --size "$size" --seed 7 2>&1 | tail -2
step cnn; java VggWorkspace cnn "$work/birds" "$size" "$work/vgg19.zip" 2>&1 | grep -v "^INFO\|^Warning"
step workspace; java xspace.Main workspace create "$work/ws" --data "$work/birds" --model "$work/vgg19.zip" 2>&1 | tail -1
step module; java VggWorkspace module "$work/ws" 0 2>&1 | grep -v "^INFO\|^Warning"
step "heatmaps --all"; java xspace.Main heatmaps --workspace "$work/ws" --class 0 --all 2>&1 | grep -v "^[0-9]*% \|^INFO" | tee "$out/heatmaps-all.txt"
step "heatmaps --all again"; java xspace.Main heatmaps --workspace "$work/ws" --class 0 --all 2>&1 | grep -v "^[0-9]*% \|^INFO" | tail -1
du -sh --apparent-size "$work/ws/cache/heatmaps"; find "$work/ws/cache/heatmaps" -name '*.npy' | wc -l
step features; timeout 120 "$home/jre/bin/java" -Xmx32g -Duser.home="$work/home" -cp "$cp" xspace.Main features --workspace "$work/ws" 2>&1 | grep -v "^[0-9]*% \|^INFO" | tee "$out/features.txt"
step done
