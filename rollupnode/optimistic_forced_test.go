package rollupnode_test

import (
	"context"
	"crypto/ecdsa"
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

// TestOptimisticForcedLateSettleableDispute: a censoring operator
// (FaultyForced, FaultyForcedLate) withholds two queued transactions past the
// inclusion grace (forcedInclusionDelay/2 = 45 s) and its first proposal with
// a block leaving the valid one (entry 1) out after the grace claims it skipped
// there, as the rule allows a late entry unless it is proven settleable. The
// honest challenger judges the block by building entry 1 alone on its parent
// under its environment and anchor (settleable: a transfer), disputes it,
// records proveForcedSettleable before the proposer's step, and the proposer
// loses at step after recording the FORCED_VALID_LATE verdict. The sequencer
// then takes the queue again; both entries leave the queue, fees to the
// proposer; a blob follower finds every other proposal honest and the faulty
// one wrong.
//
// A second challenger and blob follower whose engine lacks nr_buildBlockOn
// (an external go-ethereum) cannot run the trial: they report the faulty
// proposal as not judged yet instead of stopping, and go on judging the
// proposals after it.
func TestOptimisticForcedLateSettleableDispute(t *testing.T) {
	// The grace (45 s) ends before the faulty proposal; the dispute and the
	// proposal of the same blocks again (whose walk stops at entry 1: it is
	// settleable there) end before entry 1 is due, which would refuse them.
	const delay = 90 * time.Second
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) {
		c.Optimistic.FaultyForced, c.Optimistic.FaultyForcedLate = true, true
		c.Optimistic.ChallengeWindow, c.Optimistic.ForcedInclusionDelay = 10*time.Second, delay
	})
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	// A second challenger and its follower on an engine without nr_buildBlockOn
	// cannot judge the faulty proposal's late entry: they say so and go on.
	blind := startSecondChallengerOn(t, d, func(e *rollupnode.RPCEngine) rollupnode.Engine { return withoutBuildOn{e} })

	p := queueForcedPair(t, d, l1c, l2c, true)
	queuedAt := p.queued[1].DueAt.Uint64() - uint64(delay/time.Second)
	var faulty *rollupnode.Proposal
	d.waitFor(t, "the honest challenger defeating the faulty proposal", 180*time.Second, func() bool {
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
	// The claim differs first at a block whose parent is past the grace.
	wrongParent, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(faulty.WrongFrom-1))
	require.NoError(t, err)
	require.GreaterOrEqual(t, wrongParent.Time, queuedAt+uint64(delay/time.Second)/2, "the faulty claim starts after the grace")

	r := waitReceipt(t, l2c, p.next.Hash())
	require.Zero(t, r.TransactionIndex, "a queued transaction goes first in its block")
	d.waitFor(t, "the block holding the forced transaction finalized", 180*time.Second, func() bool {
		return d.finalizedThrough() >= r.BlockNumber.Uint64()
	})
	checkTaken(t, d, l1c, l2c, p)

	d.mu.Lock()
	var step string
	for _, e := range d.proposals {
		if e.Kind == "move" && strings.HasPrefix(e.Move, "step") {
			if e.Proposal.ID == faulty.ID {
				step = e.Move
			} else {
				require.Contains(t, e.Move, "proposer won", "proposal %d defends its forced indices", e.Proposal.ID)
			}
		}
		if e.Kind == "finalized" {
			require.False(t, e.Proposal.WrongForced, "the faulty proposal did not finalize")
		}
	}
	var proved []string
	for _, e := range d.challenges {
		if e.Proposal != faulty.ID {
			require.False(t, strings.HasPrefix(e.What, "challenged"), "the honest challenger agrees with proposal %d: %s", e.Proposal, e.What)
		}
		if strings.Contains(e.What, "recorded forced entry") {
			proved = append(proved, e.What)
		}
	}
	d.mu.Unlock()
	require.Contains(t, step, "1 valid late", "the proposer's step recorded entry 1's late verdict")
	require.Contains(t, step, "proposer lost")
	require.NotContains(t, step, "settleable", "the censoring proposer proves nothing against itself")
	require.Len(t, proved, 1, "the challenger recorded one settleability proof")
	require.Contains(t, proved[0], "recorded forced entry 1 settleable alone in L2 block")

	q := bindings.NewOptimisticForcedQueue()
	logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.ForcedQueue()}, FromBlock: big.NewInt(0),
		Topics: [][]common.Hash{{q.GetABI().Events["ForcedTransactionSettleable"].ID}}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	ev, err := q.UnpackForcedTransactionSettleableEvent(&logs[0])
	require.NoError(t, err)
	require.Equal(t, uint64(1), ev.Index.Uint64())
	provedBy, _, err := l1c.TransactionByHash(ctx, logs[0].TxHash)
	require.NoError(t, err)
	from, err := types.Sender(types.LatestSignerForChainID(provedBy.ChainId()), provedBy)
	require.NoError(t, err)
	require.Equal(t, l2.DevAddress(rollupnode.ChallengerKeyIndex(rollupnode.DefaultDevnetConfig())), from, "the challenger recorded the proof")

	// A follower deriving the chain from the blobs judges the late entry by the
	// same trial: the faulty proposal is wrong, every other one honest.
	f, _ := d.blobFollower(t, l1c, &rollupnode.HTTPBlobs{URL: d.BlobsURL()})
	checked := map[uint64]bool{}
	deadline := time.Now().Add(60 * time.Second)
	for f.Head().Number.Uint64() < r.BlockNumber.Uint64() {
		require.NoError(t, f.Sync(ctx, nil, func(c rollupnode.ProposalCheck) {
			t.Log("follower " + rollupnode.CheckLine(c))
			checked[c.ID] = true
			require.Equal(t, c.ID != faulty.ID, c.Honest(), "proposal %d: claimed %s, derived %s", c.ID, c.Claimed, c.Computed)
		}))
		require.True(t, time.Now().Before(deadline), "the follower did not reach L2 block %d in 60s", r.BlockNumber)
	}
	require.True(t, checked[faulty.ID], "the follower checked the faulty proposal")

	select {
	case err := <-blind.errc:
		t.Fatalf("a failed settleability trial stopped the second challenger or its follower: %v", err)
	default:
	}
	blind.mu.Lock()
	defer blind.mu.Unlock()
	var unjudged, judgedAfter bool
	for _, e := range blind.events {
		if e.Proposal == faulty.ID && strings.HasPrefix(e.What, "cannot judge it yet") {
			require.Contains(t, e.What, "does not serve nr_buildBlockOn")
			unjudged = true
		}
		judgedAfter = judgedAfter || (e.Proposal > faulty.ID && strings.Contains(e.What, "agrees"))
	}
	require.True(t, unjudged, "the second challenger reported that it cannot judge the faulty proposal")
	require.True(t, judgedAfter, "the second challenger judged later proposals")
	var followerUnjudged, followedAfter bool
	for _, c := range blind.checks {
		if c.ID == faulty.ID {
			require.Contains(t, c.Unjudged, "does not serve nr_buildBlockOn")
			followerUnjudged = true
		}
		followedAfter = followedAfter || (c.ID > faulty.ID && c.Honest())
	}
	require.True(t, followerUnjudged, "the second follower reported the faulty proposal unjudged")
	require.True(t, followedAfter, "the second follower checked later proposals")
}

