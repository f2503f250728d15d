package stateless

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

// Env is what a block producer chooses for a block. Everything else in the header
// is either derived from the parent (number, base fee, excess blob gas) or computed
// by execution (roots, gas used, bloom, requests hash).
type Env struct {
	Coinbase   common.Address
	Timestamp  uint64
	GasLimit   uint64
	PrevRandao common.Hash
	Extra      []byte
	// ParentBeaconRoot is required from Cancun on and must be nil before.
	ParentBeaconRoot *common.Hash
	// Withdrawals must be non-nil (possibly empty) from Shanghai on and nil before.
	Withdrawals types.Withdrawals
}

// Input is one block to execute statelessly.
type Input struct {
	// ParentHash and PreStateRoot are claims the caller binds (a host contract
	// reads them from its storage); both are checked against the witness.
	ParentHash   common.Hash
	PreStateRoot common.Hash
	Env          Env
	Transactions types.Transactions
	// Policy adds rules to L1's; the zero Policy adds none.
	Policy Policy
	// ReceiptsRoot, when set, is the receipts root the caller expects. It
	// changes no outcome: Result.ReceiptsRoot is always the computed root. It
	// lets Execute compare the root go-ethereum's processor already built
	// alongside execution with the expectation, and derive the root again only
	// when they differ.
	ReceiptsRoot *common.Hash
}

// Result is what stateless execution computed.
type Result struct {
	Header       *types.Header // the complete header of the executed block
	Hash         common.Hash   // Header.Hash()
	StateRoot    common.Hash
	ReceiptsRoot common.Hash
	LogsBloom    types.Bloom
	GasUsed      uint64
	Receipts     types.Receipts
	Requests     [][]byte // nil before Prague
	// RepeatedTrieBytes is the pre-state trie node bytes the witness holds at
	// more than one position (Policy.MaxRepeatedTrieBytes bounds it).
	RepeatedTrieBytes uint64
}

// InputFromBlock returns the input that re-executes b on top of preStateRoot,
// expecting b's receipts root.
func InputFromBlock(b *types.Block, preStateRoot common.Hash) *Input {
	receiptsRoot := b.ReceiptHash()
	return &Input{
		ReceiptsRoot: &receiptsRoot,
		ParentHash:   b.ParentHash(),
		PreStateRoot: preStateRoot,
		Env: Env{
			Coinbase:         b.Coinbase(),
			Timestamp:        b.Time(),
			GasLimit:         b.GasLimit(),
			PrevRandao:       b.MixDigest(),
			Extra:            b.Extra(),
			ParentBeaconRoot: b.BeaconRoot(),
			Withdrawals:      b.Withdrawals(),
		},
		Transactions: b.Transactions(),
	}
}

