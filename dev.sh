#!/bin/sh
# Amparo developer entry point. See README.md.
#   ./dev.sh run [APP ARGS...]   install missing packages, build, open the app
#   ./dev.sh test [--sanitize] [core|cli|gui]
#                                install missing packages, build, run every test (or one area's)
#   ./dev.sh bench               build in Release and run the benchmarks
#   ./dev.sh build               install missing packages and build only
#   ./dev.sh fuzz [SECONDS] [TARGETS]  build the fuzz targets with clang and run each (default 60 s)
#   ./dev.sh package             build in Release, make the Debian package and check it
set -eu

ROOT="$(cd "$(dirname "$0")" && pwd)"
JOBS="${AMPARO_JOBS:-$(nproc 2>/dev/null || echo 2)}"

deps() {
    "$ROOT/installer/install-deps.sh"
}

# configure_and_build BUILD_DIR [CMAKE ARGS...]; builds $TARGET when set, else everything.
configure_and_build() {
    dir="$1"
    shift
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$ROOT" -B "$dir" "$@"
    elif [ -n "${TARGET:-}" ]; then
        # Make knows a new target only once CMake ran again.
        cmake "$dir" >/dev/null
    fi
    cmake --build "$dir" -j "$JOBS" ${TARGET:+--target "$TARGET"}
}

cmd="${1:-}"
[ $# -gt 0 ] && shift

case "$cmd" in
run)
    deps
    configure_and_build "$ROOT/build" -DCMAKE_BUILD_TYPE=Debug -DAMPARO_DEV_BUILD=ON
    if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "dev.sh: no display found; starting Amparo with QT_QPA_PLATFORM=offscreen" >&2
        QT_QPA_PLATFORM=offscreen
        export QT_QPA_PLATFORM
    fi
    exec "$ROOT/build/app/amparo" "$@"
    ;;
fuzz)
    "$ROOT/installer/install-deps.sh" clang libclang-rt-14-dev
    configure_and_build "$ROOT/build-fuzz" -DCMAKE_CXX_COMPILER=clang++ -DAMPARO_FUZZ=ON
    seconds="${1:-60}"
    mkdir -p "$ROOT/build-fuzz/findings"
    # A second argument fuzzes only the targets it names ("keyfile", "csv backup").
    for target in ${2:-csv xlsx reference backup keyfile package contents referral partners counts}; do
        # New inputs go to a work corpus in the build folder; the seeds stay as committed.
        mkdir -p "$ROOT/build-fuzz/corpus/$target"
        echo "dev.sh: fuzzing $target for $seconds s" >&2
        "$ROOT/build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=30 \
            -rss_limit_mb=4096 -print_final_stats=1 \
            -artifact_prefix="$ROOT/build-fuzz/findings/$target-" \
            "$ROOT/build-fuzz/corpus/$target" "$ROOT/tests/fuzz/corpus/$target"
    done
    ;;
package)
    deps
    configure_and_build "$ROOT/build-package" -DCMAKE_BUILD_TYPE=Release -DAMPARO_BUILD_TESTS=OFF
    "$ROOT/installer/make-package.sh" "$ROOT/build-package" "$ROOT/build-package/packages"
    ;;
build)
    deps
    configure_and_build "$ROOT/build" -DCMAKE_BUILD_TYPE=Debug -DAMPARO_DEV_BUILD=ON
    ;;
test)
    deps
    dir="$ROOT/build"
    flags=""
    if [ "${1:-}" = "--sanitize" ]; then
        dir="$ROOT/build-sanitize"
        flags="-DAMPARO_SANITIZE=ON"
        shift
    fi
    area="${1:-}"
    case "$area" in
    "") TARGET="" ;;
    core | cli | gui) TARGET="amparo_tests_$area" ;;
    *)
        echo "dev.sh: unknown test area '$area' (core, cli or gui)" >&2
        exit 2
        ;;
    esac
    # shellcheck disable=SC2086
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=Debug -DAMPARO_DEV_BUILD=ON $flags
    cd "$dir"
    ctest --output-on-failure -j "$JOBS" ${area:+-L "^$area\$"}
    ;;
bench)
    deps
    configure_and_build "$ROOT/build-release" -DCMAKE_BUILD_TYPE=Release -DAMPARO_BUILD_TESTS=OFF \
        -DAMPARO_BUILD_BENCHMARKS=ON
    # The same measurements on a throw-away PostgreSQL server, then many people saving at
    # once on it; the server writes durably, as an office's would.
    pg="$ROOT/build-release/bench-server"
    AMPARO_PG_DURABLE=1 "$ROOT/tests/support/postgres-server.sh" start "$pg"
    trap '"$ROOT/tests/support/postgres-server.sh" stop "$pg"' EXIT
    "$ROOT/build-release/tests/benchmarks/amparo-bench" --server "$pg" "$@"
    psql -X -q -h "$pg" -U amparo_admin -d postgres \
        -c "CREATE DATABASE amparo_load TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"
    "$ROOT/build-release/tests/benchmarks/amparo-load" \
        --database "postgresql://amparo_admin@localhost/amparo_load?host=$pg"
    ;;
*)
    echo "usage: ./dev.sh run|test [--sanitize] [core|cli|gui]|bench|fuzz [SECONDS] [TARGETS]|package|build" >&2
    exit 2
    ;;
esac
