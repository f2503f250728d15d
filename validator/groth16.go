package validator

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto/bn256"
)

// SP1 Groth16 over BN254 on go-ethereum's crypto/bn256 alone, with the public
// inputs SP1's Solidity wrapper (sp1-contracts SP1VerifierGroth16.sol)
// derives. The checks run in the wrapper's order, so each sentinel below
// matches the first Solidity check that fails.
var (
	// ErrSelectorMismatch: the proof's first 4 bytes are not the verifying
	// key's selector (VERIFIER_HASH()[0:4]): a proof for another SP1 circuit.
	ErrSelectorMismatch = errors.New("SP1 proof selector does not match the verifying key")
	// ErrMalformedProof: the proof is not exactly the circuit's length.
	ErrMalformedProof = errors.New("malformed SP1 Groth16 proof")
	// ErrInvalidExitCode: a v6 proof with a non-zero exit code.
	ErrInvalidExitCode = errors.New("SP1 proof exit code is not 0")
	// ErrInvalidVKRoot: a v6 proof whose vkRoot is not the verifying key's.
	ErrInvalidVKRoot = errors.New("SP1 proof vkRoot does not match the verifying key")
	// ErrPublicInputNotInField: a public input >= r; never reduced.
	ErrPublicInputNotInField = errors.New("Groth16 public input is not below the BN254 scalar field modulus")
	// ErrInvalidPoint: a proof point with a coordinate >= p, off the curve or
	// outside the subgroup.
	ErrInvalidPoint = errors.New("Groth16 proof point is not a valid BN254 point")
	// ErrPairingFailed: the Groth16 pairing equation does not hold.
	ErrPairingFailed = errors.New("Groth16 pairing check failed")
	// ErrVerifyingKey: a verifying key that does not load.
	ErrVerifyingKey = errors.New("bad SP1 Groth16 verifying key")
)

// fieldR is the order r of BN254's groups, the modulus of public inputs.
var fieldR, _ = new(big.Int).SetString("30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", 16)

// digestMask is 2^253 - 1: SP1 clears the top 3 bits of sha256(publicValues).
var digestMask = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 253), big.NewInt(1))

// Proof lengths: selector || abi.encode(uint256[8]) for 2-input circuits (v4,
// v5); selector || abi.encode(exitCode, vkRoot, nonce, uint256[8]) for v6.
const (
	sp1ProofLenV4 = 4 + 8*32
	sp1ProofLenV6 = 4 + 3*32 + 8*32
)

// SP1VerifyingKey is one SP1 Groth16 circuit's verifying key with the wrapper
// constants. Its points are parsed once and only read by Verify, so one key
// is safe for concurrent use.
type SP1VerifyingKey struct {
	Version  string
	Selector [4]byte
	// VKRoot is VK_ROOT() of v6 circuits (5 public inputs); nil for v4/v5.
	VKRoot *[32]byte

	alpha                       *bn256.G1
	betaNeg, gammaNeg, deltaNeg *bn256.G2
	ic                          []*bn256.G1
}

// sp1VKFile is the JSON layout of the fixtures in fixtures/groth16 (their
// README): hex coordinates, G2 as [[x_c0, x_c1], [y_c0, y_c1]].
type sp1VKFile struct {
	Version      string `json:"version"`
	VerifierHash string `json:"verifier_hash"`
	VKRoot       string `json:"vk_root"`
	VK           struct {
		Alpha    [2]string    `json:"alpha_g1"`
		BetaNeg  [2][2]string `json:"beta_neg_g2"`
		GammaNeg [2][2]string `json:"gamma_neg_g2"`
		DeltaNeg [2][2]string `json:"delta_neg_g2"`
		IC       [][2]string  `json:"ic"`
	} `json:"vk"`
}

// LoadSP1VerifyingKey reads a verifying key in the fixtures' JSON layout
// (verifier_hash, vk_root for v6, vk.alpha_g1, vk.{beta,gamma,delta}_neg_g2,
// vk.ic), the constants of sp1-contracts' Groth16Verifier.sol and
// SP1VerifierGroth16.sol. Other fields are ignored.
func LoadSP1VerifyingKey(data []byte) (*SP1VerifyingKey, error) {
	var f sp1VKFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrVerifyingKey, err)
	}
	hash, err := hexutil.Decode(f.VerifierHash)
	if err != nil || len(hash) != 32 {
		return nil, fmt.Errorf("%w: verifier_hash %q is not 32 bytes of 0x hex", ErrVerifyingKey, f.VerifierHash)
	}
	vk := &SP1VerifyingKey{Version: f.Version, Selector: [4]byte(hash[:4])}
	if vk.alpha, err = g1FromHex(f.VK.Alpha); err != nil {
		return nil, fmt.Errorf("%w: alpha_g1: %w", ErrVerifyingKey, err)
	}
	for name, dst := range map[string]struct {
		src [2][2]string
		p   **bn256.G2
	}{"beta_neg_g2": {f.VK.BetaNeg, &vk.betaNeg}, "gamma_neg_g2": {f.VK.GammaNeg, &vk.gammaNeg}, "delta_neg_g2": {f.VK.DeltaNeg, &vk.deltaNeg}} {
		if *dst.p, err = g2FromHex(dst.src); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrVerifyingKey, name, err)
		}
	}
	switch len(f.VK.IC) {
	case 3:
		if f.VKRoot != "" {
			return nil, fmt.Errorf("%w: vk_root given for a 2-input (v4/v5) circuit", ErrVerifyingKey)
		}
	case 6:
		root, err := hexutil.Decode(f.VKRoot)
		if err != nil || len(root) != 32 {
			return nil, fmt.Errorf("%w: a 5-input (v6) circuit needs vk_root as 32 bytes of 0x hex, got %q", ErrVerifyingKey, f.VKRoot)
		}
		vk.VKRoot = (*[32]byte)(root)
	default:
		return nil, fmt.Errorf("%w: ic has %d points; SP1 circuits have 3 (v4, v5) or 6 (v6)", ErrVerifyingKey, len(f.VK.IC))
	}
	for i, p := range f.VK.IC {
		g, err := g1FromHex(p)
		if err != nil {
			return nil, fmt.Errorf("%w: ic[%d]: %w", ErrVerifyingKey, i, err)
		}
		vk.ic = append(vk.ic, g)
	}
	return vk, nil
}