// Execute runs one block on a state backed only by the witness and returns the
// header it computed. See doc.go for the order of checks and why each exists.
//
// Execute never returns a result computed from incomplete data: if execution
// touched a trie node, code or ancestor header the witness lacks, the error is
// ErrMissingWitnessData, whatever else went wrong. It is safe for concurrent use.
func Execute(ctx context.Context, config *params.ChainConfig, in *Input, w *Witness) (res *Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: %v", ErrExecutionFault, p)
		}
	}()
	if w == nil {
		return nil, ErrEmptyWitness
	}
	// 1. The witness headers must be a chain ending at the claimed parent, and the
	//    claimed pre-state root must be the parent's.
	chain, err := checkHeaders(config, w.Headers, in.ParentHash, in.PreStateRoot)
	if err != nil {
		return nil, err
	}
	parent := chain.parent
	if in.Policy.BlobFreeParent {
		if err := checkBlobFreeParent(parent); err != nil {
			return nil, err
		}
	}
	// 2. Build the header from the environment and the parent, and check it
	//    against the header rules before spending any work on execution.
	header, err := buildHeader(config, parent, in.ParentHash, &in.Env, in.Transactions)
	if err != nil {
		return nil, err
	}
	if err := chain.engine.VerifyHeader(chain, header); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidHeader, err)
	}
	// 3. Check the witness tries from the pre-state root, then run the
	//    transactions on a state that can only reach the checked nodes.
	checked, err := checkTries(parent.Root, w.State)
	if err != nil {
		return nil, err
	}
	if limit := in.Policy.MaxRepeatedTrieBytes; limit != 0 && checked.repeatedBytes() > limit {
		return nil, fmt.Errorf("%w: %d bytes of trie nodes at repeated positions, at most %d", ErrTrieExpansion, checked.repeatedBytes(), limit)
	}
	if in.Policy.BoundedBalances && checked.maxBalance.BitLen() > MaxBalanceBits {
		return nil, fmt.Errorf("%w: an account holds %s wei", ErrBalanceBound, checked.maxBalance.Dec())
	}
	nodes, codes := w.stateDB(checked)
	db := state.NewDatabase(triedb.NewDatabase(nodes, triedb.HashDefaults), state.NewCodeDB(codes))
	trieReader, err := db.Reader(parent.Root)
	if err != nil {
		return nil, fmt.Errorf("%w: pre-state root %x: %v", ErrMissingWitnessData, parent.Root, err)
	}
	statedb, err := state.NewWithReader(parent.Root, db, newFlatReader(checked, parent.Root, trieReader))
	if err != nil {
		return nil, fmt.Errorf("%w: pre-state root %x: %v", ErrMissingWitnessData, parent.Root, err)
	}
	block := types.NewBlockWithHeader(header).WithBody(types.Body{Transactions: in.Transactions, Withdrawals: in.Env.Withdrawals})
	processed, stateRoot, runErr := run(ctx, config, chain, block, statedb, in.Policy)
	// 4. Anything the execution could not find makes every outcome above
	//    meaningless, including a transaction that looked invalid because its
	//    sender's account node was missing.
	if err := missingData(statedb, chain); err != nil {
		return nil, err
	}
	if runErr != nil {
		return nil, runErr
	}
	res, err = finish(config, header, block, statedb, processed, stateRoot, in.ReceiptsRoot)
	if err != nil {
		return nil, err
	}
	res.RepeatedTrieBytes = checked.repeatedBytes()
	return res, nil
}

// run checks the policy on the pre-state, then processes the block and computes
// its state root. Its error means something only after the caller has ruled out a
// missing read, which can be the cause of any of them.
func run(ctx context.Context, config *params.ChainConfig, chain *headerChain, block *types.Block, statedb *state.StateDB, policy Policy) (*core.ProcessResult, common.Hash, error) {
	if policy.CanonicalSystemContracts {
		if err := checkSystemContracts(config, block.Header(), statedb); err != nil {
			return nil, common.Hash{}, err
		}
	}
	if err := statedb.Error(); err != nil {
		return nil, common.Hash{}, err // a system contract the witness does not prove
	}
	// A result cache of this call's own, as go-ethereum's import keeps one: a
	// block that repeats a precompile input computes it once. Gas is charged
	// the same on a hit, only pure precompiles take part, and the cache is
	// bounded per precompile (vm.PrecompileCache); it dies with the call, so
	// nothing crosses from one call to another.
	processed, err := core.NewStateProcessor(chain).Process(ctx, block, statedb, nil, vm.NewPrecompileCache(), vm.Config{}, nil)
	if err != nil {
		return nil, common.Hash{}, classifyProcessError(err)
	}
	return processed, statedb.IntermediateRoot(config.Rules(block.Number(), true, block.Time())), nil
}

// MaxExcessBlobGas bounds the excess blob gas of the parent header. The blob base
// fee is e^(excess/update fraction), computed by a series whose cost grows with the
// excess: at 2^32 it takes about a millisecond, at 2^64 it would not finish. A real
// chain stays far below the bound (2^32 prices a blob at more than e^800 wei).
const MaxExcessBlobGas = 1 << 32

// MaxBaseFeeBits bounds the parent's base fee: its child's is at most 9/8 of it,
// so it stays far inside 256 bits, the size every client stores it in. A real
// chain stays far below (2^128 wei is 3.4e20 ether per gas).
const MaxBaseFeeBits = 128

