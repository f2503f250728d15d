package l1node_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
)

// TestDevReorg: Reorg replaces the blocks after an ancestor with a longer
// branch; the replaced blocks are no longer canonical, a transaction they held
// is mined again in the new branch (it went back to the pool), or, with drop,
// is forgotten; a node without the simulated beacon and a finalized ancestor
// are refused.
func TestDevReorg(t *testing.T) {
	n := startNode(t, devConfig())
	ec, _ := client(t, n.HTTPEndpoint())
	ctx := context.Background()
	to := common.Address{0x4e, 0x06}
	var first uint64
	var moved common.Hash
	for i := range 3 {
		r := sendAndWait(t, ec, signTx(t, ec, l1node.DevKey(1), &to, params.TxGas, nil))
		if i == 0 {
			first, moved = r.BlockNumber.Uint64(), r.TxHash
		}
	}
	ancestor, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(first-1))
	require.NoError(t, err)
	old, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	replaced, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(first))
	require.NoError(t, err)

	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	r, err := n.Reorg(rctx, ancestor.Hash(), false)
	require.NoError(t, err)
	require.Equal(t, ancestor.Hash(), r.Ancestor.Hash())
	require.Equal(t, old.Hash(), r.OldHead.Hash())
	require.Greater(t, r.NewHead.Number.Uint64(), old.Number.Uint64(), "the new branch is longer")

	now, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(first))
	require.NoError(t, err)
	require.NotEqual(t, replaced.Hash(), now.Hash(), "block %d was replaced", first)
	require.Equal(t, ancestor.Hash(), now.ParentHash, "the new branch grows on the ancestor")
	rec := waitReceipt(t, ec, moved)
	require.NotEqual(t, replaced.Hash(), rec.BlockHash, "the replaced block's transaction was mined again, in the new branch")
	canon, err := ec.HeaderByNumber(ctx, rec.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, canon.Hash(), rec.BlockHash)

	// With drop, the replaced block's transaction is forgotten, not mined again.
	gone := signTx(t, ec, l1node.DevKey(1), &to, params.TxGas, nil)
	gr := sendAndWait(t, ec, gone)
	parent, err := ec.HeaderByNumber(ctx, new(big.Int).Sub(gr.BlockNumber, big.NewInt(1)))
	require.NoError(t, err)
	_, err = n.Reorg(rctx, parent.Hash(), true)
	require.NoError(t, err)
	_, err = ec.TransactionReceipt(ctx, gone.Hash())
	require.ErrorIs(t, err, ethereum.NotFound, "the dropped transaction is in no block")
	_, pending, err := ec.TransactionByHash(ctx, gone.Hash())
	require.ErrorIs(t, err, ethereum.NotFound, "nor in the pool (pending %v)", pending)
	nonce, err := ec.NonceAt(ctx, addr(l1node.DevKey(1)), nil)
	require.NoError(t, err)
	require.Equal(t, gone.Nonce(), nonce, "its nonce is free again")

	_, err = n.Reorg(ctx, common.Hash{1}, false)
	require.ErrorContains(t, err, "not a block of this chain")
	_, err = n.Reorg(ctx, replaced.Hash(), false)
	require.ErrorContains(t, err, "not canonical")

	// The simulated beacon finalizes every 32nd block; a reorg stops there.
	for {
		head, err := ec.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		if head.Number.Uint64() > 33 {
			break
		}
		sendAndWait(t, ec, signTx(t, ec, l1node.DevKey(1), &to, params.TxGas, nil))
	}
	genesisChild, err := ec.HeaderByNumber(ctx, big.NewInt(1))
	require.NoError(t, err)
	_, err = n.Reorg(ctx, genesisChild.Hash(), false)
	require.ErrorIs(t, err, l1node.ErrFinalized)

	_, err = (&l1node.Node{}).Reorg(ctx, ancestor.Hash(), false)
	require.True(t, errors.Is(err, l1node.ErrNotDev), "a node without the simulated beacon: %v", err)
}
