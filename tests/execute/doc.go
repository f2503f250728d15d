// Package execute generates and runs the EXECUTE conformance vectors
// (spec/conformance.md).
//
// Data flow:
//
//	Generate ── l2.Chain (core.GenerateChain + recorded witnesses) ──> valid blocks
//	   │ mutate claims ──> false-claim vectors; mutate input ──> failure vectors
//	   │ forged pre-states (forge.go) ──> witness rule and limit vectors (boundary.go)
//	   │ reference precompile computes output and gas
//	   ▼
//	[]Vector ── WriteDir ──> tests/vectors/execute/*.json[.gz] ── LoadDir ──> []Vector
//	            (replaces only its own files)      (CheckVector: whole, consistent, named as its file)
//	                                                           │
//	   DiagnoseNode (chain id, eth_config fork schedule, EXECUTE and DERIVE installed)
//	   Target: Reference (in-process precompile) | RPC (eth_call + eth_estimateGas, per-call timeout)
//	                                                           ▼
//	              Check(vector, target) ──> report.Case (intent, sent, got, want; outputs decoded)
package execute
