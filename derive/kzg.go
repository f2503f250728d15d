package derive

import (
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// KZG binding errors. Unlike decoding errors these are failures of the caller: the
// blob handed over is not the one the L1 transaction committed to.
var (
	ErrBlobHashCount    = errors.New("number of blobs and versioned hashes differ")
	ErrBlobCommitment   = errors.New("blob has no KZG commitment (a field element is not canonical)")
	ErrBlobHashMismatch = errors.New("blob does not match its versioned hash")
)

// VerifyVersionedHashes checks that blobs[i] is the blob hashes[i] commits to, by
// recomputing its KZG commitment.
//
// Spec code:
//
//	for i: kzg_to_versioned_hash(blob_to_kzg_commitment(blobs[i])) == hashes[i]
//	kzg_to_versioned_hash(c) = 0x01 ++ sha256(c)[1:]
func VerifyVersionedHashes(blobs []kzg4844.Blob, hashes []common.Hash) error {
	if len(blobs) != len(hashes) {
		return fmt.Errorf("%w: %d blobs, %d hashes", ErrBlobHashCount, len(blobs), len(hashes))
	}
	hasher := sha256.New()
	for i := range blobs {
		commitment, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return fmt.Errorf("blob %d: %w: %w", i, ErrBlobCommitment, err)
		}
		if got := common.Hash(kzg4844.CalcBlobHashV1(hasher, &commitment)); got != hashes[i] {
			return fmt.Errorf("blob %d: %w: commitment gives %s, expected %s; pass the blobs in the order of the L1 transaction's blob hashes", i, ErrBlobHashMismatch, got, hashes[i])
		}
	}
	return nil
}

// VersionedHashes returns the versioned hash of each blob, what an L1 blob
// transaction carrying them lists.
func VersionedHashes(blobs []kzg4844.Blob) ([]common.Hash, error) {
	hasher := sha256.New()
	hashes := make([]common.Hash, len(blobs))
	for i := range blobs {
		commitment, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("blob %d: %w: %w", i, ErrBlobCommitment, err)
		}
		hashes[i] = kzg4844.CalcBlobHashV1(hasher, &commitment)
	}
	return hashes, nil
}

// Sidecar builds the blob transaction sidecar for blobs: version 0 carries one
// blob proof per blob (Cancun, Prague), version 1 the cell proofs Osaka's PeerDAS
// needs (types.BlobSidecarVersion1, kzg4844.CellProofsPerBlob per blob).
func Sidecar(blobs []kzg4844.Blob, version byte) (*types.BlobTxSidecar, error) {
	if version != types.BlobSidecarVersion0 && version != types.BlobSidecarVersion1 {
		return nil, fmt.Errorf("unknown sidecar version %d: use 0 before Osaka, 1 from Osaka on", version)
	}
	commitments := make([]kzg4844.Commitment, len(blobs))
	var proofs []kzg4844.Proof
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("blob %d: %w: %w", i, ErrBlobCommitment, err)
		}
		commitments[i] = c
		if version == types.BlobSidecarVersion1 {
			cellProofs, err := kzg4844.ComputeCellProofs(&blobs[i])
			if err != nil {
				return nil, fmt.Errorf("blob %d: cell proofs: %w", i, err)
			}
			proofs = append(proofs, cellProofs...)
			continue
		}
		proof, err := kzg4844.ComputeBlobProof(&blobs[i], c)
		if err != nil {
			return nil, fmt.Errorf("blob %d: blob proof: %w", i, err)
		}
		proofs = append(proofs, proof)
	}
	return types.NewBlobTxSidecar(version, blobs, commitments, proofs), nil
}
