package derive

import (
	"bytes"
	"compress/zlib"
	"math/rand"
	"runtime"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"
)

// payloadOf compresses raw as the encoder would, without its checks, so tests can
// post what a hostile batcher would.
func payloadOf(raw []byte) []byte {
	return append([]byte{BatchVersion}, compress(raw)...)
}

// rlpOf encodes v, failing the test on error.
func rlpOf(t testing.TB, v any) []byte {
	enc, err := rlp.EncodeToBytes(v)
	require.NoError(t, err)
	return enc
}

// rawBlock is a block as a list of RLP-encodable fields, so tests can break any one.
func rawBlock(txs ...[]byte) []any {
	if txs == nil {
		txs = [][]byte{}
	}
	return []any{uint64(1_800_000_000), uint64(30_000_000), common.Address{0x42}, common.Hash{0x01}, []byte{}, txs}
}

func TestBatchRoundTrip(t *testing.T) {
	mix := newTxMix(t, 2)
	for _, shape := range []struct{ blocks, txs int }{{1, 0}, {1, 1}, {3, 10}, {20, 50}} {
		batch := mix.batch(t, shape.blocks, shape.txs)
		payload, err := EncodePayload(batch)
		require.NoError(t, err)
		got, err := DecodeBatch(payload)
		require.NoError(t, err)
		require.Equal(t, normalize(batch), normalize(got))
	}
}

// normalize maps empty slices to nil so RLP's lossless-but-not-nil-preserving
// decoding compares equal to the encoder's input.
func normalize(b Batch) Batch {
	out := Batch{Blocks: make([]Block, len(b.Blocks))}
	for i, blk := range b.Blocks {
		if len(blk.ExtraData) == 0 {
			blk.ExtraData = nil
		}
		if len(blk.Transactions) == 0 {
			blk.Transactions = nil
		}
		out.Blocks[i] = blk
	}
	return out
}

