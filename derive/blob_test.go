package derive

import (
	"bytes"
	"encoding/binary"
	"math/rand"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

func TestBlobRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 25, 26, 27, 30, 31, 32, 61, 62, 126, BlobDataCapacity - BlobHeaderSize, BlobDataCapacity - BlobHeaderSize + 1, 3*BlobDataCapacity + 17, MaxBlobPayload} {
		payload := make([]byte, n)
		rng.Read(payload)
		blobs, err := EncodeBlobs(payload)
		require.NoError(t, err, "len %d", n)
		require.Len(t, blobs, BlobsFor(n), "len %d", n)
		got, err := DecodeBlobs(blobs)
		require.NoError(t, err, "len %d", n)
		require.Equal(t, payload, got, "len %d", n)
	}
}

func TestBlobLayout(t *testing.T) {
	payload := bytes.Repeat([]byte{0xff}, 27+31)
	blobs, err := EncodeBlobs(payload)
	require.NoError(t, err)
	require.Len(t, blobs, 1)
	// Field element 0: spare byte, version, big-endian length, 26 payload bytes.
	require.Equal(t, append([]byte{0x00, BlobEncodingVersion, 0, 0, 0, 58}, bytes.Repeat([]byte{0xff}, 26)...), blobs[0][:32])
	// Field element 1: spare byte, 31 payload bytes; element 2: one byte, then zeros.
	require.Equal(t, append([]byte{0x00}, bytes.Repeat([]byte{0xff}, 31)...), blobs[0][32:64])
	require.Equal(t, []byte{0x00, 0xff, 0x00}, blobs[0][64:67])
	require.Equal(t, make([]byte, BlobSize-67), blobs[0][67:])
}

func TestEncodeBlobsTooLarge(t *testing.T) {
	_, err := EncodeBlobs(make([]byte, MaxBlobPayload+1))
	require.ErrorIs(t, err, ErrPayloadTooLarge)
}

// blobWith returns the blobs of payload after mutate ran on them.
func blobWith(t *testing.T, payload []byte, mutate func([]kzg4844.Blob) []kzg4844.Blob) []kzg4844.Blob {
	blobs, err := EncodeBlobs(payload)
	require.NoError(t, err)
	return mutate(blobs)
}

func TestDecodeBlobsRejects(t *testing.T) {
	small := []byte("native rollup")
	twoBlobs := make([]byte, BlobDataCapacity)
	for i := range twoBlobs {
		twoBlobs[i] = byte(i%251) + 1
	}
	tests := []struct {
		name  string
		blobs []kzg4844.Blob
		want  error
	}{
		{"no blobs", nil, ErrBlobCount},
		{"too many blobs", make([]kzg4844.Blob, MaxBlobsPerPayload+1), ErrBlobCount},
		{"element equal to modulus", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			copy(b[0][7*32:8*32], blsModulus[:])
			return b
		}), ErrFieldElementRange},
		{"element all ones", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			copy(b[0][4095*32:], bytes.Repeat([]byte{0xff}, 32))
			return b
		}), ErrFieldElementRange},
		{"range checked before spare byte of a later element", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[0][0] = 0xff
			b[0][32] = 0x01
			return b
		}), ErrFieldElementRange},
		{"spare byte set in element 0", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[0][0] = 0x01
			return b
		}), ErrSpareByte},
		{"spare byte 0x73 below modulus", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[0][100*32] = 0x73
			return b
		}), ErrSpareByte},
		{"spare byte in second blob", blobWith(t, twoBlobs, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[1][10*32] = 0x01
			return b
		}), ErrSpareByte},
		{"version 0 (OP v0 layout)", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[0][1] = 0
			return b
		}), ErrBlobVersion},
		{"version 2", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[0][1] = 2
			return b
		}), ErrBlobVersion},
		{"length one past capacity", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			binary.BigEndian.PutUint32(b[0][2:6], BlobDataCapacity-BlobHeaderSize+1)
			return b
		}), ErrBlobLength},
		{"length max uint32", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			binary.BigEndian.PutUint32(b[0][2:6], 0xffffffff)
			return b
		}), ErrBlobLength},
		{"extra all-zero blob", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			return append(b, kzg4844.Blob{})
		}), ErrUnusedBlob},
		{"length shrunk to fit one blob of two", blobWith(t, twoBlobs, func(b []kzg4844.Blob) []kzg4844.Blob {
			binary.BigEndian.PutUint32(b[0][2:6], 10)
			return b
		}), ErrUnusedBlob},
		{"byte right after the payload", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[0][1+BlobHeaderSize+len(small)] = 0x01 // element 0 holds stream bytes 0..30
			return b
		}), ErrBlobTrailingData},
		{"byte in the last element of the last blob", blobWith(t, twoBlobs, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[1][BlobSize-1] = 0x80
			return b
		}), ErrBlobTrailingData},
		{"length shrunk by one", blobWith(t, small, func(b []kzg4844.Blob) []kzg4844.Blob {
			b[0][5] = byte(len(small) - 1)
			return b
		}), ErrBlobTrailingData},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			payload, err := DecodeBlobs(tt.blobs)
			require.ErrorIs(t, err, tt.want)
			require.Nil(t, payload)
		})
	}
}

