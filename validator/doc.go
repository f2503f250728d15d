// Package validator decides EXECUTE calls independently of L1: by
// re-executing them with the precompile's own code, or by accepting k proofs
// from k distinct proof systems the operator trusts. It is the library under
// the `nr validator` daemon (L1 follower, verdict store, HTTP API, metrics)
// and `nr prover`; it holds no network, database or timer code itself.
// The normative text is spec/validator.md. The network, database and timer
// code lives in subpackages: l1calls (EXECUTE calls of an L1 block from
// nrExecuteTracer traces, or callTracer's), proofsource (HTTP and directory ProofSources, a
// prover's envelope store), prover (`nr prover`) and daemon (`nr validator`).
//
// Data flow for one EXECUTE call found on L1:
//
//	Call{Input, Success, Output}                      (the daemon, from an L1 trace)
//	  │
//	  ├─ PrecheckVerdict(l1, call) → d                 verifier.go, statement.go: precompile.Execute.Decode
//	  │     input fails before execution? ──────────▶  (input, L1 chain id, transactions, witness), the
//	  │                                                 witness headers; final: Agree iff L1 failed it too
//	  │                                                 d, the decoded input, goes to every verifier below
//	  │
//	  ├─ ProofVerifier.Verify(call, d) (one per prover) verifier.go
//	  │     ProofSource.Proof(prover, call.ID())       envelope {prover, call, request, public_values, proof}
//	  │     ProofChecker.Check(public_values, proof)   groth16.go (SP1 on crypto/bn256) | attestation.go (secp256k1)
//	  │     DecodePublicOutput → {root, ok, chain_id, schema_id}
//	  │     Schema.Decode(request) → NewPayloadRequest ssz.go
//	  │     Bind(l1, input, request, output)           statement.go: schema, chain id, root, payload = input's block,
//	  │        → Outcome{success, abi(valid, block_hash)}          successful_validation
//	  │     compare with L1 → Verdict{Agree|Disagree|Unverified, reason}
//	  │
//	  ├─ ReexecVerifier.Verify(call, d)                 reexec.go: precompile.Execute.VerifyDecoded, compare with L1
//	  │     (when the policy asks and ReexecBudget.Take(gasLimit) allows)
//	  │
//	  └─ Decide(policy, pre, proofVerdicts, reexec)    policy.go: pure k-of-n over distinct systems
//	        → Decision{Result, Reason, Alarm, NeedReexec, Systems, Ignored, Conflict}
//
// Judge (judge.go) runs these steps for one call: provers concurrently under
// ProofTimeout, re-execution only when Decide asks and the L1 block's
// ReexecBudget allows. Prejudge is Judge up to re-execution, for the daemon,
// which schedules a block's re-executions itself. LoadConfig (config.go) builds the Policy, the provers and their checkers from
// a YAML or TOML file, NR_* variables and flags, rejecting unknown keys and bad
// values by name.
package validator
