package eestexecute

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/eest"
)

// judgeFixture is a block and the verdicts EXECUTE could give on it.
type judgeFixture struct {
	block *types.Block
	input []byte
	gas   uint64 // the gas RequiredGas must give for input
}

func newJudgeFixture() judgeFixture {
	h := &types.Header{
		Number: big.NewInt(1), GasLimit: 30_000_000, GasUsed: 21_000, Difficulty: new(big.Int), BaseFee: big.NewInt(7),
		Root: common.Hash{0xaa}, ReceiptHash: common.Hash{0xbb}, Coinbase: common.Address{0xcc},
	}
	input := make([]byte, 100)
	return judgeFixture{
		block: types.NewBlockWithHeader(h),
		input: input,
		gas:   precompile.ExecuteBaseGas + precompile.ExecutePerByteGas*100 + precompile.ExecutePerL2GasGas*30_000_000,
	}
}

// verdict returns EXECUTE's verdict for an execution that computed executed
// from claims taken from the fixture's block.
func (f judgeFixture) verdict(executed *types.Header) *precompile.Verdict {
	claimed := f.block.Header()
	return &precompile.Verdict{
		Valid:     executed.Root == claimed.Root && executed.ReceiptHash == claimed.ReceiptHash && executed.GasUsed == claimed.GasUsed,
		BlockHash: executed.Hash(),
		Input:     &precompile.Input{PostStateRoot: claimed.Root, ReceiptsRoot: claimed.ReceiptHash, GasUsed: claimed.GasUsed},
		Result:    &stateless.Result{Header: executed, StateRoot: executed.Root, ReceiptsRoot: executed.ReceiptHash, GasUsed: executed.GasUsed},
	}
}

func (f judgeFixture) executed(edit func(h *types.Header)) *precompile.Verdict {
	h := f.block.Header()
	edit(h)
	return f.verdict(h)
}

