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

// maxSettleablePayload is the largest payload a block declaring gasLimit may
// carry (solidity.Settleable, searched).
func maxSettleablePayload(gasLimit uint64) uint64 {
	lo, hi := uint64(0), uint64(solidity.MaxSettlePayload)
	for lo < hi {
		m := (lo + hi + 1) / 2
		if solidity.Settleable(gasLimit, m) {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo
}

// blockPayload is what the host's settle bound counts of block b.
func blockPayload(b *l2.Block) uint64 {
	return uint64(len(b.Input.Transactions) + len(b.Input.Witness) + len(b.Block.Extra()))
}

// TestForcedCanonicalBlockAtLowestGasLimit (second outside round on the
// canonical block; before the fix the canonical block declared the marked
// head's gas limit): a block EXECUTE accepts may declare up to parent/1024 - 1
// less, and the settle bound charges one L1 gas per declared L2 gas, so on a
// chain run at the policy's cap (12M) an entry whose smallest block is a few
// hundred bytes over what a 12M block may carry settles one step lower. Then
// the mark's claim was false by its own definition, refuteMark reverted
// BlockTooLarge, and skipUnsettleable removed a settleable entry after W. Now
// the canonical block declares the lowest gas limit a next block may
// (solidity.MarkedBlockEnv): the same entry's mark is refuted and the refuter
// wins the bond.
func TestForcedCanonicalBlockAtLowestGasLimit(t *testing.T) {
	const headGasLimit = testMaxGasLimit
	lowered := uint64(headGasLimit - headGasLimit/1024 + 1) // go-ethereum: |diff| < parent/1024
	lo, hi := maxSettleablePayload(headGasLimit)+1, maxSettleablePayload(lowered)
	require.Less(t, lo, hi, "a band of payloads unsettleable at the head's gas limit, settleable one step lower")
	target := (lo + hi) / 2

	// Tune the last contract's size so the entry's block lands mid-band.
	sizes := []int{params.MaxCodeSize, params.MaxCodeSize, params.MaxCodeSize, params.MaxCodeSize, 16_000}
	var payload uint64
	for range 4 {
		alloc, heavy := sizedCodeGenesis(sizes)
		c := newL2WithGasLimit(t, common.Address{1}, headGasLimit, alloc)
		tx := signL2(t, c, aliceKey, 0, &heavy, nil, nil, 200_000, big.NewInt(10*params.GWei))
		payload = blockPayload(c.build(t, common.Hash{}, func(g *core.BlockGen) { g.AddTx(tx) }))
		if payload >= lo && payload <= hi {
			break
		}
		sizes[4] += int(target) - int(payload)
	}
	alloc, heavy := sizedCodeGenesis(sizes)
	f := newNativeFixtureWith(t, headGasLimit, func(c *bindings.NativeRollupConfig) { c.SequencerWindow = forcedWindow }, alloc)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &heavy, nil, nil, 200_000, big.NewInt(10*params.GWei))
	f.queue(t, aliceKey, forced)
	f.l1.wait(t, forcedWindow+1)

	// A mark on it is false now: its canonical block settles at the lowest gas
	// limit, where a marker measuring it sees it fit.
	_, ev := f.mark(t, relayerKey)
	canonical := f.markedBlock(t, newL2WithGasLimit(t, f.rollup, headGasLimit, alloc), ev, func(g *core.BlockGen) { g.AddTx(forced) })
	require.Equal(t, types.ReceiptStatusSuccessful, canonical.Receipts[0].Status)
	payload = blockPayload(canonical)
	require.True(t, payload >= lo && payload <= hi, "payload %d in (%d, %d]", payload, lo-1, hi)
	require.False(t, solidity.Settleable(headGasLimit, payload), "over the bound at the head's gas limit")
	require.True(t, solidity.Settleable(lowered, payload), "within it at the lowest next gas limit")
	minGasLimit, err := f.abi.UnpackMinGasLimit(f.l1.view(t, f.rollup, f.abi.PackMinGasLimit()))
	require.NoError(t, err)
	require.Equal(t, lowered, solidity.MarkedBlockEnv(f.l2.Head().Header(), minGasLimit).GasLimit)
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, f.refuteArgs(canonical))
	refuted, err := f.abi.UnpackForcedMarkRefutedEvent(r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	require.Equal(t, addr(relayerKey), common.Address(refuted.Marker))
	require.Equal(t, common.Address{}, f.forcedMarker(t, 0), "the mark ended")
	t.Logf("payload %d bytes; settleable up to %d at gas limit %d, up to %d at %d", payload, lo-1, headGasLimit, hi, lowered)
}

// burnerAddress holds JUMPDEST PUSH1 0 JUMP: a call to it runs out of gas, so a
// transaction to it uses all of its gas limit and fills a block.
var burnerAddress = common.BytesToAddress(crypto.Keccak256([]byte("nr-canon-burner")))

// burnerGenesis is the L2 genesis allocation that adds the burner.
func burnerGenesis() types.GenesisAlloc {
	return types.GenesisAlloc{burnerAddress: {Code: common.FromHex("5b600056"), Balance: new(big.Int)}}
}

// fillBlock adds a transaction from bob that uses the whole block's gas.
func fillBlock(t testing.TB, c *l2Chain) func(g *core.BlockGen) {
	return func(g *core.BlockGen) {
		g.AddTx(signL2(t, c, bobKey, g.TxNonce(addr(bobKey)), &burnerAddress, nil, nil, g.Gas(), big.NewInt(100*params.GWei)))
	}
}

// TestForcedMarkedHeadNotSkippedByProof (second outside round; before the fix
// the censor won): a censoring sequencer falsely marks a valid, settleable
// entry once it is due (its canonical block settles). The mark lets its blocks
// without the entry land past dueAt, and it fills them, raising the L2 base fee
// 12.5% a block, until the entry's fee cap is below the next base fee. A proof
// skip (FeeCap) then credited the marker its bond back and paid it the user's
// fee. Now a marked head cannot be skipped by proof
// (ForcedTransactionAlreadyMarked): it leaves by inclusion, refutation or
// skipUnsettleable, and the refutation on the marked head still wins the bond.
func TestForcedMarkedHeadNotSkippedByProof(t *testing.T) {
	f := newNativeFixture(t, forcedWindow, burnerGenesis())
	head := f.l2.Head().Header()
	nextBaseFee := new(big.Int).Div(new(big.Int).Mul(head.BaseFee, big.NewInt(7)), big.NewInt(8)) // an empty genesis: -12.5%
	feeCap := new(big.Int).Div(new(big.Int).Mul(nextBaseFee, big.NewInt(13)), big.NewInt(10))
	bob := addr(bobKey)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &bob, big.NewInt(params.GWei), nil, 21000, feeCap)
	f.queue(t, aliceKey, forced)
	f.l1.wait(t, forcedWindow+1)

	full, anchor := f.nextBlock(t, fillBlock(t, f.l2))
	require.Equal(t, full.Block.GasLimit(), full.Block.GasUsed(), "a full block")
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(full, anchor)),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "unmarked and due: the sequencer must include it")

	// The false mark: its canonical block settles.
	seq := addr(sequencerKey)
	_, ev := f.mark(t, sequencerKey)
	canonical := f.markedBlock(t, newL2(t, f.rollup, burnerGenesis()), ev, func(g *core.BlockGen) { g.AddTx(forced) })
	require.Nil(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, f.refuteArgs(canonical)), "a refutation would win the bond")

	// Full blocks without the entry while it stands, until the fee cap is short.
	f.advance(t, full, anchor)
	for blocks := 1; ; blocks++ {
		h := f.l2.Head().Header()
		next := new(big.Int).Add(h.BaseFee, new(big.Int).Div(h.BaseFee, big.NewInt(8)))
		if next.Cmp(feeCap) > 0 {
			t.Logf("%d full blocks raised the next base fee to %s wei over the entry's fee cap %s", blocks, next, feeCap)
			break
		}
		b, anchor := f.nextBlock(t, fillBlock(t, f.l2))
		f.advance(t, b, anchor)
	}
	_, root, _ := f.head(t)
	skipArgs := f.abi.PackSkipForcedTransaction(rawTx(t, forced), f.l2.accountProof(t, root, addr(aliceKey)), nil, headerRLP(t, f.l2.Head().Header()))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, skipArgs),
		bindings.TestNativeRollupForcedTransactionAlreadyMarkedErrorID(), "a marked head is not skipped by proof")
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, f.refuteArgs(canonical))
	refuted, err := f.abi.UnpackForcedMarkRefutedEvent(r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	require.Equal(t, seq, common.Address(refuted.Marker), "the refuter wins the false marker's bond")
	require.Zero(t, f.forcedCredit(t, seq).Sign(), "nothing credited back to the false marker")
	require.Less(t, f.l1.head(t).Time, ev.SkippableAt.Uint64(), "within the mark's W")
}
