package derive

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// Blob codec parameters (spec/derive.md "Blob codec").
const (
	BlobSize             = 131072                                     // bytes in an EIP-4844 blob
	FieldElementsPerBlob = 4096                                       // field elements in a blob
	BytesPerFieldElement = 32                                         // big-endian scalar width
	DataBytesPerElement  = 31                                         // bytes 1..31 of each element
	BlobDataCapacity     = FieldElementsPerBlob * DataBytesPerElement // 126976 data bytes per blob
	BlobEncodingVersion  = 1                                          // byte 0 of the data stream
	BlobHeaderSize       = 5                                          // version ++ uint32 BE length
	MaxBlobsPerPayload   = 32                                         // blobs one payload may span
	MaxBlobPayload       = MaxBlobsPerPayload*BlobDataCapacity - BlobHeaderSize
)

// blsModulus is the BLS12-381 scalar field modulus, big-endian.
var blsModulus = [32]byte{
	0x73, 0xed, 0xa7, 0x53, 0x29, 0x9d, 0x7d, 0x48, 0x33, 0x39, 0xd8, 0x08, 0x09, 0xa1, 0xd8, 0x05,
	0x53, 0xbd, 0xa4, 0x02, 0xff, 0xfe, 0x5b, 0xfe, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01,
}

// BlobsFor returns how many blobs a payload of n bytes occupies.
func BlobsFor(n int) int {
	return (BlobHeaderSize + n + BlobDataCapacity - 1) / BlobDataCapacity
}

// EncodeBlobs packs payload into the fewest blobs.
//
// Spec code:
//
//	stream = uint8(BLOB_ENCODING_VERSION) ++ uint32_be(len(payload)) ++ payload
//	stream is zero-padded to n * BLOB_DATA_CAPACITY, n = ceil(len(stream) / BLOB_DATA_CAPACITY)
//	stream byte i goes to blob i // 126976, field element (i % 126976) // 31,
//	byte 1 + (i % 126976) % 31 of that element; byte 0 of every element is 0.
func EncodeBlobs(payload []byte) ([]kzg4844.Blob, error) {
	if len(payload) > MaxBlobPayload {
		return nil, fmt.Errorf("%w: %d bytes, at most %d fit in %d blobs", ErrPayloadTooLarge, len(payload), MaxBlobPayload, MaxBlobsPerPayload)
	}
	stream := make([]byte, BlobsFor(len(payload))*BlobDataCapacity)
	stream[0] = BlobEncodingVersion
	binary.BigEndian.PutUint32(stream[1:BlobHeaderSize], uint32(len(payload)))
	copy(stream[BlobHeaderSize:], payload)

	blobs := make([]kzg4844.Blob, len(stream)/BlobDataCapacity)
	for i := range blobs {
		data := stream[i*BlobDataCapacity : (i+1)*BlobDataCapacity]
		for fe := range FieldElementsPerBlob {
			copy(blobs[i][fe*BytesPerFieldElement+1:(fe+1)*BytesPerFieldElement], data[fe*DataBytesPerElement:])
		}
	}
	return blobs, nil
}

// DecodeBlobs is the strict inverse of EncodeBlobs: it returns the payload or the
// first rejection, in the order spec/derive.md fixes.
//
// Spec code:
//
//  1. 1 <= len(blobs) <= MAX_BLOBS_PER_PAYLOAD                       else BlobCount
//  2. for each blob, for each field element, in order:
//     element < BLS_MODULUS                                          else FieldElementRange
//     element[0] == 0                                                else SpareByte
//  3. stream[0] == BLOB_ENCODING_VERSION                               else BlobVersion
//  4. length = uint32_be(stream[1:5]); 5 + length <= len(stream)        else BlobLength
//  5. ceil((5 + length) / BLOB_DATA_CAPACITY) == len(blobs)             else UnusedBlob
//  6. stream[5 + length:] is all zero                                  else BlobTrailingData
func DecodeBlobs(blobs []kzg4844.Blob) ([]byte, error) {
	if len(blobs) == 0 || len(blobs) > MaxBlobsPerPayload {
		return nil, fmt.Errorf("%w: %d blobs, want 1 to %d", ErrBlobCount, len(blobs), MaxBlobsPerPayload)
	}
	stream := make([]byte, len(blobs)*BlobDataCapacity)
	for i := range blobs {
		if err := unpackBlob(&blobs[i], stream[i*BlobDataCapacity:(i+1)*BlobDataCapacity]); err != nil {
			return nil, fmt.Errorf("blob %d: %w", i, err)
		}
	}
	if stream[0] != BlobEncodingVersion {
		return nil, fmt.Errorf("%w: %d, want %d", ErrBlobVersion, stream[0], BlobEncodingVersion)
	}
	length := uint64(binary.BigEndian.Uint32(stream[1:BlobHeaderSize]))
	end := BlobHeaderSize + length
	if end > uint64(len(stream)) {
		return nil, fmt.Errorf("%w: length %d, capacity %d in %d blobs", ErrBlobLength, length, len(stream)-BlobHeaderSize, len(blobs))
	}
	if used := BlobsFor(int(length)); used != len(blobs) {
		return nil, fmt.Errorf("%w: length %d needs %d blobs, got %d", ErrUnusedBlob, length, used, len(blobs))
	}
	for i := end; i < uint64(len(stream)); i++ {
		if stream[i] != 0 {
			return nil, fmt.Errorf("%w: stream byte %d (blob %d, field element %d) is %#x", ErrBlobTrailingData, i, i/BlobDataCapacity, i%BlobDataCapacity/DataBytesPerElement, stream[i])
		}
	}
	return stream[BlobHeaderSize:end:end], nil
}

// unpackBlob copies bytes 1..31 of each field element into data, rejecting
// non-canonical elements and non-zero spare bytes.
func unpackBlob(blob *kzg4844.Blob, data []byte) error {
	out := (*[BlobDataCapacity]byte)(data)
	for fe := range FieldElementsPerBlob {
		element := (*[BytesPerFieldElement]byte)(blob[fe*BytesPerFieldElement:])
		if element[0] != 0 {
			if bytes.Compare(element[:], blsModulus[:]) >= 0 {
				return fmt.Errorf("%w: field element %d", ErrFieldElementRange, fe)
			}
			return fmt.Errorf("%w: field element %d has %#x", ErrSpareByte, fe, element[0])
		}
		*(*[DataBytesPerElement]byte)(out[fe*DataBytesPerElement:]) = [DataBytesPerElement]byte(element[1:])
	}
	return nil
}
