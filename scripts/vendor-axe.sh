#!/usr/bin/env bash
# Re-vendors axe-core from the npm registry into the test assets.
set -euo pipefail
version="${1:?usage: vendor-axe.sh VERSION (e.g. 4.14.1)}"
here="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "axe-core@${version}" --silent >/dev/null && tar xzf axe-core-*.tgz)
dest="$here/crates/testkit/assets/axe-core"
cp "$tmp/package/axe.min.js" "$tmp/package/LICENSE" "$dest/"
sed -i "s/axe-core@[0-9.]*/axe-core@${version}/" "$dest/README.md"
echo "axe-core ${version} vendored into $dest"
