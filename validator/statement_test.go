package validator

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/execute"
	"github.com/stretchr/testify/require"
)

// vectors loads the committed EXECUTE vectors (tests/vectors/execute) below
// maxSize input bytes, so the package's tests stay fast.
func vectors(t testing.TB, kind string, maxSize int) []execute.Vector {
	all, err := execute.LoadDir(filepath.Join("..", "tests", "vectors", "execute"))
	require.NoError(t, err)
	var out []execute.Vector
	for _, v := range all {
		if (kind == "" || v.Kind == kind) && len(v.Input) <= maxSize {
			out = append(out, v)
		}
	}
	require.NotEmpty(t, out)
	return out
}

// proven is an EXECUTE input with the NewPayloadRequest of the block it
// describes, as an honest prover would build it, and its public output.
type proven struct {
	vector  execute.Vector
	decoded *precompile.Decoded
	req     *NewPayloadRequest
	out     *PublicOutput
}

func prove(t testing.TB, v execute.Vector) *proven {
	l1 := l2.L1Config()
	d, err := Precheck(l1, v.Input)
	require.NoError(t, err, v.Name)
	verdict, err := precompile.NewExecute(l1).Verify(context.Background(), v.Input)
	require.NoError(t, err, v.Name)
	req, err := RequestFromBlock(verdict.Result.Header, d.Transactions, verdict.Result.Requests)
	require.NoError(t, err)
	schema, err := SchemaFor(l1, d.Input.ChainID, d.Input.Timestamp)
	require.NoError(t, err)
	return &proven{vector: v, decoded: d, req: req, out: &PublicOutput{
		NewPayloadRequestRoot: schema.Root(req), SuccessfulValidation: true, ChainID: d.Input.ChainID, SchemaID: schema.ID,
	}}
}

// TestBindVectors: for every valid and false vector, the honest prover's
// request binds to exactly the output EXECUTE returned (valid and false
// alike), and the request survives an SSZ round trip.
func TestBindVectors(t *testing.T) {
	l1 := l2.L1Config()
	n := 0
	for _, kind := range []string{"valid", "false"} {
		for _, v := range vectors(t, kind, 64<<10) {
			t.Run(v.Name, func(t *testing.T) {
				p := prove(t, v)
				require.Equal(t, SchemaOsaka, p.out.SchemaID, "nr's pinned L1 runs Osaka from genesis")
				got, err := Bind(l1, p.decoded, p.req, p.out)
				require.NoError(t, err)
				require.Equal(t, Outcome{Success: true, Output: v.Output}, got)
				var back NewPayloadRequest
				require.NoError(t, back.UnmarshalSSZ(p.req.MarshalSSZ()))
				require.Equal(t, p.out.NewPayloadRequestRoot, back.HashTreeRoot())
			})
			n++
		}
	}
	require.GreaterOrEqual(t, n, 10)
}

