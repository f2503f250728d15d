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
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// refuteArgs packs refuteMark for block b, the mark's canonical block
// (markedBlock): its claims, transactions and witness.
func (f *nativeFixture) refuteArgs(b *l2.Block) []byte {
	return f.abi.PackRefuteMark(claimsOf(b), b.Input.Transactions, b.Input.Witness)
}

// refute sends refuteMark from key and requires its ForcedMarkRefuted event.
func (f *nativeFixture) refute(t testing.TB, key *ecdsa.PrivateKey, b *l2.Block) (*types.Receipt, *bindings.TestNativeRollupForcedMarkRefuted) {
	t.Helper()
	r := f.l1.mustSend(t, key, f.rollup, nil, f.refuteArgs(b))
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
// amark). Now anyone refutes the mark with its canonical block, which starts
// with the entry on the head the mark was made on and which no later block can
// race: the refuter
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
	markReceipt, marked := f.mark(t, sequencerKey) // on genesis, half a window after queueing
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

	// The refutation: the mark's canonical block, starting with the entry on
	// genesis, the head of the mark, whatever the sequencer posted since.
	refuting := f.markedBlock(t, newL2(t, f.rollup), marked, func(g *core.BlockGen) { g.AddTx(forced) })
	before := f.l1.balance(t, addr(relayerKey))
	refuteReceipt, refuted := f.refute(t, relayerKey, refuting)
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
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.abi.PackSkipUnsettleable()),
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
	// The refutation's EXECUTE declares the canonical gas limit (the lowest next
	// one), not the gas limit of the block the generator built at the parent's.
	minGasLimit, err := f.abi.UnpackMinGasLimit(f.l1.view(t, f.rollup, f.abi.PackMinGasLimit()))
	require.NoError(t, err)
	canonical := *refuting.Input
	canonical.GasLimit = solidity.MarkedBlockEnv(refuting.Block.Header(), minGasLimit).GasLimit
	refuteBeyond := refuteReceipt.GasUsed - precompile.RequiredGas(canonical.Encode())
	t.Logf("mark: %d L1 gas; refute: %d L1 gas, %d beyond EXECUTE; advance including the refuted entry: %d beyond EXECUTE (a plain advance: %d)",
		markReceipt.GasUsed, refuteReceipt.GasUsed, refuteBeyond, beyondExecute(inclusion, with), beyondExecute(plainReceipt, plain))
}

// TestForcedRefuteRejects: each refusal of refuteMark, with its named error.
// The refuter chooses no environment: a block built with another one than the
// mark's canonical block (here go-ethereum's generator: 10 s after its parent)
// is not the block the mark is about. The anchor bound of the moment does not
// apply (the anchor was fixed at the mark): a block accepted since, which moved
// the bound past the mark's anchor, leaves the refutation standing.
func TestForcedRefuteRejects(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	forced := settleableTransfer(t, f)
	anchor := f.l1.head(t)
	ordinary := newL2(t, f.rollup).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(ordinary)),
		bindings.TestNativeRollupForcedQueueEmptyErrorID(), "nothing queued")
	f.queue(t, aliceKey, forced)
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(ordinary)),
		bindings.TestNativeRollupForcedTransactionNotMarkedErrorID(), "nothing marked")
	_, marked := f.mark(t, sequencerKey)

	withoutHead := f.markedBlock(t, newL2(t, f.rollup), marked, bobPays(t))
	headSecond := f.markedBlock(t, newL2(t, f.rollup), marked, func(g *core.BlockGen) {
		bobPays(t)(g)
		g.AddTx(forced)
	})
	require.Len(t, headSecond.Block.Transactions(), 2)
	for name, b := range map[string]*l2.Block{"a block without the head": withoutHead, "a block with the head second": headSecond} {
		revert := f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(b))
		requireRevert(t, revert, bindings.TestNativeRollupRefutationWithoutHeadErrorID(), name)
		e, err := f.abi.UnpackRefutationWithoutHeadError(revert[4:])
		require.NoError(t, err)
		require.Zero(t, e.Index.Sign())
	}

	good := f.markedBlock(t, newL2(t, f.rollup), marked, func(g *core.BlockGen) { g.AddTx(forced) })
	wrongClaims := claimsOf(good)
	wrongClaims.PostStateRoot[0] ^= 1
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil,
		f.abi.PackRefuteMark(wrongClaims, good.Input.Transactions, good.Input.Witness)),
		bindings.TestNativeRollupInvalidClaimErrorID(), "a claim EXECUTE does not reach")
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(ordinary)),
		bindings.TestNativeRollupInvalidClaimErrorID(), "a block of another environment than the canonical one")

	// The sequencer advances (the marked head is not required); a block starting
	// with the head on that new head is not on the head of the mark: EXECUTE
	// refuses its parent.
	b, a := f.nextBlock(t, bobPays(t))
	f.advance(t, b, a)
	onNewHead, _ := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(forced) })
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(onNewHead)),
		bindings.TestNativeRollupExecuteFailedErrorID(), "a block on a later head than the mark's")

	// The canonical block still refutes, though its anchor is now older than the
	// accepted head's, the bound an advance of the moment must meet.
	bound, err := f.abi.UnpackAnchorBlockNumber(f.l1.view(t, f.rollup, f.abi.PackAnchorBlockNumber()))
	require.NoError(t, err)
	require.Less(t, marked.AnchorL1Block, bound)
	f.refute(t, relayerKey, good)
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(good)),
		bindings.TestNativeRollupForcedTransactionNotMarkedErrorID(), "a second refutation of the same mark")
}

