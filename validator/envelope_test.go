package validator

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEnvelopeKeysExact: envelope keys are matched exactly: a case variant
// of a key ("Prover") or a duplicate key is an error, never a silent
// override of the first value.
func TestEnvelopeKeysExact(t *testing.T) {
	pv := "0x" + strings.Repeat("00", 43)
	base := `{"prover":"honest","call":"0x` + strings.Repeat("11", 32) + `","request":"0x","public_values":"` + pv + `","proof":"0x01"`
	_, err := DecodeProof([]byte(base + `}`))
	require.NoError(t, err)
	for _, extra := range []string{`,"Prover":"other"`, `,"PROOF":"0x02"`, `,"proof":"0x02"`, `,"prover":"other"`} {
		_, err := DecodeProof([]byte(base + extra + `}`))
		require.ErrorIs(t, err, ErrProofEnvelope, extra)
	}
}
