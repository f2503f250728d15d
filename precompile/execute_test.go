package precompile_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/stretchr/testify/require"
)

func decodeOutput(t *testing.T, out []byte) (bool, common.Hash) {
	t.Helper()
	require.Len(t, out, 64)
	require.Equal(t, make([]byte, 31), out[:31], "bool word padding")
	require.LessOrEqual(t, out[31], byte(1))
	return out[31] == 1, common.BytesToHash(out[32:])
}

func TestRunValidBlocks(t *testing.T) {
	exec := precompile.NewExecute(l2Config())
	for _, b := range testChain(t) {
		input := b.Input.Encode()
		before := bytes.Clone(input)
		out, err := exec.Run(input)
		require.NoError(t, err, "block %d", b.Block.NumberU64())
		valid, hash := decodeOutput(t, out)
		require.True(t, valid, "block %d", b.Block.NumberU64())
		require.Equal(t, b.Block.Hash(), hash, "block hash of block %d", b.Block.NumberU64())
		require.Equal(t, before, input, "Run must not mutate its input")
	}
}

func TestRunFalseClaims(t *testing.T) {
	exec := precompile.NewExecute(l2Config())
	blocks := testChain(t)
	cases := map[string]func(in *precompile.Input){
		"wrong post-state root": func(in *precompile.Input) { in.PostStateRoot[0] ^= 1 },
		"wrong receipts root":   func(in *precompile.Input) { in.ReceiptsRoot[0] ^= 1 },
		"gas used one too high": func(in *precompile.Input) { in.GasUsed++ },
		"gas used one too low":  func(in *precompile.Input) { in.GasUsed-- },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			in := *blocks[1].Input
			mutate(&in)
			out, err := exec.Run(in.Encode())
			require.NoError(t, err)
			valid, hash := decodeOutput(t, out)
			require.False(t, valid)
			require.Equal(t, blocks[1].Block.Hash(), hash, "the computed header does not depend on the claims")
		})
	}
}

func TestRunFailures(t *testing.T) {
	exec := precompile.NewExecute(l2Config())
	blocks := testChain(t)
	cases := []struct {
		name   string
		mutate func(t *testing.T, in *precompile.Input)
		want   error
	}{
		{"wrong pre-state root", func(_ *testing.T, in *precompile.Input) { in.PreStateRoot[0] ^= 1 }, stateless.ErrPreStateRootMismatch},
		{"wrong parent hash", func(_ *testing.T, in *precompile.Input) { in.ParentHash[0] ^= 1 }, stateless.ErrParentMismatch},
		{"witness missing a state node", func(t *testing.T, in *precompile.Input) {
			in.Witness = reencodeWitness(t, in.Witness, func(w *stateless.Witness) { w.State = w.State[1:] })
		}, stateless.ErrMissingWitnessData},
		{"witness missing every code", func(t *testing.T, in *precompile.Input) {
			in.Witness = reencodeWitness(t, in.Witness, func(w *stateless.Witness) { w.Codes = nil })
		}, stateless.ErrMissingWitnessData},
		{"witness without headers", func(t *testing.T, in *precompile.Input) {
			in.Witness = reencodeWitness(t, in.Witness, func(w *stateless.Witness) { w.Headers = nil })
		}, stateless.ErrEmptyWitness},
		{"timestamp not after the parent", func(_ *testing.T, in *precompile.Input) { in.Timestamp = blocks[0].Block.Time() }, stateless.ErrInvalidHeader},
		{"gas limit jump beyond 1/1024", func(_ *testing.T, in *precompile.Input) { in.GasLimit *= 2 }, stateless.ErrInvalidHeader},
		{"extra data over 32 bytes", func(_ *testing.T, in *precompile.Input) { in.ExtraData = make([]byte, 33) }, stateless.ErrInvalidHeader},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := *blocks[1].Input
			tc.mutate(t, &in)
			out, err := exec.Run(in.Encode())
			require.ErrorIs(t, err, tc.want)
			require.Nil(t, out)
		})
	}
}

func reencodeWitness(t *testing.T, b []byte, mutate func(*stateless.Witness)) []byte {
	t.Helper()
	w, err := stateless.DecodeWitnessRLP(b)
	require.NoError(t, err)
	mutate(w)
	enc, err := stateless.EncodeWitnessRLP(w)
	require.NoError(t, err)
	return enc
}
