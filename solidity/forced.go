package solidity

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
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

// JudgeQueued is OptimisticForcedQueue.judgeForcedTransaction: JudgeForced, except
// that a parent whose timestamp is before queuedAt (the L1 time the entry was
// queued) is judged valid, since no block older than an entry may skip it.
func JudgeQueued(tx *types.Transaction, queuedAt uint64, a ForcedAccount, parent *types.Header, config *params.ChainConfig) (bool, ForcedSkipReason) {
	if parent.Time < queuedAt {
		return true, 0
	}
	return JudgeForced(tx, a, parent, config)
}

// ErrForcedVerdictMissing is what ForcedTaken returns when a verdict it needs is
// unknown: OptimisticForcedQueue.taken reverts with ForcedVerdictMissing then.
var ErrForcedVerdictMissing = errors.New("forced queue: verdict missing")

// ForcedTaken is OptimisticForcedQueue.taken: how far an L2 block with
// transactions txs takes the forced queue from its parent's index from, never to
// end (its proposal's end index) or past. queued(i) is entry i's transaction hash;
// valid(i) says whether entry i can execute first on the block's parent
// (JudgeForced), or returns an error (ErrForcedVerdictMissing, or one of the
// caller's reading the state), which ForcedTaken returns. Entries matching the
// block's leading typed transactions are included; while none is, entries that
// cannot execute are skipped; at most MaxForcedPerBlock in all.
func ForcedTaken(txs []*types.Transaction, from, end uint64, queued func(i uint64) common.Hash, valid func(i uint64) (bool, error)) (uint64, error) {
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
		ok, err := valid(index)
		if err != nil {
			return 0, fmt.Errorf("entry %d: %w", index, err)
		}
		if ok {
			break
		}
		index++
	}
	return index, nil
}

// MarkedBlockEnv is the environment of the canonical block of a mark made on
// the accepted L2 head whose header is head (ForcedInclusion.markForcedUnsettleable,
// NativeRollup.refuteMark): the block after it, one second later, at its gas
// limit, with fee recipient and prevRandao zero and no extra data, anchored to
// the hash of the L1 block the mark names. A marker builds exactly this block,
// starting with the queued entry, and marks only if it is not Settleable (with
// the smallest witness it can make); a refuter settles it. Nothing in it is the
// refuter's choice, and an advance at the mark could have been this very block.
func MarkedBlockEnv(head *types.Header) bindings.ExecuteBlockEnv {
	return bindings.ExecuteBlockEnv{Timestamp: head.Time + 1, GasLimit: head.GasLimit, ExtraData: []byte{}}
}
