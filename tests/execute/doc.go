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
//	                                                           │
//	   Target: Reference (in-process precompile) | RPC (eth_call + eth_estimateGas)
//	                                                           ▼
//	                                       Check(vector, target) ──> report.Case
package execute
