#!/usr/bin/env bash
# The GPU check of docs/gpu.md: what the driver reports, which backend XSpace chooses and why,
# and the speed figures on that backend. Run from the repository root; writes into ${OUT:-gpu-check}.
set -uo pipefail
out="${OUT:-gpu-check}"
mkdir -p "$out"
nvidia-smi --query-gpu=index,name,compute_cap,driver_version,memory.total --format=csv | tee "$out/nvidia-smi.csv"
if mvn -B -q -o -Pcuda package -DskipTests >"$out/build.log" 2>&1; then
  echo "built with -Pcuda"
else
  echo "no -Pcuda build (see $out/build.log); using the CPU build"
  mvn -B -q -o package -DskipTests >>"$out/build.log" 2>&1 || { echo "no build"; exit 1; }
fi
java -jar target/xspace.jar bench --backend | tee "$out/backend.txt"
XSPACE_BACKEND=cuda java -jar target/xspace.jar bench --backend >"$out/forced-cuda.txt" 2>&1
echo "forced CUDA: exit $? ($(tail -1 "$out/forced-cuda.txt"))"
timeout 300 java -jar target/xspace.jar bench --json | tee "$out/bench.json"
