package derive

import (
	"crypto/sha256"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

// versionedHashes computes the hashes an L1 blob transaction would list.
func versionedHashes(t testing.TB, blobs []kzg4844.Blob) []common.Hash {
	hashes := make([]common.Hash, len(blobs))
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		require.NoError(t, err)
		hashes[i] = kzg4844.CalcBlobHashV1(sha256.New(), &c)
	}
	return hashes
}

func TestVerifyVersionedHashes(t *testing.T) {
	blobs, err := EncodeBlobs(make([]byte, BlobDataCapacity)) // two blobs
	require.NoError(t, err)
	hashes := versionedHashes(t, blobs)
	require.NoError(t, VerifyVersionedHashes(blobs, hashes))

	nonCanonical := []kzg4844.Blob{blobs[0]}
	copy(nonCanonical[0][:32], blsModulus[:])
	tests := []struct {
		name   string
		blobs  []kzg4844.Blob
		hashes []common.Hash
		want   error
	}{
		{"one hash short", blobs, hashes[:1], ErrBlobHashCount},
		{"swapped order", blobs, []common.Hash{hashes[1], hashes[0]}, ErrBlobHashMismatch},
		{"flipped hash bit", blobs[:1], []common.Hash{{0x01, 0x02}}, ErrBlobHashMismatch},
		{"element above modulus", nonCanonical, hashes[:1], ErrBlobCommitment},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.ErrorIs(t, VerifyVersionedHashes(tt.blobs, tt.hashes), tt.want)
		})
	}
}

func TestSidecar(t *testing.T) {
	blobs, err := EncodeBlobs([]byte("one blob of batch"))
	require.NoError(t, err)
	hashes := versionedHashes(t, blobs)

	v0, err := Sidecar(blobs, types.BlobSidecarVersion0)
	require.NoError(t, err)
	require.NoError(t, v0.ValidateBlobCommitmentHashes(hashes))
	require.NoError(t, kzg4844.VerifyBlobProof(&v0.Blobs[0], v0.Commitments[0], v0.Proofs[0]))

	v1, err := Sidecar(blobs, types.BlobSidecarVersion1)
	require.NoError(t, err)
	require.Equal(t, types.BlobSidecarVersion1, v1.Version)
	require.Len(t, v1.Proofs, kzg4844.CellProofsPerBlob)
	require.NoError(t, v1.ValidateBlobCommitmentHashes(hashes))
	require.NoError(t, kzg4844.VerifyCellProofs(v1.Blobs, v1.Commitments, v1.Proofs))

	_, err = Sidecar(blobs, 2)
	require.ErrorContains(t, err, "unknown sidecar version 2")
}
