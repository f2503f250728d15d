// Package eest runs the Ethereum execution-spec tests (EEST blockchain_test
// fixtures) through the stateless executor, package stateless, and checks every
// block against the corpus manifest's expectation. It is a library: `go test
// ./tests/eest/` and `nr conformance eest` both drive it.
//
// Data flow, for each manifest row (a worker pool runs rows concurrently; results
// come back in manifest order):
//
//	manifest.json ──ParseManifest──▶ Row{file, test, network, blocks_expected}
//	fixture file ──ParseFixture──▶ Fixture{network, config, genesisRLP, pre, blocks}
//	network + config ──ChainConfig──▶ *params.ChainConfig   (go-ethereum's tests.Forks + chainid + blobSchedule)
//	genesisRLP + pre ──Genesis──▶ *core.Genesis             (must hash to genesisRLP)
//	genesis ──▶ referenceChain: go-ethereum's BlockChain over an in-memory database
//	for each block:
//	    rlp ──decodeBlock──▶ *types.Block      (does not decode: rejected at decode time)
//	    referenceChain.insert                  (go-ethereum's full import: accepts or rejects)
//	      accepted ──recordWitness──▶ witness  (go-ethereum's recorder, ProcessBlock MakeWitness)
//	      rejected ──fullWitness──▶ witness    (every trie node and code of the parent state,
//	                                            ancestors up to 256, oldest first)
//	    witness ──roundTrip──▶ witness         (RLP and JSON codecs; must re-encode identically)
//	    Block{block, tip, witness, expectation} ──Verifier──▶ Judgement{note, failure, next}
//	      Stateless: stateless.VerifyBlock(config, block, tip's post-state root, witness)
//	      ──judge──▶ note ("reject:tx rejected by ErrInvalidTransaction") or failure
//	    next set (the verifier accepted the block): tip = next   (the next block runs on its post-state)
//	finally: tip must be the fixture's lastblockhash
//
// go-ethereum only supplies the witnesses and the chain to take parents from; the
// verdict on every block is the Verifier's: Stateless (RunRows) here, the EXECUTE
// precompile in package tests/eestexecute (RunRowsWith). A block the executor cannot
// judge (missing witness data, a witness that does not fit) fails its test even
// when the manifest expects a rejection: a rejection must be for a consensus rule.
//
// Spec code (issue): "`valid` blocks must reproduce the header's state root,
// receipts root and gas used; `reject:tx` and `reject:block` must be rejected.
// Multi-block tests chain: each block's pre-state is the previous block's
// post-state."
//
// The corpus is third-party data read from ../shared/corpus beside the repository
// or $NR_CORPUS; it is never copied into the repository.
package eest