// deployRuntime deploys runtime as a contract on the L2 from key and returns
// its address.
func deployRuntime(t *testing.T, l2c *ethclient.Client, key int, runtime []byte) common.Address {
	t.Helper()
	// CODECOPY(0, 12, len); RETURN(0, len)
	initcode := append([]byte{0x61, byte(len(runtime) >> 8), byte(len(runtime)), 0x80, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
	tx := sendL2(t, l2c, l2.DevKey(key), nil, nil, 6_000_000, initcode)
	r := waitReceipt(t, l2c, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	return r.ContractAddress
}

// TestOptimisticForcedUnsettleableEntrySkipped: a queued transaction every
// state check calls valid but whose block no L1 transaction can settle (it
// CALLs six 24 KB contracts deployed on the L2 first: its witness exceeds
// MAX_SETTLE_PAYLOAD) no longer halts the chain. The honest sequencer leaves
// it out of every block (built alone on the head it does not settle) and
// still takes the entry queued after it first in a block; once the grace has
// passed the walk skips it (FORCED_VALID_LATE, and the trial finds it
// unsettleable, so no proof exists); the challenger agrees with every
// proposal; both entries leave the queue and the chain goes on past the due
// time.
func TestOptimisticForcedUnsettleableEntrySkipped(t *testing.T) {
	const delay = 10 * time.Second
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) { c.Optimistic.ForcedInclusionDelay = delay })
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	var caller []byte
	for i := 0; i < 6; i++ {
		code := make([]byte, params.MaxCodeSize)
		seed := crypto.Keccak256([]byte("nr-code-heavy"), []byte{byte(i)})
		for j := 1; j < len(code); j += 32 {
			seed = crypto.Keccak256(seed)
			copy(code[j:], seed)
		}
		code[0] = 0x00 // STOP
		target := deployRuntime(t, l2c, 1, code)
		// CALL(gas, target, 0, 0, 0, 0, 0); POP
		caller = append(append(append(caller, 0x60, 0, 0x60, 0, 0x60, 0, 0x60, 0, 0x60, 0, 0x73), target.Bytes()...), 0x5a, 0xf1, 0x50)
	}
	heavy := deployRuntime(t, l2c, 1, append(caller, 0x00))

	head, err := l2c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	sign := func(k int, to common.Address, gas uint64) *types.Transaction {
		nonce, err := l2c.NonceAt(ctx, l2.DevAddress(k), nil)
		require.NoError(t, err)
		tx, err := types.SignNewTx(l2.DevKey(k), types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei)),
			Gas:       gas, To: &to, Value: new(big.Int),
		})
		require.NoError(t, err)
		return tx
	}
	unsettleable, transfer := sign(4, heavy, 200_000), sign(6, common.Address{0xf0, 0xac, 0xe}, params.TxGas)
	var queued []*bindings.MyRollupForcedTransactionQueued
	for _, tx := range []*types.Transaction{unsettleable, transfer} {
		raw, err := tx.MarshalBinary()
		require.NoError(t, err)
		ev, err := rollupnode.QueueForcedTransaction(ctx, l1c, d.Host, l2.DevKey(5), raw)
		require.NoError(t, err)
		queued = append(queued, ev)
	}
	require.Equal(t, uint64(1), queued[1].Index.Uint64())

	r := waitReceipt(t, l2c, transfer.Hash())
	require.Zero(t, r.TransactionIndex, "the entry after the unsettleable one goes first in its block")
	q := bindings.NewOptimisticForcedQueue()
	d.waitFor(t, "both entries taken by finalized proposals", 120*time.Second, func() bool {
		to := d.ForcedQueue()
		out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: q.PackForcedHead()}, nil)
		require.NoError(t, err)
		head, err := q.UnpackForcedHead(out)
		require.NoError(t, err)
		return head == 2
	})
	_, err = l2c.TransactionReceipt(ctx, unsettleable.Hash())
	require.ErrorIs(t, err, ethereum.NotFound, "the unsettleable entry never reached the L2")

	// What the walk judged on the head, past the grace: the entry can execute
	// (FORCED_VALID_LATE), and alone on the parent it makes a block whose
	// payload exceeds MAX_SETTLE_PAYLOAD, so nobody can prove it settleable.
	rpcc := d.L2.Attach()
	defer rpcc.Close()
	eng := rollupnode.NewRPCEngine(rpcc)
	like, err := l2c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	parent, err := l2c.HeaderByNumber(ctx, new(big.Int).Sub(like.Number, common.Big1))
	require.NoError(t, err)
	sender, err := eng.ForcedSender(ctx, l2.DevAddress(4), parent.Number.Uint64())
	require.NoError(t, err)
	verdict, _ := solidity.JudgeQueued(unsettleable, queued[0].DueAt.Uint64()-uint64(delay/time.Second), uint64(delay/time.Second), sender.ForcedAccount, parent, l2.Config(l2.DefaultChainID))
	require.Equal(t, solidity.ForcedValidLate, verdict)
	settleable, input, _, err := rollupnode.TrialForTest(ctx, eng, l2.DefaultChainID, parent, like, unsettleable)
	require.NoError(t, err)
	require.False(t, settleable)
	require.Greater(t, len(input.Transactions)+len(input.Witness)+len(input.ExtraData), solidity.MaxSettlePayload, "its witness carries six full codes")

	// The chain goes on past the due time: a later transfer finalizes.
	l1Head, err := l1c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Greater(t, l1Head.Time, queued[0].DueAt.Uint64(), "the unsettleable entry is due")
	later := sendL2(t, l2c, l2.DevKey(2), &common.Address{0x1a, 0x7e}, big.NewInt(params.GWei), params.TxGas, nil)
	lr := waitReceipt(t, l2c, later.Hash())
	d.waitFor(t, "a block after the due time finalized", 120*time.Second, func() bool {
		return d.finalizedThrough() >= lr.BlockNumber.Uint64()
	})
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, e := range d.challenges {
		require.False(t, strings.HasPrefix(e.What, "challenged"), "every proposal is honest: %s", e.What)
	}
}

