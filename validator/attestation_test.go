package validator

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/nativerollup/nr/l2"
	"github.com/stretchr/testify/require"
)

func testL1() *params.ChainConfig { return l2.L1Config() }

// testKey is a fixed attester key (public test data).
var testKey, _ = crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")

func samplePublicValues() []byte {
	o := PublicOutput{NewPayloadRequestRoot: common.HexToHash("0x77"), SuccessfulValidation: true, ChainID: 901, SchemaID: SchemaOsaka}
	return o.MarshalSSZ()
}

// TestAttestation: a signature from an allow-listed key is accepted; named
// bad signatures fail with their sentinel.
func TestAttestation(t *testing.T) {
	pv := samplePublicValues()
	sig, err := Attest(testKey, pv)
	require.NoError(t, err)
	signer := crypto.PubkeyToAddress(testKey.PublicKey)
	c := &AttestationChecker{Signers: []common.Address{common.HexToAddress("0x01"), signer}}
	require.NoError(t, c.Check(pv, sig))
	got, err := RecoverAttestation(pv, sig)
	require.NoError(t, err)
	require.Equal(t, signer, got)

	// The digest is domain-separated: a plain keccak256(pv) signature is not an attestation.
	plain, err := crypto.Sign(crypto.Keccak256(pv), testKey)
	require.NoError(t, err)

	n := crypto.S256().Params().N
	highS := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(n, s).FillBytes(highS[32:64])
	highS[64] ^= 1 // the malleated twin of a valid signature
	other := bytes.Clone(pv)
	other[0] ^= 1
	cases := []struct {
		name string
		pv   []byte
		sig  []byte
		want error
	}{
		{"64 bytes", pv, sig[:64], ErrAttestationMalformed},
		{"66 bytes", pv, append(bytes.Clone(sig), 0), ErrAttestationMalformed},
		{"empty", pv, nil, ErrAttestationMalformed},
		{"v = 27", pv, append(bytes.Clone(sig[:64]), 27), ErrAttestationMalformed},
		{"v = 2", pv, append(bytes.Clone(sig[:64]), 2), ErrAttestationMalformed},
		{"r = 0", pv, append(make([]byte, 32), sig[32:]...), ErrAttestationMalformed},
		{"s = 0", pv, append(append(bytes.Clone(sig[:32]), make([]byte, 32)...), sig[64]), ErrAttestationMalformed},
		{"r = n", pv, append(n.FillBytes(make([]byte, 32)), sig[32:]...), ErrAttestationMalformed},
		{"high s (malleated)", pv, highS, ErrAttestationMalformed},
		{"other public values", other, sig, ErrAttestationSigner},
		{"without the domain", pv, plain, ErrAttestationSigner},
		{"signer not allow-listed", pv, sig, ErrAttestationSigner},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checker := c
			if tc.name == "signer not allow-listed" {
				checker = &AttestationChecker{Signers: []common.Address{common.HexToAddress("0x01")}}
			}
			require.ErrorIs(t, checker.Check(tc.pv, tc.sig), tc.want)
		})
	}
}