// TestBindRejects: every way a proof's payload or public output can fail to
// describe the call gives its sentinel, never an outcome.
func TestBindRejects(t *testing.T) {
	l1 := l2.L1Config()
	base := prove(t, vectors(t, "valid", 64<<10)[0])
	require.NotEmpty(t, base.req.ExecutionPayload.Transactions, "want a vector with transactions")
	type edit func(r *NewPayloadRequest, o *PublicOutput)
	// Payload edits re-root the request, as a prover proving another block would.
	payload := func(f func(r *NewPayloadRequest)) edit {
		return func(r *NewPayloadRequest, o *PublicOutput) { f(r); o.NewPayloadRequestRoot = r.HashTreeRoot() }
	}
	cases := []struct {
		name string
		edit edit
		want error
	}{
		{"schema id Prague on an Osaka block", func(_ *NewPayloadRequest, o *PublicOutput) { o.SchemaID = SchemaPrague }, ErrSchemaMismatch},
		{"schema id Amsterdam", func(_ *NewPayloadRequest, o *PublicOutput) { o.SchemaID = 0x1501 }, ErrSchemaMismatch},
		{"chain id", func(_ *NewPayloadRequest, o *PublicOutput) { o.ChainID++ }, ErrChainIDMismatch},
		{"root of another request", func(_ *NewPayloadRequest, o *PublicOutput) { o.NewPayloadRequestRoot[0] ^= 1 }, ErrRootMismatch},
		{"request edited after proving", func(r *NewPayloadRequest, _ *PublicOutput) { r.ExecutionPayload.GasUsed++ }, ErrRootMismatch},
		{"parent hash", payload(func(r *NewPayloadRequest) { r.ExecutionPayload.ParentHash[0] ^= 1 }), ErrPayloadMismatch},
		{"fee recipient", payload(func(r *NewPayloadRequest) { r.ExecutionPayload.FeeRecipient[0] ^= 1 }), ErrPayloadMismatch},
		{"prev randao", payload(func(r *NewPayloadRequest) { r.ExecutionPayload.PrevRandao[0] ^= 1 }), ErrPayloadMismatch},
		{"gas limit", payload(func(r *NewPayloadRequest) { r.ExecutionPayload.GasLimit++ }), ErrPayloadMismatch},
		{"timestamp", payload(func(r *NewPayloadRequest) { r.ExecutionPayload.Timestamp++ }), ErrPayloadMismatch},
		{"extra data", payload(func(r *NewPayloadRequest) { r.ExecutionPayload.ExtraData = append(r.ExecutionPayload.ExtraData, 1) }), ErrPayloadMismatch},
		{"anchor", payload(func(r *NewPayloadRequest) { r.ParentBeaconBlockRoot[0] ^= 1 }), ErrPayloadMismatch},
		{"a withdrawal", payload(func(r *NewPayloadRequest) { r.ExecutionPayload.Withdrawals = []Withdrawal{{Amount: 1}} }), ErrPayloadMismatch},
		{"a versioned hash", payload(func(r *NewPayloadRequest) { r.VersionedHashes = []common.Hash{{1}} }), ErrPayloadMismatch},
		{"blob gas", payload(func(r *NewPayloadRequest) { r.ExecutionPayload.BlobGasUsed = 131072 }), ErrPayloadMismatch},
		{"a transaction dropped", payload(func(r *NewPayloadRequest) {
			r.ExecutionPayload.Transactions = r.ExecutionPayload.Transactions[1:]
		}), ErrPayloadMismatch},
		{"a transaction changed", payload(func(r *NewPayloadRequest) {
			tx := bytes.Clone(r.ExecutionPayload.Transactions[0])
			tx[len(tx)-1] ^= 1
			r.ExecutionPayload.Transactions[0] = tx
		}), ErrPayloadMismatch},
		{"a transaction added", payload(func(r *NewPayloadRequest) {
			r.ExecutionPayload.Transactions = append(r.ExecutionPayload.Transactions, r.ExecutionPayload.Transactions[0])
		}), ErrPayloadMismatch},
		{"successful_validation false", func(_ *NewPayloadRequest, o *PublicOutput) { o.SuccessfulValidation = false }, ErrNotValidated},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var req NewPayloadRequest
			require.NoError(t, req.UnmarshalSSZ(base.req.MarshalSSZ()))
			out := *base.out
			c.edit(&req, &out)
			got, err := Bind(l1, base.decoded, &req, &out)
			require.ErrorIs(t, err, c.want)
			require.Equal(t, Outcome{}, got)
		})
	}
	// Requests are not the input's to fix: any content binds (spec/execute.md, "Requests").
	var req NewPayloadRequest
	require.NoError(t, req.UnmarshalSSZ(base.req.MarshalSSZ()))
	req.ExecutionRequests.Withdrawals = []WithdrawalRequest{{Amount: 9}}
	out := *base.out
	out.NewPayloadRequestRoot = req.HashTreeRoot()
	_, err := Bind(l1, base.decoded, &req, &out)
	require.NoError(t, err)
}