// TestOptimisticForcedOfferedPastTakenEntries: entries the sequencer's own
// blocks took (here skipped: fresh keys with no balance, which the engine
// refuses and the walk judges FORCED_INVALID) are not offered again while the
// proposals holding those blocks wait out the challenge window, so a valid
// entry queued behind more than a block's worth of them (maxForcedPerBlock, 16)
// lands within a few L2 blocks, long before forcedHead moves past them.
func TestOptimisticForcedOfferedPastTakenEntries(t *testing.T) {
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) { c.Optimistic.ForcedInclusionDelay = 30 * time.Second })
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	const unfunded = 20
	head, err := l2c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	to := common.HexToAddress("0x00000000000000000000000000000000000f0ace")
	sign := func(key *ecdsa.PrivateKey, nonce uint64) *types.Transaction {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei)),
			Gas:       params.TxGas, To: &to, Value: big.NewInt(params.GWei),
		})
		require.NoError(t, err)
		return tx
	}
	var entries []*types.Transaction
	for i := 0; i < unfunded; i++ {
		key, err := crypto.GenerateKey()
		require.NoError(t, err)
		entries = append(entries, sign(key, 0))
	}
	validNonce, err := l2c.NonceAt(ctx, l2.DevAddress(6), nil)
	require.NoError(t, err)
	valid := sign(l2.DevKey(6), validNonce)
	entries = append(entries, valid)

	// Every entry queued before any is waited for, in consecutive L1 nonces.
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
	for i, tx := range entries {
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
	for _, l1tx := range sent {
		r, err := rollupnode.WaitIncluded(ctx, l1c, l1tx.Hash(), time.Minute)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	queuedAt, err := l2c.BlockNumber(ctx)
	require.NoError(t, err)

	r := waitReceipt(t, l2c, valid.Hash())
	forcedHead, err := q.UnpackForcedHead(queueView(t, d, l1c, q.PackForcedHead()))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Zero(t, r.TransactionIndex, "a queued transaction goes first in its block")
	require.LessOrEqual(t, r.BlockNumber.Uint64(), queuedAt+4, "the valid entry lands within a few L2 blocks of being queued")
	require.Less(t, forcedHead, uint64(unfunded), "it landed before a finalized proposal moved forcedHead past the unfunded entries")
	for _, tx := range entries[:unfunded] {
		_, err := l2c.TransactionReceipt(ctx, tx.Hash())
		require.ErrorIs(t, err, ethereum.NotFound, "an unfunded entry never reaches the L2")
	}

	// The host's walk agrees: the proposals holding these blocks finalize
	// unchallenged and take the queue past every entry.
	d.waitFor(t, "the block holding the valid entry finalized", 120*time.Second, func() bool {
		return d.finalizedThrough() >= r.BlockNumber.Uint64()
	})
	forcedHead, err = q.UnpackForcedHead(queueView(t, d, l1c, q.PackForcedHead()))
	require.NoError(t, err)
	require.Equal(t, uint64(unfunded+1), forcedHead, "finalized proposals took every entry")
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, e := range d.challenges {
		require.False(t, strings.HasPrefix(e.What, "challenged"), "every proposal is honest: %s", e.What)
	}
}
