#!/usr/bin/env bash
# The GPU check of docs/gpu.md, on the GPU machine from the repository root, with the pack that
# gpu-check/pack.sh made in .devpack/gpu-check: the executor's decision, GPU against CPU maps in
# exact math, VGG19 timings beside PyTorch's. Results go to ${OUT:-gpu-check-results}. About 3 minutes.
set -uo pipefail
out="${OUT:-gpu-check-results}"
home="${XS_HOME:-/tmp/xspace-gpu-check}"
mkdir -p "$out" "$home"
unxz() { if command -v xz >/dev/null; then xz -dc "$1"; else python3 -c 'import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' "$1"; fi; }
[ -x "$home/jre/bin/java" ] || unxz .devpack/gpu-check/check.tar.xz | tar -x -C "$home"
[ "${1:-}" = unpack ] && exit 0   # for e2e.sh, run in the next call while the machine is warm
nvidia-smi --query-gpu=index,name,compute_cap,driver_version,memory.total --format=csv | tee "$out/nvidia-smi.csv"
# Where CUDA 13, cuBLAS, cuDNN 9 and NVRTC live differs by machine: hand their folders to XSpace too.
dirs=$(find / -xdev \( -name 'libcudart.so.13*' -o -name 'libcublas.so.13*' -o -name 'libcudnn.so.9*' \
        -o -name 'libnvrtc.so.13*' \) 2>/dev/null | grep -v /proc/ | xargs -r -n1 dirname | sort -u | tr '\n' ':')
export XSPACE_CUDA_PATH="$dirs" LD_LIBRARY_PATH="$dirs${LD_LIBRARY_PATH:-}"
cp="$home/classes:$home/lib/*"
java() { "$home/jre/bin/java" -Xmx24g -cp "$cp" "$@"; }
XSPACE_GPU_MATH=exact timeout 60 "$home/jre/bin/java" -cp "$cp" xspace.gpu.DeviceCheck 2>&1 | tee "$out/device.txt"
echo "device: exit ${PIPESTATUS[0]} [$SECONDS s]"
java xspace.Main bench --backend 2>&1 | tee "$out/backend.txt"
XSPACE_BACKEND=cpu java xspace.Main bench --backend >"$out/forced-cpu.txt" 2>&1; echo "forced CPU: $(grep executor "$out/forced-cpu.txt")"
XSPACE_GPU_MATH=exact timeout 120 "$home/jre/bin/java" -Xmx24g -cp "$cp" GpuCheck agree 2>&1 | tee "$out/agreement.txt" | grep -v "image [0-9] at"
echo "agreement: exit ${PIPESTATUS[0]} [$SECONDS s]"
XSPACE_GPU_MATH=tf32 timeout 60 "$home/jre/bin/java" -Xmx24g -cp "$cp" GpuCheck time 2>&1 | tee "$out/timing.txt"
XSPACE_GPU_MATH=exact timeout 60 "$home/jre/bin/java" -Xmx24g -cp "$cp" GpuCheck time 2>&1 | tee "$out/timing-exact.txt"
echo "[$SECONDS s]"
timeout 45 python3 gpu-check/torch_vgg19.py 2>&1 | tee "$out/torch.txt"
echo "[$SECONDS s]"
