package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
)

// SendL1ForTest sends value from key to to on L1 and waits for it.
func SendL1ForTest(ctx context.Context, ec *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int) (*types.Receipt, error) {
	return sendSigned(ctx, ec, key, to, value, 21_000, nil)
}

// FilterLogsForTest is filterLogs with a query span the test chooses.
func FilterLogsForTest(ctx context.Context, l1 interface {
	FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error)
}, q ethereum.FilterQuery, from, to, span uint64) ([]types.Log, error) {
	return filterLogs(ctx, l1, q, from, to, span)
}

// MaxLogQueryBlocks is the span the rollup node's log reads use.
const MaxLogQueryBlocks = maxLogQueryBlocks

// WaitSkipForTest returns once q has no skip of a queued forced transaction in flight.
func WaitSkipForTest(q *ForcedQueue) { q.waitSkip() }

// HeldForTest is the queue indices whose entries q holds, in order.
func HeldForTest(q *ForcedQueue) []uint64 {
	return slices.Sorted(maps.Keys(q.entries))
}

// TrialForTest is trialSettleable of tx alone on parent under the environment
// and anchor of block like, with the EXECUTE input the proof makes.
func TrialForTest(ctx context.Context, eng Engine, chainID uint64, parent, like *types.Header, tx *types.Transaction) (settleable bool, input *precompile.Input, block common.Hash, err error) {
	env, anchor := solidity.ForcedBlockEnv(like)
	ok, p, err := trialSettleable(ctx, eng, chainID, parent, env, anchor, tx)
	if err != nil {
		return false, nil, common.Hash{}, err
	}
	return ok, &precompile.Input{
		ChainID: chainID, ParentHash: p.ParentHash, PreStateRoot: p.ParentStateRoot,
		Timestamp: p.Env.Timestamp, GasLimit: p.Env.GasLimit, FeeRecipient: p.Env.FeeRecipient, PrevRandao: p.Env.PrevRandao, ExtraData: p.Env.ExtraData,
		Anchor: p.Anchor, PostStateRoot: p.Claims.PostStateRoot, ReceiptsRoot: p.Claims.ReceiptsRoot, GasUsed: p.Claims.GasUsed,
		Transactions: p.Transactions, Witness: p.Witness,
	}, p.Block, nil
}
