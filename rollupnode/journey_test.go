package rollupnode_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
)

// TestDevnetJourney is issue 10's acceptance run in one test, on one data
// directory: the devnet comes up; L2 transfers, a contract deployment and
// calls go in, and a deposit made on L1 is claimed on L2; the devnet stops and
// starts again in the middle, with its chain and host; a follower rebuilds the
// L2 from L1 data alone; an L1 reorg takes back settled L2 blocks and the
// anchor of one of them, and both the sequencer (which re-settles) and the
// follower follow it; the deposit's recipient withdraws on L2 and is paid on
// L1; at the end at least 20 L2 blocks are settled, the host's head is the
// sequencer's block and the follower holds the same hash.
func TestDevnetJourney(t *testing.T) {
	begin := time.Now()
	dir := t.TempDir()
	var mu sync.Mutex
	var claimed []rollupnode.Claimed
	opts := func(c *rollupnode.DevnetConfig) {
		c.DataDir = dir
		c.OnClaimed = func(cl rollupnode.Claimed) { mu.Lock(); claimed = append(claimed, cl); mu.Unlock() }
	}
	ctx := context.Background()

	// Part 1: transfers, a deployment and calls, a deposit.
	first := startDevnet(t, opts)
	l2c, err := ethclient.Dial(first.L2.HTTPEndpoint())
	require.NoError(t, err)
	l1c, err := ethclient.Dial(first.L1.HTTPEndpoint())
	require.NoError(t, err)
	to := common.Address{0x10, 0x43}
	var transfers []*types.Transaction
	transfer := func(ec *ethclient.Client, key int) {
		tx := sendL2(t, ec, l2.DevKey(key), &to, big.NewInt(params.GWei), params.TxGas, nil)
		transfers = append(transfers, tx)
		waitReceipt(t, ec, tx.Hash())
	}
	deploy := sendL2(t, l2c, l2.DevKey(5), nil, nil, 200_000, storeCode)
	r := waitReceipt(t, l2c, deploy.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	contract := r.ContractAddress
	store := func(ec *ethclient.Client, v int64) {
		r := waitReceipt(t, ec, sendL2(t, ec, l2.DevKey(5), &contract, nil, 100_000, common.BigToHash(big.NewInt(v)).Bytes()).Hash())
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	store(l2c, 1)
	transfer(l2c, 2)

	newcomerKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-devnet-journey")))
	require.NoError(t, err)
	newcomer := crypto.PubkeyToAddress(newcomerKey.PublicKey)
	fee := big.NewInt(params.Ether / 10)
	dep, err := rollupnode.Deposit(ctx, l1c, first.Host, l2.DevKey(3), newcomer, ether(5), fee)
	require.NoError(t, err)
	waitFor(t, 60*time.Second, "the deposit to be claimed on L2", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(claimed) > 0
	})
	require.Equal(t, common.Hash(dep.DepositHash), claimed[0].Hash)
	first.waitSettled(t, claimed[0].L2Block, 60*time.Second)
	host := first.Host
	l2c.Close()
	l1c.Close()

	// Part 2: restarted on the same directory.
	require.NoError(t, first.Close())
	d := startDevnet(t, opts)
	require.Equal(t, host, d.Host, "the same host after the restart")
	l2c, err = ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	l1c, err = ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	code, err := l2c.CodeAt(ctx, contract, nil)
	require.NoError(t, err)
	require.Equal(t, storeCode[12:], code, "the contract survived the restart")
	store(l2c, 2)
	transfer(l2c, 2)

	// A follower from L1 data alone, in an engine of its own.
	fc := runFollower(t, d, l1c)

	// Part 3: an L1 reorg from before the anchor of the last settled block k.
	transfer(l2c, 4)
	d.waitSettled(t, d.lastSettled()+1, 60*time.Second)
	var (
		k        uint64
		ancestor *types.Header
		reorg    *l1node.Reorged
	)
	for {
		k = d.lastSettled()
		d.mu.Lock()
		sealed := d.settled[len(d.settled)-1]
		d.mu.Unlock()
		require.Equal(t, k, sealed.Block.NumberU64())
		ancestor, err = l1c.HeaderByNumber(ctx, new(big.Int).SetUint64(sealed.Anchor-1))
		require.NoError(t, err)
		waitFor(t, 60*time.Second, "the follower to reach L2 block k", func() bool { return mustHead(t, fc).Number.Uint64() >= k })
		reorg, err = d.L1.Reorg(ctx, ancestor.Hash(), false)
		if !errors.Is(err, l1node.ErrFinalized) {
			require.NoError(t, err)
			break
		}
		d.waitSettled(t, k+2, 60*time.Second) // a finalized ancestor: a later block
	}
	t.Logf("L1 reorg at L1 block %d (L2 block %d's anchor was %d), L1 head %d -> %d", ancestor.Number, k, ancestor.Number.Uint64()+1, reorg.OldHead.Number, reorg.NewHead.Number)
	atAncestor, _ := hostAt(t, l1c, d.Host, ancestor.Hash())
	require.Less(t, atAncestor, k, "the reorg took back the settlement of L2 block k")

	// Part 4: the withdrawal round trip, on the chain after the reorg.
	w, l2Block, err := rollupnode.Withdraw(ctx, l2c, newcomerKey, common.Address{0xc0, 0xff, 0xee}, ether(1))
	require.NoError(t, err)
	store(l2c, 3)
	for len(transfers) < 8 {
		transfer(l2c, 2+len(transfers)%3)
	}
	d.waitSettled(t, max(l2Block, 20), 90*time.Second)
	l2rpc := d.L2.Attach()
	defer l2rpc.Close()
	_, err = rollupnode.FinalizeWithdrawal(ctx, l1c, l2rpc, d.Host, l2.DevKey(4), w.Withdrawal, common.Hash(w.WithdrawalHash), l2Block)
	require.NoError(t, err)
	paid, err := l1c.BalanceAt(ctx, common.Address{0xc0, 0xff, 0xee}, nil)
	require.NoError(t, err)
	require.Equal(t, ether(1), paid, "the withdrawal was paid on L1")

	// The end: every transfer once on the canonical L2 chain, the last call's
	// value stored, the host's head the sequencer's block, the follower's too.
	for _, tx := range transfers {
		r := waitReceipt(t, l2c, tx.Hash())
		canon, err := l2c.HeaderByNumber(ctx, r.BlockNumber)
		require.NoError(t, err)
		require.Equal(t, canon.Hash(), r.BlockHash)
	}
	bal, err := l2c.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(int64(len(transfers))*params.GWei), bal)
	slot, err := l2c.StorageAt(ctx, contract, common.Hash{}, nil)
	require.NoError(t, err)
	require.Equal(t, common.BigToHash(big.NewInt(3)).Bytes(), slot)
	hostNumber, hostHash := hostAt(t, l1c, d.Host, mustHead(t, l1c).Hash())
	require.GreaterOrEqual(t, hostNumber, uint64(20))
	atHost, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
	require.NoError(t, err)
	require.Equal(t, atHost.Hash(), hostHash, "the host's head is the sequencer's L2 block %d", hostNumber)
	waitFor(t, 60*time.Second, "the follower to reach the host's head", func() bool {
		h, err := fc.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
		return err == nil && h.Hash() == hostHash
	})
	t.Logf("journey: %d L2 blocks settled in %s", hostNumber, time.Since(begin).Round(time.Second))
}