func TestPublicOutputCodec(t *testing.T) {
	o := PublicOutput{NewPayloadRequestRoot: common.HexToHash("0xabcd"), SuccessfulValidation: true, ChainID: 901, SchemaID: SchemaOsaka}
	b := o.MarshalSSZ()
	require.Len(t, b, PublicOutputSize)
	require.Equal(t, []byte{0x01, 0x12}, b[41:], "schema id little-endian")
	back, err := DecodePublicOutput(b)
	require.NoError(t, err)
	require.Equal(t, o, *back)
	// The plain-container root, computed by hand: four chunks, two levels.
	var okChunk, chain, schema [32]byte
	okChunk[0], chain[0], chain[1], schema[0], schema[1] = 1, 0x85, 0x03, 0x01, 0x12
	require.Equal(t, common.Hash(hashPair(hashPair(o.NewPayloadRequestRoot, okChunk), hashPair(chain, schema))), o.HashTreeRoot())
	for name, bad := range map[string][]byte{
		"42 bytes": b[:42], "44 bytes": append(bytes.Clone(b), 0), "empty": nil,
		"bool 2": func() []byte { c := bytes.Clone(b); c[32] = 2; return c }(),
	} {
		_, err := DecodePublicOutput(bad)
		require.ErrorIs(t, err, ErrPublicOutput, name)
	}
}

// memSource serves proofs from memory; a missing one is ErrNoProof, or, with
// block set, waits for ctx to end (a prover that never answers).
type memSource struct {
	mu     sync.Mutex
	proofs map[string]*Proof
	block  bool
}

func (s *memSource) Proof(ctx context.Context, prover string, call common.Hash) (*Proof, error) {
	s.mu.Lock()
	p := s.proofs[prover+call.Hex()]
	s.mu.Unlock()
	if p != nil {
		return p, nil
	}
	if s.block {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return nil, ErrNoProof
}

func (s *memSource) put(p *Proof) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proofs == nil {
		s.proofs = map[string]*Proof{}
	}
	s.proofs[p.Prover+p.Call.Hex()] = p
}

func attested(t testing.TB, key *ecdsa.PrivateKey, prover string, p *proven, out *PublicOutput) *Proof {
	pv := out.MarshalSSZ()
	sig, err := Attest(key, pv)
	require.NoError(t, err)
	call := Call{Input: p.vector.Input}
	return &Proof{Prover: prover, Call: call.ID(), Request: p.req.MarshalSSZ(), PublicValues: pv, Data: sig}
}