func TestDecodeBatchRejects(t *testing.T) {
	mix := newTxMix(t, 3)
	good := rlpOf(t, []any{rawBlock(mix.next(t))})
	goodZlib := compress(good)
	withDict := func() []byte {
		var buf bytes.Buffer
		w, err := zlib.NewWriterLevelDict(&buf, zlib.BestCompression, []byte("dictionary"))
		require.NoError(t, err)
		w.Write(good)
		w.Close()
		return append([]byte{BatchVersion}, buf.Bytes()...)
	}()
	badChecksum := append([]byte{BatchVersion}, goodZlib...)
	badChecksum[len(badChecksum)-1] ^= 0x01
	corrupt := append([]byte{BatchVersion}, goodZlib...)
	corrupt[len(corrupt)/2] ^= 0xff
	// A list header declaring 16 MiB + 1 of content; the zeros compress 1000:1.
	bomb := payloadOf(append([]byte{0xfb, 0x01, 0x00, 0x00, 0x01}, make([]byte, MaxBatchBytes+1)...))
	// 2.2 MB of incompressible bytes, then zeros: within 8x, beyond MAX_BATCH_BYTES.
	bigList := append([]byte{0xfb, 0x01, 0x00, 0x00, 0x01}, make([]byte, MaxBatchBytes)...)
	rand.New(rand.NewSource(10)).Read(bigList[5:2_200_000])
	ratioBomb := payloadOf(rlpOf(t, []any{rawBlock(make([]byte, 100_000))}))
	randomBlocks := func(n int) []byte {
		rng := rand.New(rand.NewSource(4))
		blocks := make([]any, n)
		for i := range blocks {
			var h common.Hash
			rng.Read(h[:])
			blocks[i] = []any{uint64(i), uint64(30_000_000), common.Address{}, h, []byte{}, [][]byte{}}
		}
		return payloadOf(rlpOf(t, blocks))
	}
	manyTxs := func(n int) []byte {
		rng := rand.New(rand.NewSource(5))
		txs := make([][]byte, n)
		for i := range txs {
			txs[i] = []byte{byte(rng.Intn(0x80))} // a byte below 0x80 is its own RLP string
		}
		return payloadOf(rlpOf(t, []any{rawBlock(txs...)}))
	}
	bigTx := make([]byte, MaxTxBytes+1)
	rand.New(rand.NewSource(6)).Read(bigTx)

	tests := []struct {
		name    string
		payload []byte
		want    error
	}{
		{"empty payload", nil, ErrEmptyPayload},
		{"batch version 0", append([]byte{0}, goodZlib...), ErrBatchVersion},
		{"batch version 2", append([]byte{2}, goodZlib...), ErrBatchVersion},
		{"no zlib stream", []byte{BatchVersion}, ErrDecompress},
		{"zlib header wrong", append([]byte{BatchVersion, 0x78, 0x00}, goodZlib[2:]...), ErrDecompress},
		{"preset dictionary", withDict, ErrDecompress},
		{"corrupt deflate data", corrupt, ErrDecompress},
		{"adler32 mismatch", badChecksum, ErrDecompress},
		{"truncated zlib stream", append([]byte{BatchVersion}, goodZlib[:len(goodZlib)-5]...), ErrDecompress},
		{"byte after the zlib stream", append(append([]byte{BatchVersion}, goodZlib...), 0), ErrCompressedTrailing},
		{"zip bomb: 16 MiB of zeros", bomb, ErrBatchTooLarge},
		{"inflates past MAX_BATCH_BYTES", payloadOf(bigList), ErrBatchTooLarge},
		{"list declares more than it holds", payloadOf([]byte{0xfb, 0x01, 0x00, 0x00, 0x01, 0xc0}), ErrBatchRLP},
		{"corrupt stream beats RLP errors", corruptAfterBadRLP(t), ErrDecompress},
		{"inflates past 8x its compressed size", ratioBomb, ErrBatchTooLarge},
		{"second RLP value", payloadOf(append(bytes.Clone(good), 0x80)), ErrBatchTrailing},
		{"batch is a string", payloadOf(rlpOf(t, []byte("blocks"))), ErrBatchRLP},
		{"block is a string", payloadOf(rlpOf(t, []any{[]byte("block")})), ErrBatchRLP},
		{"block missing transactions", payloadOf(rlpOf(t, []any{rawBlock()[:5]})), ErrBatchRLP},
		{"block with a seventh field", payloadOf(rlpOf(t, []any{append(rawBlock(), uint64(7))})), ErrBatchRLP},
		{"timestamp with leading zero", payloadOf(rlpOf(t, []any{[]any{[]byte{0, 1}, uint64(1), common.Address{}, common.Hash{}, []byte{}, [][]byte{}}})), ErrBatchRLP},
		{"timestamp over 64 bits", payloadOf(rlpOf(t, []any{[]any{bytes.Repeat([]byte{1}, 9), uint64(1), common.Address{}, common.Hash{}, []byte{}, [][]byte{}}})), ErrBatchRLP},
		{"fee recipient of 19 bytes", payloadOf(rlpOf(t, []any{[]any{uint64(1), uint64(1), make([]byte, 19), common.Hash{}, []byte{}, [][]byte{}}})), ErrBatchRLP},
		{"prev randao of 33 bytes", payloadOf(rlpOf(t, []any{[]any{uint64(1), uint64(1), common.Address{}, make([]byte, 33), []byte{}, [][]byte{}}})), ErrBatchRLP},
		{"transaction is a list", payloadOf(rlpOf(t, []any{[]any{uint64(1), uint64(1), common.Address{}, common.Hash{}, []byte{}, []any{[]any{}}}})), ErrBatchRLP},
		{"non-canonical string size", payloadOf([]byte{0xc3, 0xc2, 0x81, 0x01}), ErrBatchRLP},
		{"list longer than its content", payloadOf([]byte{0xc5, 0xc0}), ErrBatchRLP},
		{"no blocks", payloadOf(rlpOf(t, []any{})), ErrNoBlocks},
		{"extra data of 33 bytes", payloadOf(rlpOf(t, []any{[]any{uint64(1), uint64(1), common.Address{}, common.Hash{}, make([]byte, 33), [][]byte{}}})), ErrExtraDataTooLong},
		{"too many blocks", randomBlocks(MaxBlocksPerBatch + 1), ErrTooManyBlocks},
		// MAX_TXS_PER_BATCH cannot be reached any more: past MAX_DROPS_PER_BATCH
		// every transaction is kept, so at least MIN_TX_BYTES, and 2^20 of them
		// exceed MAX_BATCH_BYTES. One-byte transactions hit the drop cap first.
		{"2^20 + 1 one-byte transactions", manyTxs(MaxTxsPerBatch + 1), ErrTooManyDrops},
		{"too many drops", payloadOf(rlpOf(t, []any{rawBlock(slices.Repeat([][]byte{{}}, MaxDropsPerBatch+1)...)})), ErrTooManyDrops},
		{"too many drops across blocks", payloadOf(rlpOf(t, []any{
			rawBlock(slices.Repeat([][]byte{{0x02, 0xc0}}, MaxDropsPerBatch/2)...),
			rawBlock(),
			rawBlock(append(slices.Repeat([][]byte{{0x7f}}, MaxDropsPerBatch/2), mix.next(t), []byte{})...),
		})), ErrTooManyDrops},
		{"drop cap met before a later long extra data", payloadOf(rlpOf(t, []any{
			rawBlock(slices.Repeat([][]byte{{}}, MaxDropsPerBatch+1)...),
			[]any{uint64(1), uint64(1), common.Address{}, common.Hash{}, make([]byte, 33), [][]byte{}},
		})), ErrTooManyDrops},
		{"long extra data met before a later drop cap", payloadOf(rlpOf(t, []any{
			[]any{uint64(1), uint64(1), common.Address{}, common.Hash{}, make([]byte, 33), [][]byte{}},
			rawBlock(slices.Repeat([][]byte{{}}, MaxDropsPerBatch+1)...),
		})), ErrExtraDataTooLong},
		{"drop cap met before a later oversized transaction", payloadOf(rlpOf(t, []any{
			rawBlock(append(slices.Repeat([][]byte{{}}, MaxDropsPerBatch+1), bigTx)...),
		})), ErrTooManyDrops},
		{"oversized transaction met before the drop cap", payloadOf(rlpOf(t, []any{
			rawBlock(append([][]byte{bigTx}, slices.Repeat([][]byte{{}}, MaxDropsPerBatch+1)...)...),
		})), ErrTxTooLarge},
		{"drop cap met before a later malformed block", payloadOf(rlpOf(t, []any{
			rawBlock(slices.Repeat([][]byte{{}}, MaxDropsPerBatch+1)...),
			[]byte("block"),
		})), ErrTooManyDrops},
		{"transaction over 128 KiB", payloadOf(rlpOf(t, []any{rawBlock(bigTx)})), ErrTxTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			batch, err := DecodeBatch(tt.payload)
			require.ErrorIs(t, err, tt.want)
			require.Empty(t, batch.Blocks)
		})
	}
}

