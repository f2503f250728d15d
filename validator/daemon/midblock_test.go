package daemon_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// stalled is a re-execution that signals it started, then runs only once
// its context ends (a shutdown in the middle of a block's verification).
type stalled struct {
	started chan struct{}
	inner   validator.Verifier
}

func (s *stalled) Verify(ctx context.Context, call *validator.Call, d *precompile.Decoded) validator.Verdict {
	select {
	case s.started <- struct{}{}:
	default:
	}
	<-ctx.Done()
	return s.inner.Verify(ctx, call, d)
}

// TestStopMidBlock: a daemon stopped while it re-executes a block's call
// stores nothing of that block (the verdict cut short is "re-execution
// stopped", not a decision) and keeps the blocks before it; restarted on the
// same datadir, it verifies that block from the start and agrees.
func TestStopMidBlock(t *testing.T) {
	dn := newDevnet(t)
	dn.standard()
	target := dn.executeBlocks[0]
	dir := t.TempDir()
	store, err := daemon.OpenStore(dir)
	require.NoError(t, err)
	client, err := l1calls.Dial(context.Background(), dn.node.HTTPEndpoint())
	require.NoError(t, err)
	defer client.Close()
	s := &stalled{started: make(chan struct{}, 1), inner: validator.NewReexecVerifier(l2.L1Config())}
	d := daemon.New(daemon.Config{Policy: reexecPolicy(), L1: l2.L1Config(), Reexec: s, Workers: 1, Poll: 10 * time.Millisecond}, client, store)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	select {
	case <-s.started:
	case <-time.After(60 * time.Second):
		t.Fatal("no re-execution started within 60s")
	}
	cancel()
	require.NoError(t, <-done)
	tip, err := store.Tip()
	require.NoError(t, err)
	require.NotNil(t, tip, "the blocks before the first EXECUTE call are stored")
	require.Equal(t, target-1, tip.Number, "nothing of the block cut short is stored")
	require.NoError(t, store.Close())

	store, err = daemon.OpenStore(dir)
	require.NoError(t, err)
	defer store.Close()
	r := start(t, dn.node.HTTPEndpoint(), store, reexecPolicy(), nil)
	r.waitTip(t, dn.head())
	for _, n := range dn.executeBlocks {
		b, recs := blockCalls(t, r.api.URL, n)
		require.Equal(t, "agree", b.Result, "block %d: %s", n, b.Reason)
		require.Len(t, recs, 1)
	}
}
