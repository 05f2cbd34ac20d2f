#!/usr/bin/env bash
# Passes the named environment variables on to the job's later steps ($GITHUB_ENV), each only
# when it is set, in the delimiter form GitHub reads for values of several lines: a certificate
# in base64 is often wrapped at 64 columns, and `echo "NAME=$value" >> $GITHUB_ENV` would split
# it into lines the runner reads as other variables, or refuses. Tested on a wrapped value by
# tests/scripts/check-export-env.mjs.
# Usage: export-env.sh NAME [NAME …]   (prints the names it passed on)
set -euo pipefail
: "${GITHUB_ENV:?GITHUB_ENV is not set}"
for name in "$@"; do
  value=${!name-}
  [ -n "$value" ] || continue
  delimiter="EOF_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  while [[ "$value" == *"$delimiter"* ]]; do
    delimiter="EOF_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  done
  {
    printf '%s<<%s\n' "$name" "$delimiter"
    printf '%s\n' "$value"
    printf '%s\n' "$delimiter"
  } >>"$GITHUB_ENV"
  echo "$name"
done
