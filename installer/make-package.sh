#!/bin/sh
# Makes the Debian package from a configured and built tree, then checks it.
#   installer/make-package.sh BUILD_DIR OUTPUT_DIR
set -eu
build="$(cd "$1" && pwd)"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
rm -f "$out"/amparo_*.deb
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
deb="$(ls "$out"/amparo_"$version"_*.deb)"
"$(dirname "$0")/check-package.sh" "$deb" "$version"
echo "$deb"
