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
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// forcedMarkBond is ForcedInclusion.FORCED_MARK_BOND: 2^24 L1 gas at 30 gwei.
var forcedMarkBond = new(big.Int).Mul(big.NewInt(1<<24), big.NewInt(30*params.GWei))

// mark marks the queue's head unsettleable from key with the bond, on the
// accepted L2 head (markArgs), and returns the receipt and its event.
func (f *nativeFixture) mark(t testing.TB, key *ecdsa.PrivateKey) (*types.Receipt, *bindings.TestNativeRollupForcedTransactionMarked) {
	t.Helper()
	r := f.l1.mustSend(t, key, f.rollup, forcedMarkBond, f.markArgs(t))
	require.Len(t, r.Logs, 1)
	ev, err := f.abi.UnpackForcedTransactionMarkedEvent(r.Logs[0])
	require.NoError(t, err)
	return r, ev
}

// markArgs packs markForcedUnsettleable with the accepted L2 head's header (from
// f.l2's archive, which holds every block the tests advance) and the L1 head as
// the canonical block's anchor.
func (f *nativeFixture) markArgs(t testing.TB) []byte {
	t.Helper()
	return f.abi.PackMarkForcedUnsettleable(f.acceptedHeader(t), f.l1.head(t).Number.Uint64())
}

// acceptedHeader is the RLP of the host's accepted L2 head's header.
func (f *nativeFixture) acceptedHeader(t testing.TB) []byte {
	t.Helper()
	hash, _, _ := f.head(t)
	h := f.l2.BlockChain().GetHeaderByHash(hash)
	require.NotNil(t, h, "the accepted L2 head is not in f.l2's archive")
	return headerRLP(t, h)
}

// markedBlock builds on c, whose head must be the L2 head the mark of ev was
// made on, the mark's canonical block (solidity.MarkedBlockEnv, anchored to the
// L1 block the mark named), with the transactions txs adds (the marked entry
// first, for a refutation). go-ethereum's block generator keeps the parent's gas
// limit; the canonical block declares the lowest a next block may, which changes
// nothing the tests' transactions execute (none reads GASLIMIT or needs more
// gas), so the block's claims, transactions and witness are the canonical
// block's: refuteMark builds the environment itself.
func (f *nativeFixture) markedBlock(t testing.TB, c *l2Chain, ev *bindings.TestNativeRollupForcedTransactionMarked, txs func(g *core.BlockGen)) *l2.Block {
	t.Helper()
	minGasLimit, err := f.abi.UnpackMinGasLimit(f.l1.view(t, f.rollup, f.abi.PackMinGasLimit()))
	require.NoError(t, err)
	parent := c.Head().Header()
	env := solidity.MarkedBlockEnv(parent, minGasLimit)
	anchor, err := f.l1.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(ev.AnchorL1Block))
	require.NoError(t, err)
	b := c.build(t, anchor.Hash(), func(g *core.BlockGen) {
		g.SetCoinbase(env.FeeRecipient)
		g.OffsetTime(int64(env.Timestamp) - int64(g.Timestamp()))
		g.SetExtra(env.ExtraData)
		txs(g)
	})
	got := envOf(b)
	require.Equal(t, env.Timestamp, got.Timestamp)
	require.Equal(t, parent.GasLimit, got.GasLimit, "built at the parent's gas limit")
	require.LessOrEqual(t, env.GasLimit, got.GasLimit, "the canonical block declares the lowest next gas limit")
	require.Equal(t, env.FeeRecipient, got.FeeRecipient)
	require.Equal(t, env.PrevRandao, got.PrevRandao)
	require.Empty(t, got.ExtraData)
	return b
}

// forcedMarker is who marked queue entry index (zero if nobody, or once the mark ended).
func (f *nativeFixture) forcedMarker(t testing.TB, index uint64) common.Address {
	t.Helper()
	m, err := f.abi.UnpackForcedMarker(f.l1.view(t, f.rollup, f.abi.PackForcedMarker(new(big.Int).SetUint64(index))))
	require.NoError(t, err)
	return m
}

func (f *nativeFixture) forcedCredit(t testing.TB, account common.Address) *big.Int {
	t.Helper()
	c, err := f.abi.UnpackForcedCredit(f.l1.view(t, f.rollup, f.abi.PackForcedCredit(account)))
	require.NoError(t, err)
	return c
}

