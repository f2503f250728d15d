package rollupnode_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity"
)

// TestAdvanceGasBound: the bound grows with the input by at least EXECUTE's 16
// gas per byte plus 16 of calldata, includes the declared gas limit, and never
// falls below EIP-7623's calldata floor.
func TestAdvanceGasBound(t *testing.T) {
	empty := rollupnode.AdvanceGasBound(3_000, 3_000, 10_000_000)
	require.Greater(t, empty, uint64(10_000_000+50_000+16*3_000+21_000))
	require.Less(t, empty, uint64(10_600_000), "an empty 10M-gas block settles in one L1 transaction")
	bigger := rollupnode.AdvanceGasBound(103_000, 103_000, 10_000_000)
	require.GreaterOrEqual(t, bigger-empty, uint64(32*100_000))
	require.GreaterOrEqual(t, rollupnode.AdvanceGasBound(0, 1_000_000, 0), uint64(40*1_000_000), "EIP-7623 floor")
	// spec/execute.md "Known limits": a 10M block's input past roughly 200 KB no
	// longer fits Osaka's 2^24 per transaction.
	require.Greater(t, rollupnode.AdvanceGasBound(220_000, 220_000, 10_000_000), uint64(rollupnode.MaxL1TxGas))
}

// TestSequencerLeavesOutWhatCannotSettle: with the settling transaction capped
// at 11M L1 gas, a transaction carrying 60 KB of calldata would make its block's
// advance exceed the cap. The sequencer leaves it (and its sender's next
// transaction, whose nonce would not follow) out, says so in the status line,
// and keeps making and settling blocks with everyone else's transactions.
func TestSequencerLeavesOutWhatCannotSettle(t *testing.T) {
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) { c.MaxL1Gas = 11_000_000 })
	ctx := context.Background()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	d.waitSettled(t, 1, 30*time.Second)

	blob := bytes.Repeat([]byte{0xab}, 60_000)
	sink := common.Address{0x51, 0x4c}
	tooBig := sendL2(t, l2c, l2.DevKey(6), &sink, nil, 2_500_000, blob)
	after := sendL2(t, l2c, l2.DevKey(6), &sink, big.NewInt(1), params.TxGas, nil)
	fine := sendL2(t, l2c, l2.DevKey(7), &sink, big.NewInt(2), params.TxGas, nil)
	r := waitReceipt(t, l2c, fine.Hash())

	d.waitSettled(t, r.BlockNumber.Uint64()+2, 60*time.Second)

	for _, tx := range []common.Hash{tooBig.Hash(), after.Hash()} {
		_, err := l2c.TransactionReceipt(ctx, tx)
		require.Error(t, err, "transaction %s must not be in any block", tx)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	leftOut := 0
	for _, s := range d.settled {
		leftOut += s.LeftOut
		require.LessOrEqual(t, s.L1Gas, uint64(11_000_000), "L2 block %d", s.Block.NumberU64())
	}
	require.GreaterOrEqual(t, leftOut, 2, "the status lines report the left-out transactions")
	fineBlock := d.settled[r.BlockNumber.Uint64()-1]
	require.Equal(t, r.BlockNumber.Uint64(), fineBlock.Block.NumberU64())
	require.Len(t, fineBlock.Block.Transactions(), 1)
	require.Equal(t, 2, fineBlock.LeftOut, "the other sender's two transactions were left out of the transfer's block")
	bal, err := l2c.BalanceAt(ctx, sink, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(2), bal, "only the settleable transfer ran")
}

