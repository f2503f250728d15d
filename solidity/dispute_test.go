package solidity_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// colludingChallengers is how many extra funded L1 keys (l2.DevKey(8) on) the
// dispute tests have for challengers.
const colludingChallengers = 64

func colluder(i int) *ecdsa.PrivateKey { return l2.DevKey(8 + i) }

// finalizationBound is spec/host.md's bound on the time from proposing an honest
// proposal of `blocks` blocks to the first L1 second at which it can finalize:
// challengeWindow + (2 * rounds + 2) * moveTimeout + 1, rounds = ceil(log16(blocks)).
func finalizationBound(blocks uint64) uint64 {
	rounds := uint64(0)
	for span := uint64(1); span < blocks; span *= 16 {
		rounds++
	}
	return challengeWindow + (2*rounds+2)*moveTimeout + 1
}

// call is one transaction of a batch included in one L1 block.
type call struct {
	key   *ecdsa.PrivateKey
	value *big.Int
	data  []byte
}

// batch sends calls at once, in order, and requires each to succeed; they land in
// the next L1 block (or the few next, as the pool promotes them).
// Each call gets 1M gas, so up to 60 fit a block: only the cheap moves (challenge,
// bisect, select, sync) are batched.
func (e *l1) batch(t testing.TB, to common.Address, calls []call) []*types.Receipt {
	t.Helper()
	ctx := context.Background()
	var txs []*types.Transaction
	nonces := map[common.Address]uint64{} // assigned here: the pool's pending nonce lags
	for _, c := range calls {
		from := addr(c.key)
		if _, ok := nonces[from]; !ok {
			n, err := e.client.NonceAt(ctx, from, nil)
			require.NoError(t, err)
			nonces[from] = n
		}
		value := c.value
		if value == nil {
			value = new(big.Int)
		}
		tx, err := types.SignNewTx(c.key, e.signer, &types.DynamicFeeTx{
			ChainID: e.signer.ChainID(), Nonce: nonces[from], GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(20 * params.GWei),
			Gas: 1_000_000, To: &to, Value: value, Data: c.data,
		})
		require.NoError(t, err)
		nonces[from]++
		require.NoError(t, e.client.SendTransaction(ctx, tx))
		txs = append(txs, tx)
	}
	// The pool promotes transactions on its own goroutine: commit until all are in.
	var receipts []*types.Receipt
	for attempt := 0; len(receipts) < len(txs); attempt++ {
		require.Less(t, attempt, 10, "batched transactions still pending after 10 blocks")
		e.sim.Commit()
		receipts = receipts[:0]
		for _, tx := range txs {
			r, err := e.client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				break
			}
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "a batched transaction reverted")
			receipts = append(receipts, r)
		}
	}
	return receipts
}

func (f *optimisticFixture) now(t testing.TB) uint64 { return f.l1.head(t).Time }

func (f *optimisticFixture) proposal(t testing.TB, id uint64) bindings.ProposalsOutput {
	t.Helper()
	p, err := optABI.UnpackProposals(f.l1.view(t, f.rollup, optABI.PackProposals(new(big.Int).SetUint64(id))))
	require.NoError(t, err)
	return p
}