// heavyForced is a transaction from alice that every queueing and state check
// accepts but whose block no L1 transaction settles: ~60k L2 gas that CALLs six
// 24 KB contracts (codeHeavyGenesis), so its witness is over MAX_SETTLE_PAYLOAD.
// It returns the transaction and a block of a fork of f's L2 at genesis that
// starts with it, anchored to the L1 head, with that anchor's number.
func heavyForced(t *testing.T, f *nativeFixture, alloc types.GenesisAlloc, heavy common.Address) (*types.Transaction, *l2.Block, uint64) {
	t.Helper()
	tx := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &heavy, nil, nil, 200_000, big.NewInt(10*params.GWei))
	anchor := f.l1.head(t)
	withIt := newL2(t, f.rollup, alloc).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(tx) })
	require.Equal(t, types.ReceiptStatusSuccessful, withIt.Receipts[0].Status)
	require.Less(t, withIt.Receipts[0].GasUsed, uint64(100_000), "the transaction is cheap in gas")
	payload := uint64(len(withIt.Input.Transactions) + len(withIt.Input.Witness) + len(withIt.Block.Extra()))
	require.Greater(t, payload, uint64(solidity.MaxSettlePayload), "its witness carries six full codes")
	return tx, withIt, anchor.Number.Uint64()
}

// TestForcedUnsettleableEntryMarkedAndSkipped (issue 12 on the native host): a
// queued transaction that every state check calls valid but whose block no L1
// transaction can settle halted the chain once due: every block had to start
// with it, none that did settled (BlockTooLarge), and it could not be skipped
// (ForcedTransactionValid). On the host before the mark this test fails at the
// first block after the deadline (ForcedTransactionNotIncluded). Now anyone
// marks it with the bond; the mark's canonical block is over the settle bound,
// so no refutation settles (BlockTooLarge); meanwhile the sequencer and third
// parties advance blocks without it, and once the mark has stood
// forcedInclusionDelay() anyone skips it (Unsettleable), crediting the marker
// its bond back; the entry's fee goes to nobody (it stays in the host, and
// alice, its sender, is credited nothing). The marker withdraws once.
func TestForcedUnsettleableEntryMarkedAndSkipped(t *testing.T) {
	alloc, heavy := codeHeavyGenesis(6)
	f := newNativeFixture(t, forcedWindow, alloc)
	forced, withIt, withItAnchor := heavyForced(t, f, alloc, heavy)
	withItArgs := advanceArgs(withIt, withItAnchor)
	f.queue(t, aliceKey, forced)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, withItArgs),
		bindings.TestNativeRollupBlockTooLargeErrorID(), "no block starting with it settles")
	_, root, _ := f.head(t)
	skipArgs := f.abi.PackSkipForcedTransaction(rawTx(t, forced), f.l2.accountProof(t, root, addr(aliceKey)), nil, headerRLP(t, f.l2.Head().Header()))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, skipArgs),
		bindings.TestNativeRollupForcedTransactionValidErrorID(), "every state check passes: it cannot be skipped by proof")

	// Once due, every block must start with it, and none that does settles.
	f.l1.wait(t, forcedWindow+1)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, withItArgs), bindings.TestNativeRollupBlockTooLargeErrorID())
	without, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(without, anchor)),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "the sequencer's block without it")
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(without, anchor)),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "a third party's block without it")

	// The mark: the entry is no longer due, and anyone may advance.
	marker := addr(relayerKey)
	markReceipt, ev := f.mark(t, relayerKey)
	markedAt := f.l1.head(t).Time
	require.Equal(t, uint64(0), ev.Index.Uint64())
	require.Equal(t, marker, ev.Marker)
	require.Equal(t, new(big.Int).SetUint64(markedAt+forcedWindow), ev.SkippableAt)
	require.Equal(t, marker, f.forcedMarker(t, 0))
	canonical := f.markedBlock(t, newL2(t, f.rollup, alloc), ev, func(g *core.BlockGen) { g.AddTx(forced) })
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, f.refuteArgs(canonical)),
		bindings.TestNativeRollupBlockTooLargeErrorID(), "the canonical block cannot refute the mark either")
	f.advance(t, without, anchor)
	for _, key := range []*ecdsa.PrivateKey{challengerKey, bobKey} {
		b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
		f.l1.mustSend(t, key, f.rollup, nil, advanceArgs(b, anchor)) // the sequencer advanced within its window
		requireRevert(t, f.l1.revertOf(t, key, f.rollup, nil, f.abi.PackSkipUnsettleable()),
			bindings.TestNativeRollupForcedMarkStandingErrorID(), "the mark has not stood forcedInclusionDelay()")
		f.l1.wait(t, forcedWindow/2)
	}
	_, _, number := f.head(t)
	require.Equal(t, uint64(3), number, "the sequencer's block and two third parties' during the mark")

	// The mark stood: anyone skips the entry, no proof needed.
	require.GreaterOrEqual(t, f.l1.head(t).Time, markedAt+forcedWindow)
	hostBefore := f.l1.balance(t, f.rollup)
	skipReceipt := f.l1.mustSend(t, bobKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	skipped, err := f.abi.UnpackForcedTransactionSkippedEvent(skipReceipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, forced.Hash(), common.Hash(skipped.TxHash))
	require.Equal(t, uint8(4), skipped.Reason, "SkipReason.Unsettleable")
	require.Equal(t, uint64(1), f.forcedHead(t))
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0), "the mark left with its entry")
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, marker), "the marker's bond back, nothing more")
	require.Zero(t, f.forcedCredit(t, addr(aliceKey)).Sign(), "no fee back to the sender")
	require.Zero(t, f.forcedCredit(t, addr(bobKey)).Sign(), "nor to whoever skips")
	require.Equal(t, hostBefore, f.l1.balance(t, f.rollup), "the fee stays in the host")
	t.Logf("mark: %d L1 gas; unsettleable skip: %d L1 gas", markReceipt.GasUsed, skipReceipt.GasUsed)

	// The chain is the sequencer's again, and the marker withdraws once.
	b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	f.advance(t, b, anchor)
	b, anchor = f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestNativeRollupSequencerExclusiveErrorID(), "no mark, nothing due")
	for _, w := range []struct {
		key    *ecdsa.PrivateKey
		credit *big.Int
	}{{relayerKey, forcedMarkBond}, {aliceKey, new(big.Int)}} {
		for i, want := range []*big.Int{w.credit, new(big.Int)} {
			before := f.l1.balance(t, addr(w.key))
			r := f.l1.mustSend(t, w.key, f.rollup, nil, f.abi.PackWithdrawForcedCredit())
			require.Equal(t, want.String(), f.feeIncome(t, addr(w.key), before, r).String(), "withdrawal %d", i+1)
		}
	}
}

