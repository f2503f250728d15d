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
	for _, extra := range []string{`,"Prover":"other"`, `,"PROOF":"0x02"`, `,"proof":"0x02"`, `,"prover":"other"`,
		`,"\u0070rover":"other"`, `,"proof":["}\"",{"a":[1]}]`, `,"x":{"prover":1},"request":"0x"`} {
		_, err := DecodeProof([]byte(base + extra + `}`))
		require.ErrorIs(t, err, ErrProofEnvelope, extra)
	}
	// The keys are scanned in place, past strings holding quotes and
	// braces: a value is skipped whole.
	p, err := DecodeProof([]byte(` { "prover" : "a\"}, \\" ` + base[len(`{"prover":"honest"`):] + ` } `))
	require.NoError(t, err)
	require.Equal(t, `a"}, \`, p.Prover)
	for in, want := range map[string]string{
		base + `,"Prover":"other"}`:              `malformed proof envelope: unknown field "Prover" (keys are matched exactly)`,
		base + `,"proof":[{"}":1}]}`:             `malformed proof envelope: duplicate field "proof"`,
		`{"prover":"p"}`:                         `malformed proof envelope: missing field "call"`,
		`[]`:                                     `malformed proof envelope: not a JSON object`,
		base + `} {}`:                            `malformed proof envelope: invalid character '{' after top-level value`,
		`{"` + strings.Repeat("k", 200) + `":1}`: `malformed proof envelope: unknown field "` + strings.Repeat("k", 40) + `"... (keys are matched exactly)`,
	} {
		_, err := DecodeProof([]byte(in))
		require.EqualError(t, err, want, in)
	}
}

// TestDecodeProofMemory: decoding a maximal envelope reads it in place: it
// allocates about the decoded bytes (half the envelope), no copy of it (the
// keys are scanned in place; a json.Decoder would buffer each value).
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
	require.Less(t, alloc, uint64(len(b)*6/10), "about half the envelope per decode")
}
