package solidity_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// codeHeavyGenesis is an L2 genesis extension with `n` distinct contracts of the
// largest code size (EIP-170, 24,576 bytes, each starting with STOP) and a
// contract that CALLs each of them once: a transaction to it costs ~40k gas but
// needs every one of those codes in its block's witness.
func codeHeavyGenesis(n int) (types.GenesisAlloc, common.Address) {
	sizes := make([]int, n)
	for i := range sizes {
		sizes[i] = params.MaxCodeSize
	}
	return sizedCodeGenesis(sizes)
}

// sizedCodeGenesis is an L2 genesis extension with one contract per entry of
// sizes (its code length in bytes, each starting with STOP) and a contract that
// CALLs each of them once, so a test can tune the witness of a block that calls
// them all to a chosen payload.
func sizedCodeGenesis(sizes []int) (types.GenesisAlloc, common.Address) {
	alloc := types.GenesisAlloc{}
	var caller []byte
	for i, size := range sizes {
		code := make([]byte, size)
		seed := crypto.Keccak256([]byte("nr-code-heavy"), []byte{byte(i)})
		for j := 1; j < len(code); j += 32 {
			seed = crypto.Keccak256(seed)
			copy(code[j:], seed)
		}
		code[0] = 0x00 // STOP
		target := common.BytesToAddress(crypto.Keccak256([]byte("nr-code-heavy-target"), []byte{byte(i)}))
		alloc[target] = types.Account{Code: code, Balance: new(big.Int)}
		caller = append(caller, 0x60, 0, 0x60, 0, 0x60, 0, 0x60, 0, 0x60, 0, 0x73)
		caller = append(caller, target.Bytes()...)
		caller = append(caller, 0x5a, 0xf1, 0x50)
	}
	caller = append(caller, 0x00)
	callerAddr := common.BytesToAddress(crypto.Keccak256([]byte("nr-code-heavy-caller")))
	alloc[callerAddr] = types.Account{Code: caller, Balance: new(big.Int)}
	return alloc, callerAddr
}

// TestOptimisticForcedUnsettleableEntrySkippedLate (issue 12, was
// TestOptimisticForcedUnsettleableEntryHaltsChain, which pinned the halt): a
// queued transaction that every state check calls valid but whose block no L1
// transaction can settle no longer halts the optimistic host. The transaction
// costs ~60k L2 gas and passes every queueing check, yet it CALLs six 24 KB
// contracts, so a block holding it has a witness over MAX_SETTLE_PAYLOAD (before
// this rule every proposal had to take it once due, and every block holding it
// lost its step with BlockTooLarge). Judged on a parent past the inclusion grace
// it is FORCED_VALID_LATE; nobody can prove it settleable there
// (proveForcedSettleable reverts BlockTooLarge on the sibling block that holds it
// alone), so block 1 skips it: the proposal that says so, made once it is due,
// wins its dispute and finalizes, and the entry leaves the queue.
func TestOptimisticForcedUnsettleableEntrySkippedLate(t *testing.T) {
	alloc, heavy := codeHeavyGenesis(6)
	f := newLateFixture(t, 1, func(*l2Chain, int, *core.BlockGen) {}, alloc)
	forced := signL2(t, f.l2, aliceKey, f.account(t, 0, addr(aliceKey)).Nonce, &heavy, nil, nil, 200_000, big.NewInt(10*params.GWei))
	alone := f.siblingBlock(t, nil, forced)
	require.Equal(t, types.ReceiptStatusSuccessful, alone.Receipts[0].Status)
	require.Less(t, alone.Receipts[0].GasUsed, uint64(100_000), "the transaction is cheap in gas")
	payload := uint64(len(alone.Input.Transactions) + len(alone.Input.Witness) + len(alone.Block.Extra()))
	require.Greater(t, payload, uint64(solidity.MaxSettlePayload), "its witness carries six full codes")
	require.False(t, solidity.Settleable(alone.Block.GasLimit(), payload))

	f.queueForced(t, aliceKey, forced)
	require.Equal(t, uint8(solidity.ForcedValidLate), f.judge(t, 0, forced, f.header(0)).Verdict, "every state check passes, after the grace")
	requireRevert(t, f.l1.revertOf(t, bobKey, f.forcedQueue(t), nil, proveSettleableArgs(0, alone)),
		bindings.OptimisticForcedQueueBlockTooLargeErrorID(), "nobody can prove it settleable")
	skipping := f.forcedProposal(t, []*types.Transaction{forced})
	require.Equal(t, uint64(1), skipping.outputs[0].ForcedIndex, "block 1 skips it")
	f.truth = skipping

	f.l1.wait(t, forcedDelay) // due: every proposal must take it
	f.proposeChallenged(t, skipping)
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	step := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, skipping))
	require.True(t, resolved(t, step).ProposerWon, "the skip is the walk's")
	f.l1.wait(t, challengeWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	require.Equal(t, uint64(1), f.queueHead(t), "the chain goes on without it")
}

