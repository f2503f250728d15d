package validator

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"
)

// sp1Fixture is one file of fixtures/groth16.
type sp1Fixture struct {
	path         string
	raw          []byte
	Version      string        `json:"version"`
	ProgramVKey  hexutil.Bytes `json:"program_vkey"`
	PublicValues hexutil.Bytes `json:"public_values"`
	Proof        hexutil.Bytes `json:"proof"`
	PublicInputs []string      `json:"public_inputs"`
	Invalid      *sp1Case      `json:"proof_invalid"`
	Tampered     []sp1Case     `json:"tampered"`
	Negative     []struct {
		Name         string   `json:"name"`
		PublicInputs []string `json:"public_inputs"`
		Expected     struct {
			RejectedBy string `json:"rejected_by"`
		} `json:"expected"`
	} `json:"groth16_negative_inputs"`
}

type sp1Case struct {
	Name         string        `json:"name"`
	ProgramVKey  hexutil.Bytes `json:"program_vkey"`
	PublicValues hexutil.Bytes `json:"public_values"`
	Proof        hexutil.Bytes `json:"proof"`
	Expected     struct {
		Valid      bool   `json:"valid"`
		RejectedBy string `json:"rejected_by"`
	} `json:"expected"`
}

// rejectedBy maps the fixtures' rejected_by names to nr's sentinels.
var rejectedBy = map[string]error{
	"selector_mismatch":         ErrSelectorMismatch,
	"malformed_proof":           ErrMalformedProof,
	"invalid_exit_code":         ErrInvalidExitCode,
	"invalid_vk_root":           ErrInvalidVKRoot,
	"public_input_not_in_field": ErrPublicInputNotInField,
	"invalid_point":             ErrInvalidPoint,
	"pairing_failed":            ErrPairingFailed,
}

func loadSP1Fixtures(t testing.TB) []*sp1Fixture {
	dir := fixturesDir(t, "groth16")
	paths, err := filepath.Glob(filepath.Join(dir, "sp1-groth16-*.json"))
	require.NoError(t, err)
	require.Len(t, paths, 4, "want the four SP1 fixtures (v4.0.0-rc.3, v5.0.0, v6.0.0, v6.1.0) in %s", dir)
	var out []*sp1Fixture
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		f := &sp1Fixture{path: p, raw: raw}
		require.NoError(t, json.Unmarshal(raw, f), p)
		out = append(out, f)
	}
	return out
}

func (f *sp1Fixture) key(t testing.TB) *SP1VerifyingKey {
	vk, err := LoadSP1VerifyingKey(f.raw)
	require.NoError(t, err, f.path)
	return vk
}

func bigs(t testing.TB, hex []string) []*big.Int {
	out := make([]*big.Int, len(hex))
	for i, h := range hex {
		b, err := hexutil.DecodeBig(trimZeros(h))
		require.NoError(t, err, h)
		out[i] = b
	}
	return out
}

// trimZeros makes 0x-hex acceptable to hexutil.DecodeBig (no leading zeros).
func trimZeros(h string) string {
	s := h[2:]
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return "0x" + s
}

// TestSP1FixturesAccept: every real SP1 proof verifies, its derived public
// inputs equal the fixture's, and verifying twice (and concurrently) leaves
// the key's points unchanged.
func TestSP1FixturesAccept(t *testing.T) {
	for _, f := range loadSP1Fixtures(t) {
		t.Run(f.Version, func(t *testing.T) {
			vk := f.key(t)
			before := vk.marshalKey()
			p, err := vk.DecodeSP1Proof(f.Proof)
			require.NoError(t, err)
			require.Equal(t, bigs(t, f.PublicInputs), vk.PublicInputs([32]byte(f.ProgramVKey), f.PublicValues, p))
			var wg sync.WaitGroup
			errs := make([]error, 4)
			for i := range errs {
				wg.Add(1)
				go func() { defer wg.Done(); errs[i] = vk.Verify([32]byte(f.ProgramVKey), f.PublicValues, f.Proof) }()
			}
			wg.Wait()
			for _, err := range errs {
				require.NoError(t, err)
			}
			require.Equal(t, before, vk.marshalKey(), "Verify changed the verifying key")
			// A rejected proof must not change it either.
			require.Error(t, vk.Verify([32]byte(f.ProgramVKey), append([]byte{1}, f.PublicValues...), f.Proof))
			require.NoError(t, vk.Verify([32]byte(f.ProgramVKey), f.PublicValues, f.Proof))
			require.Equal(t, before, vk.marshalKey())
		})
	}
}