// TestForcedMarkedEntryIncludedReturnsBond: a censoring sequencer marks a valid,
// settleable queued transaction as soon as it is queued. The mark suspends the
// deadline (its own blocks without it are accepted past dueAt); once it is due
// anyone may advance, and a third party advances a block that starts with the
// transaction: it earns the fee only, and the bond goes back to the marker. An
// inclusion proves nothing about the mark's canonical block, since the includer
// chose its block's environment: paying it the bond let a griefer take an
// honest marker's bond with an entry cheap only under a secret environment (the
// outside review, branch arefute). Only a refutation takes the bond
// (TestForcedRefuteEndsSequencerRace).
func TestForcedMarkedEntryIncludedReturnsBond(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	bob := addr(bobKey)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	ev := f.queue(t, aliceKey, forced)
	f.mark(t, sequencerKey)
	f.l1.wait(t, forcedWindow+1)
	require.Greater(t, f.l1.head(t).Time, ev.DueAt.Uint64())
	without, anchor := f.nextBlock(t, nil)
	f.advance(t, without, anchor) // the sequencer's block without it, past dueAt: the marked entry is not due

	// A third party's block, the transaction first, while the sequencer's window runs.
	included, anchor := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(forced) })
	require.Equal(t, types.ReceiptStatusSuccessful, included.Receipts[0].Status)
	before := f.l1.balance(t, addr(challengerKey))
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(included, anchor))
	require.Equal(t, forcedFee, f.feeIncome(t, addr(challengerKey), before, r), "the includer earns the fee only")
	require.Equal(t, uint64(1), f.forcedHead(t))
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0))
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, addr(sequencerKey)), "the bond back to the marker")
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.abi.PackSkipUnsettleable()),
		bindings.TestNativeRollupForcedQueueEmptyErrorID())
}

