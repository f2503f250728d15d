package solidity_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity/bindings"
)

// refuteArgs packs refuteMark for block b (built on the L2 head the mark was
// made on), anchored to L1 block anchor.
func (f *nativeFixture) refuteArgs(b *l2.Block, anchor uint64) []byte {
	return f.abi.PackRefuteMark(envOf(b), anchor, claimsOf(b), b.Input.Transactions, b.Input.Witness)
}

// refute sends refuteMark from key and requires its ForcedMarkRefuted event.
func (f *nativeFixture) refute(t testing.TB, key *ecdsa.PrivateKey, b *l2.Block, anchor uint64) (*types.Receipt, *bindings.TestNativeRollupForcedMarkRefuted) {
	t.Helper()
	r := f.l1.mustSend(t, key, f.rollup, nil, f.refuteArgs(b, anchor))
	require.Len(t, r.Logs, 1)
	ev, err := f.abi.UnpackForcedMarkRefutedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, addr(key), ev.Refuter)
	return r, ev
}

// forcedDueAt is forcedTransaction(index).dueAt.
func (f *nativeFixture) forcedDueAt(t testing.TB, index uint64) uint64 {
	t.Helper()
	q, err := f.abi.UnpackForcedTransaction(f.l1.view(t, f.rollup, f.abi.PackForcedTransaction(new(big.Int).SetUint64(index))))
	require.NoError(t, err)
	return q.DueAt.Uint64()
}

// signWithTip signs a call from key to to with an explicit priority fee, so two
// transactions sent before one Commit land in the order an L1 builder sorts them.
func (e *l1) signWithTip(t testing.TB, key *ecdsa.PrivateKey, to common.Address, data []byte, tipGwei int64) *types.Transaction {
	t.Helper()
	nonce, err := e.client.PendingNonceAt(context.Background(), addr(key))
	require.NoError(t, err)
	tx, err := types.SignNewTx(key, e.signer, &types.DynamicFeeTx{
		ChainID: e.signer.ChainID(), Nonce: nonce, To: &to, Value: new(big.Int), Data: data, Gas: maxTxGas,
		GasTipCap: big.NewInt(tipGwei * params.GWei), GasFeeCap: big.NewInt(50 * params.GWei),
	})
	require.NoError(t, err)
	return tx
}

// bobPays adds a transfer from bob to the block: blocks without the queued
// transaction, which leave alice's nonce to it.
func bobPays(t testing.TB) func(b *core.BlockGen) {
	return func(b *core.BlockGen) {
		b.AddTx(l2Tx(t, b, bobKey, addr(relayerKey), big.NewInt(params.GWei), nil))
	}
}

// settleableTransfer is a 1 gwei transfer from alice to bob at alice's next L2
// nonce: every state check passes and any block starting with it settles.
func settleableTransfer(t testing.TB, f *nativeFixture) *types.Transaction {
	t.Helper()
	bob := addr(bobKey)
	return signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
}

