#!/usr/bin/env bash
# Rewrites api/*.txt from the current build's public surface (the listing test writes what it found to
# artifacts/api/<tfm>/<assembly>.received.txt, then this copies the net10.0 one over the listing). Run it after a
# merge that added public API on both sides, then review `git diff api/`; the netstandard2.0 listing must come out
# the same, which the second test project checks.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf artifacts/api
dotnet test tests/Descope.UserManagement.Tests --filter "FullyQualifiedName~PublicApiTests" >/dev/null || true
for received in artifacts/api/net10.0/*.received.txt; do
  name=$(basename "$received" .received.txt)
  cp "$received" "api/$name.txt"
  echo "api/$name.txt"
done
dotnet test tests/Descope.UserManagement.Tests.NetStandard --filter "FullyQualifiedName~PublicApiTests"