// checkParent rejects a parent header that no valid chain can contain in the ways
// that matter to deriving the child's header. The parent is only bound by hash to a
// claim, and whoever makes the claim chooses it, so go-ethereum's derivations must
// not see a missing base fee (nil dereference), a gas limit below the minimum
// (division by zero), half of the blob fields, or an excess blob gas whose fee
// series would not terminate; and every client must read the same fields from it,
// so it has exactly the fields of its own fork.
func checkParent(config *params.ChainConfig, parent *types.Header) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: parent header %d: %s", ErrInvalidHeader, parent.Number, fmt.Sprintf(format, args...))
	}
	switch {
	case parent.Number.Uint64() == math.MaxUint64:
		return fail("number leaves no room for a child")
	case parent.GasLimit < params.MinGasLimit || parent.GasLimit > params.MaxGasLimit:
		return fail("gas limit %d outside [%d, %d]", parent.GasLimit, params.MinGasLimit, params.MaxGasLimit)
	case parent.GasUsed > parent.GasLimit:
		return fail("gas used %d above its gas limit %d", parent.GasUsed, parent.GasLimit)
	case parent.BaseFee != nil && (parent.BaseFee.Sign() < 0 || parent.BaseFee.BitLen() > MaxBaseFeeBits):
		return fail("base fee %v is not below 2^%d", parent.BaseFee, MaxBaseFeeBits)
	case parent.ExcessBlobGas != nil && *parent.ExcessBlobGas > MaxExcessBlobGas:
		return fail("excess blob gas %d above %d", *parent.ExcessBlobGas, uint64(MaxExcessBlobGas))
	case parent.BlobGasUsed != nil && *parent.BlobGasUsed > eip4844.MaxBlobGasPerBlock(config, parent.Time):
		return fail("blob gas used %d above the fork's maximum %d", *parent.BlobGasUsed, eip4844.MaxBlobGasPerBlock(config, parent.Time))
	}
	return checkParentFields(config, parent)
}

// checkBlobFreeParent applies Policy.BlobFreeParent.
func checkBlobFreeParent(parent *types.Header) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: parent header %d: %s", ErrInvalidHeader, parent.Number, fmt.Sprintf(format, args...))
	}
	var excess, used uint64 // absent fields count as zero
	if parent.ExcessBlobGas != nil {
		excess = *parent.ExcessBlobGas
	}
	if parent.BlobGasUsed != nil {
		used = *parent.BlobGasUsed
	}
	switch {
	case excess != 0 || used != 0:
		return fail("blob gas (excess %d, used %d) on a chain without blobs", excess, used)
	case parent.Difficulty.Sign() != 0 || parent.Nonce != (types.BlockNonce{}) || parent.UncleHash != types.EmptyUncleHash:
		return fail("difficulty %v, nonce %x, uncle hash %x: not a proof-of-stake header", parent.Difficulty, parent.Nonce, parent.UncleHash)
	}
	return nil
}

// checkParentFields requires the optional header fields to be present exactly
// from the fork that introduced them, under the parent's own number and time.
func checkParentFields(config *params.ChainConfig, parent *types.Header) error {
	cancun := config.IsCancun(parent.Number, parent.Time)
	fields := []struct {
		name    string
		present bool
		fork    bool
	}{
		{"base fee", parent.BaseFee != nil, config.IsLondon(parent.Number)},
		{"withdrawals root", parent.WithdrawalsHash != nil, config.IsShanghai(parent.Number, parent.Time)},
		{"excess blob gas", parent.ExcessBlobGas != nil, cancun},
		{"blob gas used", parent.BlobGasUsed != nil, cancun},
		{"parent beacon root", parent.ParentBeaconRoot != nil, cancun},
		{"requests hash", parent.RequestsHash != nil, config.IsPrague(parent.Number, parent.Time)},
		{"block access list hash", parent.BlockAccessListHash != nil, false},
		{"slot number", parent.SlotNumber != nil, false},
	}
	for _, f := range fields {
		if f.present != f.fork {
			if f.fork {
				return fmt.Errorf("%w: parent header %d: no %s, which its fork requires", ErrInvalidHeader, parent.Number, f.name)
			}
			return fmt.Errorf("%w: parent header %d: a %s its fork does not have", ErrInvalidHeader, parent.Number, f.name)
		}
	}
	return nil
}

