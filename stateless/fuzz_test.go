package stateless_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// FuzzDecodeWitness: decoding never panics; it accepts exactly what go-ethereum's
// reflective RLP decoder accepts, with the same values (DecodeWitnessRLP splits
// the input instead); and what decodes re-encodes to a witness that decodes to
// the same thing.
func FuzzDecodeWitness(f *testing.F) {
	c := generateTestChain(f)
	for _, w := range c.witnesses {
		f.Add(mustRLP(f, w))
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

// FuzzExecute is the soundness property: whatever the witness bytes, Execute
// either fails or computes exactly the block that was really produced. A witness
// can make execution impossible, never make it wrong.
func FuzzExecute(f *testing.F) {
	c := generateTestChain(f)
	for i, w := range c.witnesses {
		f.Add(uint8(i), mustRLP(f, w))
	}
	f.Fuzz(func(t *testing.T, index uint8, witness []byte) {
		i := int(index) % len(c.blocks)
		w, err := stateless.DecodeWitnessRLP(witness)
		if err != nil {
			return
		}
		block := c.blocks[i]
		res, err := stateless.Execute(context.Background(), c.config, stateless.InputFromBlock(block, c.parent(i).Root), w)
		require.NotErrorIs(t, err, stateless.ErrExecutionFault, "a witness made execution panic")
		if err != nil {
			return
		}
		require.Equal(t, block.Hash(), res.Hash, "a witness changed the result of block %d", block.NumberU64())
	})
}
