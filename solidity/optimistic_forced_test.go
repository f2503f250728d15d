package solidity_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

var queueABI = bindings.NewOptimisticForcedQueue()

// forcedLead is how far after the L1 head the forced tests' L2 genesis is, so
// their blocks are newer than the entries they queue next: no block older than
// an entry skips it.
const forcedLead = 100

// newForcedFixture is newOptimisticFixture with the L2 forcedLead seconds ahead.
func newForcedFixture(t testing.TB, n int) *optimisticFixture {
	t.Helper()
	return newOptimisticFixtureAt(t, n, l2.GenesisGasLimit, forcedLead,
		func(c *bindings.OptimisticNativeRollupConfig) { c.MaxGasLimit = testMaxGasLimit }, func(*l2Chain, int, *core.BlockGen) {})
}

// forcedQueue is the address of the optimistic host's forced-inclusion queue.
func (f *optimisticFixture) forcedQueue(t testing.TB) common.Address {
	t.Helper()
	q, err := optABI.UnpackForcedQueue(f.l1.view(t, f.rollup, optABI.PackForcedQueue()))
	require.NoError(t, err)
	return q
}

// queueForced queues tx on the optimistic host's queue, paid by from.
func (f *optimisticFixture) queueForced(t testing.TB, from *ecdsa.PrivateKey, tx *types.Transaction) *bindings.OptimisticForcedQueueForcedTransactionQueued {
	t.Helper()
	r := f.l1.mustSend(t, from, f.forcedQueue(t), forcedFee, queueABI.PackQueueForcedTransaction(rawTx(t, tx)))
	ev, err := queueABI.UnpackForcedTransactionQueuedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, tx.Hash(), common.Hash(ev.TxHash))
	if f.queuedAt == nil {
		f.queuedAt = map[common.Hash]uint64{}
	}
	f.queuedAt[tx.Hash()] = f.now(t)
	return ev
}

// judgeArgs is judgeForcedTransaction's calldata for entry index (transaction
// tx) on top of L2 block parent.
func (f *optimisticFixture) judgeArgs(t testing.TB, index uint64, tx *types.Transaction, parent *types.Header, code []byte) []byte {
	t.Helper()
	proof := f.l2.accountProof(t, parent.Root, l2Sender(t, f.l2, tx))
	return queueABI.PackJudgeForcedTransaction(index, rawTx(t, tx), headerRLP(t, parent), proof, code)
}

// judge records entry index's verdict on parent and returns it.
func (f *optimisticFixture) judge(t testing.TB, index uint64, tx *types.Transaction, parent *types.Header) *bindings.OptimisticForcedQueueForcedTransactionJudged {
	t.Helper()
	r := f.l1.mustSend(t, bobKey, f.forcedQueue(t), nil, f.judgeArgs(t, index, tx, parent, nil))
	ev, err := queueABI.UnpackForcedTransactionJudgedEvent(r.Logs[0])
	require.NoError(t, err)
	return ev
}

// blockKeyOf is solidity.ForcedBlockKey of the L2 block with header h on top of
// the block parentHash.
func blockKeyOf(parentHash common.Hash, h *types.Header) common.Hash {
	env, anchor := solidity.ForcedBlockEnv(h)
	return solidity.ForcedBlockKey(parentHash, env, anchor)
}

// settleable is the queue's forcedSettleable for entry index under block key key.
func (f *optimisticFixture) settleable(t testing.TB, key common.Hash, index uint64) bool {
	t.Helper()
	proven, err := queueABI.UnpackForcedSettleable(f.l1.view(t, f.forcedQueue(t), queueABI.PackForcedSettleable(solidity.ForcedEntryKey(key, index))))
	require.NoError(t, err)
	return proven
}

// header is L2 block n's header (0: the genesis).
func (f *optimisticFixture) header(n uint64) *types.Header {
	return f.l2.BlockChain().GetHeaderByNumber(n)
}

// account is what JudgeForced reads of sender in the state of L2 block n.
func (f *optimisticFixture) account(t testing.TB, n uint64, sender common.Address) solidity.ForcedAccount {
	t.Helper()
	h := f.header(n)
	st, err := f.l2.BlockChain().StateAt(h.Root, h.Number, h.Time)
	require.NoError(t, err)
	return solidity.ForcedAccount{Nonce: st.GetNonce(sender), Balance: st.GetBalance(sender).ToBig(), Code: st.GetCode(sender)}
}

