package precompile_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// forgedParentInput is the empty-block input of a fresh L2 whose witness headers
// are replaced by headers(parent), the parent first copied at gas limit 5,000; the
// pre-state is unchanged.
func forgedParentInput(tb testing.TB, headers func(parent *types.Header) []*types.Header) []byte {
	tb.Helper()
	chain, err := l2.NewChain(l2.DefaultChainID, nil)
	require.NoError(tb, err)
	tb.Cleanup(chain.Close)
	blocks, err := chain.AddBlocks(1, func(int, *core.BlockGen) {})
	require.NoError(tb, err)
	in := *blocks[0].Input
	w := *blocks[0].Witness
	parent := types.CopyHeader(w.Headers[len(w.Headers)-1])
	parent.GasLimit = 5000
	w.Headers = headers(parent)
	in.ParentHash = w.Headers[len(w.Headers)-1].Hash()
	in.GasLimit = 5000
	in.Witness, err = stateless.EncodeWitnessRLP(&w)
	require.NoError(tb, err)
	return in.Encode()
}

func editParent(edit func(h *types.Header)) func(*types.Header) []*types.Header {
	return func(p *types.Header) []*types.Header { edit(p); return []*types.Header{p} }
}

// TestForgedParents: parents a caller can put in a witness that no L2 has, each
// refused before anything is derived from it, so that every client reads the
// same fields and derives a base fee it can represent (review findings F2, F3,
// F8, F9).
func TestForgedParents(t *testing.T) {
	excess := uint64(stateless.MaxExcessBlobGas)
	for _, tc := range []struct {
		name    string
		headers func(*types.Header) []*types.Header
		want    error
		text    string
	}{
		{"unchanged", editParent(func(*types.Header) {}), nil, ""},
		{"no Cancun and Prague fields", editParent(func(h *types.Header) {
			h.ExcessBlobGas, h.BlobGasUsed, h.ParentBeaconRoot, h.RequestsHash = nil, nil, nil, nil
		}), stateless.ErrInvalidHeader, "no excess blob gas, which its fork requires"},
		{"no requests hash", editParent(func(h *types.Header) { h.RequestsHash = nil }), stateless.ErrInvalidHeader, "no requests hash"},
		{"Amsterdam fields", editParent(func(h *types.Header) {
			slot := uint64(7)
			h.BlockAccessListHash, h.SlotNumber = &common.Hash{1}, &slot
		}), stateless.ErrInvalidHeader, "a block access list hash its fork does not have"},
		{"proof-of-work constants", editParent(func(h *types.Header) {
			h.Difficulty, h.Nonce = big.NewInt(256), types.EncodeNonce(5)
		}), stateless.ErrInvalidHeader, "not a proof-of-stake header"},
		{"uncles", editParent(func(h *types.Header) { h.UncleHash = common.Hash{9} }), stateless.ErrInvalidHeader, "not a proof-of-stake header"},
		{"gas used above the gas limit", editParent(func(h *types.Header) { h.GasUsed = math.MaxUint64 }), stateless.ErrInvalidHeader, "above its gas limit"},
		{"base fee 2^256-1", editParent(func(h *types.Header) {
			h.GasUsed = h.GasLimit
			h.BaseFee = new(big.Int).Sub(new(big.Int).Lsh(common.Big1, 256), common.Big1)
		}), stateless.ErrInvalidHeader, "is not below 2^128"},
		{"excess blob gas at the executor's bound", editParent(func(h *types.Header) { h.ExcessBlobGas = &excess }), stateless.ErrInvalidHeader, "blob gas (excess 4294967296, used 0) on a chain without blobs"},
		{"header numbers wrap from 2^64-1 to 0", func(p *types.Header) []*types.Header {
			old := types.CopyHeader(p)
			old.Number = new(big.Int).SetUint64(math.MaxUint64)
			p.Number = big.NewInt(0)
			p.ParentHash = old.Hash()
			return []*types.Header{old, p}
		}, stateless.ErrHeadersNotContiguous, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := precompile.NewExecute(l2.L1Config()).Verify(t.Context(), forgedParentInput(t, tc.headers))
			if tc.want == nil {
				require.NoError(t, err)
				require.NotNil(t, v)
				return
			}
			require.ErrorIs(t, err, tc.want)
			require.ErrorContains(t, err, tc.text)
		})
	}
}
