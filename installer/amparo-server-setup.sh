#!/bin/sh
# Sets up an office's Amparo server on Debian 12, as root (see README, "An office server"):
#
#   amparo-server-setup.sh setup [--database NAME] [--network CIDR] [--admin NAME]
#       PostgreSQL 15 on this machine, listening on the network with TLS only and SCRAM
#       passwords; a database NAME (default amparo) with the C collation; the group role
#       amparo_users, whose members may connect; and the database's owner account (default:
#       amparo_admin), which sets up Amparo's tables and roles and may make the accounts of
#       Amparo's users. Run it again at any time: it changes only what is not yet as it
#       should be.
#
# Each Amparo user then gets their own server account from Amparo itself (Administration →
# Users, or amparo-cli users add): "amparo.ana" for the user ana, which reads only what
# ana's role may. The owner's account is for setting up, upgrading, copying a laptop's
# database in and restoring: postgresql://amparo_admin@THIS-SERVER/amparo. Everyone else
# connects to postgresql://THIS-SERVER/amparo and signs in with their Amparo name and
# passphrase.
set -eu

PGVERSION=15
CLUSTER=main
CONF_DIR=/etc/postgresql/$PGVERSION/$CLUSTER
database=amparo
network=
admin=amparo_admin

die() {
    echo "amparo-server-setup: $*" >&2
    exit 1
}

[ "$(id -u)" = "0" ] || die "run this as root (sudo $0 $*)."

command="${1:-}"
[ "$command" = "setup" ] || die "say what to do: setup (the accounts of Amparo's users are made by Amparo)."
shift
while [ $# -gt 0 ]; do
    case "$1" in
    --database) database="$2"; shift 2 ;;
    --network) network="$2"; shift 2 ;;
    --admin) admin="$2"; shift 2 ;;
    *) die "unknown option $1" ;;
    esac
done

# Names go into SQL as identifiers: letters, digits and underscores only.
for name in "$database" "$admin"; do
    printf '%s' "$name" | grep -Eq '^[a-z_][a-z0-9_]{0,62}$' ||
        die "“$name” is not a usable name: use lower-case letters, digits and _."
done

psql_admin() {
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"
}

ask_password() {
    if [ -n "${AMPARO_SERVER_PASSWORD:-}" ]; then
        printf '%s' "$AMPARO_SERVER_PASSWORD"
        return
    fi
    stty -echo 2>/dev/null || true
    printf 'Password for %s: ' "$1" >&2
    read -r first
    printf '\nThe same again: ' >&2
    read -r second
    stty echo 2>/dev/null || true
    printf '\n' >&2
    [ "$first" = "$second" ] || die "the two passwords differ; nothing was changed."
    [ "${#first}" -ge 12 ] || die "use a password of 12 characters or more; nothing was changed."
    printf '%s' "$first"
}

# A login role with a SCRAM password: the server hashes it; it never appears in a command
# line or a log (psql reads it from the environment, which only root and postgres can see).
set_login() {
    AMPARO_SERVER_PW="$(ask_password "$1")"
    export AMPARO_SERVER_PW
    runuser -w AMPARO_SERVER_PW -u postgres -- psql -X -q -v ON_ERROR_STOP=1 \
        -v name="$1" <<'SQL'
\getenv password AMPARO_SERVER_PW
SELECT format('CREATE ROLE %I LOGIN', :'name')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEROLE PASSWORD %L', :'name', :'password') \gexec
SELECT format('GRANT amparo_users TO %I', :'name') \gexec
SQL
    unset AMPARO_SERVER_PW
}

