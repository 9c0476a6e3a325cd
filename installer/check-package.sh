#!/bin/sh
# Checks a built Amparo .deb the way a new user would meet it: its dependencies, its desktop
# entry and AppStream data, then the programs run from a clean copy of the package's files.
#   installer/check-package.sh PACKAGE.deb VERSION
set -eu

deb="$1"
version="$2"
fail() {
    echo "check-package: $*" >&2
    exit 1
}

work="$(mktemp -d)"
trap 'if [ -n "${app:-}" ]; then kill "$app" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
root="$work/root"

depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n libqt6widgets6 \
    libqt6sql6 libqt6charts6 libsodium23 libsqlite3-0 libzip4 libxlsxwriter; do
    case "$depends" in
    *"$needed"*) ;;
    *) fail "the package does not depend on $needed (Depends: $depends)" ;;
    esac
done
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "package version is not $version"

dpkg -x "$deb" "$root"
desktop="$root/usr/share/applications/org.example.Amparo.desktop"
metainfo="$root/usr/share/metainfo/org.example.Amparo.metainfo.xml"
[ -f "$desktop" ] || fail "no desktop entry"
desktop-file-validate "$desktop" || fail "the desktop entry is not valid"
appstreamcli validate --no-net "$metainfo" || fail "the AppStream metainfo is not valid"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo does not name version $version"
for icon in scalable/apps/org.example.Amparo.svg 48x48/apps/org.example.Amparo.png \
    256x256/apps/org.example.Amparo.png; do
    [ -f "$root/usr/share/icons/hicolor/$icon" ] || fail "no icon $icon"
done

# The programs, with a home of their own so nothing of this machine's user is touched.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$work/runtime"
chmod 700 "$work/runtime"
"$root/usr/bin/amparo-cli" --version | grep -q "$version" || fail "amparo-cli --version is not $version"
"$root/usr/bin/amparo" --version | grep -q "$version" || fail "amparo --version is not $version"
LANGUAGE= LC_ALL= LANG=es_ES.UTF-8 "$root/usr/bin/amparo-cli" --help 2>&1 | grep -q "Comandos" ||
    fail "amparo-cli does not speak Spanish on a Spanish system"

# The app on a new database: it makes the database's key file (a new database is encrypted)
# and waits for its user to confirm the recovery key.
db="$work/amparo.db"
"$root/usr/bin/amparo" --database "$db" &
app=$!
for _ in $(seq 1 100); do
    [ -s "$db.keys" ] && break
    sleep 0.1
done
kill -0 "$app" 2>/dev/null || fail "the app stopped on a new database"
kill "$app"
wait "$app" 2>/dev/null || true
app=""
[ -s "$db.keys" ] || fail "the app did not make the new database's key file"

# The command line creates and migrates an encrypted database: unreadable without the
# passphrase, readable with it.
rm -f "$db" "$db.keys"
AMPARO_PASSPHRASE="a passphrase for the package check" \
    "$root/usr/bin/amparo-cli" --database "$db" init --admin checker >/dev/null ||
    fail "amparo-cli init failed"
if sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM sqlite_master" >/dev/null 2>&1; then
    fail "the new database can be read without its passphrase"
fi
AMPARO_PASSPHRASE="a passphrase for the package check" \
    "$root/usr/bin/amparo-cli" --database "$db" --user checker check >/dev/null ||
    fail "the new database does not open with its passphrase"
echo "check-package: $deb is good"
