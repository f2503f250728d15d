package solidity

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/solidity/bindings"
)

// MaxForcedPerBlock is OptimisticForcedQueue.MAX_FORCED_PER_BLOCK: the most queue
// entries one L2 block of the optimistic host takes (includes or skips).
const MaxForcedPerBlock = 16

// ForcedSkipReason is ForcedQueue.SkipReason: why a queued transaction cannot
// execute as the first transaction of a block on a given state.
type ForcedSkipReason uint8

const (
	SkipNonce      ForcedSkipReason = iota // the sender's nonce differs from the transaction's
	SkipBalance                            // balance below gasLimit * maxFeePerGas + value
	SkipSenderCode                         // the sender has code that is not an EIP-7702 delegation
	SkipFeeCap                             // maxFeePerGas below the next block's base fee
)

func (r ForcedSkipReason) String() string {
	switch r {
	case SkipNonce:
		return "nonce"
	case SkipBalance:
		return "balance"
	case SkipSenderCode:
		return "sender code"
	case SkipFeeCap:
		return "fee cap"
	}
	return fmt.Sprintf("reason %d", uint8(r))
}

// ForcedAccount is what ForcedQueue reads of a queued transaction's sender from
// an L2 state: an absent account is the zero value.
type ForcedAccount struct {
	Nonce   uint64
	Balance *big.Int
	Code    []byte
}

// JudgeForced is ForcedQueue._judge (and OptimisticForcedQueue's
// judgeForcedTransaction): whether tx, signed by an account in state a, can
// execute as the first transaction of the block after parent, by go-ethereum's
// state-dependent checks in the contract's order; if not, the first that fails.
// config is the L2's chain config (its EIP-1559 parameters give the next base fee).
func JudgeForced(tx *types.Transaction, a ForcedAccount, parent *types.Header, config *params.ChainConfig) (bool, ForcedSkipReason) {
	if a.Nonce != tx.Nonce() {
		return false, SkipNonce
	}
	balance := a.Balance
	if balance == nil {
		balance = new(big.Int)
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(tx.Gas()), tx.GasFeeCap())
	if balance.Cmp(cost.Add(cost, tx.Value())) < 0 {
		return false, SkipBalance
	}
	if len(a.Code) > 0 {
		if _, ok := types.ParseDelegation(a.Code); !ok {
			return false, SkipSenderCode
		}
	}
	if tx.GasFeeCap().Cmp(eip1559.CalcBaseFee(config, parent)) < 0 {
		return false, SkipFeeCap
	}
	return true, 0
}

// ForcedVerdict is a value of OptimisticForcedQueue.forcedVerdicts: what
// judgeForcedTransaction recorded about a queue entry on top of an L2 block.
type ForcedVerdict uint8

const (
	// ForcedValid (FORCED_VALID): the entry can execute first on the block, which
	// is older than the entry or within the sequencer's inclusion grace: a block
	// that does not include it stops there.
	ForcedValid ForcedVerdict = 1
	// ForcedInvalid (FORCED_INVALID): the entry cannot execute there: skipped.
	ForcedInvalid ForcedVerdict = 2
	// ForcedValidLate (FORCED_VALID_LATE): the entry can execute and the grace has
	// passed: a block that does not include it skips it unless it was proven
	// settleable under the block's key (ForcedBlockKey).
	ForcedValidLate ForcedVerdict = 3
)

func (v ForcedVerdict) String() string {
	switch v {
	case ForcedValid:
		return "valid"
	case ForcedInvalid:
		return "invalid"
	case ForcedValidLate:
		return "valid late"
	}
	return fmt.Sprintf("verdict %d", uint8(v))
}

// JudgeQueued is OptimisticForcedQueue.judgeForcedTransaction for an entry queued
// at L1 time queuedAt with forcedInclusionDelay delay, judged on top of parent,
// where its sender is a: in order, ForcedValid for a parent older than the entry
// (no block older than an entry may skip it), ForcedInvalid with JudgeForced's
// reason, ForcedValid for a parent before the grace queuedAt + delay/2 ends, else
// ForcedValidLate.
func JudgeQueued(tx *types.Transaction, queuedAt, delay uint64, a ForcedAccount, parent *types.Header, config *params.ChainConfig) (ForcedVerdict, ForcedSkipReason) {
	if parent.Time < queuedAt {
		return ForcedValid, 0
	}
	if ok, reason := JudgeForced(tx, a, parent, config); !ok {
		return ForcedInvalid, reason
	}
	// uint64 arithmetic is exact: queuedAt is an L1 time and delay at most a day.
	if parent.Time < queuedAt+delay/2 {
		return ForcedValid, 0
	}
	return ForcedValidLate, 0
}

