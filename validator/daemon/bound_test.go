package daemon_test

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// distinctCalls is n EXECUTE calls of one valid L2 block, each input made
// distinct (another call id, so no two share a proof fetch) by one witness
// preimage key, which execution never reads: every one passes the precheck.
func distinctCalls(t *testing.T, n int) []l1calls.Found {
	base := benchCalls(t, 1, 1)[0]
	in, err := precompile.DecodeInput(base.Call.Input)
	require.NoError(t, err)
	w, err := precompile.DecodeWitness(in.Witness)
	require.NoError(t, err)
	out := make([]l1calls.Found, n)
	for i := range out {
		w.Keys = [][]byte{{byte(i >> 8), byte(i)}}
		enc, err := stateless.EncodeWitnessRLP(w)
		require.NoError(t, err)
		c := *in
		c.Witness = enc
		out[i] = base
		out[i].Tx, out[i].Index = common.Hash{byte(i >> 8), byte(i)}, 0
		out[i].Call = validator.Call{Input: c.Encode(), Success: true, Output: base.Call.Output}
	}
	return out
}

// countingSource counts the proof fetches in flight and the goroutines
// alive during them; the first 'hold' fetches wait until all of them are in
// (or 5 s pass), then every fetch fails at once.
type countingSource struct {
	mu             sync.Mutex
	in, max, total int
	maxGoroutines  int
	hold           int
	full           chan struct{}
}

var errNoProver = errors.New("this prover never proves")

func (s *countingSource) Proof(ctx context.Context, _ string, _ common.Hash) (*validator.Proof, error) {
	s.mu.Lock()
	s.in++
	s.total++
	s.max = max(s.max, s.in)
	s.maxGoroutines = max(s.maxGoroutines, runtime.NumGoroutine())
	first := s.total <= s.hold
	if s.total == s.hold {
		close(s.full)
	}
	s.mu.Unlock()
	if first {
		select {
		case <-s.full:
		case <-time.After(5 * time.Second):
		}
	}
	s.mu.Lock()
	s.in--
	s.mu.Unlock()
	return nil, errNoProver
}

// TestManyCallsBounded: an L1 block with thousands of EXECUTE calls (a
// contract can make over a thousand in one 60M-gas block; a lying node can
// report any number) is judged on at most Config.Judges calls at once: as
// many proof fetches in flight as that and never more, and goroutines
// bounded by it, not by the number of calls; every call still gets its
// verdict.
func TestManyCallsBounded(t *testing.T) {
	const n, judges = 3000, 8
	calls := distinctCalls(t, n)
	src := &countingSource{hold: judges, full: make(chan struct{})}
	p := validator.Policy{Mode: validator.ModeProofs, K: 1, ProofTimeout: time.Minute, OnDisagreement: validator.DisagreeAlert,
		Provers: []validator.Prover{{ID: "p", System: "p", Checker: &validator.AttestationChecker{Signers: []common.Address{{1}}}}}}
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	d := daemon.New(daemon.Config{Policy: p, L1: l2.L1Config(), Judges: judges,
		Source: func(validator.Prover) validator.ProofSource { return src }}, nil, store)
	base := runtime.NumGoroutine()
	rec, crecs, halt := d.VerifyBlock(context.Background(), &l1calls.Header{Number: 1}, calls)
	require.Empty(t, halt)
	require.Equal(t, n, src.total, "one fetch per call")
	require.Equal(t, judges, src.max, "proof fetches in flight")
	// Per call in flight: its judging goroutine and one per prover.
	require.LessOrEqual(t, src.maxGoroutines, base+2*judges+8, "goroutines while judging %d calls", n)
	require.Equal(t, n, rec.Unverified)
	require.Len(t, crecs, n)
	require.Contains(t, crecs[n-1].Reason, "0 of the 1 distinct proof systems", crecs[n-1].Reason)
}
