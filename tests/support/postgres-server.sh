#!/bin/sh
# A throw-away PostgreSQL 15 server for the tests, started and stopped by CTest:
#   postgres-server.sh start DIR   initdb into DIR/data, listen on a Unix socket in DIR only
#   postgres-server.sh stop DIR    stop it (immediately: nothing in it is kept)
# Tests find it by the socket folder (PGHOST=DIR) and the superuser amparo_admin. PostgreSQL
# refuses to run as root: under root the server runs as the unprivileged user "nobody".
# Durability is switched off (fsync, synchronous commit): the data lives for one test run
# (AMPARO_PG_DURABLE=1 keeps it on, for the load program's figures).
set -eu

command="${1:-}"
dir="${2:-}"
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: postgres-server.sh start|stop DIR" >&2
    exit 2
fi
bin="$(pg_config --bindir 2>/dev/null || true)"
[ -x "$bin/initdb" ] || bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
    echo "postgres-server.sh: PostgreSQL 15 is not installed (./dev.sh installs postgresql-15)" >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" = "0" ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
    else
        "$@"
    fi
}

# AMPARO_PG_DURABLE=1 keeps PostgreSQL's durable writes (for measuring, not for tests).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${AMPARO_PG_DURABLE:-}" = "1" ] && durability=""

case "$command" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown nobody:nogroup "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U amparo_admin --auth=trust --locale=C \
        --encoding=UTF8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses='' $durability -c max_connections=100" \
        start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
    fi
    ;;
*)
    echo "postgres-server.sh: unknown command $command" >&2
    exit 2
    ;;
esac