// TestOptimisticSlotSquatting (issue 12, finding 3): attackers propose garbage
// first (three proposals from three keys); the honest proposal is still accepted
// (there was one pending slot, and the honest propose reverted with
// ProposalPending). Each garbage proposal is defeated by one game, the honest one
// finalizes within the bound, and a correct sibling made after it is void and
// gets its bond back.
func TestOptimisticSlotSquatting(t *testing.T) {
	f := newOptimisticFixture(t, 4)
	garbage := []*ecdsa.PrivateKey{bobKey, colluder(0), colluder(1)}
	for i, key := range garbage {
		f.propose(t, key, dishonestFrom(f, uint64(1+i)))
	}
	honest := honestProposal(f)
	f.propose(t, sequencerKey, honest)
	honestID, proposedAt := f.last, f.now(t)
	require.Equal(t, uint64(len(garbage)+1), honestID)
	f.propose(t, relayerKey, honest) // a later copy: void once the first finalizes
	copyID := f.last

	var challenges []call
	for id := range garbage {
		challenges = append(challenges, call{challengerKey, challengerBond, optABI.PackChallenge(big.NewInt(int64(id + 1)))})
	}
	f.l1.batch(t, f.rollup, challenges)
	// The garbage proposers never answer: their clocks run out after one timeout.
	f.l1.wait(t, moveTimeout+1)
	var timeouts []call
	for g := range garbage {
		timeouts = append(timeouts, call{relayerKey, nil, optABI.PackTimeout(big.NewInt(int64(g + 1)))})
	}
	f.l1.batch(t, f.rollup, timeouts)
	for id := range garbage {
		require.True(t, f.proposal(t, uint64(id+1)).Defeated)
	}
	require.Equal(t, new(big.Int).Mul(big.NewInt(int64(len(garbage))), new(big.Int).Add(proposerBond, challengerBond)), f.credit(t, addr(challengerKey)))

	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupChallengeWindowOpenErrorID())
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, optABI.PackRefund(new(big.Int).SetUint64(copyID))), bindings.OptimisticNativeRollupProposalPendingErrorID())
	f.l1.wait(t, proposedAt+challengeWindow-f.now(t))
	r := f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackFinalize())
	ev, err := optABI.UnpackFinalizedEvent(r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	require.Equal(t, honestID, ev.ProposalId.Uint64(), "the earliest undefeated proposal finalizes")
	require.LessOrEqual(t, f.now(t)-proposedAt, finalizationBound(4))
	root, number := f.finalized(t)
	require.Equal(t, f.blocks[3].Block.Root(), root)
	require.Equal(t, uint64(4), number)

	// The copy is void: it cannot be challenged, and its bond comes back once.
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge(new(big.Int).SetUint64(copyID))), bindings.OptimisticNativeRollupProposalNotPendingErrorID())
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackRefund(new(big.Int).SetUint64(copyID)))
	require.Equal(t, proposerBond, f.credit(t, addr(relayerKey)))
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackRefund(new(big.Int).SetUint64(copyID))), bindings.OptimisticNativeRollupBondPaidErrorID())
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackRefund(big.NewInt(1))), bindings.OptimisticNativeRollupProposalDefeatedErrorID())
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupNoPendingProposalErrorID())
}

// TestOptimisticChainedProposals: a proposal names a pending proposal as its
// parent and finalizes right after it; a child of a defeated parent is void.
func TestOptimisticChainedProposals(t *testing.T) {
	f := newOptimisticFixture(t, 4)
	all := honestProposal(f)
	first := &proposal{outputs: all.outputs[:2]}
	d := f.honestData(t, 2, 2)
	firstData := newBlobData(t, d.blobs[:1], d.counts[:1])
	f.proposeData(t, sequencerKey, first, firstData, f.anchor)
	parent := f.last
	// The child: blocks 3 and 4 over the parent's end (block 2).
	child := optABI.PackPropose(new(big.Int).SetUint64(parent), 4, all.outputs[3], []uint32{2}, f.anchor)
	r := f.l1.include(t, f.blobTx(t, sequencerKey, proposerBond, child, d.blobs[1:]))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, proposerBond, optABI.PackPropose(big.NewInt(9), 4, all.outputs[3], []uint32{2}, f.anchor)),
		bindings.OptimisticNativeRollupProposalNotPendingErrorID())
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, proposerBond, optABI.PackPropose(new(big.Int).SetUint64(parent), 2, all.outputs[1], []uint32{1}, f.anchor)),
		bindings.OptimisticNativeRollupInvalidRangeErrorID())
	// A garbage child of the same parent, and a proposal over a garbage parent.
	f.proposeData(t, bobKey, dishonestFrom(f, 1), f.honestData(t), f.anchor)
	badParent := f.last
	orphan := optABI.PackPropose(new(big.Int).SetUint64(badParent), 5, all.outputs[3], []uint32{1}, f.anchor)
	r = f.l1.include(t, f.blobTx(t, bobKey, proposerBond, orphan, d.blobs[1:]))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	orphanID := badParent + 1
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge(new(big.Int).SetUint64(badParent)))
	f.l1.wait(t, moveTimeout+1)
	f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackTimeout(big.NewInt(firstGame)))

	f.l1.wait(t, challengeWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	_, number := f.finalized(t)
	require.Equal(t, uint64(2), number)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	root, number := f.finalized(t)
	require.Equal(t, uint64(4), number)
	require.Equal(t, f.blocks[3].Block.Root(), root)
	// The orphan's parent lost; the head is past its start: void, refunded.
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackRefund(new(big.Int).SetUint64(orphanID)))
}