// corruptAfterBadRLP is a payload whose inflated prefix is already bad RLP and
// whose Adler-32 is wrong: the zlib rule comes first.
func corruptAfterBadRLP(t *testing.T) []byte {
	p := payloadOf([]byte("definitely not an RLP batch"))
	p[len(p)-1] ^= 0x01
	return p
}

// TestDropCap checks MAX_DROPS_PER_BATCH: that many drops are reported and the
// batch stands, one more makes it invalid with TooManyDrops.
func TestDropCap(t *testing.T) {
	mix := newTxMix(t, 14)
	good := mix.next(t)
	atCap := payloadOf(rlpOf(t, []any{
		rawBlock(append(slices.Repeat([][]byte{{0x02, 0xc0}}, MaxDropsPerBatch-1), good)...),
		rawBlock([]byte{}),
	}))
	r := DeriveCalldata(atCap)
	require.Equal(t, ReasonOK, r.Reason, "%v", r.Err)
	require.Len(t, r.Drops, MaxDropsPerBatch)
	require.Equal(t, Drop{Block: 1, Tx: 0, Reason: ReasonTxEmpty}, r.Drops[MaxDropsPerBatch-1])
	require.Equal(t, [][]byte{good}, r.Blocks[0].Transactions)
	batch, err := DecodeBatch(atCap)
	require.NoError(t, err)
	require.Len(t, batch.Blocks[0].Transactions, MaxDropsPerBatch, "DecodeBatch does not filter")

	overCap := payloadOf(rlpOf(t, []any{
		rawBlock(append(slices.Repeat([][]byte{{0x02, 0xc0}}, MaxDropsPerBatch-1), good)...),
		rawBlock([]byte{}, []byte{0x7e}),
	}))
	r = DeriveCalldata(overCap)
	require.Equal(t, ReasonTooManyDrops, r.Reason)
	require.ErrorIs(t, r.Err, ErrTooManyDrops)
	require.Nil(t, r.Blocks)
	require.Nil(t, r.Drops)
	require.Equal(t, ReasonTooManyDrops, ReasonOf(r.Err))
	require.Equal(t, Reason(28), ReasonTooManyDrops, "reason codes are ABI")
	require.Equal(t, Reason(36), ReasonTxTooSmall, "reason codes are ABI")
}