// buildHeader derives every header field that does not depend on execution.
// parentHash is the parent's hash, which checkHeaders has established.
func buildHeader(config *params.ChainConfig, parent *types.Header, parentHash common.Hash, env *Env, txs types.Transactions) (*types.Header, error) {
	number := new(big.Int).Add(parent.Number, common.Big1)
	// The executor builds proof-of-stake headers (difficulty 0); a chain without
	// a merge, or a block before London, cannot have one.
	if !config.IsLondon(number) || config.TerminalTotalDifficulty == nil {
		return nil, fmt.Errorf("%w: block %d is not a proof-of-stake block under this chain config", ErrUnsupportedFork, number)
	}
	if config.IsAmsterdam(number, env.Timestamp) || config.IsUBT(number, env.Timestamp) {
		return nil, fmt.Errorf("%w: Amsterdam and binary-trie rules are not implemented", ErrUnsupportedFork)
	}
	header := &types.Header{
		ParentHash:       parentHash,
		UncleHash:        types.EmptyUncleHash,
		Coinbase:         env.Coinbase,
		TxHash:           types.DeriveSha(txs, trie.NewStackTrie(nil)),
		Difficulty:       new(big.Int),
		Number:           number,
		GasLimit:         env.GasLimit,
		Time:             env.Timestamp,
		Extra:            env.Extra,
		MixDigest:        env.PrevRandao,
		BaseFee:          eip1559.CalcBaseFee(config, parent),
		ParentBeaconRoot: env.ParentBeaconRoot,
	}
	if config.IsShanghai(number, env.Timestamp) {
		if env.Withdrawals == nil {
			return nil, fmt.Errorf("%w: withdrawals list missing after Shanghai", ErrInvalidHeader)
		}
		h := types.DeriveSha(env.Withdrawals, trie.NewStackTrie(nil))
		header.WithdrawalsHash = &h
	} else if env.Withdrawals != nil {
		return nil, fmt.Errorf("%w: withdrawals before Shanghai", ErrInvalidHeader)
	}
	var blobGas uint64
	for _, tx := range txs {
		blobGas += tx.BlobGas()
	}
	if config.IsCancun(number, env.Timestamp) {
		excess := eip4844.CalcExcessBlobGas(config, parent, env.Timestamp)
		header.ExcessBlobGas = &excess
		header.BlobGasUsed = &blobGas
	} else if blobGas > 0 {
		return nil, fmt.Errorf("%w: blob transactions before Cancun", ErrInvalidTransaction)
	}
	return header, nil
}

// missingData reports whether execution needed data the witness does not carry.
func missingData(statedb *state.StateDB, chain *headerChain) error {
	if err := statedb.Error(); err != nil {
		return fmt.Errorf("%w: %v", ErrMissingWitnessData, err)
	}
	if chain.missed.Load() {
		return fmt.Errorf("%w: an ancestor header needed for BLOCKHASH", ErrMissingWitnessData)
	}
	return nil
}

// classifyProcessError maps go-ethereum's processing errors onto our sentinels.
// The state processor reports a transaction it cannot apply (nonce, signature,
// balance, intrinsic gas, block gas limit, type not enabled) as "could not apply tx
// N [hash]: cause", wrapping core's own sentinel, which stays reachable through
// errors.Is; everything else it returns concerns the block (system calls, requests).
// The EEST reject:tx and reject:block fixtures pin this distinction.
func classifyProcessError(err error) error {
	if strings.HasPrefix(err.Error(), "could not apply tx ") {
		return fmt.Errorf("%w: %w", ErrInvalidTransaction, err)
	}
	return fmt.Errorf("%w: %w", ErrInvalidBlock, err)
}