// forcedProposal is the honest proposal over the fixture's blocks with queue
// entries queued (hashes in order), each block's forced index computed by the Go
// mirror of the walk (end = the whole queue) with verdicts judged on the L2 state
// and the settleability proofs recorded on L1 now.
func (f *optimisticFixture) forcedProposal(t testing.TB, queued []*types.Transaction) *proposal {
	t.Helper()
	p := honestProposal(f)
	var index uint64
	for i, b := range f.blocks {
		parent := uint64(i)
		key := blockKeyOf(f.header(parent).Hash(), b.Block.Header())
		taken, err := solidity.ForcedTaken(b.Block.Transactions(), index, uint64(len(queued)),
			func(j uint64) common.Hash { return queued[j].Hash() },
			func(j uint64) (solidity.ForcedVerdict, error) {
				v, _ := solidity.JudgeQueued(queued[j], f.queuedAt[queued[j].Hash()], forcedDelay, f.account(t, parent, l2Sender(t, f.l2, queued[j])), f.header(parent), f.l2.Genesis.Config)
				return v, nil
			},
			func(j uint64) (bool, error) { return f.settleable(t, key, j), nil })
		require.NoError(t, err)
		index = taken
		p.outputs[i].ForcedIndex = index
	}
	return p
}

// TestOptimisticForcedInclusion (issue 12, censorship on the optimistic host): a
// queued transaction that is due must be taken by every proposal; a proposal whose
// forced index is wrong where a block starts with the transaction loses its
// dispute; the proposal that takes it finalizes, moves forcedHead and earns the
// fee.
func TestOptimisticForcedInclusion(t *testing.T) {
	bob := addr(bobKey)
	var forced *types.Transaction
	f := newOptimisticFixtureAt(t, 3, l2.GenesisGasLimit, forcedLead, func(*bindings.OptimisticNativeRollupConfig) {}, func(c *l2Chain, i int, b *core.BlockGen) {
		if i == 1 { // block 2 starts with the queued transaction
			forced = signL2(t, c, aliceKey, b.TxNonce(addr(aliceKey)), &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
			b.AddTx(forced)
		}
	})
	ev := f.queueForced(t, aliceKey, forced)
	require.Equal(t, f.now(t)+forcedDelay, ev.DueAt.Uint64())
	honest := f.forcedProposal(t, []*types.Transaction{forced})
	require.Equal(t, []uint64{0, 1, 1}, []uint64{honest.outputs[0].ForcedIndex, honest.outputs[1].ForcedIndex, honest.outputs[2].ForcedIndex})
	f.truth = honest

	// A proposal that takes the entry, but claims it taken one block late, is
	// wrong at block 2, whose first transaction is the entry's.
	late := f.forcedProposal(t, []*types.Transaction{forced})
	late.outputs[1].ForcedIndex = 0
	f.proposeChallenged(t, late)
	f.play(t, firstGame, late)
	g := f.game(t, firstGame)
	require.Equal(t, []uint64{1, 2}, []uint64{g.Lo, g.Hi}, "the first wrong output is block 2's")
	_, step := f.settle(t, sequencerKey, firstGame, late)
	require.False(t, resolved(t, step).ProposerWon, "block 2 takes the entry: forcedIndex 0 is wrong")

	// After the deadline no proposal may leave the entry behind.
	f.l1.wait(t, forcedDelay)
	untaken := honestProposal(f) // every forced index 0
	data := optABI.PackPropose(new(big.Int), 3, untaken.outputs[2], f.honestData(t).counts, f.anchor)
	requireRevert(t, f.revertWithBlobs(t, sequencerKey, proposerBond, data, f.honestData(t)),
		bindings.OptimisticForcedQueueForcedTransactionDueErrorID(), "a proposal after the deadline that leaves the due entry")
	tooFar := honestProposal(f)
	tooFar.outputs[2].ForcedIndex = 2
	data = optABI.PackPropose(new(big.Int), 3, tooFar.outputs[2], f.honestData(t).counts, f.anchor)
	requireRevert(t, f.revertWithBlobs(t, sequencerKey, proposerBond, data, f.honestData(t)),
		bindings.OptimisticForcedQueueForcedIndexOutOfRangeErrorID(), "past the queue's tail")

	f.propose(t, sequencerKey, honest)
	id := f.last
	f.l1.wait(t, challengeWindow)
	before := f.feeCredit(t, addr(sequencerKey))
	r := f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	taken, err := queueABI.UnpackForcedTransactionsTakenEvent(r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	require.Equal(t, id, taken.ProposalId.Uint64())
	require.Equal(t, []uint64{0, 1}, []uint64{taken.FromIndex, taken.ToIndex})
	require.Equal(t, uint64(1), f.queueHead(t))
	require.Equal(t, new(big.Int).Add(before, forcedFee), f.feeCredit(t, addr(sequencerKey)), "the proposer that took the entry earns its fee")
	balance := f.l1.balance(t, addr(sequencerKey))
	w := f.l1.mustSend(t, sequencerKey, f.forcedQueue(t), nil, queueABI.PackWithdrawFees())
	paid := new(big.Int).Sub(f.l1.balance(t, addr(sequencerKey)), balance)
	require.Equal(t, forcedFee, paid.Add(paid, new(big.Int).Mul(new(big.Int).SetUint64(w.GasUsed), w.EffectiveGasPrice)))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.forcedQueue(t), nil, queueABI.PackWithdrawFees()), bindings.OptimisticForcedQueueNoFeesErrorID())
	q, err := queueABI.UnpackForcedTransaction(f.l1.view(t, f.forcedQueue(t), queueABI.PackForcedTransaction(common.Big0)))
	require.NoError(t, err)
	require.Zero(t, q.Fee.Sign(), "a taken entry is no longer pending")
}

