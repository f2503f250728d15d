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
	alloc := types.GenesisAlloc{}
	var caller []byte
	for i := 0; i < n; i++ {
		code := make([]byte, params.MaxCodeSize)
		seed := crypto.Keccak256([]byte("nr-code-heavy"), []byte{byte(i)})
		for j := 1; j < len(code); j += 32 {
			seed = crypto.Keccak256(seed)
			copy(code[j:], seed)
		}
		code[0] = 0x00 // STOP
		target := common.BytesToAddress(crypto.Keccak256([]byte("nr-code-heavy-target"), []byte{byte(i)}))
		alloc[target] = types.Account{Code: code, Balance: new(big.Int)}
		// CALL(gas, target, 0, 0, 0, 0, 0); POP
		caller = append(caller, 0x60, 0, 0x60, 0, 0x60, 0, 0x60, 0, 0x60, 0, 0x73)
		caller = append(caller, target.Bytes()...)
		caller = append(caller, 0x5a, 0xf1, 0x50)
	}
	caller = append(caller, 0x00)
	callerAddr := common.BytesToAddress(crypto.Keccak256([]byte("nr-code-heavy-caller")))
	alloc[callerAddr] = types.Account{Code: caller, Balance: new(big.Int)}
	return alloc, callerAddr
}

// TestOptimisticForcedUnsettleableEntryHaltsChain (open finding, issue 12): a
// queued transaction that every state check calls valid but whose block no L1
// transaction can settle halts the optimistic host. The transaction costs ~60k L2
// gas and passes every queueing check, yet it CALLs six 24 KB contracts, so any
// block holding it has a witness over MAX_SETTLE_PAYLOAD: the honest proposer's
// `step` on that block reverts BlockTooLarge (it loses by timeout), its verdict is
// FORCED_VALID so no block may skip it, and once it is due no proposal may leave
// it. Its sender keeps it valid by not touching its account, so no proposal can
// ever be made and won again. The test pins each link of that chain; it must be
// turned into the opposite assertion when the rules give such an entry a way out.
func TestOptimisticForcedUnsettleableEntryHaltsChain(t *testing.T) {
	alloc, heavy := codeHeavyGenesis(6)
	var forced *types.Transaction
	f := newOptimisticFixtureAt(t, 1, l2.GenesisGasLimit, forcedLead, func(*bindings.OptimisticNativeRollupConfig) {}, func(c *l2Chain, i int, b *core.BlockGen) {
		forced = signL2(t, c, aliceKey, b.TxNonce(addr(aliceKey)), &heavy, nil, nil, 200_000, big.NewInt(10*params.GWei))
		b.AddTx(forced)
	}, alloc)
	block := f.blocks[0]
	require.Equal(t, types.ReceiptStatusSuccessful, block.Receipts[0].Status)
	require.Less(t, block.Receipts[0].GasUsed, uint64(100_000), "the transaction is cheap in gas")
	payload := uint64(len(block.Input.Transactions) + len(block.Input.Witness) + len(block.Block.Extra()))
	require.Greater(t, payload, uint64(solidity.MaxSettlePayload), "its witness carries six full codes")
	require.False(t, solidity.Settleable(block.Block.GasLimit(), payload))

	f.queueForced(t, aliceKey, forced)
	require.Equal(t, uint8(solidity.ForcedValid), f.judge(t, 0, forced, f.header(0)).Verdict, "every state check passes: no block may skip it")
	honest := f.forcedProposal(t, []*types.Transaction{forced})
	require.Equal(t, uint64(1), honest.outputs[0].ForcedIndex)
	f.truth = honest

	// The honest proposal, whose block includes it, cannot win its dispute.
	f.proposeChallenged(t, honest)
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, honest)),
		bindings.OptimisticNativeRollupBlockTooLargeErrorID())

	// Once it is due, no proposal may leave it behind.
	f.l1.wait(t, forcedDelay)
	untaken := honestProposal(f)
	data := optABI.PackPropose(new(big.Int), 1, untaken.outputs[0], f.honestData(t).counts, f.anchor)
	requireRevert(t, f.revertWithBlobs(t, sequencerKey, proposerBond, data, f.honestData(t)),
		bindings.OptimisticForcedQueueForcedTransactionDueErrorID())
}

// TestStepLargestBlockWorstForcedWalk is TestStepLargestBlock with the costliest
// walk of the forced queue on top: sixteen queued entries that cannot execute
// (nonces ahead), each judged FORCED_INVALID on the parent, all skipped by the
// largest block the host settles, whose one typed transaction `_leadingTxHashes`
// hashes whole. The step still settles in one transaction within SettleGasBound.
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
			f := newOptimisticFixtureAt(t, 1, c.gasLimit, forcedLead, func(cfg *bindings.OptimisticNativeRollupConfig) { cfg.MaxGasLimit = maxGasLimit },
				func(_ *l2Chain, _ int, g *core.BlockGen) { g.AddTx(calldataTx(t, g, 2, c.calldata, true)) })
			alice := addr(aliceKey)
			var queued []*types.Transaction
			for i := uint64(0); i < solidity.MaxForcedPerBlock; i++ {
				tx := signL2(t, f.l2, bobKey, 100+i, &alice, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
				f.queueForced(t, bobKey, tx)
				require.Equal(t, uint8(solidity.ForcedInvalid), f.judge(t, i, tx, f.header(0)).Verdict)
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
			t.Logf("gas limit %d: %d payload bytes, 16 skips, step used %d L1 gas, bound %d (margin %d), cap %d",
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