// TestProofVerifier drives attestation provers end to end, through the proof
// envelope codec, and k-of-n on top: two distinct systems agree; L1's output
// with valid flipped or another block hash is a disagreement; a failed L1
// call, a wrong signer, a false validation, a missing or late proof, a proof
// for another call and a malformed input are all unverified.
func TestProofVerifier(t *testing.T) {
	l1 := l2.L1Config()
	p := prove(t, vectors(t, "valid", 64<<10)[0])
	keyA, _ := crypto.GenerateKey()
	keyB, _ := crypto.GenerateKey()
	stranger, _ := crypto.GenerateKey()
	src := &memSource{}
	mk := func(id, system string, key *ecdsa.PrivateKey) *ProofVerifier {
		return &ProofVerifier{Prover: id, System: system, L1: l1, Source: src,
			Checker: &AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}}
	}
	va, vb := mk("tee-a", "sgx", keyA), mk("tee-b", "tdx", keyB)
	for _, pr := range []*Proof{attested(t, keyA, "tee-a", p, p.out), attested(t, keyB, "tee-b", p, p.out)} {
		back, err := DecodeProof(pr.Encode())
		require.NoError(t, err)
		src.put(back)
	}
	ctx := context.Background()
	call := &Call{Input: p.vector.Input, Success: true, Output: p.vector.Output}
	a, b := va.Verify(ctx, call, p.decoded), vb.Verify(ctx, call, p.decoded)
	require.Equal(t, Agree, a.Result, a.Reason)
	require.Equal(t, Agree, b.Result, b.Reason)
	policy := &Policy{Mode: ModeProofs, K: 2, OnDisagreement: DisagreeHalt,
		Provers: []Prover{{ID: "tee-a", System: "sgx"}, {ID: "tee-b", System: "tdx"}}}
	d := Decide(policy, nil, []Verdict{a, b}, nil)
	require.Equal(t, Agree, d.Result, d.Reason)
	require.Equal(t, []string{"sgx", "tdx"}, d.Systems)

	flipped := bytes.Clone(p.vector.Output)
	flipped[31] ^= 1
	otherHash := bytes.Clone(p.vector.Output)
	otherHash[63] ^= 1
	for name, out := range map[string][]byte{"valid flipped": flipped, "other block hash": otherHash} {
		bad := &Call{Input: p.vector.Input, Success: true, Output: out}
		a, b := va.Verify(ctx, bad, p.decoded), vb.Verify(ctx, bad, p.decoded)
		require.Equal(t, Disagree, a.Result, name)
		d := Decide(policy, nil, []Verdict{a, b}, nil)
		require.Equal(t, Disagree, d.Result, name)
		require.Equal(t, AlarmHalt, d.Alarm, name)
	}
	failed := va.Verify(ctx, &Call{Input: p.vector.Input}, p.decoded)
	require.Equal(t, Unverified, failed.Result)
	require.NotNil(t, failed.Expected, "the proof still derives the success output")

	// A prover that signs with a key not on its allow-list.
	src.put(attested(t, stranger, "tee-a", p, p.out))
	got := va.Verify(ctx, call, p.decoded)
	require.Equal(t, Unverified, got.Result)
	require.ErrorIs(t, got.Err, ErrAttestationSigner)

	// successful_validation = false, correctly signed.
	f := *p.out
	f.SuccessfulValidation = false
	src.put(attested(t, keyA, "tee-a", p, &f))
	got = va.Verify(ctx, call, p.decoded)
	require.ErrorIs(t, got.Err, ErrNotValidated)
	require.Equal(t, Unverified, got.Result)

	// An envelope filed under this call but naming another.
	wrong := attested(t, keyA, "tee-a", p, p.out)
	wrong.Call[0] ^= 1
	src.proofs["tee-a"+call.ID().Hex()] = wrong
	got = va.Verify(ctx, call, p.decoded)
	require.ErrorIs(t, got.Err, ErrProofEnvelope)

	// No proof yet; a prover that never answers before the deadline.
	got = mk("tee-c", "sev", keyA).Verify(ctx, call, p.decoded)
	require.ErrorIs(t, got.Err, ErrNoProof)
	slow := &ProofVerifier{Prover: "tee-c", System: "sev", L1: l1, Source: &memSource{block: true}, Checker: va.Checker}
	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	got = slow.Verify(tctx, call, p.decoded)
	require.Equal(t, Unverified, got.Result)
	require.ErrorIs(t, got.Err, context.DeadlineExceeded)

	// An input that fails before execution is the precheck's: it never
	// reaches a proof verifier.
	malformed := &Call{Input: []byte{1, 2, 3}}
	dec, pre := PrecheckVerdict(l1, malformed)
	require.Nil(t, dec)
	require.Equal(t, Agree, pre.Result)
	require.ErrorIs(t, pre.Err, precompile.ErrMalformedInput)
	_, pre = PrecheckVerdict(l1, &Call{Input: []byte{1, 2, 3}, Success: true, Output: p.vector.Output})
	require.Equal(t, Disagree, pre.Result)
}

// TestSP1ProofOfOtherOutput: a real, valid SP1 proof whose public values are
// not an EIP-8025 output (the fixtures prove Fibonacci) passes the pairing
// and still proves nothing about a call.
func TestSP1ProofOfOtherOutput(t *testing.T) {
	f := loadSP1Fixtures(t)[2]
	p := prove(t, vectors(t, "valid", 64<<10)[0])
	call := &Call{Input: p.vector.Input, Success: true, Output: p.vector.Output}
	src := &memSource{}
	src.put(&Proof{Prover: "sp1", Call: call.ID(), Request: p.req.MarshalSSZ(), PublicValues: f.PublicValues, Data: f.Proof})
	v := &ProofVerifier{Prover: "sp1", System: "sp1", L1: l2.L1Config(), Source: src,
		Checker: &SP1Checker{Key: f.key(t), ProgramKey: [32]byte(f.ProgramVKey)}}
	got := v.Verify(context.Background(), call, p.decoded)
	require.Equal(t, Unverified, got.Result)
	require.ErrorIs(t, got.Err, ErrPublicOutput)
	// With another program key the pairing itself fails first.
	v.Checker = &SP1Checker{Key: f.key(t), ProgramKey: [32]byte{1}}
	got = v.Verify(context.Background(), call, p.decoded)
	require.ErrorIs(t, got.Err, ErrPairingFailed)
}

