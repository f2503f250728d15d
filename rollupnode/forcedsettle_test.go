package rollupnode_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/rollupnode"
)

// trialEngine is an in-process L2 engine on the devnet's L2 genesis with
// blocks 1 (a transfer) and 2 (empty) built on it through the Engine API, 2 its head.
func trialEngine(t *testing.T) (*rollupnode.RPCEngine, uint64, []*types.Header) {
	t.Helper()
	precompile.Register(l2.L1Config())
	cfg := rollupnode.DefaultDevnetConfig()
	genesis, _, err := rollupnode.DevnetGenesis(common.Address{}, cfg)
	require.NoError(t, err)
	node, err := rollupnode.NewEngineNode(rollupnode.EngineConfig{Genesis: genesis, HTTPAddr: "127.0.0.1", AuthAddr: "127.0.0.1"})
	require.NoError(t, err)
	t.Cleanup(func() { node.Close() })
	eng := rollupnode.NewRPCEngine(node.Attach())
	ctx := context.Background()
	chainID := genesis.Config.ChainID.Uint64()
	head, err := eng.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	headers := []*types.Header{head}
	for k, txs := range [][]*types.Transaction{{transferTx(t, chainID, 1, 0, head)}, nil} {
		anchor := common.Hash{byte(k + 1)}
		attrs := &engine.PayloadAttributes{Timestamp: head.Time + 12, Random: common.Hash{0xaa, byte(k)}, SuggestedFeeRecipient: common.Address{0xfe}, Withdrawals: []*types.Withdrawal{}, BeaconRoot: &anchor}
		raw := []hexutil.Bytes{}
		for _, tx := range txs {
			b, err := tx.MarshalBinary()
			require.NoError(t, err)
			raw = append(raw, b)
		}
		env, err := eng.BuildWithTransactions(ctx, head.Hash(), attrs, raw, []byte("nr-trial"))
		require.NoError(t, err)
		require.NoError(t, eng.NewPayload(ctx, env, anchor))
		_, err = eng.ForkchoiceUpdated(ctx, env.ExecutionPayload.BlockHash, nil)
		require.NoError(t, err)
		head, err = eng.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		require.Equal(t, env.ExecutionPayload.BlockHash, head.Hash())
		require.Len(t, env.ExecutionPayload.Transactions, len(txs))
		headers = append(headers, head)
	}
	return eng, chainID, headers
}

// transferTx is a 1 gwei transfer from dev account k with nonce, paying
// enough for the block after parent.
func transferTx(t *testing.T, chainID uint64, k int, nonce uint64, parent *types.Header) *types.Transaction {
	t.Helper()
	to := common.Address{0x7e, 0x57}
	tx, err := types.SignNewTx(l2.DevKey(k), types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Mul(parent.BaseFee, big.NewInt(4)),
		Gas: params.TxGas, To: &to, Value: big.NewInt(params.GWei),
	})
	require.NoError(t, err)
	return tx
}

// TestTrialSettleableOnPastParent: a forced entry alone on block 1 under block
// 2's environment and anchor is built by nr_buildBlockOn while block 2 is the
// head; the head stays, the trial block is a side block with block 2's
// environment, and the input the proof makes executes valid with EXECUTE to
// the trial block's hash (its witness without keys); a small transfer is
// settleable.
func TestTrialSettleableOnPastParent(t *testing.T) {
	eng, chainID, headers := trialEngine(t)
	ctx := context.Background()
	parent, like := headers[1], headers[2]
	tx := transferTx(t, chainID, 2, 0, parent)

	settleable, input, block, err := rollupnode.TrialForTest(ctx, eng, chainID, parent, like, tx)
	require.NoError(t, err)
	require.True(t, settleable, "one transfer's block is settleable")

	head, err := eng.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, like.Hash(), head.Hash(), "the trial leaves the head alone")
	require.NotEqual(t, like.Hash(), block, "the trial block is not block 2")
	require.Equal(t, parent.Hash(), input.ParentHash)
	require.Equal(t, parent.Root, input.PreStateRoot)
	require.Equal(t, like.Time, input.Timestamp)
	require.Equal(t, like.GasLimit, input.GasLimit)
	require.Equal(t, like.Coinbase, input.FeeRecipient)
	require.Equal(t, like.MixDigest, input.PrevRandao)
	require.Equal(t, like.Extra, input.ExtraData)
	require.Equal(t, *like.ParentBeaconRoot, input.Anchor)
	txs, err := precompile.DecodeTransactions(input.Transactions, chainID, input.GasLimit)
	require.NoError(t, err)
	require.Len(t, txs, 1)
	require.Equal(t, tx.Hash(), txs[0].Hash(), "the trial holds the entry alone")

	w, err := precompile.DecodeWitness(input.Witness)
	require.NoError(t, err)
	require.Empty(t, w.Keys, "measured without keys, which EXECUTE never reads")
	require.NotEmpty(t, w.State)

	v, err := precompile.NewExecute(l2.L1Config()).Verify(ctx, input.Encode())
	require.NoError(t, err)
	require.True(t, v.Valid, "EXECUTE of the trial: %v", v.Mismatches())
	require.Equal(t, block, v.BlockHash)
}