// TestStepLargestBlockWorstForcedWalk is TestStepLargestBlock with the costliest
// walk of the forced queue on top: sixteen queued entries that can execute, each
// judged FORCED_VALID_LATE on the parent (past its grace) with no settleability
// proof, all skipped by the largest block the host settles, whose one typed
// transaction `_leadingTxHashes` hashes whole: each skip reads the entry, its
// verdict and forcedSettleable, and step computes the block key. The step still
// settles in one transaction within SettleGasBound.
func TestStepLargestBlockWorstForcedWalk(t *testing.T) {
	for _, c := range []struct {
		name     string
		gasLimit uint64
		calldata int
	}{
		{"gas limit 10M: MAX_SETTLE_PAYLOAD binds", l2.GenesisGasLimit, 110_000},
		{"gas limit MAX_GAS_LIMIT: the 2^24 gas cap binds", maxGasLimit, 60_000},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newOptimisticFixtureAt(t, 1, c.gasLimit, lateLead, func(cfg *bindings.OptimisticNativeRollupConfig) { cfg.MaxGasLimit = maxGasLimit },
				func(_ *l2Chain, _ int, g *core.BlockGen) { g.AddTx(calldataTx(t, g, 2, c.calldata, true)) })
			alice := addr(aliceKey)
			nonce := f.account(t, 0, addr(bobKey)).Nonce
			var queued []*types.Transaction
			for i := uint64(0); i < solidity.MaxForcedPerBlock; i++ {
				tx := signL2(t, f.l2, bobKey, nonce, &alice, big.NewInt(int64(i+1)), nil, 21000, big.NewInt(10*params.GWei))
				f.queueForced(t, bobKey, tx)
				require.Equal(t, uint8(solidity.ForcedValidLate), f.judge(t, i, tx, f.header(0)).Verdict)
				queued = append(queued, tx)
			}
			p := f.forcedProposal(t, queued)
			require.Equal(t, uint64(solidity.MaxForcedPerBlock), p.outputs[0].ForcedIndex, "block 1 skips all sixteen")
			f.proposeChallenged(t, p)
			f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
			block := f.blocks[0]
			size := largestPayload(c.gasLimit)
			env := envOf(block)
			witness := padWitness(t, block.Input.Witness, int(size)-len(block.Input.Transactions)-len(env.ExtraData))
			require.Equal(t, size, payloadOf(env, block.Input.Transactions, witness))
			r := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepWith(t, firstGame, f.genesis, p.output(f, 1), inputsOf(block), witness))
			require.True(t, resolved(t, r).ProposerWon)
			bound := solidity.SettleGasBound(c.gasLimit, size)
			require.LessOrEqual(t, r.GasUsed, bound)
			t.Logf("gas limit %d: %d payload bytes, 16 unproven FORCED_VALID_LATE skips, step used %d L1 gas, bound %d (margin %d), cap %d",
				c.gasLimit, size, r.GasUsed, bound, int64(bound)-int64(r.GasUsed), solidity.MaxTxGas)
		})
	}
}

