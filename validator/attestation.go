package validator

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Attestations: a committee member or a TEE signs the statement, the
// 43-byte PublicOutput, with a secp256k1 key the operator allow-lists. An
// attestation then goes through the same Bind as a zk proof; only the
// cryptographic check differs.

// AttestationDomain separates nr attestations from every other message a key
// may sign (transactions, EIP-191, EIP-712 prefixes are all different).
const AttestationDomain = "nr/validator/attestation/v1"

// AttestationSize is the signature length: r ‖ s ‖ v, v in {0, 1}.
const AttestationSize = 65

var (
	// ErrAttestationMalformed: not 65 bytes, v not 0 or 1, r or s out of
	// range, or s in the upper half (a malleated signature).
	ErrAttestationMalformed = errors.New("malformed attestation signature")
	// ErrAttestationSigner: the signature recovers to a key not on the
	// allow-list.
	ErrAttestationSigner = errors.New("attestation signer is not allow-listed")
)

// AttestationDigest is keccak256(AttestationDomain ‖ publicValues), the hash
// an attester signs.
func AttestationDigest(publicValues []byte) common.Hash {
	return crypto.Keccak256Hash([]byte(AttestationDomain), publicValues)
}

// Attest signs publicValues (a 43-byte PublicOutput) with key.
func Attest(key *ecdsa.PrivateKey, publicValues []byte) ([]byte, error) {
	return crypto.Sign(AttestationDigest(publicValues).Bytes(), key)
}

// secp256k1HalfN is n/2: signatures with s above it are rejected (EIP-2).
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// AttestationChecker accepts signatures from its allow-listed addresses.
type AttestationChecker struct {
	Signers []common.Address
}

// Check implements ProofChecker: data is a 65-byte signature over
// AttestationDigest(publicValues) from an allow-listed signer.
func (c *AttestationChecker) Check(publicValues, data []byte) error {
	signer, err := RecoverAttestation(publicValues, data)
	if err != nil {
		return err
	}
	if !slices.Contains(c.Signers, signer) {
		return fmt.Errorf("%w: signed by %s, allowed %v", ErrAttestationSigner, signer.Hex(), c.Signers)
	}
	return nil
}

// RecoverAttestation returns the address that signed publicValues.
func RecoverAttestation(publicValues, sig []byte) (common.Address, error) {
	if len(sig) != AttestationSize {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want %d (r ‖ s ‖ v)", ErrAttestationMalformed, len(sig), AttestationSize)
	}
	r, s, v := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), sig[64]
	if v > 1 {
		return common.Address{}, fmt.Errorf("%w: v is %d, want 0 or 1", ErrAttestationMalformed, v)
	}
	if !crypto.ValidateSignatureValues(v, r, s, true) || s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: r or s out of range, or s above n/2", ErrAttestationMalformed)
	}
	pub, err := crypto.SigToPub(AttestationDigest(publicValues).Bytes(), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrAttestationMalformed, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
