package stateless_test

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/fuzz"
)

// FuzzDecodeWitness: decoding never panics; it accepts exactly what go-ethereum's
// reflective RLP decoder accepts, with the same values (DecodeWitnessRLP splits
// the input instead); and what decodes re-encodes to a witness that decodes to
// the same thing.
//
// The seeds are small: Go's fuzzer minimizes every input that finds new
// coverage before it goes on, and minimizing a whole 3-5 KB block witness took
// the whole run (a few dozen executions a minute were reported). Each part of a
// real witness (a header, codes, trie nodes, keys) is a seed of its own, a few
// hundred bytes; the whole witnesses decode in TestWitnessCodecsMatchGeth.
func FuzzDecodeWitness(f *testing.F) {
	for _, seed := range smallWitnesses(f) {
		f.Add(mustRLP(f, seed))
	}
	f.Add([]byte{0xc4, 0xc0, 0xc0, 0xc0, 0xc0})
	f.Add([]byte{0xc5, 0xc0, 0xc0, 0xc1, 0x01, 0xc0})       // a one-byte state entry
	f.Add([]byte{0xc6, 0xc0, 0xc0, 0xc2, 0x81, 0x01, 0xc0}) // a non-canonical one
	f.Add([]byte{0xc5, 0xc0, 0xc0, 0xc1, 0xc0, 0xc0})       // a list as a state entry
	f.Fuzz(func(t *testing.T, input []byte) {
		w, err := stateless.DecodeWitnessRLP(input)
		var ref stateless.Witness
		refErr := rlp.DecodeBytes(input, &ref)
		require.Equal(t, refErr == nil, err == nil, "DecodeWitnessRLP: %v; rlp.DecodeBytes: %v", err, refErr)
		if err != nil {
			require.ErrorIs(t, err, stateless.ErrInvalidWitnessEncoding)
			return
		}
		require.Equal(t, &ref, w)
		again, err := stateless.DecodeWitnessRLP(mustRLP(t, w))
		require.NoError(t, err)
		require.True(t, bytes.Equal(mustRLP(t, w), mustRLP(t, again)))
	})
}

// smallWitnesses are the parts of the test chain's first witness, one kind of
// item each: its parent header; its shortest code with its two shortest trie
// nodes and a key.
func smallWitnesses(t testing.TB) []*stateless.Witness {
	w := generateTestChain(t).witnesses[0]
	shortest := func(items [][]byte, n int) [][]byte {
		sorted := slices.Clone(items)
		slices.SortStableFunc(sorted, func(a, b []byte) int { return len(a) - len(b) })
		return sorted[:n]
	}
	return []*stateless.Witness{
		{Headers: w.Headers[len(w.Headers)-1:], Codes: [][]byte{}, State: [][]byte{}, Keys: [][]byte{}},
		{Headers: []*types.Header{}, Codes: shortest(w.Codes, 1), State: shortest(w.State, 2), Keys: [][]byte{addr1.Bytes()}},
	}
}

// FuzzExecute is the soundness property: whatever the witness bytes, Execute
// either fails or computes exactly the block that was really produced. A witness
// can make execution impossible, never make it wrong.
//
// The fuzz input is a block index and a list of byte edits to that block's
// real witness encoding (fuzz.ApplyEdits), not the whole encoding: a complete
// witness is what reaches execution, and as a fuzz value of its own its 3-5 KB
// were minimized at every new coverage for the whole run. With no edit the
// block must verify.
func FuzzExecute(f *testing.F) {
	c := generateTestChain(f)
	encoded := make([][]byte, len(c.witnesses))
	for i, w := range c.witnesses {
		encoded[i] = mustRLP(f, w)
		f.Add(uint8(i), []byte{})
	}
	f.Add(uint8(1), []byte{fuzz.EditSet, 0, 40, 0x00})      // a byte of the headers
	f.Add(uint8(2), []byte{fuzz.EditDelete, 0x08, 0, 1})    // a byte out of the state
	f.Add(uint8(3), []byte{fuzz.EditInsert, 0x0a, 0, 0x80}) // an empty string into the state
	f.Add(uint8(4), []byte{fuzz.EditTruncate, 0x0b, 0x80, 0})
	f.Fuzz(func(t *testing.T, index uint8, edits []byte) {
		i := int(index) % len(c.blocks)
		w, err := stateless.DecodeWitnessRLP(fuzz.ApplyEdits(encoded[i], edits))
		if err != nil {
			return
		}
		block := c.blocks[i]
		res, err := stateless.Execute(context.Background(), c.config, stateless.InputFromBlock(block, c.parent(i).Root), w)
		require.NotErrorIs(t, err, stateless.ErrExecutionFault, "a witness made execution panic")
		if len(edits) == 0 {
			require.NoError(t, err, "block %d on its own witness", block.NumberU64())
		}
		if err != nil {
			return
		}
		require.Equal(t, block.Hash(), res.Hash, "a witness changed the result of block %d", block.NumberU64())
	})
}