// forcedBlockKeyArgs is the ABI tuple forcedBlockKey encodes: (bytes32, Execute.BlockEnv, bytes32).
var forcedBlockKeyArgs = func() abi.Arguments {
	env, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "timestamp", Type: "uint64"}, {Name: "gasLimit", Type: "uint64"}, {Name: "feeRecipient", Type: "address"},
		{Name: "prevRandao", Type: "bytes32"}, {Name: "extraData", Type: "bytes"},
	})
	if err != nil {
		panic(err) // a constant type: cannot fail
	}
	word, _ := abi.NewType("bytes32", "", nil)
	return abi.Arguments{{Type: word}, {Type: env}, {Type: word}}
}()

// ForcedBlockKey is OptimisticForcedQueue.sol's forcedBlockKey: the key under
// which proveForcedSettleable records an entry settleable in an L2 block with
// parent parentHash, environment env and anchor (the header's parent beacon
// root), keccak256(abi.encode(parentHash, env, anchor)).
func ForcedBlockKey(parentHash common.Hash, env bindings.ExecuteBlockEnv, anchor common.Hash) common.Hash {
	enc, err := forcedBlockKeyArgs.Pack([32]byte(parentHash), env, [32]byte(anchor))
	if err != nil {
		panic(err) // every field has its ABI type: cannot fail
	}
	return crypto.Keccak256Hash(enc)
}

// ForcedBlockEnv is the Execute.BlockEnv of the block with header h, and its
// anchor (the parent beacon root): with the parent's hash, ForcedBlockKey's input.
func ForcedBlockEnv(h *types.Header) (bindings.ExecuteBlockEnv, common.Hash) {
	var anchor common.Hash
	if h.ParentBeaconRoot != nil {
		anchor = *h.ParentBeaconRoot
	}
	return bindings.ExecuteBlockEnv{Timestamp: h.Time, GasLimit: h.GasLimit, FeeRecipient: h.Coinbase, PrevRandao: h.MixDigest, ExtraData: h.Extra}, anchor
}

// ForcedEntryKey is OptimisticForcedQueue's _verdictKey, keccak256(abi.encode(
// block, index)): the key of forcedVerdicts for entry index on top of the L2
// block whose hash is block, and of forcedSettleable for entry index in blocks
// whose ForcedBlockKey is block.
func ForcedEntryKey(block common.Hash, index uint64) common.Hash {
	return crypto.Keccak256Hash(block[:], common.BigToHash(new(big.Int).SetUint64(index)).Bytes())
}

// ErrForcedVerdictMissing is what ForcedTaken returns when a verdict it needs is
// unknown: OptimisticForcedQueue.taken reverts with ForcedVerdictMissing then.
var ErrForcedVerdictMissing = errors.New("forced queue: verdict missing")

// ForcedTaken is OptimisticForcedQueue.taken: how far an L2 block with
// transactions txs takes the forced queue from its parent's index from, never to
// end (its proposal's end index) or past. queued(i) is entry i's transaction hash;
// verdict(i) is entry i's verdict on the block's parent (JudgeQueued), or an
// error (ErrForcedVerdictMissing, or one of the caller's reading the state);
// settleable(i) says whether entry i was proven settleable under the block's key
// (ForcedBlockKey; OptimisticForcedQueue.forcedSettleable), or returns the
// caller's error. Errors are returned. Entries matching the block's leading typed
// transactions are included; while none is, entries judged ForcedInvalid are
// skipped, and so are entries judged ForcedValidLate that are not settleable; at
// most MaxForcedPerBlock in all.
func ForcedTaken(txs []*types.Transaction, from, end uint64, queued func(i uint64) common.Hash, verdict func(i uint64) (ForcedVerdict, error), settleable func(i uint64) (bool, error)) (uint64, error) {
	var leading []common.Hash
	for _, tx := range txs {
		if len(leading) == MaxForcedPerBlock || tx.Type() == types.LegacyTxType {
			break
		}
		leading = append(leading, tx.Hash())
	}
	index, next := from, 0
	for index < end && index < from+MaxForcedPerBlock {
		if next < len(leading) && leading[next] == queued(index) {
			next++
			index++
			continue
		}
		if next > 0 {
			break
		}
		v, err := verdict(index)
		if err != nil {
			return 0, fmt.Errorf("entry %d: %w", index, err)
		}
		if v == ForcedValid {
			break
		}
		if v == ForcedValidLate {
			proven, err := settleable(index)
			if err != nil {
				return 0, fmt.Errorf("entry %d: %w", index, err)
			}
			if proven {
				break
			}
		}
		index++
	}
	return index, nil
}