// TestReexecVerifier: every committed vector (valid, false and failure,
// under 64 KiB) is decided as recorded: by the precheck, for a failure
// found before execution, else by re-execution of the precheck's decoding;
// flipping L1's success flag or output bytes is a disagreement. Decoding
// once and executing the decoding (Decode, VerifyDecoded) gives what the
// precompile's Verify gives on the bytes, error included.
func TestReexecVerifier(t *testing.T) {
	l1 := l2.L1Config()
	r, exec := NewReexecVerifier(l1), precompile.NewExecute(l1)
	ctx := context.Background()
	verify := func(c *Call) Verdict {
		d, pre := PrecheckVerdict(l1, c)
		if pre != nil {
			return *pre
		}
		return r.Verify(ctx, c, d)
	}
	for _, v := range vectors(t, "", 64<<10) {
		t.Run(v.Name, func(t *testing.T) {
			got := verify(&Call{Input: v.Input, Success: v.Success, Output: v.Output})
			require.Equal(t, Agree, got.Result, got.Reason)
			if got.System != "precheck" {
				require.Equal(t, ReexecSystem, got.System)
			}
			flipped := verify(&Call{Input: v.Input, Success: !v.Success, Output: flipIfAny(v.Output)})
			require.Equal(t, Disagree, flipped.Result)
			if v.Success {
				out := bytes.Clone(v.Output)
				out[40] ^= 0x80
				require.Equal(t, Disagree, verify(&Call{Input: v.Input, Success: true, Output: out}).Result)
			}

			want, wantErr := exec.Verify(ctx, v.Input)
			d, err := exec.Decode(v.Input)
			if err == nil {
				var res *precompile.Verdict
				res, err = exec.VerifyDecoded(ctx, d)
				if err == nil {
					require.NoError(t, wantErr)
					require.Equal(t, want.Output(), res.Output())
					return
				}
			}
			require.Error(t, wantErr)
			require.Equal(t, wantErr.Error(), err.Error())
		})
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	v := vectors(t, "valid", 64<<10)[0]
	call := &Call{Input: v.Input, Success: true, Output: v.Output}
	d, pre := PrecheckVerdict(l1, call)
	require.Nil(t, pre)
	got := r.Verify(cctx, call, d)
	require.Equal(t, Unverified, got.Result)
	require.True(t, errors.Is(got.Err, context.Canceled))
}

func flipIfAny(b []byte) []byte {
	if len(b) == 0 {
		return make([]byte, 64)
	}
	return nil
}

// TestJudge runs whole calls through Judge: k = 2 attestation systems
// decide a call without re-execution; with one system silent, hybrid
// re-executes within the budget and reports over it; a malformed input is
// decided by the precheck; reexec mode ignores provers.
func TestJudge(t *testing.T) {
	l1 := l2.L1Config()
	p := prove(t, vectors(t, "valid", 64<<10)[0])
	keyA, _ := crypto.GenerateKey()
	keyB, _ := crypto.GenerateKey()
	src := &memSource{block: true} // a missing proof waits for the timeout
	src.put(attested(t, keyA, "tee-a", p, p.out))
	policy := &Policy{Mode: ModeHybrid, K: 2, ReexecGasCap: 60_000_000, ProofTimeout: 50 * time.Millisecond, OnDisagreement: DisagreeHalt,
		Provers: []Prover{
			{ID: "tee-a", System: "sgx", Checker: &AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(keyA.PublicKey)}}},
			{ID: "tee-b", System: "tdx", Checker: &AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(keyB.PublicKey)}}},
		}}
	verifiers := policy.ProofVerifiers(l1, func(Prover) ProofSource { return src })
	reexec := NewReexecVerifier(l1)
	call := &Call{Input: p.vector.Input, Success: true, Output: p.vector.Output}
	ctx := context.Background()

	// tee-b is silent: 1 of 2 systems, re-execution decides.
	budget := &ReexecBudget{Cap: policy.ReexecGasCap}
	d, used := Judge(ctx, policy, l1, call, verifiers, reexec, budget)
	require.Equal(t, Agree, d.Result, d.Reason)
	require.Contains(t, d.Reason, "re-execution")
	require.Len(t, used, 3)
	require.ErrorIs(t, used[1].Err, context.DeadlineExceeded)
	require.Equal(t, p.decoded.Input.GasLimit, budget.Used)

	// Over the budget: unverified, nothing re-executed.
	small := &ReexecBudget{Cap: p.decoded.Input.GasLimit - 1}
	d, _ = Judge(ctx, policy, l1, call, verifiers, reexec, small)
	require.Equal(t, Unverified, d.Result)
	require.Contains(t, d.Reason, "reexec.gas_cap")
	require.Zero(t, small.Used)

	// Both systems deliver: decided by proofs, the budget untouched.
	src.put(attested(t, keyB, "tee-b", p, p.out))
	budget = &ReexecBudget{Cap: policy.ReexecGasCap}
	d, _ = Judge(ctx, policy, l1, call, verifiers, reexec, budget)
	require.Equal(t, Agree, d.Result, d.Reason)
	require.Equal(t, []string{"sgx", "tdx"}, d.Systems)
	require.Zero(t, budget.Used)
	bad := &Call{Input: p.vector.Input, Success: true, Output: append(bytes.Clone(p.vector.Output[:32]), make([]byte, 32)...)}
	d, _ = Judge(ctx, policy, l1, bad, verifiers, reexec, budget)
	require.Equal(t, Disagree, d.Result, d.Reason)
	require.Equal(t, AlarmHalt, d.Alarm)

	// The precheck decides a malformed input alone.
	d, used = Judge(ctx, policy, l1, &Call{Input: []byte{0}, Success: true, Output: p.vector.Output}, verifiers, reexec, budget)
	require.Equal(t, Disagree, d.Result)
	require.Len(t, used, 1)

	// reexec mode never asks the provers.
	re := *policy
	re.Mode = ModeReexec
	d, used = Judge(ctx, &re, l1, call, verifiers, reexec, &ReexecBudget{Cap: re.ReexecGasCap})
	require.Equal(t, Agree, d.Result)
	require.Len(t, used, 1)
	require.Equal(t, ReexecSystem, used[0].System)
}

