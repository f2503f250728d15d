package rollupnode_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity/bindings"
)

// TestDevnetMarketHost: `nr devnet --host market` deploys MyMarketRollup with
// two registered posters and a funded reward pool; every L2 block is signed by
// the sequencer and posted by the poster (post, not advance), in order, as the
// L2 engine's canonical block; the poster is credited the post reward for each;
// the second poster confirms the blocks the host designates it for and is
// credited the confirmation reward for each; a deposit made on L1 is claimed on
// L2 and a withdrawal is paid on L1.
func TestDevnetMarketHost(t *testing.T) {
	var mu sync.Mutex
	var claimed []rollupnode.Claimed
	var confirmed []rollupnode.Confirmed
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) {
		c.Host = rollupnode.HostMarket
		c.OnClaimed = func(cl rollupnode.Claimed) { mu.Lock(); claimed = append(claimed, cl); mu.Unlock() }
		c.OnConfirmed = func(cf rollupnode.Confirmed) {
			mu.Lock()
			confirmed = append(confirmed, cf)
			mu.Unlock()
			t.Log(cf)
		}
	})
	cfg := rollupnode.DefaultDevnetConfig()
	ctx := context.Background()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	m := bindings.NewMyMarketRollup()
	var at *big.Int // the L1 block views read (nil: the latest)
	view := func(data []byte) []byte {
		out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: data}, at)
		require.NoError(t, err)
		return out
	}
	poster := l2.DevAddress(rollupnode.MarketPosterKeyIndex(cfg))
	count, err := m.UnpackPosterCount(view(m.PackPosterCount()))
	require.NoError(t, err)
	require.Equal(t, big.NewInt(2), count, "two registered posters")
	for i, want := range []common.Address{poster, l2.DevAddress(rollupnode.MarketSecondPosterKeyIndex(cfg))} {
		got, err := m.UnpackPosters(view(m.PackPosters(big.NewInt(int64(i)))))
		require.NoError(t, err)
		require.Equal(t, want, got, "seat %d", i)
	}

	// A deposit on L1, claimed on L2 by the relayer.
	newcomerKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-devnet-market")))
	require.NoError(t, err)
	newcomer := crypto.PubkeyToAddress(newcomerKey.PublicKey)
	dep, err := rollupnode.Deposit(ctx, l1c, d.Host, l2.DevKey(3), newcomer, ether(3), big.NewInt(params.Ether/10))
	require.NoError(t, err)
	waitFor(t, 60*time.Second, "the deposit to be claimed on L2", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(claimed) > 0
	})
	require.Equal(t, common.Hash(dep.DepositHash), claimed[0].Hash)

	// A withdrawal on L2, paid on L1 once its block is posted.
	recipient := common.Address{0xc0, 0xff, 0xee, 0x03}
	w, l2Block, err := rollupnode.Withdraw(ctx, l2c, newcomerKey, recipient, ether(1))
	require.NoError(t, err)
	target := max(l2Block, 10)
	d.waitSettled(t, target, 90*time.Second)
	l2rpc := d.L2.Attach()
	defer l2rpc.Close()
	_, err = rollupnode.FinalizeWithdrawal(ctx, l1c, l2rpc, d.Host, l2.DevKey(4), w.Withdrawal, common.Hash(w.WithdrawalHash), l2Block)
	require.NoError(t, err)
	paid, err := l1c.BalanceAt(ctx, recipient, nil)
	require.NoError(t, err)
	require.Equal(t, ether(1), paid, "the withdrawal was paid on L1")

	// The second poster confirms the blocks the host designates it for: the odd
	// ones (posters[number % 2]; the even ones' confirmer is the poster itself).
	waitFor(t, 60*time.Second, "three confirmations", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(confirmed) >= 3
	})

	// Every block was posted with post by the poster, in order, as the engine's
	// canonical block, and each earned the poster the post reward.
	d.mu.Lock()
	settled := append([]*rollupnode.Settled(nil), d.settled...)
	d.mu.Unlock()
	postSelector := m.PackPost(bindings.ExecuteBlockEnv{}, 0, bindings.ExecuteClaims{}, nil, nil, 0, nil)[:4]
	for i, s := range settled {
		n := uint64(i + 1)
		require.Equal(t, n, s.Block.NumberU64(), "settled in order, none skipped")
		canonical, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		require.Equal(t, canonical.Hash(), s.Block.Hash(), "settled block %d is the L2 canonical block", n)
		tx, _, err := l1c.TransactionByHash(ctx, s.Tx)
		require.NoError(t, err)
		require.Equal(t, postSelector, tx.Data()[:4], "L2 block %d went to L1 with post", n)
		r, err := l1c.TransactionReceipt(ctx, s.Tx)
		require.NoError(t, err)
		var posted *bindings.MyMarketRollupBlockPosted
		for _, lg := range r.Logs {
			if ev, err := m.UnpackBlockPostedEvent(lg); err == nil {
				posted = ev
			}
		}
		require.NotNil(t, posted, "BlockPosted for L2 block %d", n)
		require.Equal(t, poster, posted.Poster)
	}
	// Read at one L1 block: settlement goes on meanwhile.
	l1Head, err := l1c.BlockNumber(ctx)
	require.NoError(t, err)
	at = new(big.Int).SetUint64(l1Head)
	postReward, err := m.UnpackPostReward(view(m.PackPostReward()))
	require.NoError(t, err)
	hostNumber, err := m.UnpackBlockNumber(view(m.PackBlockNumber()))
	require.NoError(t, err)
	require.GreaterOrEqual(t, hostNumber, target)
	credited, err := m.UnpackRewardOf(view(m.PackRewardOf(poster)))
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(postReward, new(big.Int).SetUint64(hostNumber)), credited, "the post reward for each of the %d blocks", hostNumber)
	confirmReward, err := m.UnpackConfirmReward(view(m.PackConfirmReward()))
	require.NoError(t, err)
	second := l2.DevAddress(rollupnode.MarketSecondPosterKeyIndex(cfg))
	confirmedCredit, err := m.UnpackRewardOf(view(m.PackRewardOf(second)))
	require.NoError(t, err)
	mu.Lock()
	var confirmedBy uint64 // confirmations in L1 blocks up to at
	for _, c := range confirmed {
		require.Equal(t, uint64(1), c.L2Block%2, "L2 block %d: the second poster confirms only the odd blocks", c.L2Block)
		require.Equal(t, confirmReward, c.Reward)
		r, err := l1c.TransactionReceipt(ctx, c.Tx)
		require.NoError(t, err)
		if r.BlockNumber.Cmp(at) <= 0 {
			confirmedBy++
		}
	}
	mu.Unlock()
	require.GreaterOrEqual(t, confirmedBy, uint64(3))
	require.Equal(t, new(big.Int).Mul(confirmReward, new(big.Int).SetUint64(confirmedBy)), confirmedCredit, "the confirmation reward for each confirmation")
	pool, err := m.UnpackRewardPool(view(m.PackRewardPool()))
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(rollupnode.MarketRewardFunding, new(big.Int).Add(credited, confirmedCredit)), pool)
}
