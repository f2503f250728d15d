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
	f := newOptimisticFixtureWith(t, 1, l2.GenesisGasLimit, func(*bindings.OptimisticNativeRollupConfig) {}, func(c *l2Chain, i int, b *core.BlockGen) {
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
	require.True(t, f.judge(t, 0, forced, f.header(0)).Valid, "every state check passes: no block may skip it")
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