// TestRequestsFromEIP7685: the valid-requests vector's block carries
// EIP-7685 requests; they land in ExecutionRequests (and so in the root),
// and malformed request bytes are errors.
func TestRequestsFromEIP7685(t *testing.T) {
	var found bool
	for _, v := range vectors(t, "valid", 64<<10) {
		verdict, err := precompile.NewExecute(l2.L1Config()).Verify(context.Background(), v.Input)
		require.NoError(t, err)
		n := 0
		for _, r := range verdict.Result.Requests {
			n += len(r) - 1
		}
		if n == 0 {
			continue
		}
		found = true
		reqs, err := RequestsFromEIP7685(verdict.Result.Requests)
		require.NoError(t, err, v.Name)
		got := len(reqs.Deposits)*depositRequestSize + len(reqs.Withdrawals)*withdrawalRequestSize + len(reqs.Consolidations)*consolidationRequestSize
		require.Equal(t, n, got, "%s: every request byte in a request", v.Name)
	}
	require.True(t, found, "want a valid vector whose block carries requests (valid-requests)")
	for name, bad := range map[string][][]byte{
		"empty request":          {{}},
		"type 3":                 {{3}},
		"withdrawal of 75 bytes": {append([]byte{1}, make([]byte, 75)...)},
		"3 consolidations":       {append([]byte{2}, make([]byte, 3*consolidationRequestSize)...)},
	} {
		_, err := RequestsFromEIP7685(bad)
		require.ErrorIs(t, err, ErrSSZ, name)
	}
}