// disputeFigures is what the honest proposer did against n colluding challengers.
type disputeFigures struct {
	bisects, syncs, proves, steps int
	gas                           uint64
	delay                         uint64 // L1 seconds from propose to finalize
}

// TestOptimisticGameFlooding (issue 12, finding 4): eight challengers dispute an
// honest 16-block proposal in one blob, each steering its game to another block.
// The proposer derives the blob once (one DERIVE call for all its blocks) and
// executes each disputed block once. On the old contract every game needed its own
// proveBlockData (step reverted with BlockDataNotProven).
func TestOptimisticGameFlooding(t *testing.T) {
	f := newOptimisticFixture(t, 16)
	fig := f.colludingDispute(t, 8, func(i int) uint64 { return uint64(2*i + 1) })
	require.Equal(t, 1, fig.proves)
	require.Equal(t, 8, fig.steps)
}

// TestOptimisticBoundedFinalization: n = 1, 8 and 64 colluding challengers each
// open a game at the end of the challenge window against an honest 128-block
// proposal in two blobs, make every move at the end of their clocks, and steer
// their games to different blocks in different sections of both blobs, the most
// work they can cause. The proposal finalizes within finalizationBound, whatever
// n; the proposer bisects each range once, derives each blob once and executes
// each disputed block once, spends less than the bond it wins per game, and wins
// every bond.
func TestOptimisticBoundedFinalization(t *testing.T) {
	for _, n := range []int{1, 8, 64} {
		t.Run(fmt.Sprintf("challengers=%d", n), func(t *testing.T) {
			f := newOptimisticFixture(t, 128)
			// Challenger i targets block 2i+1 (n = 64) or every 128/n-th block: all
			// 16 sections of the first round (8 blocks each) and both blobs.
			fig := f.colludingDispute(t, n, func(i int) uint64 { return uint64(i*(128/n) + 1) })
			sections := min(n, 16)
			require.Equal(t, 1+sections, fig.bisects, "one bisection per range")
			require.Equal(t, min(n, 2), fig.proves, "one DERIVE call per blob")
			require.Equal(t, n, fig.steps, "one EXECUTE call per block")
			require.LessOrEqual(t, fig.delay, finalizationBound(128))
			perGame := fig.gas / uint64(n)
			minBond, err := optABI.UnpackMINCHALLENGERBOND(f.l1.view(t, f.rollup, optABI.PackMINCHALLENGERBOND()))
			require.NoError(t, err)
			defenceGasPrice, err := optABI.UnpackDEFENCEGASPRICE(f.l1.view(t, f.rollup, optABI.PackDEFENCEGASPRICE()))
			require.NoError(t, err)
			require.Less(t, new(big.Int).Mul(new(big.Int).SetUint64(perGame), defenceGasPrice).Cmp(minBond), 0, "the bond covers the defence")
			t.Logf("n=%d: proposer txs bisect=%d sync=%d prove=%d step=%d, gas %d (%d per game), finalized %d s after proposing (bound %d s)",
				n, fig.bisects, fig.syncs, fig.proves, fig.steps, fig.gas, perGame, fig.delay, finalizationBound(128))
		})
	}
}