// TestOptimisticForcedTakenWithoutTheTransaction: a proposal that claims the entry
// taken while no block includes it (and it can execute) loses: step needs the
// entry's verdict on the parent first (ForcedVerdictMissing), and with it, the walk
// stops at the entry.
func TestOptimisticForcedTakenWithoutTheTransaction(t *testing.T) {
	f := newForcedFixture(t, 1)
	bob := addr(bobKey)
	forced := signL2(t, f.l2, aliceKey, 0, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queueForced(t, aliceKey, forced)
	require.Zero(t, f.forcedProposal(t, []*types.Transaction{forced}).outputs[0].ForcedIndex, "block 1 does not include it, and it can execute")
	lying := honestProposal(f)
	lying.outputs[0].ForcedIndex = 1
	f.proposeChallenged(t, lying)
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, lying)),
		bindings.OptimisticForcedQueueForcedVerdictMissingErrorID())
	v := f.judge(t, 0, forced, f.header(0))
	require.Equal(t, uint8(solidity.ForcedValid), v.Verdict, "block 1 is within the sequencer's inclusion grace")
	step := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, lying))
	require.False(t, resolved(t, step).ProposerWon)
}

// TestOptimisticForcedSkip: an entry that cannot execute (its nonce is ahead of
// its sender's) is skipped by the first block, judged on that block's parent: a
// proposer that claims it skipped there wins its dispute once the verdict is
// recorded, one that claims it taken a block later loses, and after the deadline
// no proposal may leave it.
func TestOptimisticForcedSkip(t *testing.T) {
	f := newForcedFixture(t, 2)
	bob := addr(bobKey)
	ahead := signL2(t, f.l2, aliceKey, 5, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queueForced(t, aliceKey, ahead)
	skipping := f.forcedProposal(t, []*types.Transaction{ahead})
	require.Equal(t, []uint64{1, 1}, []uint64{skipping.outputs[0].ForcedIndex, skipping.outputs[1].ForcedIndex})
	f.truth = skipping

	// A challenger disputes block 1 of the right proposal.
	f.proposeChallenged(t, skipping)
	roots := f.bisect(t, sequencerKey, firstGame, skipping)
	f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackSelect(big.NewInt(firstGame), roots, common.Big0))
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, skipping)),
		bindings.OptimisticForcedQueueForcedVerdictMissingErrorID())
	v := f.judge(t, 0, ahead, f.header(0))
	require.Equal(t, uint8(solidity.ForcedInvalid), v.Verdict)
	require.Equal(t, uint8(solidity.SkipNonce), v.Reason)
	step := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, skipping))
	require.True(t, resolved(t, step).ProposerWon, "block 1 skips the entry it cannot execute")

	late := f.forcedProposal(t, []*types.Transaction{ahead})
	late.outputs[0].ForcedIndex = 0 // claims the skip in block 2
	f.proposeChallenged(t, late)
	f.play(t, firstGame+1, late)
	require.Equal(t, uint64(1), f.game(t, firstGame+1).Hi, "the first wrong output is block 1's")
	_, step = f.settle(t, sequencerKey, firstGame+1, late)
	require.False(t, resolved(t, step).ProposerWon, "the walk skips it in block 1")

	f.l1.wait(t, forcedDelay)
	untaken := honestProposal(f)
	data := optABI.PackPropose(new(big.Int), 2, untaken.outputs[1], f.honestData(t).counts, f.anchor)
	requireRevert(t, f.revertWithBlobs(t, sequencerKey, proposerBond, data, f.honestData(t)),
		bindings.OptimisticForcedQueueForcedTransactionDueErrorID())
}

