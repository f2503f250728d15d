package derive

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/internal/cputime"
)

// Benchmarks for docs/BENCHMARKS.md "DERIVE". Rerun:
//
//	go test ./derive -run '^$' -bench . -benchtime 2s
//
// Each figure has a baseline in the same run: BenchmarkBaselineCopy copies the
// same bytes (the memory floor of any decoder). Each also reports its process CPU
// time per operation (cpu-ns/op), which other jobs on a shared machine do not
// inflate the way they inflate ns/op.

// reportCPU, deferred right before a benchmark's loop, reports the process CPU
// time per operation of the loop when the benchmark returns.
func reportCPU(b *testing.B) func() {
	start := cputime.Process()
	return func() {
		b.ReportMetric(float64((cputime.Process()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// realisticBatch is 40 blocks of 100 transactions from txMix.
func realisticBatch(b *testing.B) Batch { return newTxMix(b, 42).batch(b, 40, 100) }

func BenchmarkBaselineCopy(b *testing.B) {
	src := make([]byte, 6*BlobSize)
	b.SetBytes(int64(len(src)))
	defer reportCPU(b)()
	for b.Loop() {
		_ = bytes.Clone(src)
	}
}

func BenchmarkBlobDecode(b *testing.B) {
	payload := make([]byte, 6*BlobDataCapacity-BlobHeaderSize)
	for i := range payload {
		payload[i] = byte(i * 7)
	}
	blobs, err := EncodeBlobs(payload)
	require.NoError(b, err)
	b.SetBytes(int64(len(blobs) * BlobSize))
	defer reportCPU(b)()
	for b.Loop() {
		if _, err := DecodeBlobs(blobs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBlobEncode(b *testing.B) {
	payload := make([]byte, 6*BlobDataCapacity-BlobHeaderSize)
	b.SetBytes(int64(len(payload)))
	defer reportCPU(b)()
	for b.Loop() {
		if _, err := EncodeBlobs(payload); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatchDecode measures DecodeBatch plus the transaction filter on the
// realistic mix; throughput is in decompressed (rlp(batch)) bytes.
func BenchmarkBatchDecode(b *testing.B) {
	enc, err := Encode(realisticBatch(b), Fees{BaseFee: gwei(1), BlobBaseFee: gwei(1)})
	require.NoError(b, err)
	b.SetBytes(int64(enc.RawSize))
	defer reportCPU(b)()
	for b.Loop() {
		if r := DeriveCalldata(enc.Payload); r.Reason != ReasonOK {
			b.Fatal(r.Err)
		}
	}
	b.ReportMetric(float64(len(enc.Payload)), "payload-bytes")
}

// BenchmarkEncode measures EncodePayload (RLP + zlib level 9 + checks) on the
// realistic mix and reports the compression ratio rlp(batch) / payload.
func BenchmarkEncode(b *testing.B) {
	batch := realisticBatch(b)
	enc, err := Encode(batch, Fees{BaseFee: gwei(1), BlobBaseFee: gwei(1)})
	require.NoError(b, err)
	b.SetBytes(int64(enc.RawSize))
	defer reportCPU(b)()
	for b.Loop() {
		if _, err := EncodePayload(batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(enc.RawSize)/float64(len(enc.Payload)), "ratio")
}

// BenchmarkDeriveWorstCase decodes the most work per payload byte the limits allow:
// one small transaction repeated until rlp(batch) reaches decompressed_limit(len(payload)).
func BenchmarkDeriveWorstCase(b *testing.B) {
	payload, raw := worstCasePayload(b)
	b.SetBytes(int64(len(payload)))
	defer reportCPU(b)()
	for b.Loop() {
		if r := DeriveCalldata(payload); r.Reason != ReasonOK {
			b.Fatal(r.Err)
		}
	}
	b.ReportMetric(float64(raw)/float64(len(payload)), "ratio")
}

// worstCasePayload grows a block of identical transactions as long as the
// encoder accepts it, returning the payload and its rlp(batch) size.
func worstCasePayload(b testing.TB) ([]byte, int) {
	mix := newTxMix(b, 43)
	var tx []byte
	for len(tx) == 0 || tx[0] != 0x02 || len(tx) > 120 {
		tx = mix.next(b)
	}
	var best []byte
	var bestRaw int
	for n := 64; ; n += 64 {
		block := Block{Transactions: make([][]byte, n)}
		for i := range block.Transactions {
			block.Transactions[i] = tx
		}
		payload, raw, err := encodePayload(Batch{Blocks: []Block{block}})
		if err != nil {
			require.NotNil(b, best)
			return best, bestRaw
		}
		best, bestRaw = payload, raw
	}
}

// fullBlob is a blob whose every field element carries payload bytes, as a real
// batch blob does. (A mostly-zero blob commits ~100x faster and would flatter KZG.)
func fullBlob(b *testing.B) *kzg4844.Blob {
	payload := make([]byte, BlobDataCapacity-BlobHeaderSize)
	for i := range payload {
		payload[i] = byte(i*131 + i>>8)
	}
	blobs, err := EncodeBlobs(payload)
	require.NoError(b, err)
	require.Equal(b, 1, len(blobs))
	return &blobs[0]
}

// kzgBackends runs f under go-ethereum's two KZG backends: go-kzg (the default)
// and c-kzg (UseCKZG(true)).
func kzgBackends(b *testing.B, f func(b *testing.B)) {
	for _, c := range []struct {
		name string
		ckzg bool
	}{{"go-kzg", false}, {"c-kzg", true}} {
		b.Run(c.name, func(b *testing.B) {
			if err := kzg4844.UseCKZG(c.ckzg); err != nil { // also loads the trusted setup
				b.Skip("c-kzg unavailable here:", err)
			}
			defer kzg4844.UseCKZG(false)
			f(b)
		})
	}
}

func BenchmarkBlobToCommitment(b *testing.B) {
	blob := fullBlob(b)
	kzgBackends(b, func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			if _, err := kzg4844.BlobToCommitment(blob); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkCellProofs(b *testing.B) {
	blob := fullBlob(b)
	kzgBackends(b, func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			if _, err := kzg4844.ComputeCellProofs(blob); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkVerifyBlobProof is the cheaper binding a future input version could use
// (the caller supplies commitment and proof; spec/derive.md §2), for comparison
// with BenchmarkBlobToCommitment.
func BenchmarkVerifyBlobProof(b *testing.B) {
	blob := fullBlob(b)
	commitment, err := kzg4844.BlobToCommitment(blob)
	require.NoError(b, err)
	proof, err := kzg4844.ComputeBlobProof(blob, commitment)
	require.NoError(b, err)
	defer reportCPU(b)()
	for b.Loop() {
		if err := kzg4844.VerifyBlobProof(blob, commitment, proof); err != nil {
			b.Fatal(err)
		}
	}
}
