#!/usr/bin/env bash
# Downloads the pinned upstream CRDs listed in crds.lock into .crds/ (or $1) and verifies every file's git blob
# SHA-1, for machines without ../shared/crds. Files land only after they verify: a failed run leaves nothing half
# written. Then: PRODUCTION_NETWORK_CRDS=.crds npm test (or leave it unset: lib/crds looks in .crds/ too).
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-.crds}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

blob_sha1() { # the git blob SHA-1 of a file, without needing git
  { printf 'blob %d\0' "$(wc -c < "$1" | tr -d ' ')"; cat "$1"; } | sha1sum | cut -d' ' -f1
}

total=$(grep -vc '^#' crds.lock); n=0; failed=0
while IFS=$'\t' read -r path url sha; do
  [[ -z "$path" || "$path" == \#* ]] && continue
  n=$((n + 1))
  mkdir -p "$tmp/$(dirname "$path")"
  if ! curl -fsSL --retry 3 -o "$tmp/$path" "$url"; then
    echo "[$n/$total] FAILED to download $url" >&2; failed=$((failed + 1)); continue
  fi
  actual=$(blob_sha1 "$tmp/$path")
  if [[ "$actual" != "$sha" ]]; then
    echo "[$n/$total] CHECKSUM MISMATCH $path: expected $sha, got $actual" >&2; failed=$((failed + 1)); continue
  fi
  echo "[$n/$total] ok $path"
done < crds.lock

if (( failed > 0 )); then echo "$failed of $total files failed; $dest left unchanged" >&2; exit 1; fi
mkdir -p "$dest"
cp -R "$tmp"/. "$dest"/
echo "fetched and verified $total files into $dest"