// TestSequencerLeavesOutWhatTheHostRefuses: a transaction of 127,000 calldata
// bytes fits one L1 transaction's gas (AdvanceGasBound) but takes its block past
// the host's 126 KiB payload bound (solidity.Settleable, spec/host.md,
// "Settleability"), so MyRollup would refuse that block with BlockTooLarge and
// settlement would stop. The sequencer leaves it out and goes on.
func TestSequencerLeavesOutWhatTheHostRefuses(t *testing.T) {
	const size = 127_000
	witness := 3_000 // at least what an empty block's witness takes
	require.LessOrEqual(t, rollupnode.AdvanceGasBound(size+witness+1_000, size+witness+2_000, l2.GenesisGasLimit), uint64(rollupnode.MaxL1TxGas),
		"the gas bound alone would let the block through")
	require.False(t, solidity.Settleable(l2.GenesisGasLimit, size+uint64(witness)))

	d := startDevnet(t)
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	d.waitSettled(t, 1, 30*time.Second)

	sink := common.Address{0x51, 0x4d}
	tooBig := sendL2(t, l2c, l2.DevKey(6), &sink, nil, params.TxGas+40*size+100_000, bytes.Repeat([]byte{0xab}, size))
	fine := sendL2(t, l2c, l2.DevKey(7), &sink, big.NewInt(3), params.TxGas, nil)
	r := waitReceipt(t, l2c, fine.Hash())
	d.waitSettled(t, r.BlockNumber.Uint64()+1, 60*time.Second)

	_, err = l2c.TransactionReceipt(context.Background(), tooBig.Hash())
	require.Error(t, err, "the oversized transaction must not be in any block")
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, s := range d.settled {
		payload := len(s.Input.Transactions) + len(s.Input.Witness) + len(s.Input.ExtraData)
		require.True(t, solidity.Settleable(s.Block.GasLimit(), uint64(payload)), "L2 block %d", s.Block.NumberU64())
	}
}

// TestSettlerStopsOnRevert: an advance L1 rejects is not retried. With the
// devnet's sequencer idle after block 1, a block 2 made on the same engine
// follows the host's head; with a wrong claimed state root it fails in
// eth_estimateGas with the host's InvalidClaim, decoded, and Run returns that
// error at once. A block that no longer follows the host's head (block 1 again)
// is not sent at all: a settler without a sequencer stops with ErrResync.
func TestSettlerStopsOnRevert(t *testing.T) {
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) { c.BlockTime = time.Hour })
	d.waitSettled(t, 1, 30*time.Second)
	d.mu.Lock()
	first := d.settled[0].Sealed
	d.mu.Unlock()
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	seq, err := rollupnode.NewSequencer(ctx, rollupnode.SequencerConfig{ChainID: l2.DefaultChainID, BlockTime: time.Second}, rollupnode.NewRPCEngine(d.L2.Attach()), l1c, first.Anchor)
	require.NoError(t, err)
	second, err := seq.Next(ctx)
	require.NoError(t, err)
	require.Equal(t, first.Block.Hash(), second.Block.ParentHash())
	wrong := *second.Input
	wrong.PostStateRoot = common.Hash{0xba, 0xd}
	bad := *second
	bad.Input = &wrong

	s, err := rollupnode.NewSettler(ctx, rollupnode.SettlerConfig{Key: l2.DevKey(rollupnode.SequencerKeyIndex), Host: d.Host}, d.L1.Attach())
	require.NoError(t, err)
	in := make(chan *rollupnode.Sealed, 2)
	in <- &bad
	in <- second
	start := time.Now()
	err = s.Run(ctx, in, func(*rollupnode.Settled) { t.Fatal("a block with a wrong claim was settled") })
	var revert *rollupnode.RevertError
	require.True(t, errors.As(err, &revert), "want a RevertError, got %v", err)
	require.Equal(t, uint64(2), revert.L2Block)
	require.Contains(t, revert.Reason, "InvalidClaim")
	require.Contains(t, err.Error(), "settlement stopped")
	t.Log(err)
	require.Less(t, time.Since(start), 10*time.Second, "no retry loop")
	require.Len(t, in, 1, "nothing after the rejected block was tried")

	in = make(chan *rollupnode.Sealed, 1)
	in <- first
	err = s.Run(ctx, in, func(*rollupnode.Settled) { t.Fatal("a settled block was settled again") })
	require.ErrorIs(t, err, rollupnode.ErrResync)
	t.Log(err)
}

// TestSettlerSurvivesForeignNonce: someone else sends an L1 transaction with the
// sequencer's key; the next advance finds its nonce taken, takes the next free
// one and settlement goes on without a gap.
func TestSettlerSurvivesForeignNonce(t *testing.T) {
	d := startDevnet(t)
	d.waitSettled(t, 2, 30*time.Second)
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	ctx := context.Background()
	key := l2.DevKey(rollupnode.SequencerKeyIndex)
	for range 2 {
		to := common.Address{0x0f, 0x0e}
		_, err := rollupnode.SendL1ForTest(ctx, l1c, key, &to, big.NewInt(1))
		require.NoError(t, err)
	}
	n := d.lastSettled()
	d.waitSettled(t, n+3, 30*time.Second)
	d.mu.Lock()
	defer d.mu.Unlock()
	for i, s := range d.settled {
		require.Equal(t, uint64(i+1), s.Block.NumberU64())
	}
}
