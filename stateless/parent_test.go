package stateless_test

import (
	"context"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// TestCraftedParentRejected: the parent header is bound only by hash to a claimed
// parent hash, which a caller of EXECUTE chooses freely. Each crafted parent here
// would make go-ethereum's header derivations panic or not terminate; each must be
// an ErrInvalidHeader instead.
func TestCraftedParentRejected(t *testing.T) {
	c := generateTestChain(t)
	u64 := func(v uint64) *uint64 { return &v }
	for _, tc := range []struct {
		name   string
		change func(h *types.Header)
	}{
		{"no base fee after London", func(h *types.Header) { h.BaseFee = nil }},
		{"base fee above 256 bits", func(h *types.Header) { h.BaseFee = new(big.Int).Lsh(big.NewInt(1), 256) }},
		{"gas limit 0 (zero gas target)", func(h *types.Header) { h.GasLimit = 0 }},
		{"gas limit above 2^63-1", func(h *types.Header) { h.GasLimit = math.MaxUint64 }},
		{"excess blob gas without blob gas used", func(h *types.Header) { h.BlobGasUsed = nil }},
		{"excess blob gas whose fee series would not end", func(h *types.Header) { h.ExcessBlobGas = u64(math.MaxUint64 / 2) }},
		{"blob gas used above the maximum", func(h *types.Header) { h.BlobGasUsed = u64(math.MaxUint64) }},
		{"last possible number", func(h *types.Header) { h.Number = new(big.Int).SetUint64(math.MaxUint64) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parent := types.CopyHeader(c.parent(1))
			tc.change(parent)
			in := stateless.InputFromBlock(c.blocks[1], parent.Root)
			in.ParentHash = parent.Hash()
			w := copyWitness(c.witnesses[1])
			w.Headers = []*types.Header{parent}
			res, err := stateless.Execute(context.Background(), c.config, in, w)
			require.ErrorIs(t, err, stateless.ErrInvalidHeader)
			require.ErrorContains(t, err, "parent header")
			require.Nil(t, res)
		})
	}
}

// TestExecutionFaultIsRecovered: a panic inside go-ethereum becomes
// ErrExecutionFault, not a crashed node. A Cancun config without a blob schedule
// makes go-ethereum's excess-blob-gas derivation panic.
func TestExecutionFaultIsRecovered(t *testing.T) {
	c := generateTestChain(t)
	broken := *c.config
	broken.BlobScheduleConfig = nil
	res, err := stateless.Execute(context.Background(), &broken, stateless.InputFromBlock(c.blocks[1], c.parent(1).Root), c.witnesses[1])
	require.ErrorIs(t, err, stateless.ErrExecutionFault)
	require.Nil(t, res)
}
