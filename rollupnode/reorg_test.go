package rollupnode_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity/bindings"
)

// hostAt is the head (number, hash) of a RollupHost (MyRollup or the
// optimistic host: the same getters) in the state of L1 block at.
func hostAt(t *testing.T, l1c *ethclient.Client, host common.Address, at common.Hash) (uint64, common.Hash) {
	t.Helper()
	ctx := context.Background()
	my := bindings.NewMyRollup()
	out, err := l1c.CallContractAtHash(ctx, ethereum.CallMsg{To: &host, Data: my.PackBlockNumber()}, at)
	require.NoError(t, err)
	n, err := my.UnpackBlockNumber(out)
	require.NoError(t, err)
	out, err = l1c.CallContractAtHash(ctx, ethereum.CallMsg{To: &host, Data: my.PackBlockHash()}, at)
	require.NoError(t, err)
	h, err := my.UnpackBlockHash(out)
	require.NoError(t, err)
	return n, h
}

// TestDevnetFollowsL1Reorg: the devnet settles L2 blocks (transfers among
// them) and a follower rebuilds them from L1; then an L1 reorg (the simulated
// beacon's Fork, then a longer branch) replaces the L1 blocks from just before
// the anchor of a settled L2 block k onwards, so the host's head goes back
// below k and block k's anchor is gone. The sequencer's settlement resyncs:
// it rolls the L2 head back below k with engine_forkchoiceUpdated and makes
// new blocks from k (the transfers of the dropped blocks included again), and
// the host's head catches up past where it was; the follower drops the blocks
// whose events the reorg removed, re-derives from the new L1 chain and reaches
// the sequencer's head hash, block k being the new one. A second reorg takes
// back the advance of a settled block j whose anchor stays, and the L1 pool
// forgets it: settlement sends block j again unchanged, and the host and the
// follower reach the sequencer's head again.
func TestDevnetFollowsL1Reorg(t *testing.T) {
	var mu sync.Mutex
	var resyncs []*rollupnode.Resynced
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) {
		c.MetricsAddr = "127.0.0.1:0"
		c.OnResync = func(r *rollupnode.Resynced) {
			t.Log(r)
			mu.Lock()
			resyncs = append(resyncs, r)
			mu.Unlock()
		}
	})
	ctx := context.Background()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()

	// A follower, in an engine of its own, from L1 data alone.
	fc := runFollower(t, d, l1c)

	// Transfers in separate L2 blocks, all settled.
	to := common.Address{0x4e, 0x06, 0x12}
	var txs []*types.Transaction
	var receipts []*types.Receipt
	for range 4 {
		tx := sendL2(t, l2c, l2.DevKey(2), &to, big.NewInt(params.GWei), params.TxGas, nil)
		txs = append(txs, tx)
		receipts = append(receipts, waitReceipt(t, l2c, tx.Hash()))
	}
	d.waitSettled(t, receipts[len(receipts)-1].BlockNumber.Uint64()+1, 60*time.Second)

	// Block k is the second transfer's; fork from the L1 block before its
	// anchor once the follower has rebuilt past it. The simulated beacon
	// finalizes every 32nd block and a reorg never replaces a finalized one:
	// then take a recent k (a slow machine may have passed L1 block 32).
	rctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	k := receipts[1].BlockNumber.Uint64()
	var (
		ancestor *types.Header
		oldK     *types.Header
		reorg    *l1node.Reorged
	)
	for {
		d.mu.Lock()
		sealed := d.settled[k-1]
		d.mu.Unlock()
		require.Equal(t, k, sealed.Block.NumberU64())
		ancestor, err = l1c.HeaderByNumber(ctx, new(big.Int).SetUint64(sealed.Anchor-1))
		require.NoError(t, err)
		oldK = sealed.Block.Header()
		hostBefore, _ := hostAt(t, l1c, d.Host, mustHead(t, l1c).Hash())
		waitFor(t, 60*time.Second, "the follower to reach the host's head before the reorg", func() bool {
			return mustHead(t, fc).Number.Uint64() >= hostBefore
		})
		reorg, err = d.L1.Reorg(rctx, ancestor.Hash(), false)
		if !errors.Is(err, l1node.ErrFinalized) {
			require.NoError(t, err)
			break
		}
		t.Logf("L1 block %d is finalized: taking a later L2 block", ancestor.Number)
		d.waitSettled(t, d.lastSettled()+2, 60*time.Second)
		k = d.lastSettled() - 1
	}
	t.Logf("L1 reorg: blocks %d..%d replaced on L1 block %d, new head %d", ancestor.Number.Uint64()+1, reorg.OldHead.Number, ancestor.Number, reorg.NewHead.Number)
	atAncestor, _ := hostAt(t, l1c, d.Host, ancestor.Hash())
	atOldHead, _ := hostAt(t, l1c, d.Host, reorg.OldHead.Hash())
	require.Less(t, atAncestor, k, "the reorg removed the settlement of block k")
	require.GreaterOrEqual(t, atOldHead, k+1, "the replaced L1 blocks had settled L2 blocks k and k+1")

	// The sequencer follows: the host's head passes where it was, and is the
	// L2 engine's block; block k is a new one (its anchor is gone).
	target := atOldHead + 2
	waitFor(t, 90*time.Second, "the host's head to catch up after the reorg", func() bool {
		select {
		case err := <-d.Err():
			t.Fatalf("the devnet stopped: %v", err)
		default:
		}
		n, _ := hostAt(t, l1c, d.Host, mustHead(t, l1c).Hash())
		return n >= target
	})
	hostNumber, hostHash := hostAt(t, l1c, d.Host, mustHead(t, l1c).Hash())
	atHost, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
	require.NoError(t, err)
	require.Equal(t, atHost.Hash(), hostHash, "the host's head is the sequencer's L2 block %d", hostNumber)
	newK, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(k))
	require.NoError(t, err)
	require.NotEqual(t, oldK.Hash(), newK.Hash(), "L2 block %d, anchored to an L1 block the reorg replaced, was made again", k)
	mu.Lock()
	rolledBack := false
	for _, r := range resyncs {
		rolledBack = rolledBack || r.RolledBack > 0
	}
	mu.Unlock()
	require.True(t, rolledBack, "settlement rolled the L2 head back")

	// Every transfer is on the L2 chain once, in a canonical block.
	for _, tx := range txs {
		r := waitReceipt(t, l2c, tx.Hash())
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		canon, err := l2c.HeaderByNumber(ctx, r.BlockNumber)
		require.NoError(t, err)
		require.Equal(t, canon.Hash(), r.BlockHash)
	}
	bal, err := l2c.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(int64(len(txs))*params.GWei), bal)

	// The follower re-derived the new chain: the host's head hash and the
	// sequencer's new block k.
	waitFor(t, 60*time.Second, "the follower to reach the host's head after the reorg", func() bool {
		h, err := fc.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
		return err == nil && h.Hash() == hostHash
	})
	fk, err := fc.HeaderByNumber(ctx, new(big.Int).SetUint64(k))
	require.NoError(t, err)
	require.Equal(t, newK.Hash(), fk.Hash(), "the follower holds the new block %d", k)

	// A second reorg takes back the advance of a settled block j, whose anchor
	// stays, and the pool forgets it: settlement sends block j again, as it is.
	var (
		j        uint64
		jSettled *rollupnode.Settled
		oldJ     *types.Header
	)
	mu.Lock()
	before := len(resyncs)
	mu.Unlock()
	for {
		n := d.lastSettled()
		jSettled = nil
		d.mu.Lock()
		for _, st := range d.settled {
			if st.Block.NumberU64() == n-1 {
				jSettled = st // the latest settlement of n-1
			}
		}
		d.mu.Unlock()
		j = n - 1
		if j <= hostNumber || jSettled == nil {
			d.waitSettled(t, n+1, 60*time.Second)
			continue
		}
		oldJ, err = l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(j))
		require.NoError(t, err)
		require.Equal(t, oldJ.Hash(), jSettled.Block.Hash())
		ancestor, err = l1c.HeaderByNumber(ctx, new(big.Int).SetUint64(jSettled.L1Block-1))
		require.NoError(t, err)
		waitFor(t, 60*time.Second, "the follower to reach L2 block j", func() bool {
			return mustHead(t, fc).Number.Uint64() >= j
		})
		reorg, err = d.L1.Reorg(rctx, ancestor.Hash(), true)
		if !errors.Is(err, l1node.ErrFinalized) {
			require.NoError(t, err)
			break
		}
		t.Logf("L1 block %d is finalized: taking a later L2 block", ancestor.Number)
		d.waitSettled(t, n+2, 60*time.Second)
	}
	t.Logf("L1 reorg (transactions dropped): blocks %d..%d replaced on L1 block %d, new head %d", ancestor.Number.Uint64()+1, reorg.OldHead.Number, ancestor.Number, reorg.NewHead.Number)
	atAncestor, _ = hostAt(t, l1c, d.Host, ancestor.Hash())
	atOldHead, _ = hostAt(t, l1c, d.Host, reorg.OldHead.Hash())
	require.Less(t, atAncestor, j, "the reorg removed the settlement of block j")
	require.GreaterOrEqual(t, atOldHead, j)
	target = atOldHead + 2
	waitFor(t, 90*time.Second, "the host's head to catch up after the second reorg", func() bool {
		select {
		case err := <-d.Err():
			t.Fatalf("the devnet stopped: %v", err)
		default:
		}
		n, _ := hostAt(t, l1c, d.Host, mustHead(t, l1c).Hash())
		return n >= target
	})
	hostNumber, hostHash = hostAt(t, l1c, d.Host, mustHead(t, l1c).Hash())
	atHost, err = l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
	require.NoError(t, err)
	require.Equal(t, atHost.Hash(), hostHash, "the host's head is the sequencer's L2 block %d", hostNumber)
	sameJ, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(j))
	require.NoError(t, err)
	require.Equal(t, oldJ.Hash(), sameJ.Hash(), "L2 block %d, whose anchor stayed, was settled again as it was", j)
	mu.Lock()
	resettled := false
	for _, r := range resyncs[before:] {
		resettled = resettled || (r.Settle > 0 && r.Host < j && r.Host+uint64(r.Settle) >= j)
	}
	mu.Unlock()
	require.True(t, resettled, "settlement sent L2 block %d again", j)
	waitFor(t, 60*time.Second, "the follower to reach the host's head after the second reorg", func() bool {
		h, err := fc.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
		return err == nil && h.Hash() == hostHash
	})
	mu.Lock()
	var dropped uint64
	for _, r := range resyncs {
		dropped += r.RolledBack
	}
	n := uint64(len(resyncs))
	mu.Unlock()
	require.Equal(t, n, metric(t, d.MetricsURL(), "nr_rollup_settlement_resyncs"))
	require.Equal(t, dropped, metric(t, d.MetricsURL(), "nr_rollup_sequencer_rolledback"))
	require.GreaterOrEqual(t, dropped, uint64(2), "blocks k and k+1 at least were rolled back")
}

