package rollupnode_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
)

// TestDevnetRestart: a devnet with a data directory settles blocks (a transfer
// among them), shuts down and starts again on the same directory: the same
// host, the L2 chain and the transfer are still there, blocks sealed but not
// settled before the shutdown are settled first, and numbering and settlement
// go on without a gap until the host's head is the L2 engine's block again.
func TestDevnetRestart(t *testing.T) {
	dir := t.TempDir()
	withDir := func(c *rollupnode.DevnetConfig) { c.DataDir = dir }
	ctx := context.Background()

	first := startDevnet(t, withDir)
	l2c, err := ethclient.Dial(first.L2.HTTPEndpoint())
	require.NoError(t, err)
	to := common.Address{0x7e, 0x57}
	tx := sendL2(t, l2c, l2.DevKey(2), &to, big.NewInt(params.GWei), params.TxGas, nil)
	r := waitReceipt(t, l2c, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	first.waitSettled(t, r.BlockNumber.Uint64()+1, 60*time.Second)
	host := first.Host
	l2c.Close()
	require.NoError(t, first.Close())
	lastBefore := first.lastSettled()
	t.Logf("at shutdown: last settled L2 block %d", lastBefore)

	second := startDevnet(t, withDir)
	require.Equal(t, host, second.Host, "the same host after a restart")
	second.waitSettled(t, lastBefore+3, 60*time.Second)
	second.mu.Lock()
	require.Equal(t, lastBefore+1, second.settled[0].Block.NumberU64(), "settlement resumes after the host's head, without a gap")
	for i := 1; i < len(second.settled); i++ {
		require.Equal(t, second.settled[i-1].Block.NumberU64()+1, second.settled[i].Block.NumberU64())
	}
	second.mu.Unlock()

	l2c, err = ethclient.Dial(second.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	again, err := l2c.TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err, "the transfer survives the restart")
	require.Equal(t, r.BlockHash, again.BlockHash)
	bal, err := l2c.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(params.GWei), bal)

	l1c, err := ethclient.Dial(second.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	n, hash := hostAt(t, l1c, host, mustHead(t, l1c).Hash())
	h, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	require.NoError(t, err)
	require.Equal(t, h.Hash(), hash, "the host's head is the restarted engine's block %d", n)
}
