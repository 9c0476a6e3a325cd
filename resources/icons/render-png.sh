#!/bin/sh
# Renders the PNG sizes of amparo.svg (committed; run again after changing the SVG).
# Needs ImageMagick (Debian: imagemagick).
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    convert -background none -density 300 amparo.svg -resize "${size}x${size}" \
        -depth 8 -strip "amparo-$size.png"
done
