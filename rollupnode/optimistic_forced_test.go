package rollupnode_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// forcedPair is two L2 transfers of one sender queued on the optimistic host's
// forced queue and never sent to the L2's pool: ahead (entry 0) has a nonce 5
// past its sender's, so it cannot execute; next (entry 1) has the sender's nonce.
type forcedPair struct {
	sender      common.Address
	ahead, next *types.Transaction
	queued      []*bindings.MyRollupForcedTransactionQueued
	fees        *big.Int // what queueing both paid
}

// queueForcedPair queues the pair: with QueueForcedTransaction, which finds the
// host's queue (as nr force does), or, together, with both L1 transactions sent
// before either is waited for, so that no proposal falls between them.
func queueForcedPair(t *testing.T, d *optimisticDevnet, l1c, l2c *ethclient.Client, together bool) *forcedPair {
	t.Helper()
	ctx := context.Background()
	key := l2.DevKey(6)
	p := &forcedPair{sender: crypto.PubkeyToAddress(key.PublicKey), fees: new(big.Int)}
	nonce, err := l2c.NonceAt(ctx, p.sender, nil)
	require.NoError(t, err)
	head, err := l2c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	to := common.HexToAddress("0x00000000000000000000000000000000000f0ace")
	sign := func(nonce uint64) *types.Transaction {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei)),
			Gas:       params.TxGas, To: &to, Value: big.NewInt(params.GWei),
		})
		require.NoError(t, err)
		return tx
	}
	p.ahead, p.next = sign(nonce+5), sign(nonce)
	if !together {
		for i, tx := range []*types.Transaction{p.ahead, p.next} {
			raw, err := tx.MarshalBinary()
			require.NoError(t, err)
			ev, err := rollupnode.QueueForcedTransaction(ctx, l1c, d.Host, l2.DevKey(5), raw)
			require.NoError(t, err)
			require.Equal(t, d.ForcedQueue(), ev.Raw.Address, "queued on the host's forcedQueue()")
			require.Equal(t, uint64(i), ev.Index.Uint64())
			require.Equal(t, tx.Hash(), common.Hash(ev.TxHash))
			l1tx, _, err := l1c.TransactionByHash(ctx, ev.Raw.TxHash)
			require.NoError(t, err)
			p.fees.Add(p.fees, l1tx.Value())
			p.queued = append(p.queued, ev)
		}
		return p
	}
	q := bindings.NewOptimisticForcedQueue()
	feeGas, err := q.UnpackFORCEDINCLUSIONFEEGAS(queueView(t, d, l1c, q.PackFORCEDINCLUSIONFEEGAS()))
	require.NoError(t, err)
	l1Head, err := l1c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	fee := new(big.Int).Mul(new(big.Int).Mul(feeGas, l1Head.BaseFee), big.NewInt(2))
	payer := l2.DevKey(5)
	l1Nonce, err := l1c.PendingNonceAt(ctx, crypto.PubkeyToAddress(payer.PublicKey))
	require.NoError(t, err)
	l1ChainID, err := l1c.ChainID(ctx)
	require.NoError(t, err)
	queue := d.ForcedQueue()
	var sent []*types.Transaction
	for i, tx := range []*types.Transaction{p.ahead, p.next} {
		raw, err := tx.MarshalBinary()
		require.NoError(t, err)
		l1tx, err := types.SignNewTx(payer, types.LatestSignerForChainID(l1ChainID), &types.DynamicFeeTx{
			ChainID: l1ChainID, Nonce: l1Nonce + uint64(i), GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(l1Head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei)),
			Gas:       1_000_000, To: &queue, Value: fee, Data: q.PackQueueForcedTransaction(raw),
		})
		require.NoError(t, err)
		require.NoError(t, l1c.SendTransaction(ctx, l1tx))
		sent = append(sent, l1tx)
	}
	for i, l1tx := range sent {
		r, err := rollupnode.WaitIncluded(ctx, l1c, l1tx.Hash(), time.Minute)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		require.Len(t, r.Logs, 1)
		ev, err := bindings.NewMyRollup().UnpackForcedTransactionQueuedEvent(r.Logs[0])
		require.NoError(t, err)
		require.Equal(t, uint64(i), ev.Index.Uint64())
		require.Equal(t, []common.Hash{p.ahead.Hash(), p.next.Hash()}[i], common.Hash(ev.TxHash))
		p.fees.Add(p.fees, fee)
		p.queued = append(p.queued, ev)
	}
	return p
}

// queueView reads the optimistic host's forced queue on L1's head.
func queueView(t *testing.T, d *optimisticDevnet, l1c *ethclient.Client, data []byte) []byte {
	t.Helper()
	to := d.ForcedQueue()
	out, err := l1c.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	return out
}

