#!/usr/bin/env bash
# Smoke test of the Linux bundle where nothing but its declared dependencies is installed.
#
#   installer/smoke.sh [--no-build]        (as root: it uses debootstrap, chroot and mount)
#
# 1. builds the bundle, the tarball and the .deb (python3 dev.py bundle --packages) — skipped with
#    --no-build when dist/ already holds them;
# 2. checks the Windows installer script against the bundle's file list (FILES.txt);
# 3. makes a minimal Debian root (debootstrap --variant=minbase) and installs into it only the .deb's
#    Depends (apt) and then the .deb itself (dpkg -i): no Python, no Qt, no fonts;
# 4. runs /opt/gatehouse/gatehouse there: --version, no bundled library left unresolved, init in a
#    temporary data folder, demo, report daily to a PDF whose fonts must be embedded (pdffonts, run
#    outside the root), moving the site to a new data folder (backup, keys export/import, restore,
#    check), the tarball's copy, and the GUI offscreen until its sign-in screen has opened the database.
#
# GATEHOUSE_SMOKE_ROOT=DIR reuses (or keeps) a Debian root between runs; GATEHOUSE_SMOKE_MIRROR and
# GATEHOUSE_SMOKE_SUITE choose where debootstrap gets Debian from (default: deb.debian.org, bookworm).
set -euo pipefail
cd "$(dirname "$0")/.."