func (f *optimisticFixture) feeCredit(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	c, err := queueABI.UnpackFeeCredit(f.l1.view(t, f.forcedQueue(t), queueABI.PackFeeCredit(who)))
	require.NoError(t, err)
	return c
}

func (f *optimisticFixture) queueHead(t testing.TB) uint64 {
	t.Helper()
	h, err := queueABI.UnpackForcedHead(f.l1.view(t, f.forcedQueue(t), queueABI.PackForcedHead()))
	require.NoError(t, err)
	return h
}

// TestOptimisticForcedJudge: judgeForcedTransaction gives go-ethereum's verdict
// (solidity.JudgeQueued) for a transaction that can execute and for each reason
// one cannot, and refuses named bad inputs with their errors.
func TestOptimisticForcedJudge(t *testing.T) {
	codeKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-forced-code")))
	require.NoError(t, err)
	poorKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-forced-poor")))
	require.NoError(t, err)
	code := []byte{0x60, 0x00, 0x00} // PUSH1 0 STOP: code that is no EIP-7702 delegation
	f := newOptimisticFixtureAt(t, 1, l2.GenesisGasLimit, forcedLead, func(*bindings.OptimisticNativeRollupConfig) {}, func(*l2Chain, int, *core.BlockGen) {},
		types.GenesisAlloc{addr(codeKey): {Balance: ether(1), Code: code}})
	bob := addr(bobKey)
	gwei10 := big.NewInt(10 * params.GWei)
	parent := f.header(1)
	nextBaseFee := eip1559.CalcBaseFee(f.l2.Genesis.Config, parent)
	aliceNonce := f.account(t, 1, addr(aliceKey)).Nonce
	cases := []struct {
		name    string
		tx      *types.Transaction
		code    []byte
		verdict solidity.ForcedVerdict
		reason  solidity.ForcedSkipReason
	}{
		{"can execute (fee cap at the next base fee)", signL2(t, f.l2, aliceKey, aliceNonce, &bob, big.NewInt(1), nil, 21000, nextBaseFee), nil, solidity.ForcedValid, 0},
		{"nonce ahead", signL2(t, f.l2, aliceKey, aliceNonce+1, &bob, big.NewInt(1), nil, 21000, gwei10), nil, solidity.ForcedInvalid, solidity.SkipNonce},
		{"sender without the balance (absent account)", signL2(t, f.l2, poorKey, 0, &bob, big.NewInt(1), nil, 21000, gwei10), nil, solidity.ForcedInvalid, solidity.SkipBalance},
		{"sender with code", signL2(t, f.l2, codeKey, 0, &bob, big.NewInt(1), nil, 21000, gwei10), code, solidity.ForcedInvalid, solidity.SkipSenderCode},
		{"fee cap one wei below the next base fee", signL2(t, f.l2, aliceKey, aliceNonce, &bob, big.NewInt(1), nil, 21000, new(big.Int).Sub(nextBaseFee, common.Big1)), nil, solidity.ForcedInvalid, solidity.SkipFeeCap},
	}
	for _, c := range cases {
		f.queueForced(t, bobKey, c.tx)
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			verdict, reason := solidity.JudgeQueued(c.tx, f.queuedAt[c.tx.Hash()], forcedDelay, f.account(t, 1, l2Sender(t, f.l2, c.tx)), parent, f.l2.Genesis.Config)
			require.Equal(t, c.verdict, verdict, "Go mirror")
			r := f.l1.mustSend(t, bobKey, f.forcedQueue(t), nil, f.judgeArgs(t, uint64(i), c.tx, parent, c.code))
			ev, err := queueABI.UnpackForcedTransactionJudgedEvent(r.Logs[0])
			require.NoError(t, err)
			require.Equal(t, uint8(c.verdict), ev.Verdict, "contract")
			require.Equal(t, parent.Hash(), common.Hash(ev.BlockHash))
			if c.verdict == solidity.ForcedInvalid {
				require.Equal(t, c.reason, reason, "Go mirror")
				require.Equal(t, uint8(c.reason), ev.Reason, "contract")
			}
			t.Logf("judge (%s): %d L1 gas", c.name, r.GasUsed)
		})
	}

	q := f.forcedQueue(t)
	tx := cases[1].tx
	proof := f.l2.accountProof(t, parent.Root, l2Sender(t, f.l2, tx))
	bad := []struct {
		name string
		args []byte
		err  common.Hash
	}{
		{"index past the tail", queueABI.PackJudgeForcedTransaction(uint64(len(cases)), rawTx(t, tx), headerRLP(t, parent), proof, nil),
			bindings.OptimisticForcedQueueForcedEntryUnknownErrorID()},
		{"another entry's transaction", queueABI.PackJudgeForcedTransaction(0, rawTx(t, tx), headerRLP(t, parent), proof, nil),
			bindings.OptimisticForcedQueueForcedTransactionMismatchErrorID()},
		{"header of another block than the proof's", queueABI.PackJudgeForcedTransaction(1, rawTx(t, tx), headerRLP(t, f.header(0)), proof, nil),
			bindings.OptimisticForcedQueueMPTInvalidRootHashErrorID()},
		{"header that is no header", queueABI.PackJudgeForcedTransaction(1, rawTx(t, tx), []byte{0xc1, 0x80}, proof, nil),
			bindings.OptimisticForcedQueueMalformedHeaderErrorID()},
		{"code that is not the sender's", f.judgeArgs(t, 3, cases[3].tx, parent, []byte{0x60, 0x01, 0x00}),
			bindings.OptimisticForcedQueueSenderCodeMismatchErrorID()},
	}
	for _, b := range bad {
		requireRevert(t, f.l1.revertOf(t, bobKey, q, nil, b.args), b.err, b.name)
	}
}

