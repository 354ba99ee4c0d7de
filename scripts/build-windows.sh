#!/usr/bin/env bash
# Cross-compile the Windows program from Linux: dist/taizhang.exe, one file
# the clerk copies, with the icon, product name, version and a manifest from
# FyneApp.toml embedded, and no console window.
#
#   scripts/build-windows.sh [OUT.exe]        (default dist/taizhang.exe)
#
# Fyne needs cgo (OpenGL through GLFW), so this needs the mingw-w64 C
# compiler; it is installed when missing. The first build compiles GLFW and
# the Go runtime for Windows and takes 6-10 minutes on 2 cores; later ones
# reuse Go's build cache and take seconds.
#
# Resources: go-winres turns FyneApp.toml's details into a .syso (icon group,
# VERSIONINFO, manifest) that go build links in. It does what
# `fyne package -os windows` does, but its manifest also asks for common
# controls v6 (modern Open/Save dialogs) and per-monitor DPI awareness, and it
# writes nothing into the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-dist/taizhang.exe}
winres_version=v0.3.3

if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
  echo "安装 mingw-w64 交叉编译器…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc-mingw-w64-x86-64 >/dev/null
fi

# detail KEY prints KEY's value from FyneApp.toml's [Details] section; a
# small reader is enough for the flat key = value lines that file holds.
detail() {
  awk -v key="$1" '
    /^[[:space:]]*\[/ { sec = $0; gsub(/[[:space:]\[\]]/, "", sec); next }
    sec == "Details" && $0 ~ "^[[:space:]]*" key "[[:space:]]*=" {
      sub(/^[^=]*=[[:space:]]*/, ""); sub(/[[:space:]]*(#.*)?$/, ""); gsub(/^"|"$/, ""); print; exit
    }' FyneApp.toml
}
name=$(detail Name); version=$(detail Version); build=$(detail Build); icon=$(detail Icon)
[ -n "$name" ] && [ -n "$version" ] && [ -n "$icon" ] || { echo "FyneApp.toml 缺少 Name、Version 或 Icon" >&2; exit 1; }
build=${build:-1}
# VERSIONINFO wants four numbers: 0.1.0 with Build 1 becomes 0.1.0.1.
IFS=. read -r v1 v2 v3 _ <<<"${version%%[-+]*}"
numeric="${v1:-0}.${v2:-0}.${v3:-0}.$build"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Build a snapshot of the tree: the .syso must sit in the main package's
# folder to be linked, and writing it into a working tree that others
# build and edit at the same time would break their builds (and theirs
# ours). With -trimpath the folder's name is not part of Go's cache keys,
# so the snapshot reuses the build cache like an in-place build.
src="$tmp/src"
mkdir -p "$src"
tar --exclude=./.git --exclude=./dist -cf - . | tar -xf - -C "$src"
syso="$src/zz_taizhang_rsrc_windows_amd64.syso"
cp "$icon" "$tmp/icon.png"
cat > "$tmp/winres.json" <<JSON
{
  "RT_GROUP_ICON": { "APP": { "0000": "icon.png" } },
  "RT_MANIFEST": { "#1": { "0409": {
    "identity": { "name": "taizhang", "version": "$numeric" },
    "description": "$name",
    "minimum-os": "win7",
    "execution-level": "as invoker",
    "dpi-awareness": "per monitor v2",
    "use-common-controls-v6": true
  } } },
  "RT_VERSION": { "#1": { "0000": {
    "fixed": { "file_version": "$numeric", "product_version": "$numeric" },
    "info": { "0804": {
      "FileDescription": "$name",
      "FileVersion": "$version",
      "InternalName": "taizhang",
      "OriginalFilename": "taizhang.exe",
      "ProductName": "$name",
      "ProductVersion": "$version"
    } }
  } } }
}
JSON
# go run pkg@version builds the tool for this machine without touching
# go.mod; GOOS/GOARCH must not leak into it.
go run "github.com/tc-hib/go-winres@$winres_version" make --in "$tmp/winres.json" --arch amd64 --out "$tmp/rsrc"
cp "$tmp/rsrc_windows_amd64.syso" "$syso"

mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
start=$(date +%s)
# -H=windowsgui: a GUI program, no console window behind it.
# migrated_fynedo: Fyne checks that UI changes come through fyne.Do.
(cd "$src" && CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
  go build -tags migrated_fynedo -trimpath -ldflags "-H=windowsgui -s -w" -o "$out" .)
size=$(stat -c %s "$out")
echo "$out  $name $version ($numeric)  $((size / 1024 / 1024)) MB ($size bytes)  built in $(( $(date +%s) - start )) s"