SUITE=${GATEHOUSE_SMOKE_SUITE:-bookworm}
MIRROR=${GATEHOUSE_SMOKE_MIRROR:-http://deb.debian.org/debian}
ROOTFS=${GATEHOUSE_SMOKE_ROOT:-}
say() { echo "smoke: $*"; }
started=$(date +%s)

if [ "${1:-}" != "--no-build" ]; then
  python3 dev.py bundle --packages
fi
built=$(date +%s)
deb=$(ls dist/gatehouse_*.deb | head -n 1)
tarball=$(ls dist/gatehouse-*-linux-*.tar.gz | head -n 1)
say "built in $((built - started)) s: $deb ($(du -h "$deb" | cut -f1)), $tarball ($(du -h "$tarball" | cut -f1))"

.venv/bin/python installer/windows/check_iss.py dist/gatehouse/FILES.txt

keep_root=1
if [ -z "$ROOTFS" ]; then
  ROOTFS=$(mktemp -d /tmp/gatehouse-smoke.XXXXXX)
  keep_root=0
fi
cleanup() {
  umount "$ROOTFS/proc" 2>/dev/null || true
  if [ "$keep_root" = 0 ]; then rm -rf "$ROOTFS"; fi
}
trap cleanup EXIT

if [ ! -x "$ROOTFS/usr/bin/apt-get" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  say "debootstrap $SUITE (minbase) into $ROOTFS"
  debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" >/dev/null
fi
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
mountpoint -q "$ROOTFS/proc" || mount -t proc proc "$ROOTFS/proc"
in_root() {
  chroot "$ROOTFS" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen "$@"
}

# Only what the .deb declares (version constraints dropped: apt picks the suite's version).
depends=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/,/ /g')
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends $depends >/dev/null
cp "$deb" "$ROOTFS/tmp/gatehouse.deb"
in_root dpkg -i /tmp/gatehouse.deb >/dev/null
in_root rm /tmp/gatehouse.deb
rooted=$(date +%s)
say "Debian root with the .deb's dependencies and the .deb in $((rooted - built)) s"

# Nothing the bundle ships may come from the root: no Python, no Qt, no Chinese font.
not_minimal='command -v python3 && exit 0
for p in /usr/lib/*/libQt6Core.so* /usr/share/fonts/truetype/wqy /usr/share/fonts/truetype/arphic \
  /usr/share/fonts/opentype/noto; do [ -e "$p" ] && exit 0; done; exit 1'
if in_root sh -c "$not_minimal" >/dev/null 2>&1; then
  say "FAILED: the root is not minimal (Python, Qt or a Chinese font is installed)"; exit 1
fi

# Every shared library of the bundle resolves (from the bundle or from a declared dependency).
missing=$(in_root sh -c 'cd /opt/gatehouse/_internal && LD_LIBRARY_PATH=/opt/gatehouse/_internal \
  find . -name "*.so*" -type f -exec ldd {} + 2>/dev/null | grep "not found" | sort -u' || true)
if [ -n "$missing" ]; then
  say "FAILED: libraries not found in the root:"; echo "$missing"; exit 1
fi

version=$(in_root gatehouse --version)
expected="gatehouse $(dpkg-deb -f "$deb" Version)"
[ "$version" = "$expected" ] || { say "FAILED: --version printed '$version', expected '$expected'"; exit 1; }
say "$version"

in_root rm -rf /tmp/site /tmp/demo /tmp/move /tmp/newpc /tmp/daily.pdf  # a reused root starts clean
printf 'smoke-pass-1\n' > "$ROOTFS/tmp/pw"
in_root /opt/gatehouse/gatehouse --lang zh_TW --data-dir /tmp/site init --site-name "煙墩大廈" --admin admin \
  --password-file /tmp/pw --desk "門崗:booth"
in_root /opt/gatehouse/gatehouse --data-dir /tmp/site check
demo=$(in_root /opt/gatehouse/gatehouse --lang en --data-dir /tmp/demo demo --visits 300 --days 7)
# Commands that read personal data name their operator: the demo prints its accounts (user, name, role,
# password, PIN); the administrator signs the report, the backup and the key export below.
admin=$(echo "$demo" | awk '$3 == "admin" { print $1; exit }')
echo "$demo" | awk '$3 == "admin" { print $4; exit }' > "$ROOTFS/tmp/demo-pw"
printf 'smoke-passphrase-1\n' > "$ROOTFS/tmp/passphrase"
[ -n "$admin" ] || { say "FAILED: the demo printed no administrator account"; echo "$demo"; exit 1; }
signed="--user $admin --password-file /tmp/demo-pw"
in_root /opt/gatehouse/gatehouse --lang zh_TW --data-dir /tmp/demo report daily --out /tmp/daily.pdf $signed
fonts=$(pdffonts "$ROOTFS/tmp/daily.pdf" | tail -n +3)
echo "$fonts"
if [ -z "$fonts" ] || echo "$fonts" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }'; then
  say "FAILED: the daily report's fonts are not all embedded"; exit 1
fi
pdftotext "$ROOTFS/tmp/daily.pdf" - | grep -q "日報" || { say "FAILED: no Chinese text in the daily report"; exit 1; }

# Moving to a new PC (README): backup and site key out of the old data folder, into a new one.
g=/opt/gatehouse/gatehouse
in_root sh -c "mkdir -p /tmp/move && $g --data-dir /tmp/demo backup --out /tmp/move/site.db $signed \
  && $g --data-dir /tmp/demo keys export --out /tmp/move/site.key --passphrase-file /tmp/passphrase $signed \
  && $g --data-dir /tmp/newpc keys import /tmp/move/site.key --passphrase-file /tmp/passphrase \
  && $g --data-dir /tmp/newpc restore /tmp/move/site.db && $g --data-dir /tmp/newpc check" >/dev/null \
  || { say "FAILED: backup, key export, key import, restore and check on a new data folder"; exit 1; }

# The tarball holds the same program: unpacked anywhere, it runs too.
mkdir -p "$ROOTFS/tmp/unpacked"
tar -xzf "$tarball" -C "$ROOTFS/tmp/unpacked"
in_root sh -c '/tmp/unpacked/gatehouse-*/gatehouse/gatehouse --version' | grep -q "^$expected$" \
  || { say "FAILED: the tarball's program does not run"; exit 1; }
rm -rf "$ROOTFS/tmp/unpacked"

gui=$(in_root env GATEHOUSE_STARTUP_PROBE=1 /opt/gatehouse/gatehouse --data-dir /tmp/site 2>&1)
echo "$gui" | grep -q "^probe database" || { say "FAILED: the GUI did not reach its sign-in screen"; echo "$gui"; exit 1; }
if echo "$gui" | grep -qi "could not\|cannot\|error"; then say "FAILED: the GUI complained:"; echo "$gui"; exit 1; fi
finished=$(date +%s)
say "GUI offscreen: sign-in screen shown and database opened, then closed"
say "passed — build $((built - started)) s, root $((rooted - built)) s, checks $((finished - rooted)) s"
