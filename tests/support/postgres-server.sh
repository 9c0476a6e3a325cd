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
# The server takes its socket folder as given, from inside its data folder: absolute.
case "$dir" in
/*) ;;
*) dir="$(pwd)/$dir" ;;
esac
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

# AMPARO_PG_DURABLE=1 keeps PostgreSQL's durable writes and gives the server the memory
# installer/amparo-server-setup.sh gives an office's (for measuring, not for tests).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if [ "${AMPARO_PG_DURABLE:-}" = "1" ]; then
    ram_mb=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
    work_mb=$((ram_mb / 16 < 1024 ? ram_mb / 16 : 1024))
    durability="-c shared_buffers=$((ram_mb / 4))MB -c effective_cache_size=$((ram_mb * 3 / 4))MB"
    durability="$durability -c maintenance_work_mem=${work_mb}MB -c max_wal_size=4GB"
fi

case "$command" in
start)
    if [ -L "$dir" ] || [ -f "$dir/data/postmaster.pid" ]; then
        real="$(readlink -f "$dir")"
        as_server "$bin/pg_ctl" -D "$real/data" -m immediate stop >/dev/null 2>&1 || true
        [ -L "$dir" ] && rm -rf "$real"
    fi
    rm -rf "$dir"
    mkdir -p "$(dirname "$dir")"
    real="$dir"
    # Under root, the server's user must reach its folder: when a parent is closed to it (a
    # clone in /root), the server lives in /tmp and DIR points there.
    if [ "$(id -u)" = "0" ] && ! as_server test -x "$(dirname "$dir")"; then
        real="$(mktemp -d /tmp/amparo-pg.XXXXXX)"
        ln -s "$real" "$dir"
    fi
    mkdir -p "$real"
    [ "$(id -u)" = "0" ] && chown nobody:nogroup "$real"
    as_server "$bin/initdb" -D "$real/data" -U amparo_admin --auth=trust --locale=C \
        --encoding=UTF8 >"$real/initdb.log" 2>&1 || {
        cat "$real/initdb.log" >&2
        exit 1
    }
    # Two accounts for the tests of a refused sign-in: one that must give a password, one
    # that the server turns away whatever it says (pg_hba is read top down).
    hba="$real/data/pg_hba.conf"
    # Amparo's own accounts (members of amparo_users, as on an office server) need their
    # passwords; the superuser the tests administer with does not.
    { printf 'local all amparo_turned_away reject\nlocal all amparo_with_password scram-sha-256\n'
      printf 'local all +amparo_users scram-sha-256\n'
      cat "$hba"; } >"$hba.new"
    mv "$hba.new" "$hba"
    [ "$(id -u)" = "0" ] && chown nobody:nogroup "$hba"
    as_server "$bin/pg_ctl" -D "$real/data" -l "$real/server.log" -w -t 60 \
        -o "-k $real -c listen_addresses='' $durability -c max_connections=100" \
        start >/dev/null || {
        cat "$real/server.log" >&2
        exit 1
    }
    psql -X -q -h "$real" -U amparo_admin -d postgres \
        -c "CREATE ROLE amparo_turned_away LOGIN" \
        -c "CREATE ROLE amparo_with_password LOGIN PASSWORD 'the right password 2026'" \
        -c "CREATE ROLE amparo_users NOLOGIN" >/dev/null
    ;;
stop)
    real="$(readlink -f "$dir")"
    if [ -f "$real/data/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$real/data" -m immediate stop >/dev/null
    fi
    if [ -L "$dir" ]; then
        rm -f "$dir"
        rm -rf "$real"
    fi
    ;;
*)
    echo "postgres-server.sh: unknown command $command" >&2
    exit 2
    ;;
esac
