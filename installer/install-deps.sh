#!/bin/sh
# Installs the Debian packages Amparo needs to build, test and run.
# Idempotent: does nothing when everything is present. Needs root (or sudo) only
# when something is missing.
set -eu

PACKAGES="cmake g++ make pkg-config
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-qpa-plugins libgl-dev libqt6opengl6-dev
libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev libzip-dev
libqt6sql6-psql postgresql-15 postgresql-client-15
iso-codes xvfb xauth fonts-dejavu-core poppler-utils file unzip
dpkg-dev appstream desktop-file-utils"
# Extra packages a command needs only for itself (./dev.sh fuzz: clang).
PACKAGES="$PACKAGES $*"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Amparo: installing missing Debian packages:$missing"
SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "Amparo: these packages are missing and this user cannot install them:$missing" >&2
        echo "Run this script as root, or install them with apt-get." >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