// TestOptimisticForcedWalkMatchesGo: OptimisticForcedQueue.taken and its Go mirror
// solidity.ForcedTaken agree on every block of up to three leading transactions
// drawn from the queued ones and one that is not queued, from every start to every
// end index, with the verdicts under the block's key with a settleability proof,
// under another key, and without the verdicts the walk needs. The queue holds all
// three verdicts: entries that cannot execute (FORCED_INVALID), two judged after
// their grace (FORCED_VALID_LATE; one proven settleable in block 1, which holds it
// alone) and one queued later, within its grace (FORCED_VALID).
func TestOptimisticForcedWalkMatchesGo(t *testing.T) {
	alice, bob := addr(aliceKey), addr(bobKey)
	gwei10 := big.NewInt(10 * params.GWei)
	var proven *types.Transaction
	f := newLateFixture(t, 1, func(c *l2Chain, _ int, b *core.BlockGen) {
		proven = signL2(t, c, aliceKey, b.TxNonce(alice), &bob, big.NewInt(1), nil, 21000, gwei10)
		b.AddTx(proven)
	})
	parent := f.header(0)
	nonce := f.account(t, 0, alice).Nonce
	queued := []*types.Transaction{
		signL2(t, f.l2, aliceKey, nonce+7, &bob, big.NewInt(1), nil, 21000, gwei10), // invalid
		proven, // valid late, proven settleable under block 1's key
		signL2(t, f.l2, aliceKey, nonce+8, &bob, big.NewInt(1), nil, 21000, gwei10), // invalid
		signL2(t, f.l2, aliceKey, nonce, &bob, big.NewInt(2), nil, 21000, gwei10),   // valid late
		signL2(t, f.l2, aliceKey, nonce, &bob, big.NewInt(3), nil, 21000, gwei10),   // valid, queued within its grace
	}
	for _, tx := range queued[:4] {
		f.queueForced(t, aliceKey, tx)
	}
	f.l1.wait(t, 2*forcedLead) // the genesis is now within the grace of the next entry
	f.queueForced(t, aliceKey, queued[4])
	verdicts := map[uint64]solidity.ForcedVerdict{}
	for i, tx := range queued {
		verdicts[uint64(i)] = solidity.ForcedVerdict(f.judge(t, uint64(i), tx, parent).Verdict)
	}
	require.Equal(t, map[uint64]solidity.ForcedVerdict{0: solidity.ForcedInvalid, 1: solidity.ForcedValidLate, 2: solidity.ForcedInvalid,
		3: solidity.ForcedValidLate, 4: solidity.ForcedValid}, verdicts)
	ev, _ := f.proveSettleable(t, 1, f.blocks[0])
	blockKey := common.Hash(ev.BlockKey)
	other := signL2(t, f.l2, bobKey, 0, &bob, big.NewInt(1), nil, 21000, gwei10)
	alphabet := append(append([]*types.Transaction{}, queued...), other)
	var blocks [][]*types.Transaction
	var grow func(prefix []*types.Transaction)
	grow = func(prefix []*types.Transaction) {
		blocks = append(blocks, prefix)
		if len(prefix) == 3 {
			return
		}
		for _, tx := range alphabet {
			grow(append(append([]*types.Transaction{}, prefix...), tx))
		}
	}
	grow(nil)
	q := f.forcedQueue(t)
	last := uint64(len(queued))
	variants := []struct {
		name       string
		parentHash common.Hash
		blockKey   common.Hash
	}{
		{"judged, the proof's block key", parent.Hash(), blockKey},
		{"judged, another block key", parent.Hash(), common.Hash{2}},
		{"not judged", common.Hash{1}, blockKey},
	}
	checked := 0
	for _, txs := range blocks {
		var leading [][32]byte
		for _, tx := range txs {
			leading = append(leading, tx.Hash())
		}
		for from := uint64(0); from <= last; from++ {
			for end := from; end <= last; end++ {
				for _, v := range variants {
					want, werr := solidity.ForcedTaken(txs, from, end, func(i uint64) common.Hash { return queued[i].Hash() },
						func(i uint64) (solidity.ForcedVerdict, error) {
							if v.parentHash != parent.Hash() {
								return 0, solidity.ErrForcedVerdictMissing
							}
							return verdicts[i], nil
						},
						func(i uint64) (bool, error) { return v.blockKey == blockKey && i == 1, nil })
					call := queueABI.PackTaken(leading, from, v.parentHash, v.blockKey, end)
					if werr != nil {
						requireRevert(t, f.l1.revertOf(t, bobKey, q, nil, call), bindings.OptimisticForcedQueueForcedVerdictMissingErrorID(), "block %d txs, from %d, end %d", len(txs), from, end)
						continue
					}
					got, err := queueABI.UnpackTaken(f.l1.view(t, q, call))
					require.NoError(t, err)
					require.Equal(t, want, got.Index, "block %d txs, from %d, end %d, %s", len(txs), from, end, v.name)
					checked++
				}
			}
		}
	}
	t.Logf("%d walks agree", checked)
}

