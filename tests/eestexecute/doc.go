// Package eestexecute runs the Ethereum execution-spec tests (the EEST corpus of
// package tests/eest) through the EXECUTE precompile: every fixture block becomes an
// EXECUTE input, and what precompile.Execute.Verify says about it is checked against
// the manifest's expectation. `go test ./tests/eestexecute/` and
// `nr conformance eest --via precompile` both drive it.
//
// Package eest does the loading, go-ethereum's reference chain and the witnesses;
// this package is only its Verifier (Verify), so the two paths see the same blocks
// and the same witnesses:
//
//	eest.RunRowsWith(…, Verify, …) ──▶ for each block: eest.Block{block, tip, witness, expectation}
//	    block ──policy──▶ the L2 policy sentinel its content calls for, if any
//	    precompile.InputFromBlock(block, fixture chain id, tip's state root, witness)
//	      claims = header's stateRoot, receiptsRoot, gasUsed; anchor = parentBeaconBlockRoot;
//	      env = header's coinbase, timestamp, gasLimit, prevRandao, extraData
//	    ──Encode──▶ input ──precompile.NewExecute(fixture config).Verify──▶ (valid, blockHash) or error
//	    ──judge──▶ note (the outcome kind, counted in the summary) or failure
//	    (true, the block's hash): tip = executed header
//	    valid block EXECUTE must refuse: tip = eest.Stateless's executed header
//
// The fixture's config is EXECUTE's "L1" config and its chain id the L2 chain id,
// so precompile.L2Config gives the fixture's config back and every block runs the
// fork the fixture names. spec/conformance.md ("EEST corpus through the precompile
// path") states the mapping and the measured counts.
//
// EXECUTE is called directly, never installed (precompile.Register) in this process:
// an installed EXECUTE is warm (EIP-2929) and would change the gas of EEST blocks
// that touch 0x…0101. Verify fails every block if it finds nr's precompiles in the
// block's active set.
package eestexecute