// TestDropCapAllocation checks the drop cap is applied while reading: a batch of
// 2^18 empty transactions (behind 100 KB of incompressible padding, so it is within
// the compression ratio) stops at the first drop past the cap, allocating about
// the inflated size, not a slice header and a drop per transaction.
func TestDropCapAllocation(t *testing.T) {
	padding := make([]byte, 100_000)
	rand.New(rand.NewSource(15)).Read(padding)
	padding[0] = 0x7f
	payload := payloadOf(rlpOf(t, []any{rawBlock(append([][]byte{padding}, slices.Repeat([][]byte{{}}, 1<<18)...)...)}))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := DeriveCalldata(payload)
	runtime.ReadMemStats(&after)
	require.Equal(t, ReasonTooManyDrops, r.Reason)
	require.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(2<<20), "decoding 2^18 empty transactions allocated too much")
}

func TestBatchLimitsAccepted(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	maxTx := make([]byte, MaxTxBytes)
	rng.Read(maxTx)
	blocks := make([]any, MaxBlocksPerBatch)
	for i := range blocks {
		var h common.Hash
		rng.Read(h[:])
		blocks[i] = []any{uint64(i), uint64(1), common.Address{}, h, make([]byte, MaxExtraDataLength), [][]byte{}}
	}
	blocks[0] = rawBlock(maxTx)
	batch, err := DecodeBatch(payloadOf(rlpOf(t, blocks)))
	require.NoError(t, err)
	require.Len(t, batch.Blocks, MaxBlocksPerBatch)
	require.Equal(t, maxTx, batch.Blocks[0].Transactions[0])
}

// TestZipBombAllocation checks that the size limit is applied while reading: a
// 16 MiB zero bomb must be rejected after allocating a small multiple of the
// compressed size, not the decompressed one.
func TestZipBombAllocation(t *testing.T) {
	bomb := payloadOf(rlpOf(t, []any{rawBlock(make([]byte, 8<<20))})) // one 8 MiB "transaction"
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := DecodeBatch(bomb)
	runtime.ReadMemStats(&after)
	require.ErrorIs(t, err, ErrBatchTooLarge)
	require.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20), "decoding a %d-byte bomb allocated too much", len(bomb))
}