// TestForcedRefuteEndsSequencerRace (issue 12, the race found by the outside
// review, branch amark): a censoring sequencer marks a valid, settleable entry.
// While the mark stands its own blocks without the entry are accepted, so an
// includer must win the L1 ordering race against it in every L1 block: here
// the sequencer's block lands first in the includer's L1 block and the
// includer's block, on a stale parent, reverts; then the sequencer advances
// again without it. On the host before refuteMark nothing else could be done:
// the sequencer skipped the entry once the mark stood W and was credited its
// bond and the user's fee (TestAttackMarkLetsSequencerOutraceIncluder on
// amark). Now anyone refutes the mark with a block that starts with the entry
// on the head the mark was made on, which no later block can race: the refuter
// wins the bond, the entry (past its dueAt) is required at once, the
// sequencer's next block without it reverts ForcedTransactionNotIncluded and
// its skip ForcedTransactionNotMarked, and a third party advances the entry
// inside the sequencer's window.
func TestForcedRefuteEndsSequencerRace(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	forced := settleableTransfer(t, f)
	ev := f.queue(t, aliceKey, forced)
	// twin replays every block the host accepts, so a block that must revert can
	// be built on the accepted head without moving f.l2 off it.
	twin := newL2(t, f.rollup)
	censor := func(anchor *types.Header) *l2.Block {
		b := f.l2.build(t, anchor.Hash(), bobPays(t))
		require.Equal(t, b.Block.Hash(), twin.build(t, anchor.Hash(), bobPays(t)).Block.Hash())
		return b
	}
	f.l1.wait(t, forcedWindow/2)
	markReceipt, _ := f.mark(t, sequencerKey) // on genesis, half a window after queueing
	f.l1.wait(t, forcedWindow/4)

	// The race, as the review found it: both build on genesis against the same
	// anchor; the sequencer's higher tip lands its block first.
	anchor := f.l1.head(t)
	includer := newL2(t, f.rollup).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	require.Equal(t, types.ReceiptStatusSuccessful, includer.Receipts[0].Status)
	seqTx := f.l1.signWithTip(t, sequencerKey, f.rollup, advanceArgs(censor(anchor), anchor.Number.Uint64()), 5)
	incTx := f.l1.signWithTip(t, challengerKey, f.rollup, advanceArgs(includer, anchor.Number.Uint64()), 1)
	ctx := context.Background()
	require.NoError(t, f.l1.client.SendTransaction(ctx, incTx))
	require.NoError(t, f.l1.client.SendTransaction(ctx, seqTx))
	f.l1.sim.Commit()
	seqR, err := f.l1.client.TransactionReceipt(ctx, seqTx.Hash())
	require.NoError(t, err)
	incR, err := f.l1.client.TransactionReceipt(ctx, incTx.Hash())
	require.NoError(t, err)
	require.Equal(t, seqR.BlockNumber, incR.BlockNumber, "one L1 block")
	require.Less(t, seqR.TransactionIndex, incR.TransactionIndex, "the higher tip lands first")
	require.Equal(t, types.ReceiptStatusSuccessful, seqR.Status, "the sequencer's block without the marked entry")
	require.Equal(t, types.ReceiptStatusFailed, incR.Status, "the includer's block, now on a stale parent, reverts")
	f.l1.wait(t, forcedWindow/4+2)
	require.Greater(t, f.l1.head(t).Time, ev.DueAt.Uint64())
	f.advance(t, censor(f.l1.head(t)), f.l1.head(t).Number.Uint64()) // and once more without it, past its dueAt

	// The refutation: a block starting with the entry on genesis, the head of the
	// mark, whatever the sequencer posted since.
	anchor = f.l1.head(t)
	refuting := newL2(t, f.rollup).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	before := f.l1.balance(t, addr(relayerKey))
	refuteReceipt, refuted := f.refute(t, relayerKey, refuting, anchor.Number.Uint64())
	require.Equal(t, forcedMarkBond, f.feeIncome(t, addr(relayerKey), before, refuteReceipt), "the refuter wins the bond")
	require.Equal(t, addr(sequencerKey), refuted.Marker)
	require.Zero(t, refuted.Index.Sign())
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0))
	_, _, number := f.head(t)
	require.Equal(t, uint64(2), number, "the refutation accepted no block")
	require.Equal(t, ev.DueAt.Uint64(), f.forcedDueAt(t, 0), "its deadline, long passed, is its own")

	// The sequencer can neither leave it out nor skip it; anyone includes it.
	anchor = f.l1.head(t)
	without := twin.build(t, anchor.Hash(), bobPays(t))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(without, anchor.Number.Uint64())),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "the sequencer's next block without it")
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.abi.PackSkipUnsettleable(rawTx(t, forced))),
		bindings.TestNativeRollupForcedTransactionNotMarkedErrorID(), "no mark left to skip on")
	with, a := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(forced) })
	require.Equal(t, types.ReceiptStatusSuccessful, with.Receipts[0].Status)
	before = f.l1.balance(t, addr(challengerKey))
	inclusion := f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(with, a))
	require.Equal(t, forcedFee, f.feeIncome(t, addr(challengerKey), before, inclusion), "the includer earns the fee")
	require.Equal(t, uint64(1), f.forcedHead(t))
	require.Zero(t, f.forcedCredit(t, addr(sequencerKey)).Sign(), "the censor gets nothing back")

	plain, a := f.nextBlock(t, bobPays(t))
	plainReceipt := f.advance(t, plain, a)
	beyondExecute := func(r *types.Receipt, b *l2.Block) uint64 {
		return r.GasUsed - precompile.RequiredGas(b.Input.Encode())
	}
	t.Logf("mark: %d L1 gas; refute: %d L1 gas, %d beyond EXECUTE; advance including the refuted entry: %d beyond EXECUTE (a plain advance: %d)",
		markReceipt.GasUsed, refuteReceipt.GasUsed, beyondExecute(refuteReceipt, refuting), beyondExecute(inclusion, with), beyondExecute(plainReceipt, plain))
}