// checkTaken: the queue's head is 2 once the proposal holding next's block
// finalized, ForcedTransactionsTaken events say the finalized proposals' proposer
// took both entries (possibly in two proposals: ahead is skipped in the first
// block walked after it was queued), and their fees are credited to it; ahead
// never reached L2.
func checkTaken(t *testing.T, d *optimisticDevnet, l1c, l2c *ethclient.Client, p *forcedPair) {
	t.Helper()
	ctx := context.Background()
	q := bindings.NewOptimisticForcedQueue()
	head, err := q.UnpackForcedHead(queueView(t, d, l1c, q.PackForcedHead()))
	require.NoError(t, err)
	require.Equal(t, uint64(2), head, "the skipped and the included entry left the queue")
	logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.ForcedQueue()}, FromBlock: big.NewInt(0),
		Topics: [][]common.Hash{{q.GetABI().Events["ForcedTransactionsTaken"].ID}}})
	require.NoError(t, err)
	require.NotEmpty(t, logs)
	proposer := l2.DevAddress(rollupnode.SequencerKeyIndex)
	var to uint64 // the finalized proposals took the entries in order, without gaps
	for i := range logs {
		taken, err := q.UnpackForcedTransactionsTakenEvent(&logs[i])
		require.NoError(t, err)
		require.Equal(t, to, taken.FromIndex)
		require.Greater(t, taken.ToIndex, taken.FromIndex)
		require.Equal(t, proposer, taken.Proposer)
		to = taken.ToIndex
	}
	require.Equal(t, uint64(2), to)
	credit, err := q.UnpackFeeCredit(queueView(t, d, l1c, q.PackFeeCredit(proposer)))
	require.NoError(t, err)
	require.Equal(t, p.fees, credit, "the fees of both entries are owed to the proposer")
	_, err = l2c.TransactionReceipt(ctx, p.ahead.Hash())
	require.ErrorIs(t, err, ethereum.NotFound, "the entry that cannot execute was skipped, not included")
}

