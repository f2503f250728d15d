package l1calls

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
)

type stuckDebug struct{ release chan struct{} }

// TraceBlockByHash never answers (until the test ends): a node streaming an
// endless trace.
func (s *stuckDebug) TraceBlockByHash(h common.Hash, cfg map[string]any) []TxTrace {
	<-s.release
	return nil
}

// TestRequestDeadline: every L1 request runs under the client's per-request
// deadline, so a trace that never ends returns an error (retried by the
// daemon) instead of stalling the caller forever.
func TestRequestDeadline(t *testing.T) {
	s := &stuckDebug{release: make(chan struct{})}
	defer close(s.release)
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("debug", s))
	c := NewClient(rpc.DialInProc(srv))
	c.Timeout = 200 * time.Millisecond
	start := time.Now()
	_, err := c.Calls(context.Background(), &Header{Number: 1, Hash: common.Hash{1}})
	require.Error(t, err)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.Less(t, time.Since(start), 5*time.Second)
}