// TestForcedRefuteRejects: each refusal of refuteMark, with its named error.
func TestForcedRefuteRejects(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	forced := settleableTransfer(t, f)
	anchor := f.l1.head(t)
	good := newL2(t, f.rollup).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	goodArgs := f.refuteArgs(good, anchor.Number.Uint64())
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, goodArgs),
		bindings.TestNativeRollupForcedQueueEmptyErrorID(), "nothing queued")
	f.queue(t, aliceKey, forced)
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, goodArgs),
		bindings.TestNativeRollupForcedTransactionNotMarkedErrorID(), "nothing marked")
	f.mark(t, sequencerKey)

	withoutHead := newL2(t, f.rollup).build(t, anchor.Hash(), bobPays(t))
	headSecond := newL2(t, f.rollup).build(t, anchor.Hash(), func(g *core.BlockGen) {
		bobPays(t)(g)
		g.AddTx(forced)
	})
	require.Len(t, headSecond.Block.Transactions(), 2)
	for name, b := range map[string]*l2.Block{"a block without the head": withoutHead, "a block with the head second": headSecond} {
		revert := f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(b, anchor.Number.Uint64()))
		requireRevert(t, revert, bindings.TestNativeRollupRefutationWithoutHeadErrorID(), name)
		e, err := f.abi.UnpackRefutationWithoutHeadError(revert[4:])
		require.NoError(t, err)
		require.Zero(t, e.Index.Sign())
	}

	wrongClaims := claimsOf(good)
	wrongClaims.PostStateRoot[0] ^= 1
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil,
		f.abi.PackRefuteMark(envOf(good), anchor.Number.Uint64(), wrongClaims, good.Input.Transactions, good.Input.Witness)),
		bindings.TestNativeRollupInvalidClaimErrorID(), "a claim EXECUTE does not reach")
	lateEnv := envOf(good)
	lateEnv.Timestamp = f.l1.head(t).Time + 3600
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil,
		f.abi.PackRefuteMark(lateEnv, anchor.Number.Uint64(), claimsOf(good), good.Input.Transactions, good.Input.Witness)),
		bindings.TestNativeRollupTimestampOutOfRangeErrorID(), "a timestamp after L1's")
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(good, f.l1.head(t).Number.Uint64()+1)),
		bindings.TestNativeRollupAnchorOutOfRangeErrorID(), "an anchor that is not a past L1 block")

	// The sequencer advances (the marked head is not required); a block starting
	// with the head on that new head is not on the head of the mark: EXECUTE
	// refuses its parent.
	b, a := f.nextBlock(t, bobPays(t))
	f.advance(t, b, a)
	onNewHead, a := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(forced) })
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(onNewHead, a)),
		bindings.TestNativeRollupExecuteFailedErrorID(), "a block on a later head than the mark's")

	// The good refutation still stands, on a fresh anchor (the sequencer's block
	// moved the anchor bound past the first one).
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, goodArgs),
		bindings.TestNativeRollupAnchorOutOfRangeErrorID(), "an anchor older than the accepted head's")
	anchor = f.l1.head(t)
	good = newL2(t, f.rollup).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	f.refute(t, relayerKey, good, anchor.Number.Uint64())
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(good, anchor.Number.Uint64())),
		bindings.TestNativeRollupForcedTransactionNotMarkedErrorID(), "a second refutation of the same mark")
}