// TestExtraneousByteAnywhere walks a non-zero byte over the data positions past
// the payload (every one in the first and last two elements, every 13th between;
// spare bytes are covered above): each must be rejected.
func TestExtraneousByteAnywhere(t *testing.T) {
	payload := []byte("abc")
	blobs, err := EncodeBlobs(payload)
	require.NoError(t, err)
	for pos := 1 + BlobHeaderSize + len(payload); pos < BlobSize; pos++ {
		edge := pos < 64 || pos >= BlobSize-64
		if pos%BytesPerFieldElement == 0 || (!edge && pos%13 != 0) {
			continue
		}
		blobs[0][pos] = 0x01
		_, err := DecodeBlobs(blobs)
		blobs[0][pos] = 0
		require.ErrorIs(t, err, ErrBlobTrailingData, "non-zero byte at blob offset %d", pos)
	}
}

// FuzzBlobDecode checks that decoding arbitrary blob bytes never panics, that
// whatever decodes re-encodes to the very same blobs (the codec is a bijection on
// valid blobs), and that decode(encode(x)) == x.
func FuzzBlobDecode(f *testing.F) {
	for _, seed := range [][]byte{nil, {0}, []byte("native rollup"), bytes.Repeat([]byte{0xff}, 200)} {
		f.Add(seed, false)
		blobs, err := EncodeBlobs(seed)
		require.NoError(f, err)
		f.Add(blobs[0][:64], true)
	}
	f.Add(bytes.Repeat([]byte{0x73}, 96), true)
	f.Fuzz(func(t *testing.T, data []byte, asBlob bool) {
		if !asBlob {
			blobs, err := EncodeBlobs(data)
			require.NoError(t, err)
			got, err := DecodeBlobs(blobs)
			require.NoError(t, err)
			require.True(t, bytes.Equal(data, got))
			return
		}
		blobs := blobsOf(data)
		before := bytes.Clone(data)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		payload, err := DecodeBlobs(blobs)
		runtime.ReadMemStats(&m1)
		require.Equal(t, before, data, "input mutated")
		require.LessOrEqual(t, m1.TotalAlloc-m0.TotalAlloc, uint64(len(blobs)*BlobDataCapacity+64<<10), "decoding allocated more than one stream")
		if err != nil {
			require.NotEqual(t, ReasonOK, ReasonOf(err))
			return
		}
		again, err := EncodeBlobs(payload)
		require.NoError(t, err)
		require.Equal(t, blobs, again, "a second encoding of the same payload decoded")
	})
}
