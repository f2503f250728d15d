package solidity_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// lateLead puts the L2 genesis past the inclusion grace (forcedDelay / 2) of the
// entries a test queues right after deploying, and forcedLead seconds more: an
// entry that can execute on the genesis is judged FORCED_VALID_LATE there.
const lateLead = forcedDelay/2 + forcedLead

// newLateFixture is newOptimisticFixtureAt with the L2 genesis lateLead seconds
// after the L1 head.
func newLateFixture(t testing.TB, n int, gen func(c *l2Chain, i int, b *core.BlockGen), extra ...types.GenesisAlloc) *optimisticFixture {
	t.Helper()
	return newOptimisticFixtureAt(t, n, l2.GenesisGasLimit, lateLead, func(*bindings.OptimisticNativeRollupConfig) {}, gen, extra...)
}

// siblingBlock builds, on another chain from the fixture's genesis, a block 1
// holding txs, with the environment and anchor of the fixture's block 1 unless
// env changes them: what proveForcedSettleable takes for an entry that block 1
// does not include.
func (f *optimisticFixture) siblingBlock(t testing.TB, env func(b *core.BlockGen), txs ...*types.Transaction) *l2.Block {
	t.Helper()
	c := f.newSibling(t)
	require.Equal(t, f.header(0).Hash(), c.Head().Hash(), "the sibling chain starts from the fixture's genesis")
	blocks, err := c.AddBlocks(1, func(_ int, b *core.BlockGen) {
		b.SetParentBeaconRoot(*f.blocks[0].Block.BeaconRoot())
		if env != nil {
			env(b)
		}
		for _, tx := range txs {
			b.AddTx(tx)
		}
	})
	require.NoError(t, err)
	return blocks[0]
}

// proveSettleableArgs is proveForcedSettleable's calldata for entry index with
// block b (its parent, environment, anchor, claims, transactions and witness).
func proveSettleableArgs(index uint64, b *l2.Block) []byte {
	in := b.Input
	env, claims := solidity.ExecuteArgs(in)
	return queueABI.PackProveForcedSettleable(index, in.ParentHash, in.PreStateRoot, env, in.Anchor, claims, in.Transactions, in.Witness)
}

// proveSettleable records entry index settleable with block b and returns the
// event; the block key it names is b's (solidity.ForcedBlockKey, the Go mirror).
func (f *optimisticFixture) proveSettleable(t testing.TB, index uint64, b *l2.Block) (*bindings.OptimisticForcedQueueForcedTransactionSettleable, uint64) {
	t.Helper()
	r := f.l1.mustSend(t, bobKey, f.forcedQueue(t), nil, proveSettleableArgs(index, b))
	ev, err := queueABI.UnpackForcedTransactionSettleableEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, index, ev.Index.Uint64())
	require.Equal(t, blockKeyOf(b.Block.ParentHash(), b.Block.Header()), common.Hash(ev.BlockKey), "Go's ForcedBlockKey is the contract's")
	require.True(t, f.settleable(t, ev.BlockKey, index))
	return ev, r.GasUsed
}

// TestOptimisticForcedJudgeGrace: judgeForcedTransaction's three verdicts at the
// edges of their rules, on headers that differ only in their timestamp (the
// genesis's, so the account proof holds): a block older than the entry gets
// FORCED_VALID whatever the state; from queuedAt on the state decides
// FORCED_INVALID; an entry that can execute is FORCED_VALID up to the last second
// before queuedAt + forcedInclusionDelay/2 and FORCED_VALID_LATE from then on.
// The Go mirror (solidity.JudgeQueued) gives the same verdict in every case.
func TestOptimisticForcedJudgeGrace(t *testing.T) {
	f := newForcedFixture(t, 1)
	alice, bob := addr(aliceKey), addr(bobKey)
	nonce := f.account(t, 0, alice).Nonce
	gwei10 := big.NewInt(10 * params.GWei)
	valid := signL2(t, f.l2, aliceKey, nonce, &bob, big.NewInt(1), nil, 21000, gwei10)
	ahead := signL2(t, f.l2, aliceKey, nonce+1, &bob, big.NewInt(1), nil, 21000, gwei10)
	f.queueForced(t, aliceKey, valid)
	f.queueForced(t, aliceKey, ahead)
	grace := uint64(forcedDelay / 2)
	cases := []struct {
		name   string
		index  uint64
		tx     *types.Transaction
		offset int64 // the header's timestamp less the entry's queuedAt
		want   solidity.ForcedVerdict
	}{
		{"can execute, one second older than the entry", 0, valid, -1, solidity.ForcedValid},
		{"cannot execute, one second older than the entry", 1, ahead, -1, solidity.ForcedValid},
		{"cannot execute, at queuedAt", 1, ahead, 0, solidity.ForcedInvalid},
		{"can execute, at queuedAt", 0, valid, 0, solidity.ForcedValid},
		{"can execute, last second of the grace", 0, valid, int64(grace) - 1, solidity.ForcedValid},
		{"can execute, grace over", 0, valid, int64(grace), solidity.ForcedValidLate},
		{"cannot execute, grace over", 1, ahead, int64(grace), solidity.ForcedInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := types.CopyHeader(f.header(0))
			h.Time = uint64(int64(f.queuedAt[c.tx.Hash()]) + c.offset)
			got, _ := solidity.JudgeQueued(c.tx, f.queuedAt[c.tx.Hash()], forcedDelay, f.account(t, 0, alice), h, f.l2.Genesis.Config)
			require.Equal(t, c.want, got, "Go mirror")
			ev := f.judge(t, c.index, c.tx, h)
			require.Equal(t, uint8(c.want), ev.Verdict, "contract")
			require.Equal(t, h.Hash(), common.Hash(ev.BlockHash))
			key := solidity.ForcedEntryKey(h.Hash(), c.index)
			recorded, err := queueABI.UnpackForcedVerdicts(f.l1.view(t, f.forcedQueue(t), queueABI.PackForcedVerdicts(key)))
			require.NoError(t, err)
			require.Equal(t, uint8(c.want), recorded, "forcedVerdicts under Go's ForcedEntryKey")
		})
	}
}

