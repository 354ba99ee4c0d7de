#!/bin/sh
# Redraws icon.png: a red rounded square with a white 账 in the bundled bold
# font, so the icon matches the UI text. Needs ImageMagick (apt install imagemagick).
set -eu
cd "$(dirname "$0")"
# -strip and no date chunks keep the PNG byte-identical between runs.
convert -size 256x256 xc:none \
	-fill '#C0392B' -draw 'roundrectangle 8,8 247,247 44,44' \
	-font fonts/NotoSansSC-Bold.ttf -pointsize 168 -fill white \
	-gravity center -annotate -1-10 '账' \
	-strip -define png:exclude-chunks=date,time \
	PNG32:icon.png