// TestSP1FixturesReject: proof_invalid, every tampered[] triple and every
// groth16_negative_inputs[] vector fail with the sentinel of the fixture's
// rejected_by (nr checks in the Solidity wrapper's order).
func TestSP1FixturesReject(t *testing.T) {
	for _, f := range loadSP1Fixtures(t) {
		vk := f.key(t)
		cases := append([]sp1Case{}, f.Tampered...)
		if f.Invalid != nil {
			cases = append(cases, *f.Invalid)
		}
		require.NotEmpty(t, cases)
		for _, c := range cases {
			t.Run(f.Version+"/"+c.Name, func(t *testing.T) {
				require.False(t, c.Expected.Valid)
				want := rejectedBy[c.Expected.RejectedBy]
				require.NotNil(t, want, "unknown rejected_by %q", c.Expected.RejectedBy)
				err := vk.Verify([32]byte(c.ProgramVKey), c.PublicValues, c.Proof)
				require.ErrorIs(t, err, want)
			})
		}
		p, err := vk.DecodeSP1Proof(f.Proof)
		require.NoError(t, err)
		for _, c := range f.Negative {
			t.Run(f.Version+"/inputs/"+c.Name, func(t *testing.T) {
				want := rejectedBy[c.Expected.RejectedBy]
				require.NotNil(t, want)
				require.ErrorIs(t, vk.verifyInputs(p, bigs(t, c.PublicInputs)), want)
			})
		}
	}
}

