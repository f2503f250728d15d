#!/usr/bin/env bash
# build.sh compiles the contracts with the solc-js version pinned in package.json and
# package-lock.json, writes artifacts/*.json, and regenerates the Go bindings with
# go-ethereum's abigen (v2). It is idempotent: running it twice gives identical files.
# `go generate ./solidity/...` runs it; TestArtifactsUpToDate runs it into a
# temporary directory and fails if the committed files differ.
#
# Usage: build.sh [outdir]   (default: write artifacts/ and bindings/ in place)
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1; then
  echo "build.sh: npm not found; install Node.js 20+ (which ships npm) to compile the contracts" >&2
  exit 1
fi
pinned=$(node -p 'require("./package-lock.json").packages["node_modules/solc"].version')
installed=$(node -p 'require("./node_modules/solc/package.json").version' 2>/dev/null || true)
if [ "$installed" != "$pinned" ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
out=${1:-.}
mkdir -p "$out/bindings"
node compile.js "$out/artifacts"
# DevOptimisticRollup only lowers two bounds (internal functions): its ABI is
# OptimisticNativeRollup's, whose binding Go code uses for both.
go run ./internal/abigen -artifacts "$out/artifacts" -out "$out/bindings/bindings.go" -pkg bindings -same-abi DevOptimisticRollup=OptimisticNativeRollup