// TestForcedRemarkAfterRefutation: a refuted entry may be marked again, on the
// head of that moment, with a new bond, and refuted again: each false mark
// costs its marker a bond. The second mark's canonical block, on the accepted
// head, is then advanced as it is by a third party inside the sequencer's
// window: a canonical block is a block anyone could advance at its mark.
func TestForcedRemarkAfterRefutation(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	forced := settleableTransfer(t, f)
	f.queue(t, aliceKey, forced)
	b, a := f.nextBlock(t, bobPays(t))
	f.advance(t, b, a)
	// twin holds block 1 too, for the second mark's canonical block.
	twin := newL2(t, f.rollup)
	require.Equal(t, b.Block.Hash(), twin.build(t, *b.Block.BeaconRoot(), bobPays(t)).Block.Hash())
	_, first := f.mark(t, sequencerKey) // on block 1
	f.l1.wait(t, forcedWindow)

	// First refutation, on block 1, past the entry's dueAt.
	refuting := f.markedBlock(t, f.l2, first, func(g *core.BlockGen) { g.AddTx(forced) })
	require.Equal(t, b.Block.Hash(), refuting.Block.ParentHash())
	f.refute(t, relayerKey, refuting)
	require.LessOrEqual(t, f.forcedDueAt(t, 0), f.l1.head(t).Time, "due once refuted")

	// The sequencer marks it again: a new bond at stake, on the same head, with
	// a new anchor.
	_, second := f.mark(t, sequencerKey)
	require.Zero(t, second.Index.Sign())
	require.Equal(t, addr(sequencerKey), f.forcedMarker(t, 0))
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.refuteArgs(refuting)),
		bindings.TestNativeRollupInvalidClaimErrorID(), "the first mark's block is not the second's")
	again := f.markedBlock(t, twin, second, func(g *core.BlockGen) { g.AddTx(forced) })
	_, ev := f.refute(t, bobKey, again)
	require.Equal(t, addr(sequencerKey), ev.Marker)
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0))

	// Due again: the canonical block is what anyone may advance.
	before := f.l1.balance(t, addr(challengerKey))
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(again, second.AnchorL1Block))
	require.Equal(t, forcedFee, f.feeIncome(t, addr(challengerKey), before, r))
	require.Equal(t, uint64(1), f.forcedHead(t))
	hash, _, _ := f.head(t)
	require.Equal(t, again.Block.Hash(), hash)
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
	_, marked := f.mark(t, challengerKey)
	withOwn := f.markedBlock(t, f.l2, marked, func(g *core.BlockGen) { g.AddTx(own) })
	a := marked.AnchorL1Block
	before := f.l1.balance(t, addr(challengerKey))
	r, _ := f.refute(t, challengerKey, withOwn)
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
	_, marked := f.mark(t, sequencerKey)
	f.l1.wait(t, marketIdle/2)
	require.Equal(t, phaseSequencer, f.turnAt(t, f.l1.head(t).Time+1).Phase)
	refuting := f.markedBlock(t, newL2(t, f.rollup), marked, func(g *core.BlockGen) { g.AddTx(forced) })
	before := f.l1.balance(t, addr(relayerKey))
	r, _ := f.refute(t, relayerKey, refuting)
	require.Equal(t, forcedMarkBond, f.feeIncome(t, addr(relayerKey), before, r))
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0))

	f.l1.wait(t, marketIdle/2)
	require.GreaterOrEqual(t, f.l1.head(t).Time, ev.DueAt.Uint64())
	anchor := f.l1.head(t)
	without := f.l2.build(t, anchor.Hash(), bobPays(t))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.postArgs(without, anchor.Number.Uint64(), f.sign(t, sequencerKey, f.rollup, without.Block))),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "a signed block without it, past its dueAt")
}
