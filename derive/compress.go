package derive

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
)

// Decompression bounds (spec/derive.md "Batch format"). The decompressed size is
// capped by the reader, never checked after the fact, and the cap grows with the
// compressed size so DERIVE's gas (a function of the input) covers the inflate work.
const (
	MaxBatchBytes       = 16 << 20 // absolute cap on rlp(batch)
	MaxCompressionRatio = 8        // rlp(batch) may be at most 8x its compressed size ...
	DecompressionSlack  = 8 << 10  // ... plus 8 KiB, so small batches of empty blocks fit
	compressionLevel    = zlib.BestCompression
)

// DecompressedLimit is the most rlp(batch) bytes a zlib stream of compressedLen
// bytes may inflate to.
//
// Spec code:
//
//	decompressed_limit(n) = min(MAX_BATCH_BYTES, MAX_COMPRESSION_RATIO * n + DECOMPRESSION_SLACK)
func DecompressedLimit(compressedLen int) uint64 {
	return min(MaxBatchBytes, MaxCompressionRatio*uint64(compressedLen)+DecompressionSlack)
}

// compress returns the zlib (RFC 1950) stream of data, without a preset dictionary.
func compress(data []byte) []byte {
	var buf bytes.Buffer
	w, err := zlib.NewWriterLevel(&buf, compressionLevel)
	if err != nil {
		panic(fmt.Sprintf("derive: dev error: zlib level %d: %v", compressionLevel, err))
	}
	w.Write(data) // writes to a bytes.Buffer cannot fail
	w.Close()
	return buf.Bytes()
}

// inflate decompresses a zlib stream that must span all of compressed, reading at
// most limit+1 bytes from the inflater: the limit is enforced by the reader.
//
// Spec code:
//
//	out = inflate at most limit + 1 bytes of compressed
//	len(out) <= limit                                 else BatchTooLarge
//	header, deflate data and Adler-32 all valid,
//	  no preset dictionary                            else Decompress
//	no byte of compressed after the zlib stream       else CompressedTrailing
func inflate(compressed []byte, limit uint64) ([]byte, error) {
	src := bytes.NewReader(compressed) // an io.ByteReader: flate reads no byte past the stream
	zr, err := zlib.NewReader(src)
	if err != nil {
		return nil, fmt.Errorf("%w: header: %w", ErrDecompress, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, int64(limit)+1))
	if uint64(len(out)) > limit {
		return nil, fmt.Errorf("%w: inflates past %d bytes (%dx the %d compressed bytes plus %d, at most %d)",
			ErrBatchTooLarge, limit, MaxCompressionRatio, len(compressed), DecompressionSlack, MaxBatchBytes)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecompress, err)
	}
	if n := src.Len(); n != 0 {
		return nil, fmt.Errorf("%w: %d bytes", ErrCompressedTrailing, n)
	}
	return out, nil
}
