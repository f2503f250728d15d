package validator

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/golang/snappy"
	"github.com/stretchr/testify/require"
)

// fuzzFixtures reads fixture files for seeds without failing or skipping:
// a fuzz target must still run its other seeds where fixtures are absent.
func fuzzFixtures(f *testing.F) []*sp1Fixture {
	root := os.Getenv("NR_FIXTURES")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "fixtures")
	}
	if _, err := os.Stat(filepath.Join(root, "groth16")); err != nil {
		if os.Getenv("CI") == "true" {
			f.Fatalf("fixtures not found under %s: set NR_FIXTURES", root)
		}
		return nil
	}
	return loadSP1Fixtures(f)
}

// FuzzSP1Proof feeds mutated proofs, program keys and public values to the
// v4 and v6 keys (seeded with every real proof and every fixture tampering,
// so mutations start past the selector and length checks, at the points and
// the pairing). Every rejection is one of the named sentinels, and Verify
// never changes the key.
func FuzzSP1Proof(f *testing.F) {
	fixtures := fuzzFixtures(f)
	if len(fixtures) == 0 {
		f.Skip("SP1 fixtures not found: set NR_FIXTURES")
	}
	keys := make([]*SP1VerifyingKey, len(fixtures))
	for i, fx := range fixtures {
		keys[i] = fx.key(f)
		f.Add(uint8(i), []byte(fx.ProgramVKey), []byte(fx.PublicValues), []byte(fx.Proof))
		for _, c := range fx.Tampered {
			f.Add(uint8(i), []byte(c.ProgramVKey), []byte(c.PublicValues), []byte(c.Proof))
		}
	}
	before := make([][]byte, len(keys))
	for i, k := range keys {
		before[i] = k.marshalKey()
	}
	sentinels := []error{ErrSelectorMismatch, ErrMalformedProof, ErrInvalidExitCode, ErrInvalidVKRoot,
		ErrPublicInputNotInField, ErrInvalidPoint, ErrPairingFailed}
	f.Fuzz(func(t *testing.T, which uint8, programKey, publicValues, proof []byte) {
		i := int(which) % len(keys)
		var key [32]byte
		copy(key[:], programKey)
		err := keys[i].Verify(key, publicValues, proof)
		if err == nil {
			fx := fixtures[i]
			// Groth16 proofs can be re-randomised, but not by flipping
			// bytes: an accepted proof here is the fixture's own.
			require.Equal(t, []byte(fx.Proof), proof)
			require.Equal(t, []byte(fx.PublicValues), publicValues)
		} else {
			named := false
			for _, s := range sentinels {
				named = named || errors.Is(err, s)
			}
			require.True(t, named, "unnamed error %v", err)
		}
		require.Equal(t, before[i], keys[i].marshalKey(), "Verify changed the key")
	})
}

// FuzzAttestation: mutated signatures and public values either fail with a
// named sentinel or recover a signer that the check then compares; the
// original pair is the only one accepted for the test key.
func FuzzAttestation(f *testing.F) {
	pv := samplePublicValues()
	sig, err := Attest(testKey, pv)
	require.NoError(f, err)
	f.Add(pv, sig)
	f.Add(pv, append(bytes.Clone(sig[:64]), 27))
	f.Add([]byte{}, sig)
	c := &AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(testKey.PublicKey)}}
	f.Fuzz(func(t *testing.T, publicValues, signature []byte) {
		err := c.Check(publicValues, signature)
		if err == nil {
			require.Equal(t, pv, publicValues)
			require.Equal(t, sig, signature)
			return
		}
		require.True(t, errors.Is(err, ErrAttestationMalformed) || errors.Is(err, ErrAttestationSigner), "unnamed error %v", err)
	})
}

// FuzzDecodeProof: envelope decoding never panics; what decodes re-encodes
// to an envelope that decodes to the same proof.
func FuzzDecodeProof(f *testing.F) {
	pv := samplePublicValues()
	sig, _ := Attest(testKey, pv)
	p := &Proof{Prover: "tee-a", Call: common.HexToHash("0x11"), Request: sampleRequest().MarshalSSZ(), PublicValues: pv, Data: sig}
	f.Add(p.Encode())
	f.Add([]byte(`{"prover":"x","call":"0x00","request":"0x","public_values":"0x","proof":"0x01"}`))
	f.Add([]byte(`{"prover":"x"} {}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := DecodeProof(b)
		if err != nil {
			require.ErrorIs(t, err, ErrProofEnvelope)
			return
		}
		again, err := DecodeProof(got.Encode())
		require.NoError(t, err)
		require.Equal(t, got, again)
	})
}

// FuzzNewPayloadRequestSSZ: decoding is strict (what decodes re-encodes to
// the same bytes, so a request has one encoding and one root) and never
// panics. Seeds: the fixtures' NewPayloadRequest serializations and nr's
// sample.
func FuzzNewPayloadRequestSSZ(f *testing.F) {
	f.Add(sampleRequest().MarshalSSZ())
	root := os.Getenv("NR_FIXTURES")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "fixtures")
	}
	seeds, _ := filepath.Glob(filepath.Join(root, "ssz", "extra", "*", "case_*", "serialized.ssz_snappy"))
	for _, s := range seeds {
		raw, err := os.ReadFile(s)
		require.NoError(f, err)
		b, err := snappy.Decode(nil, raw)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var r NewPayloadRequest
		if err := r.UnmarshalSSZ(b); err != nil {
			require.ErrorIs(t, err, ErrSSZ)
			return
		}
		require.Equal(t, b, r.MarshalSSZ())
		require.Equal(t, r.HashTreeRoot(), r.HashTreeRoot())
	})
}

// FuzzPublicOutput: exactly the 43-byte encodings with a 0/1 bool decode,
// and they round-trip.
func FuzzPublicOutput(f *testing.F) {
	f.Add(samplePublicValues())
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := DecodePublicOutput(b)
		if err != nil {
			require.ErrorIs(t, err, ErrPublicOutput)
			require.True(t, len(b) != PublicOutputSize || b[32] > 1)
			return
		}
		require.Equal(t, b, o.MarshalSSZ())
	})
}
