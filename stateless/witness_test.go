package stateless_test

import (
	"encoding/json"
	"testing"

	gethstateless "github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// TestWitnessCodecsMatchGeth checks both encodings against go-ethereum's own
// ExtWitness in both directions, on every recorded witness of the test chain.
func TestWitnessCodecsMatchGeth(t *testing.T) {
	c := generateTestChain(t)
	for i, w := range c.witnesses {
		// RLP: ours decodes geth's bytes, and encodes to exactly them.
		ext := c.recorded[i].ToExtWitness()
		gethRLP, err := rlp.EncodeToBytes(ext)
		require.NoError(t, err)
		ours, err := stateless.EncodeWitnessRLP(w)
		require.NoError(t, err)
		require.Equal(t, gethRLP, ours)
		back, err := stateless.DecodeWitnessRLP(gethRLP)
		require.NoError(t, err)
		require.Equal(t, ours, mustRLP(t, back))

		// geth's Witness decodes our bytes too (it is what debug_executionWitness
		// and engine_executeStatelessPayload consume).
		var gw gethstateless.Witness
		require.NoError(t, rlp.DecodeBytes(ours, &gw))
		require.Equal(t, w.Headers[len(w.Headers)-1].Root, gw.Root())

		// JSON: the debug_executionWitness shape, both directions.
		gethJSON, err := json.Marshal(ext)
		require.NoError(t, err)
		oursJSON, err := json.Marshal(w)
		require.NoError(t, err)
		require.JSONEq(t, string(gethJSON), string(oursJSON))
		var fromJSON stateless.Witness
		require.NoError(t, json.Unmarshal(gethJSON, &fromJSON))
		require.Equal(t, ours, mustRLP(t, &fromJSON))
	}
}

func TestWitnessJSONShape(t *testing.T) {
	c := generateTestChain(t)
	raw, err := json.Marshal(c.witnesses[0])
	require.NoError(t, err)
	var shape map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(raw, &shape))
	require.ElementsMatch(t, []string{"headers", "codes", "state", "keys"}, keys(shape))
	var headers []map[string]any
	require.NoError(t, json.Unmarshal(shape["headers"], &headers))
	require.Equal(t, c.parent(0).Hash().Hex(), headers[0]["hash"], "headers are header objects")
	var codes []string
	require.NoError(t, json.Unmarshal(shape["codes"], &codes))
	require.Regexp(t, "^0x[0-9a-f]+$", codes[0], "codes are hex strings")
}

// TestDecodeWitnessRLPRejects lists malformed encodings, each with its error.
func TestDecodeWitnessRLPRejects(t *testing.T) {
	c := generateTestChain(t)
	valid := mustRLP(t, c.witnesses[1])
	for name, input := range map[string][]byte{
		"empty input":          {},
		"not a list":           {0x80},
		"empty list":           {0xc0},
		"three fields":         mustEncode(t, []any{[]any{}, []any{}, []any{}}),
		"five fields":          mustEncode(t, []any{[]any{}, []any{}, []any{}, []any{}, []any{}}),
		"header not a list":    mustEncode(t, []any{[]any{[]byte{1}}, []any{}, []any{}, []any{}}),
		"code not a string":    mustEncode(t, []any{[]any{}, []any{[]any{}}, []any{}, []any{}}),
		"truncated":            valid[:len(valid)-1],
		"trailing byte":        append(append([]byte{}, valid...), 0x00),
		"list length overflow": {0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
	} {
		t.Run(name, func(t *testing.T) {
			w, err := stateless.DecodeWitnessRLP(input)
			require.ErrorIs(t, err, stateless.ErrInvalidWitnessEncoding)
			require.Nil(t, w)
		})
	}
}

func TestWitnessUnmarshalJSONRejects(t *testing.T) {
	for name, input := range map[string]string{
		"not an object":     `[1]`,
		"code not hex":      `{"headers":[],"codes":["zz"],"state":[],"keys":[]}`,
		"header incomplete": `{"headers":[{"number":"0x1"}],"codes":[],"state":[],"keys":[]}`,
	} {
		t.Run(name, func(t *testing.T) {
			var w stateless.Witness
			require.ErrorIs(t, json.Unmarshal([]byte(input), &w), stateless.ErrInvalidWitnessEncoding)
		})
	}
}

func mustRLP(t testing.TB, w *stateless.Witness) []byte {
	b, err := stateless.EncodeWitnessRLP(w)
	require.NoError(t, err)
	return b
}

func mustEncode(t testing.TB, v any) []byte {
	b, err := rlp.EncodeToBytes(v)
	require.NoError(t, err)
	return b
}

func keys(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