// colludingDispute proposes the fixture's blocks honestly (in two blobs when
// there are more than 16) and lets n challengers dispute it, challenger i
// steering its game to block target(i), each move at the end of its clock; the
// proposer answers every move at once. It finalizes the proposal and checks the
// bonds.
func (f *optimisticFixture) colludingDispute(t *testing.T, n int, target func(i int) uint64) disputeFigures {
	t.Helper()
	p := honestProposal(f)
	blocks := uint32(len(f.blocks))
	d := f.honestData(t)
	if blocks > 16 {
		d = f.honestData(t, blocks/2, blocks-blocks/2)
	}
	f.proposeData(t, sequencerKey, p, d, f.anchor)
	pid, proposedAt := f.last, f.now(t)
	var fig disputeFigures
	proposerMoves := func(rs []*types.Receipt) {
		for _, r := range rs {
			fig.gas += r.GasUsed
		}
	}

	// All challenge at the end of the window, in one block.
	f.l1.wait(t, challengeWindow-120)
	var challenges []call
	for i := range n {
		challenges = append(challenges, call{colluder(i), challengerBond, optABI.PackChallenge(new(big.Int).SetUint64(pid))})
	}
	f.l1.batch(t, f.rollup, challenges)
	games := make([]uint64, n)
	for i := range n {
		games[i] = uint64(firstGame + i)
	}

	for {
		// The proposer: one bisect per range, sync for the other games on it.
		var moves []call
		bisected := map[[2]uint64]bool{}
		var oneBlock []int
		for i, id := range games {
			g := f.game(t, id)
			if g.Turn != turnProposer {
				continue
			}
			if g.Hi-g.Lo == 1 {
				oneBlock = append(oneBlock, i)
				continue
			}
			key := [2]uint64{g.Lo, g.Hi}
			if bisected[key] {
				moves = append(moves, call{sequencerKey, nil, optABI.PackSync(new(big.Int).SetUint64(id))})
				fig.syncs++
				continue
			}
			bisected[key] = true
			var roots [][32]byte
			for _, m := range sections(g.Lo, g.Hi) {
				roots = append(roots, hashOutput(p.output(f, m)))
			}
			moves = append(moves, call{sequencerKey, nil, optABI.PackBisect(new(big.Int).SetUint64(id), roots)})
			fig.bisects++
		}
		if len(moves) > 0 {
			proposerMoves(f.l1.batch(t, f.rollup, moves))
		}
		if len(oneBlock) > 0 {
			break
		}
		// The challengers: each selects the section holding its target, at the end
		// of its clock.
		f.l1.wait(t, moveTimeout-120)
		var selects []call
		for i, id := range games {
			g := f.game(t, id)
			require.Equal(t, turnChallenger, g.Turn, "game %d", id)
			points := append(sections(g.Lo, g.Hi), g.Hi)
			section := 0
			for points[section] < target(i) {
				section++
			}
			var roots [][32]byte
			for _, m := range sections(g.Lo, g.Hi) {
				roots = append(roots, hashOutput(p.output(f, m)))
			}
			selects = append(selects, call{colluder(i), nil, optABI.PackSelect(new(big.Int).SetUint64(id), roots, big.NewInt(int64(section)))})
		}
		f.l1.batch(t, f.rollup, selects)
	}

	// Every game is at its target block: derive each blob once, then execute each
	// block once; a game on a block executed already resolves by sync.
	proven := map[int]bool{}
	for i, id := range games {
		g := f.game(t, id)
		require.Equal(t, target(i), g.Hi)
		if j, _ := f.data.blobOf(g.Hi); !proven[j] {
			proven[j] = true
			proposerMoves([]*types.Receipt{f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, id))})
			fig.proves++
		}
	}
	executed := map[uint64]bool{}
	for _, id := range games {
		g := f.game(t, id)
		if g.Turn == turnResolved {
			continue
		}
		var r *types.Receipt
		if executed[g.Hi] {
			r = f.l1.mustSend(t, sequencerKey, f.rollup, nil, optABI.PackSync(new(big.Int).SetUint64(id)))
			fig.syncs++
		} else {
			r = f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, id, p))
			executed[g.Hi] = true
			fig.steps++
		}
		proposerMoves([]*types.Receipt{r})
		require.True(t, resolved(t, r).ProposerWon)
	}

	if now := f.now(t); now < proposedAt+challengeWindow {
		f.l1.wait(t, proposedAt+challengeWindow-now)
	}
	f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackFinalize())
	fig.delay = f.now(t) - proposedAt
	_, number := f.finalized(t)
	require.Equal(t, uint64(blocks), number)
	won := new(big.Int).Mul(big.NewInt(int64(n)), challengerBond)
	require.Equal(t, new(big.Int).Add(won, proposerBond), f.credit(t, addr(sequencerKey)), "the proposer wins every challenger's bond")
	for i := range n {
		require.Zero(t, f.credit(t, addr(colluder(i))).Sign())
	}
	return fig
}

// Game turns (OptimisticNativeRollup.Turn).
const (
	turnProposer uint8 = iota
	turnChallenger
	turnResolved
)

