package validator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/nativerollup/nr/precompile"
)

// Call is one EXECUTE call seen on L1: the input bytes and what L1 returned.
type Call struct {
	Input []byte
	// Success is the STATICCALL's success flag; Output its return data
	// (64 bytes on success, empty on failure).
	Success bool
	Output  []byte
}

// ID is keccak256(input), the key provers file their proofs under.
func (c *Call) ID() common.Hash { return crypto.Keccak256Hash(c.Input) }

// Outcome is the on-chain result as an Outcome.
func (c *Call) Outcome() Outcome { return Outcome{Success: c.Success, Output: c.Output} }

// Result is a verifier's answer about a call.
type Result int

const (
	// Unverified: this verifier could not decide (no proof, a proof that
	// proves nothing about the call, a timeout, over the re-execution budget).
	Unverified Result = iota
	// Agree: the verifier derived the outcome L1 returned.
	Agree
	// Disagree: the verifier derived another outcome than L1's.
	Disagree
)

func (r Result) String() string {
	switch r {
	case Agree:
		return "agree"
	case Disagree:
		return "disagree"
	}
	return "unverified"
}

// Verdict is one verifier's answer.
type Verdict struct {
	Result Result
	// Reason says why, in words for an operator.
	Reason string
	// Err is the error behind the verdict, wrapping its sentinel: why it is
	// unverified, or EXECUTE's own error when the derived outcome is failure.
	Err error
	// Expected is the outcome the verifier derived; nil when it derived none.
	// (An unverified proof verdict on a call L1 failed still carries the
	// outcome the proof implies on success.)
	Expected *Outcome
	// Prover and System name the verifier: the prover id and proof system
	// from the policy, "reexec" for re-execution.
	Prover, System string
}

// Verifier decides one call whose input passed the precheck: d is
// Precheck's decoding of call.Input, which every verifier of the call reads
// (an input is decoded once per call, not once per verifier). Calls that
// fail the precheck are decided by PrecheckVerdict and never reach a
// Verifier. Implementations are safe for concurrent use, never write to d and
// honour ctx (a cancelled or expired ctx gives Unverified).
type Verifier interface {
	Verify(ctx context.Context, call *Call, d *precompile.Decoded) Verdict
}

// judge compares a derived outcome with L1's.
func judge(call *Call, expected Outcome) (Result, string) {
	got := call.Outcome()
	if got.Success == expected.Success && (!got.Success || bytes.Equal(got.Output, expected.Output)) {
		return Agree, "L1 returned " + got.String() + ", as derived"
	}
	return Disagree, fmt.Sprintf("L1 returned %s, derived %s", got, expected)
}

// PrecheckVerdict decides a call from the checks before execution
// (Precheck): an input that fails them fails on every correct node, so L1
// failing it is Agree and L1 succeeding is Disagree. For an input that passes
// it returns the decoded input and a nil verdict: proofs or re-execution decide.
func PrecheckVerdict(l1 *params.ChainConfig, call *Call) (*precompile.Decoded, *Verdict) {
	d, err := Precheck(l1, call.Input)
	if err == nil {
		return d, nil
	}
	fail := Outcome{}
	res, reason := judge(call, fail)
	return nil, &Verdict{Result: res, Reason: "input fails before execution (" + err.Error() + "); " + reason,
		Err: err, Expected: &fail, System: "precheck"}
}

// ---- proofs ----

// Proof is what a prover delivers for a call: the NewPayloadRequest it
// proved (SSZ, the schema's shape), the public values (the 43-byte SSZ
// PublicOutput) and the proof bytes (an SP1 Groth16 proof, or a 65-byte
// signature for attestations).
type Proof struct {
	Prover       string
	Call         common.Hash
	Request      []byte
	PublicValues []byte
	Data         []byte
}

// Envelope limits, from the largest envelope that can prove a call: its
// request is the block of one EXECUTE input, whose transactions fit in the
// input (at most precompile.MaxInputSize, 4 MiB) and whose other fields are
// fixed-size or bounded by them; its proof data is at most MaxProofSize
// (EIP-8025's consensus-specs bound, 4 MiB; SP1 Groth16 proofs are 260 or
// 356 bytes, attestations 65); hex doubles both; 64 KiB covers the keys,
// prover id, call, public values and whitespace. Sources refuse a larger
// envelope (ErrEnvelopeTooLarge) before reading it when its size is known,
// and never read more than MaxEnvelopeBytes+1 bytes of it.
const (
	MaxProofSize     = 4 << 20
	MaxEnvelopeBytes = 2*(precompile.MaxInputSize+MaxProofSize) + 64<<10
)