// finish fills in what execution computed and applies the post-execution rules.
func finish(config *params.ChainConfig, header *types.Header, block *types.Block, statedb *state.StateDB, res *core.ProcessResult, stateRoot common.Hash, expectedReceipts *common.Hash) (*Result, error) {
	header.GasUsed = res.GasUsed
	header.Root = stateRoot
	// The processor has merged each receipt's bloom into its own, alongside
	// execution; merging the receipts' blooms again is an OR per receipt.
	header.Bloom = types.MergeBloom(res.Receipts)
	if config.IsPrague(header.Number, header.Time) {
		h := types.CalcRequestsHash(res.Requests)
		header.RequestsHash = &h
	}
	header.ReceiptHash = receiptsRoot(config, header, statedb, res, expectedReceipts)
	enc, err := rlp.EncodeToBytes(header)
	if err != nil {
		return nil, fmt.Errorf("%w: encoding the header: %v", ErrExecutionFault, err)
	}
	if config.IsOsaka(header.Number, header.Time) {
		size, err := blockSize(uint64(len(enc)), block.Transactions(), block.Withdrawals())
		if err != nil {
			return nil, fmt.Errorf("%w: measuring the block: %v", ErrExecutionFault, err)
		}
		if size > params.MaxBlockSize {
			return nil, fmt.Errorf("%w: block is %d bytes, at most %d (EIP-7934)", ErrInvalidBlock, size, params.MaxBlockSize)
		}
	}
	return &Result{
		Header:       types.CopyHeader(header), // header.Extra is the caller's Env.Extra
		Hash:         crypto.Keccak256Hash(enc),
		StateRoot:    header.Root,
		ReceiptsRoot: header.ReceiptHash,
		LogsBloom:    header.Bloom,
		GasUsed:      header.GasUsed,
		Receipts:     res.Receipts,
		Requests:     res.Requests,
	}, nil
}

// receiptsRoot returns the root of the block's receipts trie. go-ethereum's
// processor builds it alongside execution and exposes it only to its block
// validator, which compares it with a header's: so when the caller expects a
// root, the validator checks the complete header carrying it (every other
// field is the computed one), and the root is derived again only when that
// check fails, that is when the expectation is wrong.
func receiptsRoot(config *params.ChainConfig, header *types.Header, statedb *state.StateDB, res *core.ProcessResult, expected *common.Hash) common.Hash {
	if expected != nil {
		claimed := types.CopyHeader(header)
		claimed.ReceiptHash = *expected
		if core.NewBlockValidator(config, nil).ValidateState(types.NewBlockWithHeader(claimed), statedb, res, false) == nil {
			return *expected
		}
	}
	return types.DeriveSha(res.Receipts, trie.NewStackTrie(nil))
}

// blockSize is the length of the block's RLP encoding, rlp([header, txs,
// uncles, withdrawals?]), computed from its parts without encoding it: the
// header's encoding is headerSize bytes, an executed block has no uncles (an
// empty list, one byte) and carries its withdrawals list from Shanghai on.
// TestBlockSize checks it equals types.Block.Size over every block of the
// corpus and the vectors.
func blockSize(headerSize uint64, txs types.Transactions, withdrawals types.Withdrawals) (uint64, error) {
	var txsSize uint64
	for _, tx := range txs {
		size, err := txSize(tx)
		if err != nil {
			return 0, err
		}
		txsSize += size
	}
	size := headerSize + rlp.ListSize(txsSize) + rlp.ListSize(0)
	if withdrawals != nil {
		enc, err := rlp.EncodeToBytes(withdrawals)
		if err != nil {
			return 0, err
		}
		size += uint64(len(enc))
	}
	return rlp.ListSize(size), nil
}

// txSize is the length of a transaction's encoding inside a block: a legacy
// transaction is its RLP list, whose length Size reports; a typed one is an RLP
// string holding its type byte and payload (Size bytes, at least two, so its
// string header is as long as a list header of that length). A transaction
// carrying a blob sidecar is encoded with it, and Size only approximates that
// length, so it is measured by encoding it.
func txSize(tx *types.Transaction) (uint64, error) {
	if tx.BlobTxSidecar() != nil {
		enc, err := rlp.EncodeToBytes(tx)
		return uint64(len(enc)), err
	}
	if tx.Type() == types.LegacyTxType {
		return tx.Size(), nil
	}
	return rlp.ListSize(tx.Size()), nil
}
