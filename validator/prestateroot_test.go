package validator

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// TestPreStateRootBoundByPrecheck: a proof binds the block, not the input's
// preStateRoot, so honest proofs for a block replayed onto an input with
// another preStateRoot must not make the validator agree with an L1 that
// returned success: EXECUTE fails on that input (ErrPreStateRootMismatch,
// decided by the parent header in the witness), and the precheck decides it
// so, disagreeing with the lying success without waiting for any proof.
func TestPreStateRootBoundByPrecheck(t *testing.T) {
	l1 := l2.L1Config()
	p := prove(t, vectors(t, "valid", 64<<10)[0])
	in := *p.decoded.Input
	in.PreStateRoot = common.HexToHash("0xdead")
	input := in.Encode()

	_, err := precompile.NewExecute(l1).Verify(context.Background(), input)
	require.ErrorIs(t, err, stateless.ErrPreStateRootMismatch) // correct result: failure
	_, err = Precheck(l1, input)
	require.ErrorIs(t, err, stateless.ErrPreStateRootMismatch)
	_, err = Precheck(l1, p.vector.Input)
	require.NoError(t, err, "the unmodified input passes")

	keyA, _ := crypto.GenerateKey()
	keyB, _ := crypto.GenerateKey()
	src := &memSource{}
	p2 := *p
	p2.vector.Input = input
	src.put(attested(t, keyA, "tee-a", &p2, p.out))
	src.put(attested(t, keyB, "tee-b", &p2, p.out))
	policy := &Policy{Mode: ModeProofs, K: 2, ProofTimeout: time.Second, OnDisagreement: DisagreeHalt,
		Provers: []Prover{
			{ID: "tee-a", System: "sgx", Checker: &AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(keyA.PublicKey)}}},
			{ID: "tee-b", System: "tdx", Checker: &AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(keyB.PublicKey)}}},
		}}
	vs := policy.ProofVerifiers(l1, func(Prover) ProofSource { return src })
	lying := &Call{Input: input, Success: true, Output: p.vector.Output} // L1 says success
	d, _ := Judge(context.Background(), policy, l1, lying, vs, nil, &ReexecBudget{})
	require.Equal(t, Disagree, d.Result, d.Reason)
	require.Contains(t, d.Reason, "pre-state root")
	honest := &Call{Input: input, Success: false}
	d, _ = Judge(context.Background(), policy, l1, honest, vs, nil, &ReexecBudget{})
	require.Equal(t, Agree, d.Result, d.Reason)
}