func TestEncodePayloadRefuses(t *testing.T) {
	mix := newTxMix(t, 8)
	tests := []struct {
		name  string
		batch Batch
		want  error
	}{
		{"no blocks", Batch{}, ErrNoBlocks},
		{"too many blocks", Batch{Blocks: make([]Block, MaxBlocksPerBatch+1)}, ErrTooManyBlocks},
		{"extra data too long", Batch{Blocks: []Block{{ExtraData: make([]byte, 33)}}}, ErrExtraDataTooLong},
		{"transaction too large", Batch{Blocks: []Block{{Transactions: [][]byte{make([]byte, MaxTxBytes+1)}}}}, ErrTxTooLarge},
		{"empty transaction", Batch{Blocks: []Block{{Transactions: [][]byte{{}}}}}, ErrTxEmpty},
		{"blob transaction", Batch{Blocks: []Block{{Transactions: [][]byte{mix.signedBlobTx(t)}}}}, ErrTxBlob},
		{"highly repetitive batch", Batch{Blocks: []Block{{ExtraData: []byte{1}}, {}, {}}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := EncodePayload(tt.batch)
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.want)
		})
	}
}

// FuzzBatchDecode checks that decoding arbitrary payloads never panics nor mutates
// its input, that what decodes re-encodes to a payload decoding to the same batch,
// and that decode(encode(x)) == x for batches built from the fuzz input.
func FuzzBatchDecode(f *testing.F) {
	mix := newTxMix(f, 9)
	for _, shape := range []struct{ blocks, txs int }{{1, 0}, {1, 2}, {3, 3}} {
		payload, err := EncodePayload(mix.batch(f, shape.blocks, shape.txs))
		require.NoError(f, err)
		f.Add(payload)
	}
	f.Add([]byte{BatchVersion})
	f.Add(payloadOf([]byte{0xc0}))
	f.Add(payloadOf(rlpOf(f, []any{rawBlock([]byte{0x02, 0xc0}, []byte{0x03}, []byte{})})))
	f.Fuzz(func(t *testing.T, data []byte) {
		before := bytes.Clone(data)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		batch, err := DecodeBatch(data)
		runtime.ReadMemStats(&m1)
		require.Equal(t, before, data, "input mutated")
		// Allocation is bounded by the decompression limit, never by what the data declares.
		require.LessOrEqual(t, m1.TotalAlloc-m0.TotalAlloc, 4*DecompressedLimit(len(data))+1<<20, "decoding allocated too much")
		if err == nil {
			require.NotEmpty(t, batch.Blocks)
			result := DeriveCalldata(data)
			require.Equal(t, ReasonOK, result.Reason)
			kept := 0
			for _, b := range result.Blocks {
				kept += len(b.Transactions)
				for _, raw := range b.Transactions {
					tx, err := ClassifyTx(raw)
					require.NoError(t, err)
					enc, err := tx.MarshalBinary()
					require.NoError(t, err)
					require.Equal(t, raw, enc, "accepted a non-canonical transaction encoding")
				}
			}
			total := 0
			for _, b := range batch.Blocks {
				total += len(b.Transactions)
			}
			require.Equal(t, total, kept+len(result.Drops))
			clean := Batch{Blocks: result.Blocks}
			if again, err := EncodePayload(clean); err == nil {
				decoded, err := DecodeBatch(again)
				require.NoError(t, err)
				require.Equal(t, normalize(clean), normalize(decoded))
			}
		} else {
			require.NotEqual(t, ReasonOK, ReasonOf(err))
		}
		// Round trip of a batch made from the fuzz bytes: one block per 0xff-separated chunk.
		var built Batch
		for i, chunk := range bytes.Split(data, []byte{0xff}) {
			built.Blocks = append(built.Blocks, Block{Timestamp: uint64(i), ExtraData: chunk[:min(len(chunk), 32)], Transactions: [][]byte{chunk}})
		}
		payload, err := EncodePayload(built)
		if err != nil {
			require.NotEqual(t, ReasonOK, ReasonOf(err))
			return
		}
		decoded, err := DecodeBatch(payload)
		require.NoError(t, err)
		require.Equal(t, normalize(built), normalize(decoded))
	})
}
