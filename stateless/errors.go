package stateless

import "errors"

// Witness shape errors: the witness cannot be the one for this block.
var (
	// ErrEmptyWitness is returned when the witness carries no header: the parent
	// header is the only source of the pre-state root, so nothing can run.
	ErrEmptyWitness = errors.New("witness has no headers")
	// ErrTooManyHeaders is returned when the witness carries more ancestors than
	// BLOCKHASH can reach.
	ErrTooManyHeaders = errors.New("witness has more headers than BLOCKHASH can reach")
	// ErrHeadersNotContiguous is returned when the header numbers do not increase by one.
	ErrHeadersNotContiguous = errors.New("witness headers are not contiguous")
	// ErrHeadersNotLinked is returned when a header's parent hash is not the hash of
	// the header before it.
	ErrHeadersNotLinked = errors.New("witness headers are not hash-linked")
	// ErrParentMismatch is returned when the last witness header is not the block's parent.
	ErrParentMismatch = errors.New("last witness header is not the block's parent")
	// ErrPreStateRootMismatch is returned when the claimed pre-state root is not the
	// parent header's state root.
	ErrPreStateRootMismatch = errors.New("pre-state root does not match the parent header")
	// ErrMissingWitnessData is returned when execution needed a trie node, a code or
	// an ancestor header the witness does not carry. The block is neither valid nor
	// invalid: the data to decide is missing.
	ErrMissingWitnessData = errors.New("witness is missing data the execution needs")
	// ErrNonCanonicalNode is returned when a witness state entry is outside the
	// node size bounds, or a node reachable from the pre-state root is not a
	// canonical Merkle-Patricia node for its position (spec/witness.md, "Trie
	// nodes"). No trie an honest chain produced has one; go-ethereum's trie code
	// assumes it never meets one.
	ErrNonCanonicalNode = errors.New("witness trie node is not a canonical Merkle-Patricia node for its position")
	// ErrInvalidWitnessEncoding is returned when witness bytes do not decode.
	ErrInvalidWitnessEncoding = errors.New("invalid witness encoding")
)

// Block errors: the block itself breaks a consensus rule.
var (
	// ErrInvalidHeader is returned when the header built from the environment breaks a
	// header rule (gas limit bounds, timestamp, extra data, blob gas, fork fields).
	ErrInvalidHeader = errors.New("invalid block header")
	// ErrInvalidTransaction is returned when a transaction cannot be applied (nonce,
	// signature, balance, intrinsic gas, block gas limit, type not enabled).
	ErrInvalidTransaction = errors.New("invalid transaction")
	// ErrInvalidBlock is returned for block-level rules checked after execution
	// (requests, block size).
	ErrInvalidBlock = errors.New("invalid block")
	// ErrHeaderMismatch is returned by VerifyBlock when the executed header differs from
	// the block's own header; the error names the first differing field.
	ErrHeaderMismatch = errors.New("executed header differs from the block header")
	// ErrTrieExpansion is returned when the pre-state tries hold more node bytes at
	// repeated positions than Policy.MaxRepeatedTrieBytes allows.
	ErrTrieExpansion = errors.New("witness trie nodes repeat at more positions than the gas limit pays for")
	// ErrBalanceBound is returned, under Policy.BoundedBalances, when an account
	// in the pre-state holds 2^MaxBalanceBits wei or more.
	ErrBalanceBound = errors.New("pre-state account balance at or above 2^128 wei")
	// ErrSystemContractCode is returned, under Policy.CanonicalSystemContracts,
	// when a system contract the fork calls does not hold go-ethereum's code.
	ErrSystemContractCode = errors.New("system contract does not hold the fork's code")
	// ErrExecutionFault is returned when go-ethereum or nr panicked while executing:
	// a bug, never a verdict. The panic is recovered so that hostile input cannot
	// crash a node that runs EXECUTE; report the input that caused it.
	ErrExecutionFault = errors.New("execution fault (a bug in nr or go-ethereum; please report the input)")
	// ErrUnsupportedFork is returned for rule sets the executor does not implement
	// (pre-merge blocks, Amsterdam, the binary trie).
	ErrUnsupportedFork = errors.New("unsupported fork")
)
