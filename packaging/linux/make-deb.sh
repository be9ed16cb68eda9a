#!/usr/bin/env bash
# Build the Debian package from the frozen folder: packaging/linux/make-deb.sh [DIST_FOLDER] [OUT_DIR]
#
#   /opt/keukentafel/                 the PyInstaller folder (caseworker, caseworker-debug, _internal/)
#   /usr/bin/caseworker(-debug)       launchers
#   /usr/share/applications/…desktop, /usr/share/metainfo/…metainfo.xml, /usr/share/icons/hicolor/…
#   /etc/keukentafel/config.example.toml   an example only: with no config.toml the app runs the demo
#
# No maintainer scripts: the icon cache and desktop database are refreshed by the dpkg triggers of
# hicolor-icon-theme and desktop-file-utils. Reproducible: mtimes clamped to SOURCE_DATE_EPOCH.
# Compression: zstd -9 (13 s, 85 MB here; xz took 200 s for 72 MB). dpkg reads zstd since Debian 12 and
# Ubuntu 21.10; for older dpkg: DEB_COMPRESSION=xz DEB_LEVEL=6 packaging/linux/make-deb.sh
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIST=${1:-$ROOT/dist/caseworker}
OUT=${2:-$ROOT/dist}
APP_ID=io.keukentafel.Keukentafel
MAINTAINER=${KEUKENTAFEL_DEB_MAINTAINER:-"Keukentafel packaging <packaging@keukentafel.invalid>"}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}

command -v dpkg-deb >/dev/null || { echo "make-deb.sh: dpkg-deb not found (apt-get install dpkg)" >&2; exit 3; }
[ -x "$DIST/caseworker" ] || { echo "make-deb.sh: no frozen app at $DIST (run packaging/build.sh)" >&2; exit 1; }

# The version the frozen app reports (PEP 440 → Debian: 1.2.0rc1 → 1.2.0~rc1)
py_version=$("$DIST/caseworker" --version | awk '{print $NF}')
version=$(echo "$py_version" | sed -E 's/(a|b|rc|\.dev)([0-9]+)$/~\1\2/')
arch=$(dpkg --print-architecture)
date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)

stage=$(mktemp -d "${TMPDIR:-/tmp}/keukentafel-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
root=$stage/keukentafel

install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/doc/keukentafel" "$root/etc/keukentafel"
cp -a "$DIST" "$root/opt/keukentafel"
for name in caseworker caseworker-debug; do
  # A script, not a symlink: argv[0] stays the command's name and the folder is found without readlink.
  printf '#!/bin/sh\nexec /opt/keukentafel/%s "$@"\n' "$name" > "$root/usr/bin/$name"
done
install -m 0644 "$HERE/$APP_ID.desktop" "$root/usr/share/applications/$APP_ID.desktop"
sed -e "s/@VERSION@/$py_version/" -e "s/@DATE@/$date/" "$HERE/$APP_ID.metainfo.xml" \
  > "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
for png in "$HERE"/icons/keukentafel-*.png; do
  size=$(basename "$png" .png); size=${size#keukentafel-}
  install -D -m 0644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/keukentafel.png"
done
install -D -m 0644 "$HERE/keukentafel.svg" "$root/usr/share/icons/hicolor/scalable/apps/keukentafel.svg"
install -m 0644 "$ROOT/packaging/config.example.toml" "$root/etc/keukentafel/config.example.toml"
install -m 0644 "$ROOT/LICENSE" "$root/usr/share/doc/keukentafel/copyright"

# Qt's xcb/wayland/EGL plug-ins load these from the system (ldd of the folder on a minimal Debian 12:
# the rest is bundled by PyInstaller). libxcb-cursor0 is needed by Qt ≥ 6.5 for the xcb platform.
# libc6: the newest glibc symbol version anything in the folder needs (the build machine's glibc, so build
# on the oldest distribution you deploy to).
glibc=$(find "$DIST" -type f \( -name '*.so*' -o -name 'caseworker*' \) -print0 |
  xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 | cut -d_ -f2 || true)
depends="libc6${glibc:+ (>= $glibc)}, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6,
 libdbus-1-3, libglib2.0-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0,
 libxcb-sync1, libxcb-xfixes0, libxcb-xkb1, libxcb-glx0, libwayland-client0, libwayland-cursor0,
 libwayland-egl1"
installed_size=$(du -sk --apparent-size "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: keukentafel
Version: $version
Architecture: $arch
Maintainer: $MAINTAINER
Installed-Size: $installed_size
Depends: $(echo $depends)
Recommends: gnome-keyring, fonts-dejavu-core
Section: misc
Priority: optional
Homepage: https://keukentafel.invalid/
Description: workplace for caseworkers in the municipal social domain
 Keukentafel is a desktop workplace for caseworkers in Dutch municipalities
 (Wmo, Jeugd, Participatiewet): the whole client in one view, planning with
 the client at the kitchen table, and messaging, on top of the Common Ground
 APIs, with an encrypted local cache that keeps working offline.
 .
 Without /etc/keukentafel/config.toml it runs the built-in demo municipality
 with fictional data. Check a machine with: caseworker doctor
CONTROL
echo "/etc/keukentafel/config.example.toml" > "$root/DEBIAN/conffiles"

# Debian permissions: directories and files 0755/0644, the executables 0755.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod 0644 {} +
chmod 0755 "$root/usr/bin/caseworker" "$root/usr/bin/caseworker-debug" \
  "$root/opt/keukentafel/caseworker" "$root/opt/keukentafel/caseworker-debug"
find "$root" -newermt "@$SOURCE_DATE_EPOCH" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

# Validate what desktops and software centres read (where the validators are installed).
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null ||
    { appstreamcli validate --no-net "$root/usr/share/metainfo/$APP_ID.metainfo.xml" >&2; exit 1; }
fi

mkdir -p "$OUT"
deb="$OUT/keukentafel_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-zstd}" -z"${DEB_LEVEL:-9}" --build "$root" "$deb" >/dev/null
echo "$deb"