// ErrProofEnvelope is the sentinel of every proof envelope decoding failure.
var ErrProofEnvelope = errors.New("malformed proof envelope")

// ErrEnvelopeTooLarge is an envelope (a file, an HTTP body) of more than
// MaxEnvelopeBytes; it is also an ErrProofEnvelope.
var ErrEnvelopeTooLarge = fmt.Errorf("%w: more than MaxEnvelopeBytes (%d bytes)", ErrProofEnvelope, MaxEnvelopeBytes)

// ErrNoProof is what a ProofSource returns while it has no proof for a call.
var ErrNoProof = errors.New("no proof for this call yet")

type envelope struct {
	Prover       string        `json:"prover"`
	Call         common.Hash   `json:"call"`
	Request      hexutil.Bytes `json:"request"`
	PublicValues hexutil.Bytes `json:"public_values"`
	Proof        hexutil.Bytes `json:"proof"`
}

// DecodeProof parses a proof envelope, the JSON object
// {"prover", "call", "request", "public_values", "proof"} with 0x-hex byte
// fields, as provers serve it over HTTP or write it to a directory. Unknown
// fields, a missing field, trailing data and oversized parts are errors;
// keys match exactly (encoding/json alone would take "Prover" for "prover"
// and keep the last of two equal keys): a duplicate key or a case variant is
// an error.
func DecodeProof(b []byte) (*Proof, error) {
	if len(b) > MaxEnvelopeBytes {
		return nil, fmt.Errorf("%w: %d bytes", ErrEnvelopeTooLarge, len(b))
	}
	// The syntax first (json.Valid allocates nothing; on an error
	// json.Unmarshal gives the syntax error before decoding anything), then
	// the keys, scanned in place (exactly the five, once each), then the
	// values with json.Unmarshal, which reads b in place. Decoding thus
	// allocates about the decoded bytes (half the envelope at most), no
	// copy of it.
	if !json.Valid(b) {
		var v any
		return nil, fmt.Errorf("%w: %w", ErrProofEnvelope, json.Unmarshal(b, &v))
	}
	if err := envelopeKeys(b); err != nil {
		return nil, err
	}
	var e envelope
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrProofEnvelope, err)
	}
	switch {
	case e.Prover == "":
		return nil, fmt.Errorf("%w: empty prover id", ErrProofEnvelope)
	case len(e.PublicValues) != PublicOutputSize:
		return nil, fmt.Errorf("%w: public_values is %d bytes, want %d", ErrProofEnvelope, len(e.PublicValues), PublicOutputSize)
	case len(e.Proof) == 0 || len(e.Proof) > MaxProofSize:
		return nil, fmt.Errorf("%w: proof is %d bytes, want 1 to %d", ErrProofEnvelope, len(e.Proof), MaxProofSize)
	}
	return &Proof{Prover: e.Prover, Call: e.Call, Request: e.Request, PublicValues: e.PublicValues, Data: e.Proof}, nil
}

// envelopeKeys checks the top-level keys of an envelope, valid JSON: an
// object with each of the five keys exactly once and no other. It scans b in
// place.
func envelopeKeys(b []byte) error {
	i := skipSpace(b, 0)
	if b[i] != '{' {
		return fmt.Errorf("%w: not a JSON object", ErrProofEnvelope)
	}
	seen := map[string]bool{}
	for i = skipSpace(b, i+1); b[i] != '}'; i = skipSpace(b, i) {
		if b[i] == ',' {
			i = skipSpace(b, i+1)
		}
		end := jsonValueEnd(b, i) // the key, a string
		raw := b[i:end]
		if len(raw) > 128 { // far longer than any key, even escaped
			return fmt.Errorf("%w: unknown field %.40q... (keys are matched exactly)", ErrProofEnvelope, raw[1:])
		}
		var k string
		if err := json.Unmarshal(raw, &k); err != nil {
			return fmt.Errorf("%w: %w", ErrProofEnvelope, err)
		}
		switch k {
		case "prover", "call", "request", "public_values", "proof":
		default:
			return fmt.Errorf("%w: unknown field %q (keys are matched exactly)", ErrProofEnvelope, k)
		}
		if seen[k] {
			return fmt.Errorf("%w: duplicate field %q", ErrProofEnvelope, k)
		}
		seen[k] = true
		i = skipSpace(b, end)  // at ':'
		i = skipSpace(b, i+1)  // at the value
		i = jsonValueEnd(b, i) // after it
	}
	for _, k := range []string{"prover", "call", "request", "public_values", "proof"} {
		if !seen[k] {
			return fmt.Errorf("%w: missing field %q", ErrProofEnvelope, k)
		}
	}
	return nil
}