// TestOptimisticMoveGas measures each move of a dispute over an honest
// 128-block proposal in two blobs (two rounds: 16 sections, then 8) with two
// challengers steering to the same block, so the second game reuses the first's
// bisections and execution. It checks the per-bisect budget MAX_DEFENCE_GAS
// assumes (150,000 gas) and logs the figures docs/BENCHMARKS.md quotes.
func TestOptimisticMoveGas(t *testing.T) {
	f := newOptimisticFixture(t, 128)
	p := honestProposal(f)
	propose := f.proposeData(t, sequencerKey, p, f.honestData(t, 64, 64), f.anchor)
	gas := map[string]uint64{"propose (two blobs)": propose.GasUsed}
	a, b := colluder(0), colluder(1)
	const target = 37
	gas["challenge"] = f.l1.mustSend(t, a, f.rollup, challengerBond, f.challengeLast()).GasUsed
	gas["challenge (second)"] = f.l1.mustSend(t, b, f.rollup, challengerBond, f.challengeLast()).GasUsed
	for round := 1; ; round++ {
		g := f.game(t, firstGame)
		if g.Hi-g.Lo == 1 {
			break
		}
		roots := f.bisect(t, sequencerKey, firstGame, p)
		r := lastReceipt(t, f.l1)
		gas[fmt.Sprintf("bisect, round %d (%d roots)", round, len(roots))] = r.GasUsed
		require.LessOrEqual(t, r.GasUsed, uint64(150_000), "MAX_DEFENCE_GAS budgets 150,000 gas per bisect")
		if g2 := f.game(t, firstGame+1); g2.Turn == turnProposer {
			gas[fmt.Sprintf("sync (bisection reused), round %d", round)] = f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackSync(big.NewInt(firstGame+1))).GasUsed
		}
		points := append(sections(g.Lo, g.Hi), g.Hi)
		section := 0
		for points[section] < target {
			section++
		}
		gas[fmt.Sprintf("select, round %d", round)] = f.l1.mustSend(t, a, f.rollup, nil, optABI.PackSelect(big.NewInt(firstGame), roots, big.NewInt(int64(section)))).GasUsed
		gas[fmt.Sprintf("select (range already bisected: skips the proposer), round %d", round)] =
			f.l1.mustSend(t, b, f.rollup, nil, optABI.PackSelect(big.NewInt(firstGame+1), roots, big.NewInt(int64(section)))).GasUsed
	}
	prove, step := f.settle(t, sequencerKey, firstGame, p)
	gas["proveBlockData (64-block blob)"] = prove.GasUsed
	gas["step"] = step.GasUsed
	r := f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackSync(big.NewInt(firstGame+1)))
	require.True(t, resolved(t, r).ProposerWon)
	gas["sync (execution reused)"] = r.GasUsed
	f.l1.wait(t, challengeWindow)
	gas["finalize"] = f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackFinalize()).GasUsed
	for what, g := range gas {
		t.Logf("%-60s %10d", what, g)
	}
}

