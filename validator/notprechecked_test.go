package validator

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
)

// TestVerifiersNeedPrecheck: a verifier given no decoded input (a caller that
// skipped Precheck) answers Unverified, naming why, instead of panicking.
func TestVerifiersNeedPrecheck(t *testing.T) {
	call := &Call{Input: []byte{1}, Success: true}
	for _, v := range []Verifier{NewReexecVerifier(l2.L1Config()), &ProofVerifier{Prover: "p", System: "s", L1: l2.L1Config()}} {
		got := v.Verify(context.Background(), call, nil)
		require.Equal(t, Unverified, got.Result)
		require.ErrorIs(t, got.Err, errNotPrechecked)
	}
}