setup() {
    if ! command -v pg_lsclusters >/dev/null || ! command -v openssl >/dev/null; then
        apt-get update -q && apt-get install -y -q postgresql-$PGVERSION openssl
    fi
    pg_lsclusters -h | grep -q "^$PGVERSION $CLUSTER " ||
        pg_createcluster --locale C.UTF-8 $PGVERSION $CLUSTER >/dev/null

    # TLS: a certificate of this server's own, unless one was already configured.
    tls="$CONF_DIR/amparo-tls"
    if [ ! -f "$tls/server.crt" ]; then
        mkdir -p "$tls"
        openssl req -new -x509 -days 3650 -nodes -subj "/CN=$(hostname -f 2>/dev/null || hostname)" \
            -keyout "$tls/server.key" -out "$tls/server.crt" >/dev/null 2>&1 ||
            die "could not make a TLS certificate (is openssl installed?)."
        chown -R postgres:postgres "$tls"
        chmod 700 "$tls"
        chmod 600 "$tls/server.key"
    fi
    # Memory for a server that serves Amparo: PostgreSQL's defaults (128 MB of buffers, a
    # checkpoint every gigabyte of log) suit a small machine; with a million persons the name
    # index alone is near a gigabyte, and an import would spend most of its time evicting it.
    ram_mb=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
    mkdir -p "$CONF_DIR/conf.d"
    cat >"$CONF_DIR/conf.d/amparo.conf" <<EOF
# Written by amparo-server-setup.sh; run it again rather than editing this file.
listen_addresses = '*'
ssl = on
ssl_cert_file = '$tls/server.crt'
ssl_key_file = '$tls/server.key'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
# Amparo reads the reason for a refused sign-in in English.
lc_messages = 'C'
# Who changed what is in Amparo's own audit trail; the server logs who connected.
log_connections = on
log_disconnections = on
shared_buffers = $((ram_mb / 4))MB
effective_cache_size = $((ram_mb * 3 / 4))MB
maintenance_work_mem = $((ram_mb / 16 < 1024 ? ram_mb / 16 : 1024))MB
max_wal_size = 4GB
EOF
    chown postgres:postgres "$CONF_DIR/conf.d/amparo.conf"
    grep -q "^include_dir = 'conf.d'" "$CONF_DIR/postgresql.conf" ||
        echo "include_dir = 'conf.d'" >>"$CONF_DIR/postgresql.conf"

    # Only TLS with SCRAM from the network, and only to Amparo's database; the local
    # superuser keeps its peer sign-in for this script.
    hba="$CONF_DIR/pg_hba.conf"
    # The databases set up before (a restore goes into a second one) stay reachable.
    databases="$(sed -n 's/^hostssl \([a-z0-9_,]*\) +amparo_users .*/\1/p' "$hba" | head -n 1)"
    case ",$databases," in
    *",$database,"*) ;;
    ",,") databases="$database" ;;
    *) databases="$databases,$database" ;;
    esac
    previous="$(sed -n 's/^hostssl [a-z0-9_,]* +amparo_users \([0-9a-f.:]*\/[0-9]*\) .*/\1/p' "$hba" | head -n 1)"
    from="${network:-${previous:-0.0.0.0/0}}"
    sed -i '/# amparo-begin/,/# amparo-end/d' "$hba"
    {
        echo "# amparo-begin (written by amparo-server-setup.sh)"
        echo "hostssl $databases +amparo_users $from scram-sha-256"
        echo "hostssl $databases +amparo_users ::1/128 scram-sha-256"
        echo "host    all       all           0.0.0.0/0 reject"
        echo "host    all       all           ::/0 reject"
        echo "# amparo-end"
    } >"$hba.amparo"
    # Our lines come first: pg_hba is read top down and the first match decides.
    cat "$hba" >>"$hba.amparo"
    mv "$hba.amparo" "$hba"
    chown postgres:postgres "$hba"
    chmod 640 "$hba"

    pg_ctlcluster $PGVERSION $CLUSTER restart 2>/dev/null ||
        pg_ctlcluster $PGVERSION $CLUSTER start

    psql_admin -v database="$database" -v admin="$admin" <<'SQL'
SELECT 'CREATE ROLE amparo_users NOLOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'amparo_users') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'admin')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'admin') \gexec
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING ''UTF8'' '
              'LC_COLLATE ''C'' LC_CTYPE ''C''', :'database', :'admin')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'database') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO amparo_users', :'database') \gexec
SQL
    # Inside the database: nobody but its owner creates tables. What each role reads and
    # writes is granted by Amparo itself when the owner opens the database (its roles
    # amparo_administrator, amparo_legal_staff, amparo_volunteer, amparo_coordinator, named
    # after the database); amparo_users only lets its members connect.
    psql_admin -d "$database" -v admin="$admin" <<'SQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('ALTER SCHEMA public OWNER TO %I', :'admin') \gexec
CREATE EXTENSION IF NOT EXISTS citext;
SQL
    echo "The database's owner account, $admin, sets up Amparo's tables; set its password:"
    set_login "$admin"
    address="$(hostname -f 2>/dev/null || hostname)"
    echo "Amparo's office server is ready. First, with the owner's account, bring a laptop's"
    echo "database in (amparo-cli copy-to postgresql://$admin@$address/$database) or start an"
    echo "empty one (amparo-cli --database postgresql://$admin@$address/$database init --admin NAME)."
    echo "Then everyone connects to  postgresql://$address/$database  with their Amparo name"
    echo "and passphrase (an administrator gives copied-in users theirs: Users → Reset passphrase)."
}

setup