// TestForcedMarkRejects: each refusal of markForcedUnsettleable and
// skipUnsettleable, with its named error, among them a mark on the header of an
// L2 head that is no longer the accepted one (HeadHeaderMismatch: a block landed
// between the marker's judgement and its mark) and a mark naming an anchor that
// no block advanced now could have (AnchorOutOfRange).
func TestForcedMarkRejects(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	genesisHeader := f.acceptedHeader(t)
	genesis, _, _ := f.head(t)
	markOn := func(header []byte, anchor uint64) []byte {
		return f.abi.PackMarkForcedUnsettleable(header, anchor)
	}
	bob := addr(bobKey)
	queued := signL2(t, f.l2, aliceKey, 0, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, forcedMarkBond, f.markArgs(t)),
		bindings.TestNativeRollupForcedQueueEmptyErrorID(), "mark on an empty queue")
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.abi.PackSkipUnsettleable()),
		bindings.TestNativeRollupForcedQueueEmptyErrorID(), "skip on an empty queue")

	f.queue(t, aliceKey, queued)
	// The marker judged the entry on genesis; a block lands before its mark.
	b, anchor := f.nextBlock(t, transfer(t, addr(challengerKey)))
	f.advance(t, b, anchor)
	revert := f.l1.revertOf(t, relayerKey, f.rollup, forcedMarkBond, markOn(genesisHeader, f.l1.head(t).Number.Uint64()))
	requireRevert(t, revert, bindings.TestNativeRollupHeadHeaderMismatchErrorID(), "a mark judged on a head that moved")
	moved, err := f.abi.UnpackHeadHeaderMismatchError(revert[4:])
	require.NoError(t, err)
	require.Equal(t, [32]byte(genesis), moved.HeaderHash)
	require.Equal(t, [32]byte(b.Block.Hash()), moved.BlockHash)
	header := f.acceptedHeader(t)
	for name, a := range map[string]uint64{
		"an anchor that is not a past L1 block":    f.l1.head(t).Number.Uint64() + 1,
		"an anchor older than the accepted head's": anchor - 1,
	} {
		requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, forcedMarkBond, markOn(header, a)),
			bindings.TestNativeRollupAnchorOutOfRangeErrorID(), name)
	}

	for _, bond := range []*big.Int{new(big.Int), new(big.Int).Sub(forcedMarkBond, common.Big1), new(big.Int).Add(forcedMarkBond, common.Big1)} {
		revert := f.l1.revertOf(t, relayerKey, f.rollup, bond, f.markArgs(t))
		requireRevert(t, revert, bindings.TestNativeRollupWrongForcedMarkBondErrorID(), "bond %v", bond)
		e, err := f.abi.UnpackWrongForcedMarkBondError(revert[4:])
		require.NoError(t, err)
		require.Equal(t, bond.String(), e.Paid.String())
		require.Equal(t, forcedMarkBond, e.Required)
	}
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.abi.PackSkipUnsettleable()),
		bindings.TestNativeRollupForcedTransactionNotMarkedErrorID(), "skipping an unmarked entry as unsettleable")

	f.mark(t, relayerKey)
	markedAt := f.l1.head(t).Time
	revert = f.l1.revertOf(t, bobKey, f.rollup, forcedMarkBond, f.markArgs(t))
	requireRevert(t, revert, bindings.TestNativeRollupForcedTransactionAlreadyMarkedErrorID(), "a second mark")
	again, err := f.abi.UnpackForcedTransactionAlreadyMarkedError(revert[4:])
	require.NoError(t, err)
	require.Equal(t, addr(relayerKey), again.Marker)

	f.l1.wait(t, forcedWindow-10)
	revert = f.l1.revertOf(t, bobKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	requireRevert(t, revert, bindings.TestNativeRollupForcedMarkStandingErrorID(), "before the mark stood forcedInclusionDelay()")
	standing, err := f.abi.UnpackForcedMarkStandingError(revert[4:])
	require.NoError(t, err)
	require.Equal(t, new(big.Int).SetUint64(markedAt+forcedWindow), standing.SkippableAt)
	f.l1.wait(t, 10)
	f.l1.mustSend(t, bobKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	require.Equal(t, uint64(1), f.forcedHead(t))
}

// rejectingForwarder is the creation code of a contract that forwards every
// call with data to host, with its value, bubbling up a revert, and refuses
// plain ether (a call without data reverts).
func rejectingForwarder(host common.Address) []byte {
	runtime := []byte{
		0x36, 0x15, 0x60, 0x2f, 0x57, // if calldatasize == 0, jump to the revert
		0x36, 0x60, 0x00, 0x60, 0x00, 0x37, // calldatacopy(0, 0, calldatasize)
		0x60, 0x00, 0x60, 0x00, 0x36, 0x60, 0x00, 0x34, 0x73, // call(gas, host, callvalue, 0, calldatasize, 0, 0)
	}
	runtime = append(runtime, host.Bytes()...)
	runtime = append(runtime,
		0x5a, 0xf1, 0x15, 0x60, 0x2f, 0x57, 0x00, // revert if the call failed, else stop
		0x5b, 0x3d, 0x60, 0x00, 0x60, 0x00, 0x3e, 0x3d, 0x60, 0x00, 0xfd, // 0x2f: revert with the return data
	)
	return append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
}

// TestForcedMarkerRefusingEtherDoesNotBlockSkip: the marker's bond is
// credited, not pushed, so a marker contract that refuses ether cannot stop the
// skip; only its own withdrawal fails (TransferFailed), and the credit stays.
func TestForcedMarkerRefusingEtherDoesNotBlockSkip(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	r := f.l1.send(t, relayerKey, nil, nil, rejectingForwarder(f.rollup))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	marker := r.ContractAddress
	require.NotNil(t, f.l1.revertOf(t, bobKey, marker, big.NewInt(1), nil), "the marker refuses plain ether")

	bob := addr(bobKey)
	queued := signL2(t, f.l2, aliceKey, 0, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queue(t, aliceKey, queued)
	f.l1.mustSend(t, relayerKey, marker, forcedMarkBond, f.markArgs(t))
	require.Equal(t, marker, f.forcedMarker(t, 0))
	f.l1.wait(t, forcedWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	require.Equal(t, uint64(1), f.forcedHead(t), "the skip went through")
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, marker))
	requireRevert(t, f.l1.revertOf(t, relayerKey, marker, nil, f.abi.PackWithdrawForcedCredit()),
		bindings.TestNativeRollupTransferFailedErrorID(), "its own withdrawal fails")
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, marker))
}