// skipSpace is the index of the first non-whitespace byte of b from i.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonValueEnd is the index just after the JSON value starting at b[i], b
// being valid JSON.
func jsonValueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		for i++; b[i] != '"'; i++ {
			if b[i] == '\\' {
				i++
			}
		}
		return i + 1
	case '{', '[':
		depth := 0
		for ; ; i++ {
			switch b[i] {
			case '"':
				i = jsonValueEnd(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
	}
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// Encode is the envelope DecodeProof reads.
func (p *Proof) Encode() []byte {
	b, err := json.Marshal(envelope{Prover: p.Prover, Call: p.Call, Request: p.Request, PublicValues: p.PublicValues, Proof: p.Data})
	if err != nil {
		panic(err) // strings and bytes always marshal
	}
	return b
}

// ProofSource fetches a prover's proof for a call (the daemon serves it from
// an HTTP endpoint or a directory). It returns ErrNoProof while there is
// none and honours ctx.
type ProofSource interface {
	Proof(ctx context.Context, prover string, call common.Hash) (*Proof, error)
}

// ProofChecker is a proof system's cryptographic check: does data prove (or
// attest) these public values? It knows nothing about EXECUTE.
type ProofChecker interface {
	Check(publicValues, data []byte) error
}

// errNotPrechecked is a Verifier given no decoded input (Precheck's).
var errNotPrechecked = errors.New("the call was not prechecked")

// ProofVerifier decides calls from one prover's proofs: fetch, check the
// proof, decode the request, Bind it to the input, compare with L1.
type ProofVerifier struct {
	Prover, System string
	L1             *params.ChainConfig
	Checker        ProofChecker
	Source         ProofSource
}

// Verify implements Verifier.
func (v *ProofVerifier) Verify(ctx context.Context, call *Call, d *precompile.Decoded) Verdict {
	verdict := func(res Result, reason string, err error, exp *Outcome) Verdict {
		return Verdict{Result: res, Reason: reason, Err: err, Expected: exp, Prover: v.Prover, System: v.System}
	}
	if d == nil {
		return verdict(Unverified, "not prechecked: decode the input with Precheck first", errNotPrechecked, nil)
	}
	id := call.ID() // keccak256 of up to 4 MiB: once
	proof, err := v.Source.Proof(ctx, v.Prover, id)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return verdict(Unverified, "no proof before the deadline: "+ctxErr.Error(), ctxErr, nil)
		}
		return verdict(Unverified, "fetching the proof: "+err.Error(), err, nil)
	}
	exp, err := v.bind(d, id, proof)
	if err != nil {
		return verdict(Unverified, "the proof proves nothing about this call: "+err.Error(), err, nil)
	}
	if !call.Success {
		// A proof covers the block, not the input's witness: L1 may have
		// failed the call for an incomplete or non-canonical witness, which a
		// proof cannot show. Only re-execution decides.
		return verdict(Unverified, "L1 failed the call, the proof says the block is valid: whether the witness fails EXECUTE needs re-execution", nil, &exp)
	}
	res, reason := judge(call, exp)
	return verdict(res, reason, nil, &exp)
}

func (v *ProofVerifier) bind(d *precompile.Decoded, id common.Hash, proof *Proof) (Outcome, error) {
	if proof.Prover != v.Prover {
		return Outcome{}, fmt.Errorf("%w: envelope is from prover %q, want %q", ErrProofEnvelope, proof.Prover, v.Prover)
	}
	if proof.Call != id {
		return Outcome{}, fmt.Errorf("%w: envelope is for call %s, want %s", ErrProofEnvelope, proof.Call.Hex(), id.Hex())
	}
	if err := v.Checker.Check(proof.PublicValues, proof.Data); err != nil {
		return Outcome{}, err
	}
	out, err := DecodePublicOutput(proof.PublicValues)
	if err != nil {
		return Outcome{}, err
	}
	schema, err := SchemaFor(v.L1, d.Input.ChainID, d.Input.Timestamp)
	if err != nil {
		return Outcome{}, err
	}
	req, err := schema.Decode(proof.Request)
	if err != nil {
		return Outcome{}, err
	}
	return Bind(v.L1, d, req, out)
}

// SP1Checker checks SP1 Groth16 proofs of one guest program (ProgramKey,
// SP1's bytes32 program vkey) whose public values are the PublicOutput.
type SP1Checker struct {
	Key        *SP1VerifyingKey
	ProgramKey [32]byte
}

// Check implements ProofChecker.
func (c *SP1Checker) Check(publicValues, data []byte) error {
	return c.Key.Verify(c.ProgramKey, publicValues, data)
}