func word(s string) ([]byte, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		return nil, fmt.Errorf("coordinate %q is not 32 bytes of 0x hex", s)
	}
	return b, nil
}

func g1FromHex(p [2]string) (*bn256.G1, error) {
	var buf []byte
	for _, c := range p {
		w, err := word(c)
		if err != nil {
			return nil, err
		}
		buf = append(buf, w...)
	}
	g := new(bn256.G1)
	if _, err := g.Unmarshal(buf); err != nil {
		return nil, err
	}
	return g, nil
}

// g2FromHex takes [[x_c0, x_c1], [y_c0, y_c1]] and feeds bn256 its order,
// x_c1 || x_c0 || y_c1 || y_c0 (EIP-197).
func g2FromHex(p [2][2]string) (*bn256.G2, error) {
	var buf []byte
	for _, coord := range p {
		for _, c := range []string{coord[1], coord[0]} {
			w, err := word(c)
			if err != nil {
				return nil, err
			}
			buf = append(buf, w...)
		}
	}
	g := new(bn256.G2)
	if _, err := g.Unmarshal(buf); err != nil {
		return nil, err
	}
	return g, nil
}

// SP1Proof is a decoded SP1 Groth16 proof: the points and, for v6, the three
// extra public inputs the proof carries.
type SP1Proof struct {
	A, C                    []byte // 64 bytes each, x || y
	B                       []byte // 128 bytes, EIP-197 order
	ExitCode, VKRoot, Nonce *[32]byte
}

// DecodeSP1Proof splits proof bytes for vk's circuit: the selector must match
// (ErrSelectorMismatch) and the length must be exact (ErrMalformedProof; the
// Solidity wrapper ignores trailing bytes, nr rejects them so that one proof
// has one encoding). It does not parse the points.
func (vk *SP1VerifyingKey) DecodeSP1Proof(proof []byte) (*SP1Proof, error) {
	if len(proof) < 4 || !bytes.Equal(proof[:4], vk.Selector[:]) {
		return nil, fmt.Errorf("%w: proof starts %x, the %s key's selector is %x (a proof for another SP1 version?)",
			ErrSelectorMismatch, proof[:min(4, len(proof))], vk.Version, vk.Selector)
	}
	want := sp1ProofLenV4
	if vk.VKRoot != nil {
		want = sp1ProofLenV6
	}
	if len(proof) != want {
		return nil, fmt.Errorf("%w: %d bytes, the %s circuit's proofs are exactly %d", ErrMalformedProof, len(proof), vk.Version, want)
	}
	body := proof[4:]
	p := &SP1Proof{}
	if vk.VKRoot != nil {
		p.ExitCode, p.VKRoot, p.Nonce = (*[32]byte)(body[0:32]), (*[32]byte)(body[32:64]), (*[32]byte)(body[64:96])
		body = body[96:]
	}
	p.A, p.B, p.C = body[0:64], body[64:192], body[192:256]
	return p, nil
}

// PublicInputs derives SP1's public inputs: uint256(programVKey),
// uint256(sha256(publicValues)) & (2^253-1), and for v6 exitCode, vkRoot and
// nonce from the proof. It does not check them against r.
func (vk *SP1VerifyingKey) PublicInputs(programVKey [32]byte, publicValues []byte, p *SP1Proof) []*big.Int {
	digest := sha256.Sum256(publicValues)
	in := []*big.Int{
		new(big.Int).SetBytes(programVKey[:]),
		new(big.Int).And(new(big.Int).SetBytes(digest[:]), digestMask),
	}
	if p.ExitCode != nil {
		in = append(in, new(big.Int).SetBytes(p.ExitCode[:]), new(big.Int).SetBytes(p.VKRoot[:]), new(big.Int).SetBytes(p.Nonce[:]))
	}
	return in
}