// TestSP1OwnTampering: nr's own tamperings of every valid proof, each with
// the exact sentinel: a flipped bit in every word of A, B and C and in the
// v6 exit code, vkRoot and nonce; flipped bits in the program key and the
// public values; a wrong selector; another fixture's program key; points off
// the curve and coordinates >= p; public inputs at r, above r and at r-1
// (in the field: the pairing fails instead); short, long and empty proofs.
func TestSP1OwnTampering(t *testing.T) {
	pField, _ := new(big.Int).SetString("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16)
	fixtures := loadSP1Fixtures(t)
	for fi, f := range fixtures {
		vk := f.key(t)
		key := [32]byte(f.ProgramVKey)
		pointsAt := 4
		if vk.VKRoot != nil {
			pointsAt += 96
		}
		type tc struct {
			name  string
			key   [32]byte
			pv    []byte
			proof []byte
			want  []error // any of these
		}
		flip := func(b []byte, i int) []byte { c := bytes.Clone(b); c[i] ^= 1; return c }
		var cases []tc
		for w := 0; w < 8; w++ {
			// Flip the lowest bit of each coordinate word: off the curve, or
			// on it (a different point) and the pairing fails.
			cases = append(cases, tc{name: "proof word " + string(rune('0'+w)), key: key, pv: f.PublicValues,
				proof: flip(f.Proof, pointsAt+32*w+31), want: []error{ErrInvalidPoint, ErrPairingFailed}})
		}
		if vk.VKRoot != nil {
			cases = append(cases,
				tc{"exit code bit", key, f.PublicValues, flip(f.Proof, 4+31), []error{ErrInvalidExitCode}},
				tc{"vkRoot top bit", key, f.PublicValues, flip(f.Proof, 4+32), []error{ErrInvalidVKRoot}},
				tc{"nonce top byte", key, f.PublicValues, flip(f.Proof, 4+64+1), []error{ErrPairingFailed}},
			)
		}
		other := fixtures[(fi+1)%len(fixtures)]
		setWord := func(off int, v *big.Int) []byte {
			c := bytes.Clone(f.Proof)
			v.FillBytes(c[off : off+32])
			return c
		}
		rKey := [32]byte(fieldR.FillBytes(make([]byte, 32)))
		aboveR := [32]byte(new(big.Int).Add(fieldR, big.NewInt(5)).FillBytes(make([]byte, 32)))
		rMinus1 := [32]byte(new(big.Int).Sub(fieldR, big.NewInt(1)).FillBytes(make([]byte, 32)))
		allOnes := [32]byte(bytes.Repeat([]byte{0xff}, 32))
		cases = append(cases,
			tc{"program key low bit", [32]byte(flip(key[:], 31)), f.PublicValues, f.Proof, []error{ErrPairingFailed}},
			tc{"program key top byte", [32]byte(flip(key[:], 1)), f.PublicValues, f.Proof, []error{ErrPairingFailed}},
			tc{"public values first bit", key, flip(f.PublicValues, 0), f.Proof, []error{ErrPairingFailed}},
			tc{"public values extra byte", key, append(bytes.Clone(f.PublicValues), 0), f.Proof, []error{ErrPairingFailed}},
			tc{"public values empty", key, nil, f.Proof, []error{ErrPairingFailed}},
			tc{"wrong selector", key, f.PublicValues, flip(f.Proof, 0), []error{ErrSelectorMismatch}},
			tc{"other version's selector", key, f.PublicValues, append(bytes.Clone(other.Proof[:4]), f.Proof[4:]...), []error{ErrSelectorMismatch}},
			tc{"other fixture's program key", [32]byte(other.ProgramVKey), f.PublicValues, f.Proof, []error{ErrPairingFailed}},
			tc{"program key = r", rKey, f.PublicValues, f.Proof, []error{ErrPublicInputNotInField}},
			tc{"program key = r+5", aboveR, f.PublicValues, f.Proof, []error{ErrPublicInputNotInField}},
			tc{"program key = 2^256-1", allOnes, f.PublicValues, f.Proof, []error{ErrPublicInputNotInField}},
			tc{"program key = r-1", rMinus1, f.PublicValues, f.Proof, []error{ErrPairingFailed}},
			tc{"A = (1, 1) off the curve", key, f.PublicValues, setWord(pointsAt+32, big.NewInt(1)), []error{ErrInvalidPoint}},
			tc{"A.x = p", key, f.PublicValues, setWord(pointsAt, pField), []error{ErrInvalidPoint}},
			tc{"C.y = p + C.y", key, f.PublicValues, setWord(pointsAt+224, new(big.Int).Add(pField, new(big.Int).SetBytes(f.Proof[pointsAt+224:pointsAt+256]))), []error{ErrInvalidPoint}},
			tc{"B.x_im = p", key, f.PublicValues, setWord(pointsAt+64, pField), []error{ErrInvalidPoint}},
			tc{"A at infinity", key, f.PublicValues, setWord(pointsAt+32, new(big.Int)), []error{ErrInvalidPoint, ErrPairingFailed}},
			tc{"one byte short", key, f.PublicValues, f.Proof[:len(f.Proof)-1], []error{ErrMalformedProof}},
			tc{"one trailing byte", key, f.PublicValues, append(bytes.Clone(f.Proof), 0), []error{ErrMalformedProof}},
			tc{"selector only", key, f.PublicValues, f.Proof[:4], []error{ErrMalformedProof}},
			tc{"empty proof", key, f.PublicValues, nil, []error{ErrSelectorMismatch}},
		)
		if vk.VKRoot != nil {
			cases = append(cases, tc{"nonce = r", key, f.PublicValues, setWord(4+64, fieldR), []error{ErrPublicInputNotInField}})
		}
		for _, c := range cases {
			t.Run(f.Version+"/"+c.name, func(t *testing.T) {
				err := vk.Verify(c.key, c.pv, c.proof)
				require.Error(t, err)
				matched := false
				for _, w := range c.want {
					matched = matched || errors.Is(err, w)
				}
				require.True(t, matched, "got %v, want one of %v", err, c.want)
			})
		}
	}
}

// TestSP1KeyRejects names verifying keys that must not load.
func TestSP1KeyRejects(t *testing.T) {
	f := loadSP1Fixtures(t)[0]
	var m map[string]any
	require.NoError(t, json.Unmarshal(f.raw, &m))
	edit := func(fn func(m map[string]any)) []byte {
		var c map[string]any
		require.NoError(t, json.Unmarshal(f.raw, &c))
		fn(c)
		b, err := json.Marshal(c)
		require.NoError(t, err)
		return b
	}
	vkOf := func(m map[string]any) map[string]any { return m["vk"].(map[string]any) }
	cases := map[string][]byte{
		"not json":         []byte("{"),
		"no verifier hash": edit(func(m map[string]any) { delete(m, "verifier_hash") }),
		"alpha off curve":  edit(func(m map[string]any) { vkOf(m)["alpha_g1"] = []string{"0x" + zeros(63) + "1", "0x" + zeros(63) + "1"} }),
		"beta fp2 swapped": edit(func(m map[string]any) {
			g := vkOf(m)["beta_neg_g2"].([]any)
			g[0] = []any{g[0].([]any)[1], g[0].([]any)[0]}
		}),
		"ic of 4 points":      edit(func(m map[string]any) { vkOf(m)["ic"] = append(vkOf(m)["ic"].([]any), vkOf(m)["ic"].([]any)[0]) }),
		"vk_root on 2 inputs": edit(func(m map[string]any) { m["vk_root"] = "0x" + zeros(64) }),
		"short coordinate":    edit(func(m map[string]any) { vkOf(m)["alpha_g1"] = []string{"0x01", "0x02"} }),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := LoadSP1VerifyingKey(b)
			require.ErrorIs(t, err, ErrVerifyingKey)
		})
	}
}

func zeros(n int) string { return string(bytes.Repeat([]byte{'0'}, n)) }

// TestBuiltinSP1Keys: each embedded key is the fixture's key (same points,
// selector and vkRoot) and accepts the real proof; unknown names fail.
func TestBuiltinSP1Keys(t *testing.T) {
	fixtures := loadSP1Fixtures(t)
	require.Len(t, BuiltinSP1Keys(), len(fixtures))
	for _, f := range fixtures {
		vk, err := BuiltinSP1Key("sp1-" + f.Version)
		require.NoError(t, err)
		want := f.key(t)
		require.Equal(t, want.marshalKey(), vk.marshalKey())
		require.Equal(t, want.Selector, vk.Selector)
		require.Equal(t, want.VKRoot, vk.VKRoot)
		require.NoError(t, vk.Verify([32]byte(f.ProgramVKey), f.PublicValues, f.Proof))
	}
	for _, name := range []string{"v6.1.0", "sp1-v9.9.9", "sp1-../sp1vk/v6.1.0", ""} {
		_, err := BuiltinSP1Key(name)
		require.ErrorIs(t, err, ErrVerifyingKey, name)
	}
}