// TestOptimisticChallengeOverWrongStartLoses: a game takes its proposal's start as
// agreed, so a proposal over a wrong start cannot be disputed by its end. The
// attacker proposes P, blocks 1..2 claiming block 1's true output for block 2, and
// C over P's end: block "3" is the real block 2 executed on top of block 1, so C
// claims block 2's true output for block 3. C's end is wrong by the challenger's
// chain, yet C's one-block game is won by step (EXECUTE of block 2 on block 1 is
// valid): a challenger judging proposals by their end alone loses its bond to C.
// Left alone, C is harmless: P is defeated, the true blocks 1..2 finalize, and C,
// whose start is not the finalized head's, is void and only refunded. So an honest
// challenger disputes a proposal only if it agrees with the proposal's start
// (rollupnode's Challenger.check).
func TestOptimisticChallengeOverWrongStartLoses(t *testing.T) {
	f := newOptimisticFixture(t, 3)
	truth := honestProposal(f)
	attacker := bobKey
	posted := func(blocks ...*l2.Block) *blobData {
		var b []derive.Block
		for _, blk := range blocks {
			b = append(b, postedBlock(t, blk))
		}
		return newBlobData(t, []kzg4844.Blob{batchBlob(t, b)}, []uint32{uint32(len(b))})
	}
	// P: blocks 1..2, claiming block 1's output for block 2.
	wrongEnd := truth.outputs[0]
	f.proposeData(t, attacker, &proposal{outputs: []bindings.OptimisticNativeRollupOutput{wrongEnd, wrongEnd}}, posted(f.blocks[0], f.blocks[1]), f.anchor)
	parent := f.last
	// C over P's end: one block, the real block 2's inputs.
	childData := posted(f.blocks[1])
	r := f.l1.include(t, f.blobTx(t, attacker, proposerBond, optABI.PackPropose(new(big.Int).SetUint64(parent), 3, truth.outputs[1], childData.counts, f.anchor), childData.blobs))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	child := parent + 1
	require.NotEqual(t, hashOutput(truth.outputs[2]), common.Hash(f.proposal(t, child).EndOutputRoot), "C's end is wrong by the true chain")

	// A challenger judging by the end disputes both.
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge(new(big.Int).SetUint64(parent)))
	parentGame := uint64(firstGame)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge(new(big.Int).SetUint64(child)))
	childGame := parentGame + 1
	g := f.game(t, childGame)
	require.Equal(t, uint64(2), g.Lo)
	require.Equal(t, uint64(3), g.Hi)
	f.l1.mustSend(t, attacker, f.rollup, nil, optABI.PackProveBlockData(new(big.Int).SetUint64(childGame), childData.hashes, childData.counts, big.NewInt(0), trimmed(&childData.blobs[0])))
	tree := solidity.BlobBlockTree(derive.DeriveBlobs(childData.blobs).Blocks)
	step := optABI.PackStep(new(big.Int).SetUint64(childGame), wrongEnd, truth.outputs[1], inputsOf(f.blocks[1]), f.blocks[1].Input.Witness, big.NewInt(0), tree.Proof(0))
	require.True(t, resolved(t, f.l1.mustSend(t, attacker, f.rollup, nil, step)).ProposerWon, "C defends itself from its wrong start")
	require.Equal(t, challengerBond, f.credit(t, addr(attacker)), "the challenger's bond went to the attacker")

	// P's game: the attacker does not answer and P is defeated.
	f.l1.wait(t, moveTimeout+1)
	f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackTimeout(new(big.Int).SetUint64(parentGame)))
	require.True(t, f.proposal(t, parent).Defeated)
	// The true blocks 1..2 finalize; C was never a candidate and is now void.
	f.proposeData(t, sequencerKey, &proposal{outputs: truth.outputs[:2]}, posted(f.blocks[0], f.blocks[1]), f.anchor)
	f.l1.wait(t, challengeWindow)
	f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackFinalize())
	root, number := f.finalized(t)
	require.Equal(t, uint64(2), number)
	require.Equal(t, f.blocks[1].Block.Root(), root)
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge(new(big.Int).SetUint64(child))), bindings.OptimisticNativeRollupProposalNotPendingErrorID())
	f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackRefund(new(big.Int).SetUint64(child)))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupNoPendingProposalErrorID())
}

// TestOptimisticStepProofForgeries: step accepts a block's inputs only with the
// proof of exactly that block's position in the blob's blocks tree (3 blocks,
// width 4, proofs of 2 siblings): another block's inputs or proof, a proof one
// sibling short or long, an inner node passed as a sibling at the wrong depth, and
// a blob index that was not proven are all refused with the named error, and the
// true proof then wins.
func TestOptimisticStepProofForgeries(t *testing.T) {
	f := newOptimisticFixture(t, 3)
	p := honestProposal(f)
	f.proposeChallenged(t, p)
	roots := f.bisect(t, sequencerKey, firstGame, p)
	// Narrow to block 2 (section 1 of (0, 3]).
	f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackSelect(big.NewInt(firstGame), roots, big.NewInt(1)))
	require.Equal(t, uint64(2), f.game(t, firstGame).Hi)
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))

	tree := solidity.BlobBlockTree(derive.DeriveBlobs(f.data.blobs).Blocks)
	block := f.blocks[1]
	stepWith := func(inputs bindings.OptimisticNativeRollupBlockInputs, blobIndex int64, proof [][32]byte) []byte {
		return optABI.PackStep(big.NewInt(firstGame), p.output(f, 1), p.output(f, 2), inputs, block.Input.Witness, big.NewInt(blobIndex), proof)
	}
	notDerived := bindings.OptimisticNativeRollupInputsNotDerivedErrorID()
	good := tree.Proof(1)
	for name, data := range map[string][]byte{
		"block 1's proof":                stepWith(inputsOf(block), 0, tree.Proof(0)),
		"block 1's inputs and proof":     stepWith(inputsOf(f.blocks[0]), 0, tree.Proof(0)),
		"block 3's inputs and proof":     stepWith(inputsOf(f.blocks[2]), 0, tree.Proof(2)),
		"one sibling short":              stepWith(inputsOf(block), 0, good[:1]),
		"one sibling long":               stepWith(inputsOf(block), 0, append(append([][32]byte{}, good...), [32]byte{})),
		"no proof":                       stepWith(inputsOf(block), 0, nil),
		"siblings swapped (wrong depth)": stepWith(inputsOf(block), 0, [][32]byte{good[1], good[0]}),
	} {
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, data), notDerived, name)
	}
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, stepWith(inputsOf(block), 1, good)), bindings.OptimisticNativeRollupBlockDataNotProvenErrorID())
	require.True(t, resolved(t, f.l1.mustSend(t, sequencerKey, f.rollup, nil, stepWith(inputsOf(block), 0, good))).ProposerWon)
}