func TestJudge(t *testing.T) {
	f := newJudgeFixture()
	same := f.executed(func(*types.Header) {})
	hash := f.block.Hash().Hex()
	tests := []struct {
		name        string
		want        eest.Expectation
		o           outcome
		wantNote    string
		wantFailure string
		wantNext    bool
	}{
		{"valid accepted", eest.ExpectValid, outcome{input: f.input, gas: f.gas, verdict: same},
			"valid: EXECUTE (true, block hash)", "", true},
		{"valid charged wrongly", eest.ExpectValid, outcome{input: f.input, gas: f.gas + 1, verdict: same},
			"", fmt.Sprintf("block 3: fixture says valid, RequiredGas is %d, want %d = 50000 + 16*100 bytes + 1*30000000 declared gas", f.gas+1, f.gas), false},
		{"valid false", eest.ExpectValid, outcome{input: f.input, gas: f.gas, verdict: f.executed(func(h *types.Header) { h.Root = common.Hash{1} })},
			"", "block 3: fixture says valid, EXECUTE returned (false, ", false},
		{"valid true for another block", eest.ExpectValid, outcome{input: f.input, gas: f.gas, verdict: f.executed(func(h *types.Header) { h.BaseFee = big.NewInt(8) })},
			"", "block 3: fixture says valid, EXECUTE returned (true, ", false},
		{"valid failed", eest.ExpectValid, outcome{err: fmt.Errorf("stateless execution: %w", stateless.ErrMissingWitnessData)},
			"", "block 3: fixture says valid, EXECUTE failed: stateless execution: witness is missing data the execution needs", false},
		{"policy met", eest.ExpectValid, outcome{policy: precompile.ErrBlobTransaction, err: fmt.Errorf("tx 0: %w", precompile.ErrBlobTransaction)},
			"valid: EXECUTE fails by ErrBlobTransaction (L2 policy)", "", false},
		{"policy met by another error", eest.ExpectRejectTx, outcome{policy: precompile.ErrBlobTransaction, err: precompile.ErrUnprotectedTransaction},
			"reject:tx: EXECUTE fails by ErrBlobTransaction (L2 policy)",
			"block 3: fixture says reject:tx, the block calls for ErrBlobTransaction (L2 policy), EXECUTE failed with: transaction has no EIP-155 replay protection", false},
		{"policy ignored", eest.ExpectValid, outcome{policy: precompile.ErrBlobTransaction, input: f.input, gas: f.gas, verdict: same},
			"", "block 3: fixture says valid, the block calls for ErrBlobTransaction (L2 policy), EXECUTE returned (true, " + hash + ")", false},
		{"reject by a consensus rule", eest.ExpectRejectTx, outcome{err: fmt.Errorf("%w: nonce too high", stateless.ErrInvalidTransaction)},
			"reject:tx: EXECUTE fails by ErrInvalidTransaction", "", false},
		{"reject by a block rule", eest.ExpectRejectBlock, outcome{err: fmt.Errorf("stateless execution: %w: invalid deposit log", stateless.ErrInvalidBlock)},
			"reject:block: EXECUTE fails by ErrInvalidBlock", "", false},
		{"reject undecided", eest.ExpectRejectBlock, outcome{err: stateless.ErrMissingWitnessData},
			"reject:block: EXECUTE fails by ErrMissingWitnessData",
			"block 3: fixture says reject:block, but EXECUTE could not judge it (ErrMissingWitnessData): witness is missing data the execution needs", false},
		{"reject by malformed input", eest.ExpectRejectBlock, outcome{err: precompile.ErrMalformedWitness},
			"reject:block: EXECUTE fails by unclassified",
			"block 3: fixture says reject:block, but EXECUTE could not judge it (unclassified): malformed witness", false},
		{"reject false", eest.ExpectRejectBlock, outcome{verdict: f.executed(func(h *types.Header) { h.Root, h.GasUsed = common.Hash{1}, 1 })},
			"reject:block: EXECUTE false (postStateRoot, gasUsed)", "", false},
		{"reject accepted", eest.ExpectRejectTx, outcome{verdict: same},
			"", "block 3: fixture says reject:tx, EXECUTE returned (true, the block's hash " + hash + ")", false},
		{"reject true for the block with derived fields", eest.ExpectRejectBlock,
			outcome{verdict: f.executed(func(h *types.Header) { h.BaseFee, h.Number = big.NewInt(8), big.NewInt(2) })},
			"reject:block: EXECUTE (true, another hash): number, baseFeePerGas derived, not an input", "", false},
		{"reject true for a block differing in an input field", eest.ExpectRejectBlock,
			outcome{verdict: f.executed(func(h *types.Header) { h.BaseFee, h.Coinbase = big.NewInt(8), common.Address{1} })},
			"", "block 3: fixture says reject:block, EXECUTE returned (true, ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := judge(&eest.Block{Index: 3, Expected: tt.want, Block: f.block}, tt.o)
			require.Equal(t, tt.wantNote, j.Note)
			if tt.wantFailure == "" {
				require.Empty(t, j.Failure)
			} else {
				require.Contains(t, j.Failure, tt.wantFailure)
			}
			if tt.wantNext {
				require.Equal(t, tt.o.verdict.Result.Header, j.Next)
			} else {
				require.Nil(t, j.Next)
			}
		})
	}
}

func TestDerivedDifferenceCoversTheHeader(t *testing.T) {
	f := newJudgeFixture()
	block := f.block.Header()
	executed := types.CopyHeader(block)
	executed.WithdrawalsHash, executed.RequestsHash = &types.EmptyWithdrawalsHash, &types.EmptyRequestsHash
	fields, ok := derivedDifference(block, executed)
	require.True(t, ok)
	require.Equal(t, []string{"withdrawalsRoot", "requestsHash"}, fields)

	_, ok = derivedDifference(block, types.CopyHeader(block))
	require.False(t, ok, "identical headers have no derived difference")

	executed.Extra = []byte{1}
	_, ok = derivedDifference(block, executed)
	require.False(t, ok, "extraData is an input")
}
