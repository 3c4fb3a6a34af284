#!/usr/bin/env bash
# Packs a -Pcuda build of XSpace for a GPU machine that has no Java and no Maven repository, in
# two parts that each fit a 64 MiB transfer (docs/gpu.md, "The device check"):
#   .devpack/a: a Java runtime (jlink) and the class path of the -Pcuda build, jars stored and
#               compressed together with xz;
#   .devpack/b: ND4J's CPU kernels (libnd4jcpu.so and its JNI library), xz-compressed.
# Left behind: the CUDA kernel jars (nd4j-cuda-11.6 linux-x86_64 and -cudnn, 601 MB each) and
# JavaCPP's CUDA bindings' natives, which a GPU of capability 9.0 never loads, and the jars of the
# desktop application (JavaFX, ControlsFX, Ikonli, commonmark, SQLite, fastutil), which `xspace bench` does
# not use. packaging/gpu-check.sh unpacks the parts on the GPU machine and runs the check.
# Usage: packaging/gpu-pack.sh [extra Maven arguments, e.g. -o]   (from anywhere; needs JDK 17)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pack="$root/.devpack"
rm -rf "$pack"
mkdir -p "$pack/a" "$pack/b"

echo "building with -Pcuda in $work/build"
mkdir -p "$work/build"
git -C "$root" archive HEAD | tar -x -C "$work/build"
# ND4J's plain CPU kernels (-Dnd4j.native.extension=): the oneDNN build's are 374 MB against 323 MB
# unpacked, and part b was sized for the plain ones.
(cd "$work/build" && mvn -B -q "$@" -Pcuda -Dnd4j.native.extension= package -DskipTests)
target="$work/build/target"

jlink --add-modules java.base,java.desktop,java.management,java.prefs,java.sql,java.logging,java.naming,java.xml,java.scripting,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.management \
      --strip-debug --no-header-files --no-man-pages --output "$work/jre"
tar -C "$work" -cf - jre | xz -T0 -9 > "$pack/a/jre.tar.xz"

# Jars are repacked without compression so that xz compresses all classes together.
mkdir -p "$work/lib"
for jar in "$target/xspace.jar" "$target"/lib/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    nd4j-cuda-11.6-*-linux-x86_64*.jar|cuda-*-linux-x86_64.jar) continue ;;  # CUDA kernels and natives
    javafx-*|controlsfx-*|ikonli-*|commonmark-*|sqlite-jdbc-*|fastutil-*) continue ;; # the desktop application's
    nd4j-native-[0-9]*-linux-x86_64.jar) continue ;;                               # travels in part b
  esac
  unpacked="$(mktemp -d)"
  (cd "$unpacked" && { unzip -qo "$jar" || true; } && zip -q -0 -r -X "$work/lib/$name" .)
  rm -rf "$unpacked"
done
tar -C "$work" -cf - lib | xz -T0 -9 > "$pack/a/lib.tar.xz"

mkdir -p "$work/native"
(cd "$work/native" && unzip -q "$target"/lib/nd4j-native-[0-9]*-linux-x86_64.jar 'org/*')
tar -C "$work" -cf - native | xz -T0 -9 > "$pack/b/native.tar.xz"

cp "$root/packaging/gpu-check.sh" "$pack/a/"
du -b "$pack"/a/* "$pack"/b/*