// TestOptimisticForcedCensoredLateEntry (issue 12, censorship after the grace):
// an entry that can execute, judged FORCED_VALID_LATE on block 1's parent, left
// out of block 1. Without a settleability proof under block 1's own key the walk
// skips it, so the censoring proposal wins its dispute: that is the rule, and an
// honest challenger must record the proof before the block's step. Proofs under
// another fee recipient or another anchor are other keys and change nothing. With
// the proof under block 1's key (a sibling block 1 holding the entry alone) the
// walk stops at the entry and the same censoring proposal loses.
func TestOptimisticForcedCensoredLateEntry(t *testing.T) {
	alice, bob := addr(aliceKey), addr(bobKey)
	f := newLateFixture(t, 1, func(c *l2Chain, _ int, b *core.BlockGen) {
		b.AddTx(l2Tx(t, b, bobKey, alice, big.NewInt(1), nil)) // another user's transfer; not the entry
	})
	forced := signL2(t, f.l2, aliceKey, f.account(t, 0, alice).Nonce, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queueForced(t, aliceKey, forced)
	require.Equal(t, uint8(solidity.ForcedValidLate), f.judge(t, 0, forced, f.header(0)).Verdict)
	censor := f.forcedProposal(t, []*types.Transaction{forced})
	require.Equal(t, uint64(1), censor.outputs[0].ForcedIndex, "without a proof the walk skips the entry")
	key := blockKeyOf(f.header(0).Hash(), f.header(1))

	for _, other := range []struct {
		name string
		env  func(b *core.BlockGen)
	}{
		{"another fee recipient", func(b *core.BlockGen) { b.SetCoinbase(common.Address{0xc0}) }},
		{"another anchor", func(b *core.BlockGen) { b.SetParentBeaconRoot(common.Hash{0xa1}) }},
	} {
		ev, _ := f.proveSettleable(t, 0, f.siblingBlock(t, other.env, forced))
		require.NotEqual(t, key, common.Hash(ev.BlockKey), other.name)
	}
	require.False(t, f.settleable(t, key, 0))
	f.proposeChallenged(t, censor)
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	step := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, censor))
	require.True(t, resolved(t, step).ProposerWon, "nobody proved the entry settleable in block 1: the skip stands")

	ev, gas := f.proveSettleable(t, 0, f.siblingBlock(t, nil, forced))
	require.Equal(t, key, common.Hash(ev.BlockKey), "the sibling has block 1's parent, environment and anchor")
	t.Logf("proveForcedSettleable (a 21,000-gas transfer alone): %d L1 gas", gas)
	require.Zero(t, f.forcedProposal(t, []*types.Transaction{forced}).outputs[0].ForcedIndex, "with the proof the walk stops at the entry")
	f.proposeChallenged(t, censor)
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame+1))
	step = f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame+1, censor))
	require.False(t, resolved(t, step).ProposerWon, "block 1 could have held the entry: skipping it is censorship")
}

