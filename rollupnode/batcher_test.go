package rollupnode

import (
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
)

// sealedWithData is L2 block number holding one transaction with size bytes of
// incompressible calldata.
func sealedWithData(t *testing.T, number uint64, size int) *Sealed {
	t.Helper()
	data := make([]byte, size)
	rand.Read(data)
	to := common.Address{0xda, 0x7a}
	tx, err := types.SignNewTx(l2.DevKey(0), types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2.DefaultChainID), Nonce: number, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei), Gas: 2_000_000, To: &to, Data: data,
	})
	require.NoError(t, err)
	header := &types.Header{Number: new(big.Int).SetUint64(number), Time: 1_800_000_000 + number, GasLimit: l2.GenesisGasLimit, Coinbase: common.Address{0xfe}}
	block := types.NewBlock(header, &types.Body{Transactions: types.Transactions{tx}}, nil, trie.NewStackTrie(nil))
	return &Sealed{Block: block, Anchor: 7, Input: &precompile.Input{Timestamp: header.Time, GasLimit: header.GasLimit, FeeRecipient: header.Coinbase, ExtraData: []byte("nr")}}
}

// TestPackBatch: blocks of ~30 KB each go three to a blob (a fourth would pass
// maxBlobPayload), at most params.BlobTxMaxBlobs blobs per proposal, the rest
// left for the next batch; each blob is one DERIVE payload holding exactly
// its counted blocks with their transactions.
func TestPackBatch(t *testing.T) {
	var blocks []*Sealed
	for n := uint64(1); n <= 24; n++ {
		blocks = append(blocks, sealedWithData(t, n, 30_000))
	}
	b, err := packBatch(blocks)
	require.NoError(t, err)
	require.Len(t, b.Blobs, params.BlobTxMaxBlobs)
	require.Equal(t, []uint32{3, 3, 3, 3, 3, 3}, b.Counts)
	require.Equal(t, uint64(1), b.First())
	require.Equal(t, uint64(18), b.Last(), "blocks 19..24 wait for the next batch")
	hashes, err := derive.VersionedHashes(b.Blobs)
	require.NoError(t, err)
	require.Equal(t, hashes, b.Hashes)
	next := 0
	for j := range b.Blobs {
		res := derive.DeriveBlobs([]kzg4844.Blob{b.Blobs[j]})
		require.Equal(t, derive.ReasonOK, res.Reason, "blob %d: %v", j, res.Err)
		require.Len(t, res.Blocks, int(b.Counts[j]))
		for _, got := range res.Blocks {
			want := b.Blocks[next]
			raw, err := want.Block.Transactions()[0].MarshalBinary()
			require.NoError(t, err)
			require.Equal(t, [][]byte{raw}, got.Transactions)
			require.Equal(t, want.Input.Timestamp, got.Timestamp)
			require.Equal(t, want.Input.ExtraData, got.ExtraData)
			next++
		}
	}

	_, err = packBatch([]*Sealed{sealedWithData(t, 1, maxBlobPayload)})
	require.ErrorContains(t, err, "alone needs more than one blob")
}

// TestSections matches OptimisticNativeRollup's split points.
func TestSections(t *testing.T) {
	require.Equal(t, []uint64{13, 14}, sections(12, 15))
	require.Empty(t, sections(4, 5))
	points := sections(0, 40)
	require.Len(t, points, 15)
	require.Equal(t, uint64(2), points[0])
	require.Equal(t, uint64(37), points[14])
}

