#!/usr/bin/env bash
# Packs the GPU check for a GPU machine without Java, Maven or network (docs/gpu.md): a jlink
# runtime, the default build's class path without the desktop application's jars, JavaCPP's CUDA
# bindings cut to the four libraries the executor uses, and GpuCheck compiled against them, xz-
# compressed into .devpack/gpu-check/check.tar.xz (under 64 MiB: the desktop application's jars and
# Keras import's HDF5 stay behind, native libraries are stripped). Nothing is built on the GPU machine.
# Usage: gpu-check/pack.sh [extra Maven arguments, e.g. -o]   (needs JDK 17)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$root/.devpack/gpu-check"
rm -rf "$out" && mkdir -p "$out"
# ND4J's plain CPU kernels (-Dnd4j.native.extension=): the pack was sized under 64 MiB with them; the
# oneDNN build's are 374 MB against 323 MB unpacked.
(cd "$root" && mvn -B -q "$@" -Dnd4j.native.extension= package -DskipTests)
target="$root/target"
mkdir -p "$work/pack/lib" "$work/pack/classes"
jlink --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.zipfs \
      --strip-debug --no-header-files --no-man-pages --output "$work/pack/jre"
for jar in "$target/xspace.jar" "$target"/lib/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*|controlsfx-*|ikonli-*|commonmark-*|sqlite-jdbc-*|fastutil-*) continue ;;  # the desktop application's
    hdf5-*) continue ;;                                                    # Keras import, not checked there
    nd4j-native-*-onednn.jar) continue ;;                                  # left in target/lib by a default build
    cuda-*-linux-x86_64.jar)                                               # only the executor's bindings
      mkdir -p "$work/cuda" && (cd "$work/cuda" && unzip -qo "$jar" 'META-INF/*' \
        'org/bytedeco/cuda/linux-x86_64/libjnicudart.so' 'org/bytedeco/cuda/linux-x86_64/libjnicublas.so' \
        'org/bytedeco/cuda/linux-x86_64/libjnicudnn.so' 'org/bytedeco/cuda/linux-x86_64/libjninvrtc.so' \
        && zip -q -0 -r -X "$work/pack/lib/$name" .) ; continue ;;
    cuda-*.jar)                                                            # the bindings of those four
      mkdir -p "$work/cudaj" && (cd "$work/cudaj" && unzip -qo "$jar" 'META-INF/*' 'org/bytedeco/cuda/presets/*' \
        'org/bytedeco/cuda/global/cudart*' 'org/bytedeco/cuda/global/cublas*' 'org/bytedeco/cuda/global/cudnn*' \
        'org/bytedeco/cuda/global/nvrtc*' 'org/bytedeco/cuda/cudart/*' 'org/bytedeco/cuda/cublas/*' \
        'org/bytedeco/cuda/cudnn/*' 'org/bytedeco/cuda/nvrtc/*' && zip -q -0 -r -X "$work/pack/lib/$name" .) ; continue ;;
  esac
  # stored without compression, so that xz compresses all classes together
  unpacked="$(mktemp -d)"
  (cd "$unpacked" && { unzip -qo "$jar" || true; } \
    && { find . -name '*.so*' -type f -exec strip --strip-unneeded {} + 2>/dev/null || true; } \
    && zip -q -0 -r -X "$work/pack/lib/$name" .)
  rm -rf "$unpacked"
done
javac --release 17 -cp "$target/classes:$target/lib/*" -d "$work/pack/classes" "$root/gpu-check/GpuCheck.java" \
      "$root/gpu-check/DeviceCheck.java" "$root/gpu-check/TimingCheck.java" "$root/gpu-check/VggWorkspace.java" "$root/src/test/java/xspace/gpu/ReferenceDevice.java" \
      "$root/src/test/java/xspace/gpu/ReferencePooling.java"
tar -C "$work/pack" -cf - jre lib classes | xz -T0 -9 > "$out/check.tar.xz"
size=$(stat -c %s "$out/check.tar.xz")
echo "$out/check.tar.xz: $size bytes"
[ "$size" -lt $((64 * 1024 * 1024)) ] || { echo "over the 64 MiB a call may carry" >&2; exit 1; }
