// Package opbench compares nr's blob decoder with OP's eth.Blob.ToData side by
// side, in one run, on one blob of the same bytes. It is a separate module (with
// OP's pinned op-geth) so the product never imports OP. Rerun:
//
//	cd derive/opbench && go test -run '^$' -bench . -benchtime 2s
package opbench

import (
	"testing"

	opeth "github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/nativerollup/nr/derive"
)

// fill returns n deterministic, non-zero-heavy payload bytes.
func fill(n int) []byte {
	data := make([]byte, n)
	for i := range data {
		data[i] = byte(i*131 + i>>8)
	}
	return data
}

// BenchmarkOPBlobToData decodes a full OP v0 blob (130044 payload bytes).
func BenchmarkOPBlobToData(b *testing.B) {
	var blob opeth.Blob
	if err := blob.FromData(fill(opeth.MaxBlobDataSize)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(opeth.BlobSize)
	for b.Loop() {
		if _, err := blob.ToData(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNRDecodeBlobs decodes a full nr blob (126971 payload bytes).
func BenchmarkNRDecodeBlobs(b *testing.B) {
	blobs, err := derive.EncodeBlobs(fill(derive.BlobDataCapacity - derive.BlobHeaderSize))
	if err != nil {
		b.Fatal(err)
	}
	if len(blobs) != 1 {
		b.Fatalf("want one blob, got %d", len(blobs))
	}
	b.SetBytes(derive.BlobSize)
	for b.Loop() {
		if _, err := derive.DecodeBlobs(blobs[:1:1]); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSameBlobSize guards the comparison: both codecs fill the same blob type.
func TestSameBlobSize(t *testing.T) {
	if opeth.BlobSize != len(kzg4844.Blob{}) || derive.BlobSize != len(kzg4844.Blob{}) {
		t.Fatalf("blob sizes differ: OP %d, nr %d, kzg4844 %d", opeth.BlobSize, derive.BlobSize, len(kzg4844.Blob{}))
	}
}