// TestOptimisticForcedStepGas: the walk's cost in step at its most, a block that
// skips MAX_FORCED_PER_BLOCK entries (16 verdicts and the 17th entry's read), next
// to a step without a queue: entries that cannot execute (FORCED_INVALID), and
// entries judged FORCED_VALID_LATE with no settleability proof, the costliest
// skips (each also reads forcedSettleable, and step computes the block key). The
// difference must stay far inside the margin SETTLE_HOST_GAS keeps (spec/host.md,
// "Settleability").
func TestOptimisticForcedStepGas(t *testing.T) {
	bob := addr(bobKey)
	stepGas := func(f *optimisticFixture, queued []*types.Transaction, want solidity.ForcedVerdict) (uint64, uint64) {
		for _, tx := range queued {
			f.queueForced(t, aliceKey, tx)
		}
		p := f.forcedProposal(t, queued)
		f.truth = p
		f.proposeChallenged(t, p)
		var judgeGas uint64
		for i, tx := range queued {
			if uint64(i) < min(p.outputs[0].ForcedIndex+1, uint64(len(queued))) {
				r := f.l1.mustSend(t, bobKey, f.forcedQueue(t), nil, f.judgeArgs(t, uint64(i), tx, f.header(0), nil))
				ev, err := queueABI.UnpackForcedTransactionJudgedEvent(r.Logs[0])
				require.NoError(t, err)
				require.Equal(t, uint8(want), ev.Verdict)
				judgeGas = max(judgeGas, r.GasUsed)
			}
		}
		_, step := f.settle(t, sequencerKey, firstGame, p)
		require.True(t, resolved(t, step).ProposerWon)
		return step.GasUsed, judgeGas
	}
	plain, _ := stepGas(newForcedFixture(t, 1), nil, 0)
	var invalid, late []*types.Transaction
	invalidFixture := newForcedFixture(t, 1)
	for i := 0; i <= solidity.MaxForcedPerBlock; i++ {
		invalid = append(invalid, signL2(t, invalidFixture.l2, aliceKey, uint64(100+i), &bob, big.NewInt(1), nil, 21000, big.NewInt(10*params.GWei)))
	}
	skipInvalid, judge := stepGas(invalidFixture, invalid, solidity.ForcedInvalid)
	lateFixture := newLateFixture(t, 1, func(*l2Chain, int, *core.BlockGen) {})
	nonce := lateFixture.account(t, 0, addr(aliceKey)).Nonce
	for i := 0; i <= solidity.MaxForcedPerBlock; i++ {
		late = append(late, signL2(t, lateFixture.l2, aliceKey, nonce, &bob, big.NewInt(int64(i+1)), nil, 21000, big.NewInt(10*params.GWei)))
	}
	skipLate, judgeLate := stepGas(lateFixture, late, solidity.ForcedValidLate)
	t.Logf("step: %d L1 gas without a queue, %d skipping %d FORCED_INVALID entries (+%d), %d skipping %d unproven FORCED_VALID_LATE entries (+%d); judgeForcedTransaction: %d and %d",
		plain, skipInvalid, solidity.MaxForcedPerBlock, skipInvalid-plain, skipLate, solidity.MaxForcedPerBlock, skipLate-plain, judge, judgeLate)
	require.Less(t, skipLate-plain, uint64(150_000))
}