// TestTrialSettleableOtherGasLimit: a disputed block whose proposer chose a gas
// limit other than the engine's ceiling (one above and the lowest one below
// the parent's that the ±1/1024 rule allows) is rebuilt with exactly that
// limit, not the one go-ethereum's miner steers to, and EXECUTE finds the
// trial valid under it.
func TestTrialSettleableOtherGasLimit(t *testing.T) {
	eng, chainID, headers := trialEngine(t)
	ctx := context.Background()
	parent, like := headers[1], headers[2]
	for _, limit := range []uint64{parent.GasLimit + 1, parent.GasLimit - (parent.GasLimit/1024 - 1)} {
		other := types.CopyHeader(like)
		other.GasLimit = limit
		settleable, input, block, err := rollupnode.TrialForTest(ctx, eng, chainID, parent, other, transferTx(t, chainID, 2, 0, parent))
		require.NoError(t, err, "gas limit %d", limit)
		require.True(t, settleable, "gas limit %d", limit)
		require.Equal(t, limit, input.GasLimit)
		v, err := precompile.NewExecute(l2.L1Config()).Verify(ctx, input.Encode())
		require.NoError(t, err)
		require.True(t, v.Valid, "EXECUTE of the trial with gas limit %d: %v", limit, v.Mismatches())
		require.Equal(t, block, v.BlockHash)
	}
	head, err := eng.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, like.Hash(), head.Hash(), "the trials leave the head alone")
}

// TestTrialSettleableErrors: an entry the engine refuses on the parent (a
// nonce ahead), a parent the engine lacks and a disputed block whose gas limit
// no valid block on the parent has are errors, not verdicts; an engine without
// nr_buildBlockOn says to run the in-process one.
func TestTrialSettleableErrors(t *testing.T) {
	eng, chainID, headers := trialEngine(t)
	ctx := context.Background()
	parent, like := headers[1], headers[2]

	_, _, _, err := rollupnode.TrialForTest(ctx, eng, chainID, parent, like, transferTx(t, chainID, 2, 5, parent))
	require.ErrorContains(t, err, "it was judged able to execute there")
	require.ErrorContains(t, err, "nonce too high")

	missing := types.CopyHeader(parent)
	missing.Extra = []byte("not a block of this engine")
	_, _, _, err = rollupnode.TrialForTest(ctx, eng, chainID, missing, like, transferTx(t, chainID, 2, 0, parent))
	require.ErrorContains(t, err, "is not a block of this engine")

	unreachable := types.CopyHeader(like)
	unreachable.GasLimit = parent.GasLimit + parent.GasLimit/1024
	_, _, _, err = rollupnode.TrialForTest(ctx, eng, chainID, parent, unreachable, transferTx(t, chainID, 2, 0, parent))
	require.ErrorContains(t, err, fmt.Sprintf("gas limit %d is out of reach of parent %s's %d", unreachable.GasLimit, parent.Hash(), parent.GasLimit))

	bare := rpc.NewServer()
	defer bare.Stop()
	_, _, _, err = rollupnode.TrialForTest(ctx, rollupnode.NewRPCEngine(rpc.DialInProc(bare)), chainID, parent, like, transferTx(t, chainID, 2, 0, parent))
	require.ErrorIs(t, err, rollupnode.ErrNoBuildOn)
}
