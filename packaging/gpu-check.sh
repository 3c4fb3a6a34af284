#!/usr/bin/env bash
# The GPU check of docs/gpu.md, run on the GPU machine from the repository root with the parts
# that packaging/gpu-pack.sh made in .devpack (a and b may arrive in two transfers: each run
# unpacks what has come into $XS_HOME, which outlives the run on the same machine).
# With part a only: what nvidia-smi reports and XSpace's decision (its first log line).
# With both parts: `xspace bench --backend` as chosen, forced to the CPU and forced to CUDA, then
# `xspace bench --vgg19 --json` on the backend chosen. Writes into ${OUT:-gpu-check}.
set -uo pipefail
out="${OUT:-gpu-check}"
home="${XS_HOME:-/root/xspace-gpu}"
mkdir -p "$out" "$home"
unxz() { if command -v xz >/dev/null; then xz -dc "$1"; else python3 -c 'import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' "$1"; fi; }
for part in .devpack/a/jre.tar.xz .devpack/a/lib.tar.xz .devpack/b/native.tar.xz; do
  [ -f "$part" ] && unxz "$part" | tar -x -C "$home" && echo "unpacked $part"
done
{ date -u; uname -r; nproc; grep -m1 'model name' /proc/cpuinfo; } | tee "$out/machine.txt"
nvidia-smi --query-gpu=index,name,compute_cap,driver_version,memory.total --format=csv | tee "$out/nvidia-smi.csv"
[ -x "$home/jre/bin/java" ] || { echo "no Java runtime in $home: part a has not arrived"; exit 1; }
classpath="$home/native"
for jar in "$home"/lib/*.jar; do classpath="$classpath:$jar"; done
xspace() { "$home/jre/bin/java" -cp "$classpath" xspace.Main "$@"; }

if [ ! -d "$home/native" ]; then
  echo "part b (ND4J's CPU kernels) has not arrived: the decision only"
  xspace bench --backend 2>&1 | head -5 | tee "$out/decision.txt"
  exit 0
fi
xspace bench --backend 2>&1 | tee "$out/backend.txt"
XSPACE_BACKEND=cpu xspace bench --backend >"$out/forced-cpu.txt" 2>&1
echo "forced CPU: exit $? ($(tail -1 "$out/forced-cpu.txt"))"
XSPACE_BACKEND=cuda xspace bench --backend >"$out/forced-cuda.txt" 2>&1
echo "forced CUDA: exit $? ($(tail -1 "$out/forced-cuda.txt"))"
grep -l "no kernel image" "$out"/*.txt && echo "FAILED: a CUDA kernel was launched"
timeout "${BENCH_SECONDS:-300}" "$home/jre/bin/java" -cp "$classpath" xspace.Main bench --vgg19 --json \
  2>"$out/bench.log" | tee "$out/bench.json"
echo "bench: exit ${PIPESTATUS[0]}"