// TestForcedMarkedInvalidEntryWaitsForTheSkip: a marked entry is not skipped by
// proof, even one unable to execute (ForcedTransactionAlreadyMarked): the blocks
// a mark lets land without it could have made it invalid (the second outside
// review's base-fee inflation), so a proof on the current head says nothing
// about the mark. It leaves by skipUnsettleable once the mark stood W (the
// marker gets its bond back, the fee stays in the host), and blocks without it
// are accepted meanwhile.
func TestForcedMarkedInvalidEntryWaitsForTheSkip(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	bob := addr(bobKey)
	ahead := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey))+5, &bob, big.NewInt(1), nil, 21000, big.NewInt(10*params.GWei))
	f.queue(t, aliceKey, ahead)
	f.mark(t, relayerKey)
	_, root, _ := f.head(t)
	skip := f.abi.PackSkipForcedTransaction(rawTx(t, ahead), f.l2.accountProof(t, root, addr(aliceKey)), nil, headerRLP(t, f.l2.Head().Header()))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, skip),
		bindings.TestNativeRollupForcedTransactionAlreadyMarkedErrorID(), "a marked head is not skipped by proof")
	f.l1.wait(t, forcedWindow+1)
	b, anchor := f.nextBlock(t, transfer(t, bob))
	f.advance(t, b, anchor) // past dueAt, without the marked entry
	hostBefore := f.l1.balance(t, f.rollup)
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	ev, err := f.abi.UnpackForcedTransactionSkippedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, uint8(4), ev.Reason, "SkipReason.Unsettleable")
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, addr(relayerKey)), "the marker's bond back")
	require.Equal(t, hostBefore, f.l1.balance(t, f.rollup), "the fee stays in the host")
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0))
}

// TestMarketForcedMarkOpensAdvance: on the market host a mark alone opens
// nothing (an outsider's unsigned block in the sequencer's phase still reverts
// SignatureRequired: the first version let a self-mark displace the sequencer's
// signed block); once the head is due anyone may post, a block without the
// marked head is accepted, and the mark's skip works as on NativeRollup.
func TestMarketForcedMarkOpensAdvance(t *testing.T) {
	alloc, heavy := codeHeavyGenesis(6)
	f := newMarketFixture(t, alloc)
	forced, _, _ := heavyForced(t, f.nativeFixture, alloc, heavy)
	f.queue(t, aliceKey, forced)
	b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestMarketNativeRollupSignatureRequiredErrorID(), "the sequencer's phase, nothing due")
	f.mark(t, challengerKey)
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestMarketNativeRollupSignatureRequiredErrorID(), "a mark before the deadline opens nothing")
	f.l1.wait(t, marketIdle)
	f.l1.mustSend(t, relayerKey, f.rollup, nil, advanceArgs(b, anchor))
	f.l1.mustSend(t, relayerKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	require.Equal(t, uint64(1), f.forcedHead(t))
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, addr(challengerKey)))
	require.Zero(t, f.forcedCredit(t, addr(aliceKey)).Sign(), "the fee to nobody")
}