// TestForcedRemarkAfterRefutation: a refuted entry may be marked again, on the
// head of that moment, with a new bond, and refuted again: each false mark
// costs its marker a bond. The second refuting block, on the accepted head, is
// then advanced as it is by a third party inside the sequencer's window.
func TestForcedRemarkAfterRefutation(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	forced := settleableTransfer(t, f)
	f.queue(t, aliceKey, forced)
	b, a := f.nextBlock(t, bobPays(t))
	f.advance(t, b, a)
	f.mark(t, sequencerKey) // on block 1
	f.l1.wait(t, forcedWindow)

	// First refutation, on block 1, past the entry's dueAt; f.l2 holds the
	// refuting block on top of block 1.
	refuting, a := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(forced) })
	require.Equal(t, b.Block.Hash(), refuting.Block.ParentHash())
	f.refute(t, relayerKey, refuting, a)
	require.LessOrEqual(t, f.forcedDueAt(t, 0), f.l1.head(t).Time, "due once refuted")

	// The sequencer marks it again: a new bond at stake, on the same head.
	_, ev := f.mark(t, sequencerKey)
	require.Zero(t, ev.Index.Sign())
	require.Equal(t, addr(sequencerKey), f.forcedMarker(t, 0))
	_, again := f.refute(t, bobKey, refuting, a)
	require.Equal(t, addr(sequencerKey), again.Marker)
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0))

	// Due again: the same block is what anyone may advance.
	before := f.l1.balance(t, addr(challengerKey))
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(refuting, a))
	require.Equal(t, forcedFee, f.feeIncome(t, addr(challengerKey), before, r))
	require.Equal(t, uint64(1), f.forcedHead(t))
	hash, _, _ := f.head(t)
	require.Equal(t, refuting.Block.Hash(), hash)
	require.Zero(t, f.forcedCredit(t, addr(sequencerKey)).Sign(), "two false marks, two bonds lost")
}

// TestForcedRefuteBeforeDueOpensNothing: a refutation ends the mark's exemption
// but does not make the entry due before its own dueAt. Otherwise an outsider
// could queue an entry of its own, mark it and refute the mark at once, getting
// its bond back, and take a block of its choosing in the sequencer's window for
// gas only (the outside review's attack on the first mark, through the
// refutation). Here the outsider's block starting with its own entry stays
// SequencerExclusive, and the sequencer includes the entry in its own block.
func TestForcedRefuteBeforeDueOpensNothing(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	alice := addr(aliceKey)
	own := signL2(t, f.l2, bobKey, f.l2.nonce(t, addr(bobKey)), &alice, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	ev := f.queue(t, challengerKey, own)
	f.mark(t, challengerKey)
	withOwn, a := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(own) })
	before := f.l1.balance(t, addr(challengerKey))
	r, _ := f.refute(t, challengerKey, withOwn, a)
	require.Equal(t, forcedMarkBond, f.feeIncome(t, addr(challengerKey), before, r), "its own bond back")
	require.Less(t, f.l1.head(t).Time, ev.DueAt.Uint64())
	require.Equal(t, ev.DueAt.Uint64(), f.forcedDueAt(t, 0), "still due at its own deadline")
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(withOwn, a)),
		bindings.TestNativeRollupSequencerExclusiveErrorID(), "the refutation opened nothing")
	f.advance(t, withOwn, a)
	require.Equal(t, uint64(1), f.forcedHead(t), "the sequencer included it")
}

// TestMarketForcedRefute: on the market host, where the sequencer's blocks are
// signed and posted by anyone, a mark is refuted as on NativeRollup, by anyone
// and in the sequencer's phase (refuteMark accepts no block, so it needs no
// turn); past the entry's dueAt the next signed block must start with it.
func TestMarketForcedRefute(t *testing.T) {
	f := newMarketFixture(t)
	forced := settleableTransfer(t, f.nativeFixture)
	ev := f.queue(t, aliceKey, forced)
	f.mark(t, sequencerKey)
	f.l1.wait(t, marketIdle/2)
	require.Equal(t, phaseSequencer, f.turnAt(t, f.l1.head(t).Time+1).Phase)
	anchor := f.l1.head(t)
	refuting := newL2(t, f.rollup).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	before := f.l1.balance(t, addr(relayerKey))
	r, _ := f.refute(t, relayerKey, refuting, anchor.Number.Uint64())
	require.Equal(t, forcedMarkBond, f.feeIncome(t, addr(relayerKey), before, r))
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0))

	f.l1.wait(t, marketIdle/2)
	require.GreaterOrEqual(t, f.l1.head(t).Time, ev.DueAt.Uint64())
	anchor = f.l1.head(t)
	without := f.l2.build(t, anchor.Hash(), bobPays(t))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.postArgs(without, anchor.Number.Uint64(), f.sign(t, sequencerKey, f.rollup, without.Block))),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "a signed block without it, past its dueAt")
}