// TestOptimisticForcedJudgeHeaderWithoutGasTarget: judgeForcedTransaction takes
// any header that hashes to its key, so its gas limit is the caller's: one below
// 2 has no EIP-1559 gas target, and the next base fee would divide by zero. It is
// refused as MalformedHeader, not with a panic.
func TestOptimisticForcedJudgeHeaderWithoutGasTarget(t *testing.T) {
	f := newForcedFixture(t, 1)
	bob := addr(bobKey)
	tx := signL2(t, f.l2, aliceKey, 0, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queueForced(t, aliceKey, tx)
	for _, gasLimit := range []uint64{0, 1} {
		h := types.CopyHeader(f.header(0)) // the genesis state root: the account proof holds
		h.GasLimit, h.GasUsed = gasLimit, 21000
		requireRevert(t, f.l1.revertOf(t, bobKey, f.forcedQueue(t), nil, f.judgeArgs(t, 0, tx, h, nil)),
			bindings.OptimisticForcedQueueMalformedHeaderErrorID(), "gas limit %d", gasLimit)
	}
}

// TestOptimisticForcedDueBacklogBeyondOneProposal (issue 12, liveness): entries
// that alternate between executable and not are taken at most two per block (a
// block skips only before its first inclusion, and stops at the first entry after
// it that it does not include), not sixteen. A due backlog larger than what one
// proposal's blocks can take must not stop every proposal: a proposal may end at a
// due entry if it took at least one entry per block, which every block can (the
// head entry is skipped if it cannot execute, and fits first if it can). One that
// took fewer is still refused.
func TestOptimisticForcedDueBacklogBeyondOneProposal(t *testing.T) {
	bob, alice := addr(bobKey), addr(aliceKey)
	var valid []*types.Transaction
	f := newOptimisticFixtureAt(t, 2, l2.GenesisGasLimit, forcedLead, func(c *bindings.OptimisticNativeRollupConfig) { c.MaxBlocksPerProposal = 2 }, func(c *l2Chain, i int, b *core.BlockGen) {
		tx := signL2(t, c, aliceKey, b.TxNonce(alice), &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
		valid = append(valid, tx)
		b.AddTx(tx)
	})
	third := signL2(t, f.l2, aliceKey, 2, &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	invalid := func(nonce uint64) *types.Transaction {
		return signL2(t, f.l2, bobKey, nonce, &alice, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	}
	// A spammer's pattern: executable, not, executable, not, executable.
	queued := []*types.Transaction{valid[0], invalid(100), valid[1], invalid(101), third}
	for _, tx := range queued {
		f.queueForced(t, bobKey, tx)
	}
	p := f.forcedProposal(t, queued)
	require.Equal(t, []uint64{1, 3}, []uint64{p.outputs[0].ForcedIndex, p.outputs[1].ForcedIndex},
		"block 1 includes entry 0 and stops at 1; block 2 skips 1, includes 2, stops at 3")
	f.truth = p
	f.l1.wait(t, forcedDelay) // every entry is due; no two blocks can take them all

	short := honestProposal(f)
	short.outputs[1].ForcedIndex = 1 // one entry for two blocks
	data := optABI.PackPropose(new(big.Int), 2, short.outputs[1], f.honestData(t).counts, f.anchor)
	requireRevert(t, f.revertWithBlobs(t, sequencerKey, proposerBond, data, f.honestData(t)),
		bindings.OptimisticForcedQueueForcedTransactionDueErrorID(), "fewer entries than blocks")

	f.propose(t, sequencerKey, p)
	f.l1.wait(t, challengeWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	require.Equal(t, uint64(3), f.queueHead(t), "the chain goes on; entries 3 and 4 are the next proposal's")
}
