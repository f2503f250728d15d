package stateless_test

// Attacks on the issue-14 fast path (the shared hash index hashed on every
// core, witness entries aliasing the decoded bytes, the receipts root compared
// through go-ethereum's validator), kept as regression tests.

import (
	"bytes"
	"context"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// padWitness returns w's RLP with its state list padded to more than two hash
// batches of entries: unreachable junk, and every real node repeated at the
// start, in the middle and at the end (duplicates on both sides of batch and
// chunk boundaries), so the index is built by the parallel hasher and a node's
// visit lives at whichever copy the index kept.
func padWitness(t testing.TB, w *stateless.Witness, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	junk := func(n int) [][]byte {
		out := make([][]byte, n)
		for i := range out {
			out[i] = make([]byte, 32+r.IntN(500))
			for j := range out[i] {
				out[i][j] = byte(r.Uint32())
			}
		}
		return out
	}
	padded := *w
	padded.State = nil
	padded.State = append(padded.State, w.State...)
	padded.State = append(padded.State, junk(4095)...)
	padded.State = append(padded.State, w.State...)
	padded.State = append(padded.State, junk(4200)...)
	padded.State = append(padded.State, w.State...)
	enc, err := rlp.EncodeToBytes(&padded)
	require.NoError(t, err)
	return enc
}

// TestAttackParallelIndexDeterministic runs every block of the test chain on a
// witness decoded in place from padded bytes (more than parallelHashMin
// entries, so hashing is spread over goroutines), from several goroutines on
// the same decoded witness at once (run with -race), and requires the block's
// own header every time, the bytes untouched, and nothing written past them.
func TestAttackParallelIndexDeterministic(t *testing.T) {
	c := generateTestChain(t)
	for i, block := range c.blocks {
		enc := padWitness(t, c.witnesses[i], uint64(i))
		backing := append(bytes.Clone(enc), bytes.Repeat([]byte{0x5a}, 1024)...)
		before := bytes.Clone(backing)
		w, err := stateless.DecodeWitnessRLP(backing[:len(enc)])
		require.NoError(t, err)
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				res, err := stateless.VerifyBlock(context.Background(), c.config, block, c.parent(i).Root, w)
				if err != nil {
					t.Errorf("block %d: %v", block.NumberU64(), err)
					return
				}
				if res.Hash != block.Hash() {
					t.Errorf("block %d: hash %x, want %x", block.NumberU64(), res.Hash, block.Hash())
				}
			})
		}
		wg.Wait()
		require.Equal(t, before, backing, "block %d: decoded witness bytes or the bytes after them changed", block.NumberU64())
	}
}

// TestAttackReceiptsClaimNeverBecomesTheResult gives Execute every kind of
// receipts-root expectation (none, the true root, a wrong one, the empty root,
// the state root): the result is always the block's own receipts root, derived
// from the receipts, and the header hash always the block's. A claim can only
// save work, never become the answer.
func TestAttackReceiptsClaimNeverBecomesTheResult(t *testing.T) {
	c := generateTestChain(t)
	for i, block := range c.blocks {
		wrong := block.ReceiptHash()
		wrong[31] ^= 1
		root := block.Root()
		claims := map[string]*common.Hash{
			"none": nil, "wrong": &wrong, "empty": &types.EmptyReceiptsHash, "state root": &root,
		}
		right := block.ReceiptHash()
		claims["right"] = &right
		for name, claim := range claims {
			in := stateless.InputFromBlock(block, c.parent(i).Root)
			in.ReceiptsRoot = claim
			res, err := stateless.Execute(context.Background(), c.config, in, c.witnesses[i])
			require.NoError(t, err, "block %d, claim %s", block.NumberU64(), name)
			require.Equal(t, block.ReceiptHash(), res.ReceiptsRoot, "block %d, claim %s", block.NumberU64(), name)
			require.Equal(t, types.DeriveSha(res.Receipts, trie.NewStackTrie(nil)), res.ReceiptsRoot, "block %d, claim %s", block.NumberU64(), name)
			require.Equal(t, block.Hash(), res.Hash, "block %d, claim %s", block.NumberU64(), name)
			require.Equal(t, block.GasUsed(), res.GasUsed)
			enc, err := rlp.EncodeToBytes(res.Header)
			require.NoError(t, err)
			require.Equal(t, crypto.Keccak256Hash(enc), res.Hash, "Result.Hash is its header's hash")
		}
	}
}