// TestOptimisticWorkIsPerProposal: a bisection, a proven blob and a won step of
// one proposal do not apply to a later copy of it (same blocks, blobs, claims
// and start): the copy's game waits for its own moves (NothingToSync,
// BlockDataNotProven) and its proposer loses it by timeout if it makes none.
func TestOptimisticWorkIsPerProposal(t *testing.T) {
	f := newOptimisticFixture(t, 2)
	p := honestProposal(f)
	f.propose(t, sequencerKey, p)
	original := f.last
	f.propose(t, bobKey, p)
	cp := f.last
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge(new(big.Int).SetUint64(original)))
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge(new(big.Int).SetUint64(cp)))
	copyGame := big.NewInt(firstGame + 1)
	// The original's proposer bisects (0, 2], the challenger disputes block 2,
	// the proposer proves the blob and wins block 2.
	roots := f.bisect(t, sequencerKey, firstGame, p)
	f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackSelect(big.NewInt(firstGame), roots, big.NewInt(1)))
	f.settle(t, sequencerKey, firstGame, p)
	require.Equal(t, uint8(2), f.game(t, firstGame).Turn, "the original's game is resolved")

	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, optABI.PackSync(copyGame)), bindings.OptimisticNativeRollupNothingToSyncErrorID())
	require.Equal(t, uint8(0), f.game(t, copyGame.Uint64()).Turn, "the copy's proposer still has to bisect")
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackBisect(copyGame, roots))
	f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackSelect(copyGame, roots, big.NewInt(1)))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, optABI.PackSync(copyGame)), bindings.OptimisticNativeRollupNothingToSyncErrorID())
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.stepArgs(t, copyGame.Uint64(), p)), bindings.OptimisticNativeRollupBlockDataNotProvenErrorID())
	f.l1.wait(t, moveTimeout+1)
	require.False(t, resolved(t, f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackTimeout(copyGame))).ProposerWon)
	require.True(t, f.proposal(t, cp).Defeated)
	require.False(t, f.proposal(t, original).Defeated)
}

// TestOptimisticGarbageCostsWhatItsDisputeLocks: a garbage proposal is defeated
// by one game, whose challenger bond stays locked until the game ends (up to
// (R + 2) move timeouts, longer than the shortest window). The constructor took a
// proposer bond of 0.1 ETH beside a challenger bond of at least ~1.02 ETH, so an
// attacker burning X in garbage proposals over one start (each must be disputed
// within its window, or the earliest undisputed one finalizes) forced the honest
// challengers to lock more than 10 X at once. The proposer bond must now be at
// least the challenger bond (BondOutOfRange below it).
func TestOptimisticGarbageCostsWhatItsDisputeLocks(t *testing.T) {
	e := newL1(t)
	cfg := bindings.OptimisticNativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: common.Hash{1}, GenesisStateRoot: common.Hash{2},
		MinGasLimit: 1_000_000, MaxGasLimit: 1_000_000, HistorySize: testHistorySize,
		ChallengerBond: challengerBond, ChallengeWindow: challengeWindow, MoveTimeout: moveTimeout, MaxBlocksPerProposal: 1, ForcedInclusionDelay: forcedDelay,
	}
	bondErr := bindings.OptimisticNativeRollupBondOutOfRangeErrorID()
	for _, bond := range []*big.Int{big.NewInt(params.Ether / 10), new(big.Int).Sub(challengerBond, big.NewInt(1))} {
		cfg.ProposerBond = bond
		requireRevert(t, e.deployRevert(t, "OptimisticNativeRollup", optABI.PackConstructor(cfg)), bondErr, "proposerBond %s below challengerBond %s", bond, challengerBond)
	}
	cfg.ProposerBond = challengerBond
	host := e.deploy(t, deployerKey, "OptimisticNativeRollup", optABI.PackConstructor(cfg))
	got, err := optABI.UnpackProposerBond(e.view(t, host, optABI.PackProposerBond()))
	require.NoError(t, err)
	require.Equal(t, challengerBond, got)
}
