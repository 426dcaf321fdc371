#!/usr/bin/env bash
# Rebuild lxkit/export/runtime/vendor/: the cmi5 AU library every cmi5 package carries.
# It is @xapi/cmi5 from npm at the version pinned below, as its authors publish it: the package's
# UMD build (dist/Cmi5.umd.js) already bundles its dependencies (@xapi/xapi, axios, uuid,
# deepmerge) and defines window.Cmi5, so no bundler step is needed. The licence and version go
# next to it. With --check, rebuild into a temporary folder and fail if the vendored files differ.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="1.4.0"
target="lxkit/export/runtime/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-audit --no-fund --ignore-scripts --no-save "@xapi/cmi5@$VERSION" >/dev/null
package="$work/node_modules/@xapi/cmi5"
out="$work/out"
mkdir -p "$out"
cp "$package/dist/Cmi5.umd.js" "$out/cmi5.umd.js"
cp "$package/LICENSE.md" "$out/cmi5.LICENSE.md"
{
  echo "Licences of the libraries bundled inside cmi5.umd.js (as npm installs them with @xapi/cmi5@$VERSION)."
  for dependency in @xapi/xapi axios uuid deepmerge; do
    licence="$(find "$work/node_modules/$dependency" -maxdepth 1 -iname "licen[cs]e*" | sort | head -n 1)"
    printf '\n## %s\n\n' "$dependency"
    cat "$licence"
  done
} > "$out/cmi5.THIRD-PARTY.md"
printf '@xapi/cmi5 %s (npm), dist/Cmi5.umd.js unchanged; rebuilt by scripts/vendor-cmi5.sh\n' "$VERSION" > "$out/cmi5.VERSION"
if [ "${1:-}" = "--check" ]; then
  diff -r "$out" "$target" >/dev/null || { echo "vendor-cmi5: $target differs from @xapi/cmi5@$VERSION" >&2; exit 1; }
  echo "vendor-cmi5: $target is @xapi/cmi5@$VERSION"
else
  mkdir -p "$target"
  cp "$out"/* "$target"/
  echo "vendor-cmi5: wrote $target from @xapi/cmi5@$VERSION"
fi
