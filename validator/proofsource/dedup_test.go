package proofsource

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/validator"
)

type gatedSource struct {
	calls   atomic.Int32
	release chan struct{}
	fail    bool
}

func (g *gatedSource) Proof(ctx context.Context, prover string, call common.Hash) (*validator.Proof, error) {
	g.calls.Add(1)
	select {
	case <-g.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if g.fail {
		return nil, validator.ErrNoProof
	}
	return envelope(call), nil
}

// TestDedupSharesOneFetch: concurrent requests for one prover and call make
// one fetch and all get its proof; when the leading fetch fails, each
// follower fetches for itself (never decided by another's failure).
func TestDedupSharesOneFetch(t *testing.T) {
	g := &gatedSource{release: make(chan struct{})}
	src := Dedup(g)
	call := common.Hash{0x44}
	var wg sync.WaitGroup
	got := make([]*validator.Proof, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := src.Proof(context.Background(), "p", call)
			require.NoError(t, err)
			got[i] = p
		}()
	}
	require.Eventually(t, func() bool { return g.calls.Load() >= 1 }, 5*time.Second, time.Millisecond)
	time.Sleep(50 * time.Millisecond) // the followers join the flight
	close(g.release)
	wg.Wait()
	require.Equal(t, int32(1), g.calls.Load())
	for _, p := range got {
		require.Equal(t, envelope(call).Encode(), p.Encode())
	}

	f := &gatedSource{release: make(chan struct{}), fail: true}
	src = Dedup(f)
	errs := make(chan error, 2)
	for range 2 {
		go func() { _, err := src.Proof(context.Background(), "p", call); errs <- err }()
	}
	require.Eventually(t, func() bool { return f.calls.Load() >= 1 }, 5*time.Second, time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	close(f.release)
	for range 2 {
		require.ErrorIs(t, <-errs, validator.ErrNoProof)
	}
	require.Equal(t, int32(2), f.calls.Load(), "the follower fetched again after the leader failed")
}
