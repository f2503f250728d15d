package solidity_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// censoredLateFixture is the setting of the self-challenge preemption: one L2
// block that skips a FORCED_VALID_LATE entry a block holding it alone settles,
// proposed by the sequencer (the censor). It returns the proposal and that
// one-entry block, whose proof overturns the skip.
func censoredLateFixture(t *testing.T) (*optimisticFixture, *proposal, *types.Transaction) {
	alice, bob := addr(aliceKey), addr(bobKey)
	f := newLateFixture(t, 1, func(c *l2Chain, _ int, b *core.BlockGen) {
		b.AddTx(l2Tx(t, b, bobKey, alice, big.NewInt(1), nil))
	})
	forced := signL2(t, f.l2, aliceKey, f.account(t, 0, alice).Nonce, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queueForced(t, aliceKey, forced)
	require.Equal(t, uint8(solidity.ForcedValidLate), f.judge(t, 0, forced, f.header(0)).Verdict)
	censor := f.forcedProposal(t, []*types.Transaction{forced})
	require.Equal(t, uint64(1), censor.outputs[0].ForcedIndex, "the censoring claim: block 1 skips the entry")
	f.propose(t, sequencerKey, censor)
	return f, censor, forced
}

// An honest game opened before the censor's puppet step, whose challenger proves
// the entry only after that step: the timeout path reads the proof too, so the
// censor, who cannot win a step, loses on the clock. Before the proof, sync on the
// honest game would have settled it from the puppet's execution: the challenger
// must record the proof before anyone calls sync (the node proves before it
// challenges or selects).
func TestOptimisticForcedReuseReadsProofOnTimeout(t *testing.T) {
	f, censor, forced := censoredLateFixture(t)
	honest := uint64(firstGame)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
	puppet := honest + 1
	f.l1.mustSend(t, bobKey, f.rollup, challengerBond, f.challengeLast())
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, puppet))
	step := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, puppet, censor))
	require.True(t, resolved(t, step).ProposerWon, "no proof yet: the skip stands in the puppet's game")
	require.Nil(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackSync(new(big.Int).SetUint64(honest))),
		"before the proof, the censor's sync would settle the honest game from the puppet's execution")

	f.proveSettleable(t, 0, f.siblingBlock(t, nil, forced))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackSync(new(big.Int).SetUint64(honest))),
		bindings.OptimisticNativeRollupNothingToSyncErrorID(), "the proof stops the reuse")
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, optABI.PackTimeout(new(big.Int).SetUint64(honest))),
		bindings.OptimisticNativeRollupClockRunningErrorID(), "timeout does not settle the game from the execution either")
	f.l1.wait(t, moveTimeout+1)
	out := f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackTimeout(new(big.Int).SetUint64(honest)))
	require.False(t, resolved(t, out).ProposerWon, "the censor did not step the honest game: it loses on the clock")
	require.True(t, f.proposal(t, 1).Defeated)
	require.Equal(t, new(big.Int).Add(challengerBond, proposerBond), f.credit(t, addr(challengerKey)))
}

// A proof recorded after a game was settled from the execution does not reopen
// it: a challenger that challenges a one-block proposal before proving the entry
// loses its bond inside `challenge` (the reuse there resolves the game at once).
// The ordering is the challenger's to get right, and a later challenger who
// proves first still defeats the proposal; what the late one lost is its bond.
func TestOptimisticForcedReuseBeforeProofIsFinal(t *testing.T) {
	f, censor, forced := censoredLateFixture(t)
	f.l1.mustSend(t, bobKey, f.rollup, challengerBond, f.challengeLast())
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, censor))

	hasty := f.l1.mustSend(t, relayerKey, f.rollup, challengerBond, f.challengeLast())
	require.True(t, resolved(t, hasty).ProposerWon, "challenged before any proof: settled from the puppet's execution in the same call")
	f.proveSettleable(t, 0, f.siblingBlock(t, nil, forced))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, optABI.PackTimeout(big.NewInt(firstGame+1))),
		bindings.OptimisticNativeRollupGameResolvedAlreadyErrorID(), "the proof does not reopen a settled game")
	require.Zero(t, f.credit(t, addr(relayerKey)).Sign(), "the hasty challenger's bond is gone")

	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
	lost := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame+2, censor))
	require.False(t, resolved(t, lost).ProposerWon, "a challenger who proved first still defeats the censor")
	require.True(t, f.proposal(t, 1).Defeated)
}

// What reading the proofs again adds to a reuse, at the most entries one block
// skips (MAX_FORCED_PER_BLOCK, all FORCED_INVALID: nonces the sender has not
// reached, so no proof can exist for them) against a block that skipped none:
// sync stays cheap and cannot be made to revert, so a batch of syncs of an honest
// proposer's execution is not at an attacker's mercy. Each extra entry is one
// cold SLOAD (EIP-2929: 2,100) plus its key's encoding and hashing; once, the
// cold call to the queue (2,600) and the execution's blockKey slot (2,100).
func TestOptimisticForcedReuseGasAtMostSkips(t *testing.T) {
	syncGas := func(t *testing.T, skipped int) uint64 {
		alice, bob := addr(aliceKey), addr(bobKey)
		f := newLateFixture(t, 1, func(c *l2Chain, _ int, b *core.BlockGen) {
			b.AddTx(l2Tx(t, b, bobKey, alice, big.NewInt(1), nil))
		})
		nonce := f.account(t, 0, alice).Nonce
		var queued []*types.Transaction
		for i := range skipped {
			tx := signL2(t, f.l2, aliceKey, nonce+100+uint64(i), &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
			f.queueForced(t, aliceKey, tx)
			require.Equal(t, uint8(solidity.ForcedInvalid), f.judge(t, uint64(i), tx, f.header(0)).Verdict)
			queued = append(queued, tx)
		}
		p := f.forcedProposal(t, queued)
		require.Equal(t, uint64(skipped), p.outputs[0].ForcedIndex, "the honest block skips every entry")
		f.propose(t, sequencerKey, p)
		f.l1.mustSend(t, bobKey, f.rollup, challengerBond, f.challengeLast())
		f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
		f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
		require.True(t, resolved(t, f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p))).ProposerWon)
		r := f.l1.mustSend(t, sequencerKey, f.rollup, nil, optABI.PackSync(big.NewInt(firstGame+1)))
		require.True(t, resolved(t, r).ProposerWon, "the honest execution settles the second game")
		return r.GasUsed
	}
	none := syncGas(t, 0)
	most := syncGas(t, int(solidity.MaxForcedPerBlock))
	t.Logf("sync gas: %d with no skipped entry, %d with %d (x%.2f)", none, most, solidity.MaxForcedPerBlock, float64(most)/float64(none))
	require.Less(t, most-none, uint64(solidity.MaxForcedPerBlock*(2100+600)+2600+2100),
		"per skipped entry one cold SLOAD and its key encoded and hashed in fresh memory; once the cold queue call and the execution's blockKey slot")
}