// TestPackBatchProveGas: 2,500 blocks without transactions (8 random bytes of
// extra data each) fit one blob's bytes
// but not one proveBlockData (DERIVE plus hashing every block of the blob, ~575
// gas each: 2,048 such blocks measured 16.11M of the 2^24 cap,
// BenchmarkProveBlockDataBlocks), so the batcher splits them by its estimate.
func TestPackBatchProveGas(t *testing.T) {
	var blocks []*Sealed
	for n := uint64(1); n <= 2500; n++ {
		header := &types.Header{Number: new(big.Int).SetUint64(n), Time: 1_800_000_000 + n, GasLimit: l2.GenesisGasLimit, Coinbase: common.Address{0xfe}}
		block := types.NewBlock(header, &types.Body{}, nil, trie.NewStackTrie(nil))
		extra := make([]byte, 8) // some entropy, as DERIVE bounds the compression ratio
		rand.Read(extra)
		blocks = append(blocks, &Sealed{Block: block, Anchor: 7, Input: &precompile.Input{Timestamp: header.Time, GasLimit: header.GasLimit, FeeRecipient: header.Coinbase, ExtraData: extra}})
	}
	b, err := packBatch(blocks)
	require.NoError(t, err)
	require.Greater(t, len(b.Blobs), 1, "one blob's proveBlockData would exceed 2^24")
	require.Equal(t, uint64(2500), b.Last())
	for j := range b.Blobs {
		res := derive.DeriveBlobs([]kzg4844.Blob{b.Blobs[j]})
		require.Len(t, res.Blocks, int(b.Counts[j]))
		payload, err := derive.DecodeBlobs([]kzg4844.Blob{b.Blobs[j]})
		require.NoError(t, err)
		gas := proveGasEstimate(len(payload))
		for _, blk := range res.Blocks {
			gas += proveBlockGas(blk)
		}
		require.LessOrEqual(t, gas, uint64(maxProveGas), "blob %d", j)
	}
	t.Logf("blocks per blob: %v", b.Counts)
}

// TestInWalkOrder: the optimistic sequencer's choice of queued transactions
// for its next block follows the host's walk (OptimisticForcedQueue.taken):
// entries that cannot execute on the head by nonce (used, or ahead) are passed
// over until one is included, then entries follow one another by nonce; a gap
// after an inclusion stops it, and at most maxForcedPerBlock are taken.
func TestInWalkOrder(t *testing.T) {
	entry := func(index uint64, key int, nonce uint64) *queuedTx {
		tx, err := types.SignNewTx(l2.DevKey(key), types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei), Gas: params.TxGas, To: &common.Address{0xf0},
		})
		require.NoError(t, err)
		return &queuedTx{index: index, tx: tx, sender: l2.DevAddress(key)}
	}
	indices := func(out []*queuedTx) []uint64 {
		var got []uint64
		for _, e := range out {
			got = append(got, e.index)
		}
		return got
	}
	nonces := func(a, b uint64) map[common.Address]*hexutil.Uint64 {
		na, nb := hexutil.Uint64(a), hexutil.Uint64(b)
		return map[common.Address]*hexutil.Uint64{l2.DevAddress(2): &na, l2.DevAddress(3): &nb}
	}
	// Key 2 is at nonce 5, key 3 at nonce 0.
	used, ahead := entry(0, 2, 4), entry(1, 2, 9)
	a5, a6, b0, b2 := entry(2, 2, 5), entry(3, 2, 6), entry(4, 3, 0), entry(5, 3, 2)
	require.Equal(t, []uint64{2, 3, 4}, indices(inWalkOrder([]*queuedTx{used, ahead, a5, a6, b0}, nonces(5, 0))), "skips, then a run by nonce")
	require.Equal(t, []uint64{2}, indices(inWalkOrder([]*queuedTx{a5, ahead, a6}, nonces(5, 0))), "after an inclusion, an entry that cannot execute stops the walk")
	require.Empty(t, inWalkOrder([]*queuedTx{used, ahead, b2}, nonces(5, 0)), "nothing can execute")
	var many []*queuedTx
	for i := range uint64(20) {
		many = append(many, entry(i, 2, 5+i))
	}
	require.Len(t, inWalkOrder(many, nonces(5, 0)), maxForcedPerBlock)
}
