package l1calls

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
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

// TestResponseSizeLimit: a node answering with more than the client's
// response limit (a lying node's endless or gigantic trace) is an error
// naming the limit once that many bytes are read, not a process that holds
// the whole answer in memory; an answer within the limit is read.
func TestResponseSizeLimit(t *testing.T) {
	const limit = 1 << 20
	const prefix = `{"jsonrpc":"2.0","id":1,"result":[{"txHash":"0x0000000000000000000000000000000000000000000000000000000000000001","result":{"type":"CALL","input":"0x`
	const suffix = `"}}]}`
	var size int
	pad := ""
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(prefix))
		w.Write(bytes.Repeat([]byte{'a'}, size))
		w.Write([]byte(suffix + pad))
	}))
	defer srv.Close()
	_, err := DialLimit(context.Background(), srv.URL, MinResponseLimit-1)
	require.ErrorContains(t, err, "--l1.maxresponse")
	c, err := DialLimit(context.Background(), srv.URL, limit)
	require.NoError(t, err)
	defer c.Close()
	c.Tracer = CallTracer // the server answers every request with this trace
	h := &Header{Number: 1, Txs: []common.Hash{{31: 1}}}
	size = limit / 2
	_, err = c.Calls(context.Background(), h)
	require.NoError(t, err)
	// The whole answer exactly at the limit (an even number of hex digits,
	// whitespace after the object making up the rest), then an answer one
	// or two bytes over.
	size = (limit - len(prefix) - len(suffix)) &^ 1
	pad = strings.Repeat(" ", limit-len(prefix)-len(suffix)-size)
	_, err = c.Calls(context.Background(), h)
	require.NoError(t, err)
	size, pad = size+2, ""
	_, err = c.Calls(context.Background(), h)
	require.ErrorIs(t, err, ErrResponseTooLarge)
	size = 64 * limit
	_, err = c.Calls(context.Background(), h)
	require.ErrorIs(t, err, ErrResponseTooLarge)
	require.ErrorContains(t, err, "1048576 bytes")
}
