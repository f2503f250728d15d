package solidity_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
)

// TestOptimisticSlotSquatting (issue 12, finding 3): an attacker proposes garbage
// first; the honest proposer's proposal is still accepted, the garbage is defeated
// by one game, and the honest proposal finalizes once its window has passed.
// On the old contract the honest propose reverted with ProposalPending.
func TestOptimisticSlotSquatting(t *testing.T) {
	f := newOptimisticFixture(t, 4)
	garbage := dishonestFrom(f, 1)
	f.propose(t, bobKey, garbage)
	honest := honestProposal(f)
	f.propose(t, sequencerKey, honest)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
	f.l1.wait(t, moveTimeout+1)
	f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackTimeout(big.NewInt(firstGame)))
	f.l1.wait(t, challengeWindow)
	f.l1.mustSend(t, relayerKey, f.rollup, nil, optABI.PackFinalize())
	root, number := f.finalized(t)
	require.Equal(t, f.blocks[3].Block.Root(), root)
	require.Equal(t, uint64(4), number)
}

// TestOptimisticGameFlooding (issue 12, finding 4): eight challengers dispute an
// honest 16-block proposal in one blob, each steering its game to another block.
// The proposer derives the blob once (one DERIVE call for all its blocks) and
// executes each disputed block once. On the old contract every game needed its own
// proveBlockData (step reverted with BlockDataNotProven).
func TestOptimisticGameFlooding(t *testing.T) {
	f := newOptimisticFixture(t, 16)
	p := honestProposal(f)
	f.propose(t, sequencerKey, p)
	const n = 8
	for i := 0; i < n; i++ {
		f.l1.mustSend(t, l2.DevKey(8+i), f.rollup, challengerBond, optABI.PackChallenge())
	}
	for i := 0; i < n; i++ {
		id := uint64(firstGame + i)
		roots := f.bisect(t, sequencerKey, id, p)
		f.l1.mustSend(t, l2.DevKey(8+i), f.rollup, nil, optABI.PackSelect(new(big.Int).SetUint64(id), roots, big.NewInt(int64(2*i))))
	}
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	for i := 0; i < n; i++ {
		id := uint64(firstGame + i)
		require.True(t, resolved(t, f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, id, p))).ProposerWon)
	}
}

// colludingChallengers is how many extra funded L1 keys (l2.DevKey(8) on) the
// dispute tests have for challengers.
const colludingChallengers = 64
