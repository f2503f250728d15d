package validator

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
)

// TestProofAttacksHeld: adversarial attestations that must prove nothing.
// Each is correctly signed by an allow-listed key unless said otherwise.
func TestProofAttacksHeld(t *testing.T) {
	l1 := l2.L1Config()
	vs := vectors(t, "valid", 64<<10)
	require.GreaterOrEqual(t, len(vs), 2)
	p, q := prove(t, vs[0]), prove(t, vs[1])
	key, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	src := &memSource{}
	v := &ProofVerifier{Prover: "tee", System: "sgx", L1: l1, Source: src, Checker: &AttestationChecker{Signers: []common.Address{signer}}}
	ctx := context.Background()
	call := &Call{Input: p.vector.Input, Success: true, Output: p.vector.Output}
	unverified := func(name string, pr *Proof, want error) {
		t.Helper()
		src.put(pr)
		got := v.Verify(ctx, call, p.decoded)
		require.Equal(t, Unverified, got.Result, "%s: %s", name, got.Reason)
		require.ErrorIs(t, got.Err, want, name)
	}
	honest := attested(t, key, "tee", p, p.out)
	src.put(honest)
	require.Equal(t, Agree, v.Verify(ctx, call, p.decoded).Result)

	// High-s twin of the honest signature (same signer, s' = n - s, v flipped).
	high := *honest
	high.Data = append([]byte{}, honest.Data...)
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(high.Data[32:64])
	new(big.Int).Sub(n, s).FillBytes(high.Data[32:64])
	high.Data[64] ^= 1
	unverified("high-s", &high, ErrAttestationMalformed)
	// v = 27 style recovery id.
	v27 := *honest
	v27.Data = append([]byte{}, honest.Data...)
	v27.Data[64] += 27
	unverified("v+27", &v27, ErrAttestationMalformed)

	// Another call's honest proof, relabelled as this call's.
	replay := attested(t, key, "tee", q, q.out)
	replay.Call = call.ID()
	unverified("replayed from another call", replay, ErrPayloadMismatch)

	// This block's payload, signed for another chain id / schema id.
	other := *p.out
	other.ChainID++
	unverified("other chain id", attested(t, key, "tee", p, &other), ErrChainIDMismatch)
	other = *p.out
	other.SchemaID ^= 0x0300 // Prague <-> Osaka
	unverified("other schema id", attested(t, key, "tee", p, &other), ErrSchemaMismatch)

	// A payload with another parent (so another pre-state), re-rooted and signed.
	req := *p.req
	req.ExecutionPayload.ParentHash[0] ^= 1
	out := *p.out
	schema, err := SchemaFor(l1, p.decoded.Input.ChainID, p.decoded.Input.Timestamp)
	require.NoError(t, err)
	out.NewPayloadRequestRoot = schema.Root(&req)
	pr := attested(t, key, "tee", p, &out)
	pr.Request = req.MarshalSSZ()
	unverified("other parent", pr, ErrPayloadMismatch)

	// A root that is not the request's.
	out = *p.out
	out.NewPayloadRequestRoot[0] ^= 1
	unverified("root of another request", attested(t, key, "tee", p, &out), ErrRootMismatch)

	// One signer behind two prover ids of one system counts once toward k = 2.
	src.put(honest)
	a := v.Verify(ctx, call, p.decoded)
	v2 := *v
	v2.Prover = "tee2"
	two := attested(t, key, "tee2", p, p.out)
	src.put(two)
	b := v2.Verify(ctx, call, p.decoded)
	require.Equal(t, Agree, b.Result)
	policy := &Policy{Mode: ModeProofs, K: 2, OnDisagreement: DisagreeHalt,
		Provers: []Prover{{ID: "tee", System: "sgx"}, {ID: "tee2", System: "sgx"}}}
	d := Decide(policy, nil, []Verdict{a, b, a, b}, nil)
	require.Equal(t, Unverified, d.Result, d.Reason)
}