// TestOptimisticForcedTransaction: on `nr devnet --host optimistic`, two L2
// transactions reach only the forced queue on L1 (never the L2's pool). The
// sequencer puts the one that can execute first in an L2 block long before it
// is due; the proposer's outputs walk the queue past both (the other, whose
// nonce is ahead of its sender's, is skipped by its verdict), so the entries
// leave the queue when that proposal finalizes and their fees go to the
// proposer. A follower deriving the chain from the blobs computes the same
// forced indices: every proposal checks out.
func TestOptimisticForcedTransaction(t *testing.T) {
	d := startOptimistic(t)
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	p := queueForcedPair(t, d, l1c, l2c, false)
	r := waitReceipt(t, l2c, p.next.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Zero(t, r.TransactionIndex, "a queued transaction goes first in its block")
	block, err := l2c.HeaderByNumber(ctx, r.BlockNumber)
	require.NoError(t, err)
	require.Less(t, block.Time, p.queued[1].DueAt.Uint64(), "included long before it is due")

	d.waitFor(t, "the block holding the forced transaction finalized", 120*time.Second, func() bool {
		return d.finalizedThrough() >= r.BlockNumber.Uint64()
	})
	checkTaken(t, d, l1c, l2c, p)
	d.mu.Lock()
	for _, e := range d.challenges {
		require.NotContains(t, e.What, "challenged", "every proposal is honest")
	}
	var ends []uint64
	for _, e := range d.proposals {
		if e.Kind == "finalized" {
			ends = append(ends, e.Proposal.EndForcedIndex())
		}
	}
	d.mu.Unlock()
	require.Contains(t, ends, uint64(2), "a finalized proposal ended at forced index 2")

	// A follower rebuilds the chain from the blobs and agrees with every proposal.
	f, _ := d.blobFollower(t, l1c, &rollupnode.HTTPBlobs{URL: d.BlobsURL()})
	var checks []rollupnode.ProposalCheck
	deadline := time.Now().Add(60 * time.Second)
	for f.Head().Number.Uint64() < r.BlockNumber.Uint64() {
		require.NoError(t, f.Sync(ctx, nil, func(c rollupnode.ProposalCheck) {
			t.Log("follower " + rollupnode.CheckLine(c))
			checks = append(checks, c)
		}))
		require.True(t, time.Now().Before(deadline), "the follower did not reach L2 block %d in 60s", r.BlockNumber)
	}
	require.NotEmpty(t, checks)
	for _, c := range checks {
		require.True(t, c.Honest(), "proposal %d: claimed %s, derived %s", c.ID, c.Claimed, c.Computed)
	}
}

// nonceOffEngine is an L2 view that is wrong about one account: its nonce
// reads 5 higher, so a challenger judging by it finds the queued transaction
// with a nonce 5 ahead valid and the one with the right nonce invalid.
type nonceOffEngine struct {
	*rollupnode.RPCEngine
	who common.Address
}

func (e nonceOffEngine) ForcedSender(ctx context.Context, addr common.Address, number uint64) (*rollupnode.ForcedSender, error) {
	s, err := e.RPCEngine.ForcedSender(ctx, addr, number)
	if err == nil && addr == e.who {
		s.Nonce += 5
	}
	return s, err
}

// TestOptimisticForcedDispute: a censoring operator (FaultyForced) leaves two
// queued transactions out of its blocks. Its honest proposals skip entry 0 (its
// nonce is ahead) in the first block newer than the entries and stop at entry 1
// (it can execute); a second challenger whose L2 view is wrong about the
// sender's nonce (so entry 0 looks valid) disputes such a proposal, and the
// proposer's step records the verdict on entry 0 with judgeForcedTransaction and
// wins. Its first proposal whose walk stops before the tail with all blocks
// newer than the entries claims entry 1 skipped too: the honest challenger
// disputes it down to a block where the walk stops at entry 1, the step records
// that entry 1 can execute, and the proposer loses. The sequencer then takes the
// queue again: entry 1 reaches L2, and both entries leave the queue, fees to the
// proposer.
func TestOptimisticForcedDispute(t *testing.T) {
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) {
		c.Optimistic.FaultyForced, c.Optimistic.ChallengeWindow = true, 10*time.Second
		c.Optimistic.ForcedInclusionDelay = 5 * time.Minute // the dispute ends long before entry 1 is due
	})
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	p := queueForcedPair(t, d, l1c, l2c, true)
	wrongRPC := d.L2.Attach()
	defer wrongRPC.Close()
	l1rpc := d.L1.Attach()
	defer l1rpc.Close()
	wrong, err := rollupnode.NewChallenger(ctx, rollupnode.ChallengerConfig{Key: l2.DevKey(3), Host: d.Host, Bond: rollupnode.DefaultOptimisticConfig().ChallengerBond},
		l1rpc, nonceOffEngine{RPCEngine: rollupnode.NewRPCEngine(wrongRPC), who: p.sender}, 0)
	require.NoError(t, err)
	wctx, cancel := context.WithCancel(ctx)
	var wrongEvents []rollupnode.ChallengeEvent
	werr := make(chan error, 1)
	go func() {
		werr <- wrong.Run(wctx, 200*time.Millisecond, func(e rollupnode.ChallengeEvent) {
			t.Log("wrong " + rollupnode.ChallengeLine(e))
			d.mu.Lock()
			wrongEvents = append(wrongEvents, e)
			d.mu.Unlock()
		})
	}()
	defer func() {
		cancel()
		require.NoError(t, <-werr)
	}()

	var faulty *rollupnode.Proposal
	d.waitFor(t, "the honest challenger defeating the faulty proposal", 120*time.Second, func() bool {
		for _, e := range d.proposals {
			if e.Kind == "proposed" && e.Proposal.WrongForced {
				faulty = e.Proposal
			}
		}
		if faulty == nil {
			return false
		}
		won, _, _ := outcome(d.challenges, faulty.ID)
		return won
	})

	r := waitReceipt(t, l2c, p.next.Hash())
	require.Zero(t, r.TransactionIndex, "a queued transaction goes first in its block")
	d.waitFor(t, "the block holding the forced transaction finalized", 180*time.Second, func() bool {
		return d.finalizedThrough() >= r.BlockNumber.Uint64()
	})
	checkTaken(t, d, l1c, l2c, p)

	d.mu.Lock()
	defer d.mu.Unlock()
	steps := map[uint64]string{} // proposal -> its step move
	for _, e := range d.proposals {
		if e.Kind == "move" && strings.HasPrefix(e.Move, "step") {
			steps[e.Proposal.ID] = e.Move
		}
		if e.Kind == "finalized" {
			require.False(t, e.Proposal.WrongForced, "the faulty proposal did not finalize")
		}
	}
	require.Equal(t, uint64(2), faulty.EndForcedIndex(), "the faulty proposal claims both entries taken")
	// The game ends on the first block whose claimed index is wrong: where the
	// walk stops at entry 1, which can execute (entry 0 was skipped there or before).
	require.Contains(t, steps[faulty.ID], "1 valid)")
	require.Contains(t, steps[faulty.ID], "proposer lost")

	var honest uint64
	for id, move := range steps {
		if id != faulty.ID {
			honest = id
			require.Contains(t, move, "proposer won", "proposal %d defends its forced indices", id)
		}
	}
	require.NotZero(t, honest, "the wrong challenger disputed the honest proposal down to a step")
	won, _, challenged := outcome(wrongEvents, honest)
	require.True(t, challenged)
	require.False(t, won)
	_, _, challenged = outcome(d.challenges, honest)
	require.False(t, challenged, "the honest challenger agrees with proposal %d", honest)

	q := bindings.NewOptimisticForcedQueue()
	logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.ForcedQueue()}, FromBlock: big.NewInt(0),
		Topics: [][]common.Hash{{q.GetABI().Events["ForcedTransactionJudged"].ID}}})
	require.NoError(t, err)
	require.Len(t, logs, 2, "the two verdicts were recorded once each, by the steps that needed them")
	for i, want := range []solidity.ForcedVerdict{solidity.ForcedInvalid, solidity.ForcedValid} {
		judged, err := q.UnpackForcedTransactionJudgedEvent(&logs[i])
		require.NoError(t, err)
		require.Equal(t, uint64(i), judged.Index.Uint64())
		require.Equal(t, uint8(want), judged.Verdict, "entry %d is judged within its inclusion grace", i)
	}
	first, err := q.UnpackForcedTransactionJudgedEvent(&logs[0])
	require.NoError(t, err)
	require.Equal(t, uint8(solidity.SkipNonce), first.Reason)
}
