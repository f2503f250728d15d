package validator

import (
	"runtime"
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

// TestDecodeProofMemory: decoding a maximal envelope reads it in place: it
// allocates about the decoded bytes plus one scan buffer, not copies of the
// whole envelope per pass.
func TestDecodeProofMemory(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`{"prover":"p","call":"0x` + strings.Repeat("0", 64) + `","public_values":"0x` + strings.Repeat("0", 86) + `","proof":"0x`)
	sb.WriteString(strings.Repeat("1", 2*(4<<20)))
	sb.WriteString(`","request":"0x`)
	sb.WriteString(strings.Repeat("2", 2*(4<<20)))
	sb.WriteString(`"}`)
	b := []byte(sb.String())
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	p, err := DecodeProof(b)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	require.Len(t, p.Data, 4<<20)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("envelope %d bytes: %d MB allocated", len(b), alloc>>20)
	require.Less(t, alloc, uint64(3*len(b)), "at most ~3x the envelope per decode")
}
