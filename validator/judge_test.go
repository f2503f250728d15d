package validator

import (
	"context"
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
)

// TestJudgeStopsOnceSettled: with k = 2 met by two systems at once, Judge
// does not wait proof_timeout for a third prover that never answers (no
// verdict of it could change the outcome); it is recorded as not awaited.
// With two silent provers of other systems (together they could establish a
// second outcome, a conflict) Judge still waits for them.
func TestJudgeStopsOnceSettled(t *testing.T) {
	l1 := l2.L1Config()
	p := prove(t, vectors(t, "valid", 64<<10)[0])
	keys := map[string]*ecdsa.PrivateKey{}
	for _, id := range []string{"a", "b", "c", "d"} {
		keys[id], _ = crypto.GenerateKey()
	}
	src := &memSource{block: true}
	src.put(attested(t, keys["a"], "a", p, p.out))
	src.put(attested(t, keys["b"], "b", p, p.out))
	mk := func(id string) Prover {
		return Prover{ID: id, System: id, Checker: &AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(keys[id].PublicKey)}}}
	}
	call := &Call{Input: p.vector.Input, Success: true, Output: p.vector.Output}

	policy := &Policy{Mode: ModeProofs, K: 2, ProofTimeout: 10 * time.Second, OnDisagreement: DisagreeAlert,
		Provers: []Prover{mk("a"), mk("b"), mk("c")}}
	start := time.Now()
	d, vs := Judge(context.Background(), policy, l1, call, policy.ProofVerifiers(l1, func(Prover) ProofSource { return src }), nil, &ReexecBudget{})
	require.Equal(t, Agree, d.Result, d.Reason)
	require.Less(t, time.Since(start), 5*time.Second, "did not wait for the silent prover")
	require.Len(t, vs, 3)
	require.Equal(t, Unverified, vs[2].Result)
	require.Contains(t, vs[2].Reason, "not awaited")

	policy = &Policy{Mode: ModeProofs, K: 2, ProofTimeout: 300 * time.Millisecond, OnDisagreement: DisagreeAlert,
		Provers: []Prover{mk("a"), mk("b"), mk("c"), mk("d")}}
	start = time.Now()
	d, _ = Judge(context.Background(), policy, l1, call, policy.ProofVerifiers(l1, func(Prover) ProofSource { return src }), nil, &ReexecBudget{})
	require.Equal(t, Agree, d.Result, d.Reason)
	require.GreaterOrEqual(t, time.Since(start), policy.ProofTimeout, "c and d could establish a conflict: waited")
}
