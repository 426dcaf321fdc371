#!/usr/bin/env bash
# Rebuild lxkit/export/runtime/vendor/: the cmi5 AU library every cmi5 package carries.
# It is @xapi/cmi5 from npm at the version pinned below, as its authors publish it: the package's
# UMD build (dist/Cmi5.umd.js) already bundles its dependencies (@xapi/xapi, axios, uuid,
# deepmerge) and defines window.Cmi5, so no bundler step is needed. The licence and version go
# next to it. With --check, rebuild into a temporary folder and fail if the vendored files differ.
# With --installed PREFIX, use the packages npm already installed under PREFIX/node_modules (the
# tests use .node-test/, filled by scripts/setup.sh --test) instead of installing them again.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="1.4.0"
target="lxkit/export/runtime/vendor"
check=""; installed=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --check) check=1; shift ;;
    --installed) installed="${2:?--installed needs a folder}"; shift 2 ;;
    *) echo "vendor-cmi5: unknown argument $1 (use --check and/or --installed PREFIX)" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "$installed" ]; then
  modules="$installed/node_modules"
else
  timeout 600 npm install --prefix "$work" --no-audit --no-fund --ignore-scripts --no-save "@xapi/cmi5@$VERSION" >/dev/null
  modules="$work/node_modules"
fi
package="$modules/@xapi/cmi5"
found="$(node -p "require(require('path').resolve(process.argv[1], 'package.json')).version" "$package" 2>/dev/null || true)"
[ "$found" = "$VERSION" ] || { echo "vendor-cmi5: $package is not @xapi/cmi5@$VERSION (found '${found:-nothing}')" >&2; exit 2; }
out="$work/out"
mkdir -p "$out"
cp "$package/dist/Cmi5.umd.js" "$out/cmi5.umd.js"
cp "$package/LICENSE.md" "$out/cmi5.LICENSE.md"
{
  echo "Licences of the libraries bundled inside cmi5.umd.js (as npm installs them with @xapi/cmi5@$VERSION)."
  for dependency in @xapi/xapi axios uuid deepmerge; do
    licence="$(find "$modules/$dependency" -maxdepth 1 -iname "licen[cs]e*" | sort | head -n 1)"
    printf '\n## %s\n\n' "$dependency"
    cat "$licence"
  done
} > "$out/cmi5.THIRD-PARTY.md"
printf '@xapi/cmi5 %s (npm), dist/Cmi5.umd.js unchanged; rebuilt by scripts/vendor-cmi5.sh\n' "$VERSION" > "$out/cmi5.VERSION"
if [ -n "$check" ]; then
  diff -r "$out" "$target" >/dev/null || { echo "vendor-cmi5: $target differs from @xapi/cmi5@$VERSION" >&2; exit 1; }
  echo "vendor-cmi5: $target is @xapi/cmi5@$VERSION"
else
  mkdir -p "$target"
  cp "$out"/* "$target"/
  echo "vendor-cmi5: wrote $target from @xapi/cmi5@$VERSION"
fi
