#!/usr/bin/env bash
# Downloads the pinned upstream CRDs listed in crds.lock into .crds/ (or $1) and verifies every file's git blob
# SHA-1, for machines without ../shared/crds. Files land only after they verify: a failed run leaves nothing half
# written. Then: PRODUCTION_NETWORK_CRDS=.crds npm test (or leave it unset: compositions/production-network/crds.ts looks in .crds/ too).
#
# A connection failure (offline, DNS, proxy, timeout) stops the run at once: every file comes from the same
# hosts, so trying the other files would only fail the same way, slowly. An HTTP error (5xx, 429) is retried twice.
# CRDS_LOCK names another lock file (the tests use one).
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-.crds}"
lock="${CRDS_LOCK:-crds.lock}"
[[ -r "$lock" ]] || { echo "fetch-crds: cannot read the lock file $lock" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

blob_sha1() { # the git blob SHA-1 of a file, without needing git
  { printf 'blob %d\0' "$(wc -c < "$1" | tr -d ' ')"; cat "$1"; } | sha1sum | cut -d' ' -f1
}

# curl's exit codes for "could not talk to the server at all" (see `man curl`, EXIT CODES).
connection_failure() {
  case $1 in
    5) echo "could not resolve the proxy" ;;
    6) echo "could not resolve the host (offline, or no DNS?)" ;;
    7) echo "could not connect to the host (offline, or a firewall?)" ;;
    28) echo "the connection timed out" ;;
    35) echo "the TLS handshake failed (a proxy intercepting TLS?)" ;;
    *) return 1 ;;
  esac
}

total=$(grep -v '^#' "$lock" | grep -c .); n=0; failed=0
while IFS=$'\t' read -r path url sha; do
  [[ -z "$path" || "$path" == \#* ]] && continue
  n=$((n + 1))
  mkdir -p "$tmp/$(dirname "$path")"
  attempt=0
  while :; do
    attempt=$((attempt + 1))
    rc=0; curl -fsSL --connect-timeout 15 --max-time 300 -o "$tmp/$path" "$url" 2>"$tmp/curl.err" || rc=$?
    [[ $rc -eq 0 ]] && break
    if why=$(connection_failure "$rc"); then
      echo "[$n/$total] stopped: $why: $url (curl exit $rc)" >&2
      echo "no file was written to $dest; check the network (or HTTPS_PROXY) and run again" >&2
      exit 1
    fi
    (( attempt < 3 )) && { sleep "$attempt"; continue; }
    echo "[$n/$total] FAILED to download $url: $(tr -d '\n' < "$tmp/curl.err")" >&2; failed=$((failed + 1)); break
  done
  [[ $rc -eq 0 ]] || continue
  actual=$(blob_sha1 "$tmp/$path")
  if [[ "$actual" != "$sha" ]]; then
    echo "[$n/$total] CHECKSUM MISMATCH $path: expected $sha, got $actual" >&2; failed=$((failed + 1)); continue
  fi
  echo "[$n/$total] ok $path"
done < "$lock"

if (( failed > 0 )); then echo "$failed of $total files failed; $dest left unchanged" >&2; exit 1; fi
mkdir -p "$dest"
cp -R "$tmp"/. "$dest"/
echo "fetched and verified $total files into $dest"