// TestOptimisticForcedNotSkippedByOlderBlock: a block older than a queued entry
// (its parent's timestamp before the entry's queuedAt) may not skip it, even where
// the entry cannot execute: its sender signed it for the state it saw when
// queueing, which an older block may not reach yet (a proposer that proposes late
// could otherwise skip a transaction signed with the nonce after the sender's
// last, unproposed one). The judgement on such a parent is valid, in the contract
// and in the Go mirror, so a proposal that skips the entry there loses.
func TestOptimisticForcedNotSkippedByOlderBlock(t *testing.T) {
	f := newOptimisticFixture(t, 1) // L2 timestamps 0 and 10: older than any L1 time
	bob := addr(bobKey)
	ahead := signL2(t, f.l2, aliceKey, 5, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queueForced(t, aliceKey, ahead)
	byState, _ := solidity.JudgeForced(ahead, f.account(t, 0, addr(aliceKey)), f.header(0), f.l2.Genesis.Config)
	require.False(t, byState, "the state alone would skip it")
	require.Zero(t, f.forcedProposal(t, []*types.Transaction{ahead}).outputs[0].ForcedIndex, "block 1 is older than the entry")
	require.Equal(t, uint8(solidity.ForcedValid), f.judge(t, 0, ahead, f.header(0)).Verdict)

	skipping := honestProposal(f)
	skipping.outputs[0].ForcedIndex = 1
	f.proposeChallenged(t, skipping)
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	step := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, skipping))
	require.False(t, resolved(t, step).ProposerWon)
}