// Verify checks an SP1 Groth16 proof of programVKey with publicValues, as
// sp1-contracts' verifyProof does (plus the exact-length rule): selector,
// length, v6 exit code and vkRoot, every public input < r, points valid, and
// e(A,B)·e(C,-δ)·e(α,-β)·e(L,-γ) = 1 with L = ic[0] + Σ in[i]·ic[i+1].
func (vk *SP1VerifyingKey) Verify(programVKey [32]byte, publicValues, proof []byte) error {
	p, err := vk.DecodeSP1Proof(proof)
	if err != nil {
		return err
	}
	if p.ExitCode != nil {
		if *p.ExitCode != ([32]byte{}) {
			return fmt.Errorf("%w: exit code %x", ErrInvalidExitCode, p.ExitCode[:])
		}
		if *p.VKRoot != *vk.VKRoot {
			return fmt.Errorf("%w: proof has %x, key has %x", ErrInvalidVKRoot, p.VKRoot[:], vk.VKRoot[:])
		}
	}
	return vk.verifyInputs(p, vk.PublicInputs(programVKey, publicValues, p))
}

// verifyInputs is the Groth16 check of p against raw public inputs.
func (vk *SP1VerifyingKey) verifyInputs(p *SP1Proof, inputs []*big.Int) error {
	if len(inputs) != len(vk.ic)-1 {
		return fmt.Errorf("%w: %d public inputs, the %s circuit takes %d", ErrMalformedProof, len(inputs), vk.Version, len(vk.ic)-1)
	}
	for i, x := range inputs {
		if x.Sign() < 0 || x.Cmp(fieldR) >= 0 {
			return fmt.Errorf("%w: input %d is %#x", ErrPublicInputNotInField, i, x)
		}
	}
	a, c := new(bn256.G1), new(bn256.G1)
	if _, err := a.Unmarshal(p.A); err != nil {
		return fmt.Errorf("%w: A: %w", ErrInvalidPoint, err)
	}
	b := new(bn256.G2)
	if _, err := b.Unmarshal(p.B); err != nil {
		return fmt.Errorf("%w: B: %w", ErrInvalidPoint, err)
	}
	if _, err := c.Unmarshal(p.C); err != nil {
		return fmt.Errorf("%w: C: %w", ErrInvalidPoint, err)
	}
	l := vk.combine(inputs)
	if !bn256.PairingCheck([]*bn256.G1{a, c, vk.alpha, l}, []*bn256.G2{b, vk.deltaNeg, vk.betaNeg, vk.gammaNeg}) {
		return ErrPairingFailed
	}
	return nil
}

// combine is L = ic[0] + Σ inputs[i]·ic[i+1], built in fresh points: the
// key's points are only ever read. inputs are already checked below r.
func (vk *SP1VerifyingKey) combine(inputs []*big.Int) *bn256.G1 {
	l := new(bn256.G1)
	l.Add(vk.ic[0], identityG1())
	for i, x := range inputs {
		term, sum := new(bn256.G1), new(bn256.G1)
		term.ScalarMult(vk.ic[i+1], x)
		sum.Add(l, term)
		l = sum
	}
	return l
}

// identityG1 is the point at infinity (bn256 marshals it as 64 zero bytes).
func identityG1() *bn256.G1 {
	g := new(bn256.G1)
	if _, err := g.Unmarshal(make([]byte, 64)); err != nil {
		panic(err)
	}
	return g
}

// PairingInput is the 768-byte ecPairing (0x08) input of the same check
// Verify runs: (A, B), (C, -δ), (α, -β), (L, -γ). For benchmarks and for
// cross-checking against the precompile.
func (vk *SP1VerifyingKey) PairingInput(programVKey [32]byte, publicValues, proof []byte) ([]byte, error) {
	p, err := vk.DecodeSP1Proof(proof)
	if err != nil {
		return nil, err
	}
	inputs := vk.PublicInputs(programVKey, publicValues, p)
	for i, x := range inputs {
		if x.Cmp(fieldR) >= 0 {
			return nil, fmt.Errorf("%w: input %d is %#x", ErrPublicInputNotInField, i, x)
		}
	}
	l := vk.combine(inputs)
	var out []byte
	out = append(out, p.A...)
	out = append(out, p.B...)
	out = append(out, p.C...)
	out = append(out, vk.deltaNeg.Marshal()...)
	out = append(out, vk.alpha.Marshal()...)
	out = append(out, vk.betaNeg.Marshal()...)
	out = append(out, l.Marshal()...)
	out = append(out, vk.gammaNeg.Marshal()...)
	return out, nil
}

// marshalKey is the key's points as bytes, to show Verify never changes them.
func (vk *SP1VerifyingKey) marshalKey() []byte {
	out := append([]byte{}, vk.alpha.Marshal()...)
	for _, g := range []*bn256.G2{vk.betaNeg, vk.gammaNeg, vk.deltaNeg} {
		out = append(out, g.Marshal()...)
	}
	for _, g := range vk.ic {
		out = append(out, g.Marshal()...)
	}
	return out
}
