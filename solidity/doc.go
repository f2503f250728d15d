// Package solidity holds nr's host contracts (Solidity, in a Foundry-compatible
// layout under src/), their compiled artifacts (artifacts/*.json) and Go bindings
// (package bindings), and exports what an L2 genesis needs from them.
//
// Data flow:
//
//	src/*.sol ── build.sh (npm ci: solc-js pinned in package-lock.json; compile.js) ──> artifacts/<Name>.json
//	artifacts ── internal/abigen (go-ethereum abigen v2, BindV2) ──> bindings/bindings.go
//	artifacts/L2Bridge.json ── go:embed ──> Predeploys(l1Host, balance) ──> L2 genesis alloc
//
// On L1, a rollup is a contract deriving from NativeRollup (re-executes every block
// with EXECUTE; src/examples/MyRollup.sol is a complete one) or the
// OptimisticNativeRollup (bonds, blocks posted in blobs, a K-section dispute game
// settled by one DERIVE and one EXECUTE call). Both derive from RollupHost: the
// accepted L2 head, anchor bound and gas-limit policy, deposits, withdrawals and the
// bounded state-root history. Their constructors refuse parameters outside the
// ranges of spec/host.md, and they accept a block only if it settles in one L1
// transaction (Settleable, the Go mirror of RollupHost.settleable, which block
// builders apply). NativeRollup also derives from ForcedInclusion: signed L2
// transactions queued on L1 that every block must start with once due, unless a
// state proof shows they cannot execute (spec/host-forced-inclusion.md). On L2,
// the L2Bridge predeploy pays deposits out of a
// pre-minted balance and records withdrawals.
//
// `go generate ./solidity/...` rebuilds artifacts and bindings; the result is
// byte-identical for unchanged sources, and TestArtifactsUpToDate fails when the
// committed files are stale.
package solidity
