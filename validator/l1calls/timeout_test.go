package l1calls

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
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

// TestRequestDeadlineEndlessHTTPBody: over HTTP, a response that streams
// forever (whitespace after '[') is cut by the per-request deadline.
func TestRequestDeadlineEndlessHTTPBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":[`))
		chunk := bytes.Repeat([]byte{' '}, 1<<12)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}))
	defer srv.Close()
	rc, err := rpc.Dial(srv.URL)
	require.NoError(t, err)
	c := NewClient(rc)
	c.Timeout = 300 * time.Millisecond
	done := make(chan error, 1)
	go func() { _, err := c.Calls(context.Background(), &Header{Number: 1}); done <- err }()
	select {
	case err := <-done:
		require.Error(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("Calls still reading 10s after a 300ms request deadline")
	}
}
