package precompile

import "errors"

// Input errors: the bytes are not a well-formed EXECUTE input. The call fails.
var (
	// ErrInputTooLarge is returned when the input exceeds MaxInputSize.
	ErrInputTooLarge = errors.New("input larger than the EXECUTE maximum")
	// ErrUnsupportedVersion is returned when word 0 is not a version this
	// implementation knows.
	ErrUnsupportedVersion = errors.New("unsupported EXECUTE input version")
	// ErrMalformedInput is returned when the input is not an ABI encoding of the
	// version-1 tuple.
	ErrMalformedInput = errors.New("malformed EXECUTE input")
	// ErrNonCanonicalInput is returned when the input decodes but is not byte for
	// byte what abi.encode gives for the decoded values (dirty padding, unusual
	// offsets, trailing bytes).
	ErrNonCanonicalInput = errors.New("non-canonical EXECUTE input encoding")
	// ErrMalformedTransactions is returned when the transactions field is not the
	// canonical RLP list of a block body's transactions.
	ErrMalformedTransactions = errors.New("malformed transactions list")
	// ErrTooManyTransactions is returned when the list holds more transactions
	// than MaxTransactions or than the declared gas limit can pay intrinsic gas for.
	ErrTooManyTransactions = errors.New("too many transactions")
	// ErrMalformedWitness is returned when the witness is not canonical RLP of
	// rlp([headers], [codes], [state], [keys]).
	ErrMalformedWitness = errors.New("malformed witness")
	// ErrWitnessTooLarge is returned when a witness list exceeds its limit
	// (MaxWitnessHeaders, MaxWitnessCodes, MaxWitnessNodes, MaxWitnessKeys).
	ErrWitnessTooLarge = errors.New("witness exceeds an EXECUTE limit")
)

// L2 policy errors: the block uses a feature native rollups do not have. The call fails.
var (
	// ErrBlobTransaction is returned for an EIP-4844 (type 3) transaction: an L2
	// has no blob data availability of its own.
	ErrBlobTransaction = errors.New("blob transactions are not allowed on L2")
	// ErrL1ChainID is returned when the input's chainId is L1's own: every L1
	// transaction would then be valid on the L2 too, and the other way round.
	ErrL1ChainID = errors.New("the L2 chain id is L1's chain id")
	// ErrWrongChainID is returned for a transaction signed for another chain.
	ErrWrongChainID = errors.New("transaction chain id differs from the input chain id")
	// ErrUnprotectedTransaction is returned for a legacy transaction signed without
	// EIP-155 replay protection: it would be valid on every chain.
	ErrUnprotectedTransaction = errors.New("transaction has no EIP-155 replay protection")
)

// ErrWithdrawalsNotAllowed is returned by InputFromBlock for a block with
// withdrawals: an L2 has no beacon chain, and fake withdrawals would mint ETH, so
// the version-1 input has no field for them and execution always uses an empty list.
var ErrWithdrawalsNotAllowed = errors.New("withdrawals are not allowed on L2")
