package solidity_test

import (
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/solidity/bindings"
)

// flattenGo is the Go reference for ProofHarness.flatten, built on go-ethereum's
// strict rlp.Split: a string is 0x00 ++ len(4) ++ payload, a list is
// 0x01 ++ count(4) ++ its children.
func flattenGo(data []byte) ([]byte, error) {
	kind, content, rest, err := rlp.Split(data)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, rlp.ErrMoreThanOneValue
	}
	return flattenItem(kind, content)
}

func flattenItem(kind rlp.Kind, content []byte) ([]byte, error) {
	if kind != rlp.List {
		return append(append([]byte{0}, be32(len(content))...), content...), nil
	}
	var children []byte
	count := 0
	for len(content) > 0 {
		k, c, rest, err := rlp.Split(content)
		if err != nil {
			return nil, err
		}
		child, err := flattenItem(k, c)
		if err != nil {
			return nil, err
		}
		children = append(children, child...)
		content = rest
		count++
	}
	return append(append([]byte{1}, be32(count)...), children...), nil
}

func be32(n int) []byte { return binary.BigEndian.AppendUint32(nil, uint32(n)) }

func TestRLPReaderBadInputs(t *testing.T) {
	h := newProofHarness(t)
	cases := []struct {
		name  string
		input string
		want  common.Hash
	}{
		{"empty input", "", bindings.ProofHarnessRLPEmptyInputErrorID()},
		{"short string truncated", "83aabb", bindings.ProofHarnessRLPTruncatedErrorID()},
		{"long string length truncated", "b9", bindings.ProofHarnessRLPTruncatedErrorID()},
		{"long string payload truncated", "b838aa", bindings.ProofHarnessRLPTruncatedErrorID()},
		{"list child overruns list", "c283aa", bindings.ProofHarnessRLPTruncatedErrorID()},
		{"single byte below 0x80 as string", "8105", bindings.ProofHarnessRLPNonCanonicalErrorID()},
		{"long form for short string", "b801aa", bindings.ProofHarnessRLPNonCanonicalErrorID()},
		{"long form for short list", "f80180", bindings.ProofHarnessRLPNonCanonicalErrorID()},
		{"length with leading zero", "b90038" + repeat("aa", 56), bindings.ProofHarnessRLPNonCanonicalErrorID()},
		{"trailing bytes", "8180" + "00", bindings.ProofHarnessRLPTrailingBytesErrorID()},
		{"one-byte string followed by more", "0102", bindings.ProofHarnessRLPTrailingBytesErrorID()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			input := common.FromHex(c.input)
			_, goErr := flattenGo(input)
			require.Error(t, goErr, "go-ethereum's rlp must reject it too")
			_, revert := h.flatten(t, input)
			requireRevert(t, revert, c.want)
		})
	}
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

func TestRLPReaderMatchesGeth(t *testing.T) {
	h := newProofHarness(t)
	inputs := []any{
		[]byte{}, []byte{0x7f}, []byte{0x80}, make([]byte, 55), make([]byte, 56), make([]byte, 1024),
		[]any{}, []any{[]byte{1}, []any{[]byte{2, 3}, []any{}}}, [][]byte{make([]byte, 60), {0}},
		uint64(0), uint64(1) << 40,
	}
	for _, in := range inputs {
		enc, err := rlp.EncodeToBytes(in)
		require.NoError(t, err)
		checkRLP(t, h, enc)
	}
}

func checkRLP(t testing.TB, h *proofHarness, input []byte) {
	want, goErr := flattenGo(input)
	got, revert := h.flatten(t, input)
	if goErr != nil {
		require.NotNil(t, revert, "Solidity accepted %x, which go-ethereum rejects (%v)", input, goErr)
		return
	}
	require.Nil(t, revert, "Solidity rejected %x (revert %x), which go-ethereum accepts", input, revert)
	require.Equal(t, want, got, "input %x", input)
}

func FuzzRLPReader(f *testing.F) {
	for _, seed := range []string{"", "80", "c0", "8105", "b838" + repeat("aa", 56), "c3c1c080", "f83b" + repeat("80", 59), "c2820102"} {
		f.Add(common.FromHex(seed))
	}
	h := newProofHarness(f)
	f.Fuzz(func(t *testing.T, input []byte) {
		if len(input) > 4096 {
			return
		}
		checkRLP(t, h, input)
	})
}
