#!/usr/bin/env bash
# build.sh compiles the contracts with the solc-js version pinned in package.json and
# package-lock.json, writes artifacts/*.json, and regenerates the Go bindings with
# go-ethereum's abigen (v2). It is idempotent: running it twice gives identical files.
# `go generate ./solidity/...` runs it; CI reruns it and fails if the tree changed.
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
node compile.js
go run ./internal/abigen -artifacts artifacts -out bindings/bindings.go -pkg bindings
