#!/usr/bin/env bash
# Builds an installable XSpace: a jpackage app image with its own Java runtime, the CPU backend of
# this platform and the demo assets; with --deb also a Debian package with a desktop entry.
# Usage: packaging/build.sh [--deb]      (from anywhere; needs JDK 17+ with jpackage, and Maven)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# target/lib is emptied first: a jar left by a build of other settings (the plain ND4J kernels after
# -Dnd4j.native.extension=, or the reverse) would otherwise travel in the package.
rm -rf target/lib
mvn -q -B package -DskipTests
stage=target/jpackage-input
rm -rf "$stage" target/package
mkdir -p "$stage"
cp target/xspace.jar "$stage/"
cp -r target/lib "$stage/lib"
cp -r assets "$stage/assets"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
common=(--name XSpace --app-version "$version" --input "$stage" --main-jar xspace.jar --main-class xspace.Main
        --icon packaging/xspace.png --java-options "-Xmx6g" --vendor XSpace
        --description "Explains what a trained image classifier has learned")
jpackage --type app-image --dest target/package "${common[@]}"
du -sh target/package/XSpace
if [ "${1:-}" = "--deb" ]; then
  jpackage --type deb --dest target/package "${common[@]}" --linux-shortcut --linux-menu-group Science \
           --linux-app-category science
  ls -la target/package/*.deb
fi