// TestOptimisticForcedProveSettleableBadInputs: proveForcedSettleable refuses each
// named bad input with its error, and records nothing; the good proof (block 1,
// which holds the entry alone) is recorded under block 1's key.
func TestOptimisticForcedProveSettleableBadInputs(t *testing.T) {
	alice, bob := addr(aliceKey), addr(bobKey)
	var forced *types.Transaction
	f := newLateFixture(t, 1, func(c *l2Chain, _ int, b *core.BlockGen) {
		forced = signL2(t, c, aliceKey, b.TxNonce(alice), &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
		b.AddTx(forced)
	})
	other := signL2(t, f.l2, bobKey, f.account(t, 0, bob).Nonce, &alice, big.NewInt(1), nil, 21000, big.NewInt(10*params.GWei))
	f.queueForced(t, aliceKey, forced)
	f.queueForced(t, bobKey, other)
	block := f.blocks[0]
	in := block.Input
	env, claims := solidity.ExecuteArgs(in)
	args := func(index uint64, parentHash, preRoot common.Hash, claims bindings.ExecuteClaims, txs, witness []byte) []byte {
		return queueABI.PackProveForcedSettleable(index, parentHash, preRoot, env, in.Anchor, claims, txs, witness)
	}
	list := func(items ...any) []byte {
		enc, err := rlp.EncodeToBytes(items)
		require.NoError(t, err)
		return enc
	}
	wrongClaims := claims
	wrongClaims.PostStateRoot[0] ^= 0xff
	oversized := padWitness(t, in.Witness, solidity.MaxSettlePayload+1-len(in.Transactions)-len(env.ExtraData))
	bad := []struct {
		name string
		args []byte
		err  common.Hash
	}{
		{"index past the tail", args(2, in.ParentHash, in.PreStateRoot, claims, in.Transactions, in.Witness),
			bindings.OptimisticForcedQueueForcedEntryUnknownErrorID()},
		{"two transactions", args(0, in.ParentHash, in.PreStateRoot, claims, list(rawTx(t, forced), rawTx(t, other)), in.Witness),
			bindings.OptimisticForcedQueueForcedBlockNotOneTransactionErrorID()},
		{"no transaction", args(0, in.ParentHash, in.PreStateRoot, claims, list(), in.Witness),
			bindings.OptimisticForcedQueueForcedBlockNotOneTransactionErrorID()},
		{"a legacy transaction (an RLP list)", args(0, in.ParentHash, in.PreStateRoot, claims, list([]any{}), in.Witness),
			bindings.OptimisticForcedQueueForcedBlockNotOneTransactionErrorID()},
		{"bytes after the list", args(0, in.ParentHash, in.PreStateRoot, claims, append(append([]byte{}, in.Transactions...), 0x80), in.Witness),
			bindings.OptimisticForcedQueueForcedBlockNotOneTransactionErrorID()},
		{"not the entry's transaction", args(1, in.ParentHash, in.PreStateRoot, claims, in.Transactions, in.Witness),
			bindings.OptimisticForcedQueueForcedTransactionMismatchErrorID()},
		{"payload one byte past MAX_SETTLE_PAYLOAD", args(0, in.ParentHash, in.PreStateRoot, claims, in.Transactions, oversized),
			bindings.OptimisticForcedQueueBlockTooLargeErrorID()},
		{"claims the block does not execute to", args(0, in.ParentHash, in.PreStateRoot, wrongClaims, in.Transactions, in.Witness),
			bindings.OptimisticForcedQueueForcedBlockClaimsInvalidErrorID()},
		{"a parent hash the witness does not hold", args(0, common.Hash{1}, in.PreStateRoot, claims, in.Transactions, in.Witness),
			bindings.OptimisticForcedQueueExecuteFailedErrorID()},
		{"a pre-state root not the parent's", args(0, in.ParentHash, common.Hash{1}, claims, in.Transactions, in.Witness),
			bindings.OptimisticForcedQueueExecuteFailedErrorID()},
	}
	for _, b := range bad {
		requireRevert(t, f.l1.revertOf(t, bobKey, f.forcedQueue(t), nil, b.args), b.err, b.name)
	}
	key := blockKeyOf(f.header(0).Hash(), f.header(1))
	require.False(t, f.settleable(t, key, 0))
	ev, gas := f.proveSettleable(t, 0, block)
	require.Equal(t, key, common.Hash(ev.BlockKey))
	require.Equal(t, f.header(0).Hash(), common.Hash(ev.ParentHash))
	require.False(t, f.settleable(t, key, 1), "recorded for entry 0 only")
	t.Logf("proveForcedSettleable: %d L1 gas", gas)
}

// TestOptimisticForcedProveSettleableLargestBlock: proveForcedSettleable on the
// largest payload the host settles (a 20 KB calldata entry alone, its witness
// padded by an unused key to exactly the largest settleable payload) fits one
// transaction within SettleGasBound, like the step it stands for; one byte more
// reverts BlockTooLarge.
func TestOptimisticForcedProveSettleableLargestBlock(t *testing.T) {
	for _, c := range []struct {
		name     string
		gasLimit uint64
	}{
		{"gas limit 10M: MAX_SETTLE_PAYLOAD binds", l2.GenesisGasLimit},
		{"gas limit MAX_GAS_LIMIT: the 2^24 gas cap binds", maxGasLimit},
	} {
		t.Run(c.name, func(t *testing.T) {
			var forced *types.Transaction
			f := newOptimisticFixtureAt(t, 1, c.gasLimit, lateLead, func(cfg *bindings.OptimisticNativeRollupConfig) { cfg.MaxGasLimit = maxGasLimit },
				func(_ *l2Chain, _ int, g *core.BlockGen) {
					forced = calldataTx(t, g, 2, 20_000, true)
					g.AddTx(forced)
				})
			f.queueForced(t, bobKey, forced)
			block := f.blocks[0]
			in := block.Input
			env, claims := solidity.ExecuteArgs(in)
			size := largestPayload(c.gasLimit)
			prove := func(size uint64) []byte {
				witness := padWitness(t, in.Witness, int(size)-len(in.Transactions)-len(env.ExtraData))
				require.Equal(t, size, payloadOf(env, in.Transactions, witness))
				return queueABI.PackProveForcedSettleable(0, in.ParentHash, in.PreStateRoot, env, in.Anchor, claims, in.Transactions, witness)
			}
			requireRevert(t, f.l1.revertOf(t, bobKey, f.forcedQueue(t), nil, prove(size+1)), bindings.OptimisticForcedQueueBlockTooLargeErrorID())
			r := f.l1.mustSend(t, bobKey, f.forcedQueue(t), nil, prove(size))
			bound := solidity.SettleGasBound(c.gasLimit, size)
			require.LessOrEqual(t, r.GasUsed, bound)
			t.Logf("gas limit %d: %d payload bytes, proveForcedSettleable used %d L1 gas, bound %d (margin %d), cap %d",
				c.gasLimit, size, r.GasUsed, bound, int64(bound)-int64(r.GasUsed), solidity.MaxTxGas)
		})
	}
}

// TestOptimisticForcedProofAfterStepOverturnsReuse (issue 12, found by the
// outside review: before the fix the censor won): a censoring proposer leaves a
// FORCED_VALID_LATE entry that settles alone out of block 1 and claims it
// skipped, then, before anyone else can record the settleability proof,
// challenges its own proposal from a second key and steps block 1 (all of it can
// be one L1 block). Its step wins (no proof yet), but the execution it records
// remembers that the walk skipped entry 0 under block 1's key. The honest
// challenger then records the proof and challenges: the execution is not reused
// (a proof now exists for a skipped entry), the proposer must step again, and
// that step loses; the entry stays in the queue. Before the fix `challenge`
// resolved the honest game for the censor from the recorded execution, the
// proof was never read, and the censoring proposal finalized.
func TestOptimisticForcedProofAfterStepOverturnsReuse(t *testing.T) {
	alice, bob := addr(aliceKey), addr(bobKey)
	f := newLateFixture(t, 1, func(c *l2Chain, _ int, b *core.BlockGen) {
		b.AddTx(l2Tx(t, b, bobKey, alice, big.NewInt(1), nil)) // another user's transfer; not the entry
	})
	forced := signL2(t, f.l2, aliceKey, f.account(t, 0, alice).Nonce, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queueForced(t, aliceKey, forced)
	require.Equal(t, uint8(solidity.ForcedValidLate), f.judge(t, 0, forced, f.header(0)).Verdict)
	censor := f.forcedProposal(t, []*types.Transaction{forced})
	require.Equal(t, uint64(1), censor.outputs[0].ForcedIndex, "the censoring claim: block 1 skips the entry")
	key := blockKeyOf(f.header(0).Hash(), f.header(1))
	alone := f.siblingBlock(t, nil, forced)

	// The censor's puppet game, before anyone else moves.
	puppet := bobKey
	f.propose(t, sequencerKey, censor)
	f.l1.mustSend(t, puppet, f.rollup, challengerBond, f.challengeLast())
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	step := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, censor))
	require.True(t, resolved(t, step).ProposerWon, "no proof yet: the skip stands in the puppet's game")

	// The honest challenger proves the entry settleable in block 1, then challenges.
	f.proveSettleable(t, 0, alone)
	require.True(t, f.settleable(t, key, 0), "the proof is recorded under block 1's key")
	r := f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
	for _, l := range r.Logs {
		_, err := optABI.UnpackGameResolvedEvent(l)
		require.Error(t, err, "the honest game is not resolved from the puppet's execution")
	}
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackSync(big.NewInt(firstGame+1))),
		bindings.OptimisticNativeRollupNothingToSyncErrorID(), "the recorded execution no longer settles the block")
	lost := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame+1, censor))
	require.False(t, resolved(t, lost).ProposerWon, "the step now reads the proof: the walk stops at the entry, the claim skipped it")
	require.True(t, f.proposal(t, 1).Defeated)
	require.Zero(t, f.queueHead(t), "the entry is still queued")
}