// runFollower runs a follower of d's host in an L2 engine of its own, from L1
// data alone (l1c), until the test ends, and returns a client of its engine.
func runFollower(t *testing.T, d *devnet, l1c *ethclient.Client) *ethclient.Client {
	t.Helper()
	ctx := context.Background()
	genesis, _, err := rollupnode.DevnetGenesis(d.Host, rollupnode.DefaultDevnetConfig())
	require.NoError(t, err)
	fnode, err := rollupnode.NewEngineNode(rollupnode.EngineConfig{Genesis: genesis, HTTPAddr: "127.0.0.1", AuthAddr: "127.0.0.1"})
	require.NoError(t, err)
	f, err := rollupnode.NewFollower(ctx, d.Host, l1c, rollupnode.NewRPCEngine(fnode.Attach()), 0)
	require.NoError(t, err)
	fctx, stop := context.WithCancel(ctx)
	ferr := make(chan error, 1)
	go func() { ferr <- f.Run(fctx, 100*time.Millisecond, nil) }()
	fc, err := ethclient.Dial(fnode.HTTPEndpoint())
	require.NoError(t, err)
	t.Cleanup(func() {
		fc.Close()
		stop()
		require.NoError(t, <-ferr)
		require.NoError(t, fnode.Close())
	})
	return fc
}

func mustHead(t *testing.T, ec *ethclient.Client) *types.Header {
	t.Helper()
	h, err := ec.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	return h
}

// waitFor polls cond until it holds, failing after timeout.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		require.True(t, time.Now().Before(deadline), "waited %s for %s", timeout, what)
		time.Sleep(50 * time.Millisecond)
	}
}
