// Package stateless executes one Ethereum block without a database: everything it
// reads comes from a Witness, and everything in the witness is checked before it is
// believed. It knows nothing about rollups, ABI or gas pricing; it verifies a block
// of any post-merge chain (the EEST corpus and mainnet blocks are L1 blocks) and
// returns what it computed. Package precompile compares that with a rollup's claims.
//
// # Data flow
//
//	Input{parent hash, pre-state root, Env, txs, Policy} + Witness
//	  │ 1. headers: non-empty, at most 256, contiguous numbers, hash-linked,
//	  │    last = claimed parent; parent.Root = claimed pre-state root
//	  │ 2. parent sanity (its fork's fields, no zero gas target, bounded base
//	  │    fee and blob fee); Policy (EXECUTE): no blob gas, proof of stake;
//	  │    header: number, base fee, excess blob gas derived from the parent;
//	  │    go-ethereum's beacon header rules (gas limit bound, timestamp,
//	  │    extra data, blob gas, fork fields)
//	  │ 3. trie nodes (checkTries, a pure function of the bytes): every entry
//	  │    32..532 bytes; every node reachable from the pre-state root canonical
//	  │    for its position, else ErrNonCanonicalNode; unreachable nodes dropped;
//	  │    Policy (EXECUTE): bytes at repeated positions within the bound, else
//	  │    ErrTrieExpansion; balances below 2^128, else ErrBalanceBound
//	  │ 4. state: codes and checked nodes served by their keccak hash, read in
//	  │    place from the witness, so nothing that does not hash to its reference
//	  │    can be reached; Policy (EXECUTE): system contracts hold go-ethereum's
//	  │    code; go-ethereum's state processor runs the transactions, system
//	  │    calls and withdrawals, with a precompile result cache of this call's
//	  │ 5. completeness: any trie node, code or ancestor header the run asked
//	  │    for and did not find => ErrMissingWitnessData, whatever else happened
//	  ▼ 6. post rules: requests hash (Prague), block size (Osaka, computed from
//	       the parts); the receipts root go-ethereum built during execution,
//	       compared with Input.ReceiptsRoot, derived again only if they differ
//	Result{header, hash, state root, receipts root, bloom, gas used, receipts}
//
// # Why these checks exist
//
// go-ethereum's core.ExecuteStateless checks only gas used and the bloom. It takes
// the pre-state root from whichever witness header has the highest number, so a
// forged header placed in the witness chooses the pre-state; it does not check
// header rules; and when a trie node or code is missing it carries on as if the
// account, slot or code were empty, returning no error and a wrong root (or, worse,
// the right root by luck, as for the blob transaction in Hoodi block 1151683, whose
// recipient's absence the witness does not prove). An EXECUTE built on that would
// let a prover pick the pre-state and let a truncated witness disprove a true
// claim. Execute closes each gap: the checks above are the difference.
//
// # Errors
//
// Witness errors (ErrEmptyWitness, ErrTooManyHeaders, ErrHeadersNotContiguous,
// ErrHeadersNotLinked, ErrParentMismatch, ErrPreStateRootMismatch,
// ErrNonCanonicalNode, ErrMissingWitnessData, ErrInvalidWitnessEncoding) mean the
// data cannot decide the block. Block errors (ErrInvalidHeader, ErrInvalidTransaction, ErrInvalidBlock)
// mean complete data shows the block breaks a rule. Every error wraps one of these
// sentinels with the detail, including go-ethereum's own error where there is one.
package stateless
