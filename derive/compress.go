package derive

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
)

// Decompression bounds (spec/derive.md "Batch format"). The decompressed size is
// capped by the reader, never checked after the fact, and the cap grows with the
// compressed size so DERIVE's gas (a function of the input) covers the inflate work.
const (
	MaxBatchBytes         = 16 << 20 // absolute cap on rlp(batch)
	MaxCompressionRatio   = 16       // rlp(batch) may be at most 16x its compressed size ...
	DecompressionSlack    = 64 << 10 // ... plus 64 KiB, so small batches of empty blocks fit
	compressionLevel      = zlib.BestCompression
	decompressedReadAhead = 4096 // bufio buffer between the inflater and the RLP stream
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

// inflater reads a zlib stream that must span the whole of its input. It remembers
// the first inflate error, so a corrupt stream surfacing through the RLP decoder is
// still reported as ErrDecompress rather than as an RLP error.
type inflater struct {
	src *bytes.Reader
	zr  io.ReadCloser
	err error
}

func newInflater(compressed []byte) (*inflater, error) {
	src := bytes.NewReader(compressed)
	zr, err := zlib.NewReader(src) // bytes.Reader is an io.ByteReader: flate reads no further than it needs
	if err != nil {
		return nil, fmt.Errorf("%w: header: %w", ErrDecompress, err)
	}
	return &inflater{src: src, zr: zr}, nil
}

func (in *inflater) Read(p []byte) (int, error) {
	n, err := in.zr.Read(p)
	if err != nil && err != io.EOF && in.err == nil {
		in.err = err
	}
	return n, err
}

// wrap classifies err from a read through the inflater: inflate failures win over
// what the consumer made of them.
func (in *inflater) wrap(err error) error {
	if in.err != nil {
		return fmt.Errorf("%w: %w", ErrDecompress, in.err)
	}
	return err
}

// finish checks that the decompressed stream ends at the current position of r
// (which must read from in), that the zlib checksum holds, and that no compressed
// byte follows the zlib stream.
func (in *inflater) finish(r *bufio.Reader) error {
	if _, err := r.ReadByte(); !errors.Is(err, io.EOF) {
		if err == nil {
			return ErrBatchTrailing
		}
		return in.wrap(fmt.Errorf("%w: %w", ErrDecompress, err))
	}
	if in.err != nil { // e.g. zlib.ErrChecksum, raised only at the end of the stream
		return in.wrap(nil)
	}
	if n := in.src.Len(); n != 0 {
		return fmt.Errorf("%w: %d bytes", ErrCompressedTrailing, n)
	}
	return nil
}
