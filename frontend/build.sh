#!/usr/bin/env bash
# Rebuilds Beacon's committed front-end assets from frontend/:
#   src/main/resources/static/govuk/govuk-frontend.min.css   (compiled from src/beacon.scss)
#   src/main/resources/static/govuk/govuk-frontend.min.js(.map) (copied from govuk-frontend)
#   src/main/resources/static/govuk/assets/...               (only files the CSS references)
#   src/test/resources/axe/axe.min.js                        (copied from axe-core)
# Needs Node and npm; the Maven build does not (it uses the committed outputs).
# Usage, from anywhere: bash frontend/build.sh
set -euo pipefail

FRONTEND_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$FRONTEND_DIR/.." && pwd)"
STATIC_OUT="$REPO_DIR/src/main/resources/static/govuk"
AXE_OUT="$REPO_DIR/src/test/resources/axe"
GOVUK_DIST="$FRONTEND_DIR/node_modules/govuk-frontend/dist/govuk"
CSS_OUT="$STATIC_OUT/govuk-frontend.min.css"

cd "$FRONTEND_DIR"

# None of the dependencies needs an install script.
if [[ -f package-lock.json ]]; then
  npm ci --ignore-scripts --no-audit --no-fund
else
  npm install --ignore-scripts --no-audit --no-fund
fi

version_of() { node -p "JSON.parse(require('fs').readFileSync('node_modules/$1/package.json','utf8')).version"; }
echo "Using govuk-frontend $(version_of govuk-frontend), sass $(version_of sass), axe-core $(version_of axe-core)"

# Start from a clean output folder so files no longer produced do not linger.
rm -rf "$STATIC_OUT"
mkdir -p "$STATIC_OUT/assets" "$AXE_OUT"

./node_modules/.bin/sass --no-source-map --style=compressed --load-path=node_modules \
  src/beacon.scss "$CSS_OUT"

# Beacon must not reference the GDS Transport font.
if grep -qiE '@font-face|GDS Transport' "$CSS_OUT"; then
  echo "ERROR: compiled CSS contains @font-face or GDS Transport" >&2
  exit 1
fi

cp "$GOVUK_DIST/govuk-frontend.min.js" "$GOVUK_DIST/govuk-frontend.min.js.map" "$STATIC_OUT/"

# Copy exactly the assets the CSS references (url(/govuk/assets/...)), never fonts
# or crown/crest imagery, then check every url() resolves to a shipped file.
# (manifest.json and the favicons are not copied: they are the GOV.UK crown icons.)
urls="$(grep -oE 'url\([^)]*\)' "$CSS_OUT" | sed -E 's/^url\(["'\'']?//; s/["'\'']?\)$//' | sort -u || true)"
for url in $urls; do
  case "$url" in
    data:*) continue ;;
    /govuk/assets/*) rel="${url#/govuk/assets/}" ;;
    *) echo "ERROR: unexpected url($url) in compiled CSS" >&2; exit 1 ;;
  esac
  case "$rel" in
    fonts/*|*crown*|*crest*) echo "ERROR: CSS references forbidden asset $rel" >&2; exit 1 ;;
  esac
  mkdir -p "$(dirname "$STATIC_OUT/assets/$rel")"
  cp "$GOVUK_DIST/assets/$rel" "$STATIC_OUT/assets/$rel"
done
for url in $urls; do
  [[ "$url" == data:* ]] && continue
  [[ -f "$STATIC_OUT/assets/${url#/govuk/assets/}" ]] || { echo "ERROR: missing asset for url($url)" >&2; exit 1; }
done
echo "CSS references $(printf '%s' "$urls" | grep -c . || true) asset file(s)"

# axe-core for accessibility scans in browser tests; its MPL-2.0 header must stay.
cp node_modules/axe-core/axe.min.js "$AXE_OUT/axe.min.js"
head -c 1000 "$AXE_OUT/axe.min.js" | grep -q 'Mozilla Public' \
  || { echo "ERROR: axe.min.js lost its licence header" >&2; exit 1; }

echo "Built:"
find "$STATIC_OUT" "$AXE_OUT/axe.min.js" -type f -printf '  %10s bytes  %p\n' | sed "s|$REPO_DIR/||"
