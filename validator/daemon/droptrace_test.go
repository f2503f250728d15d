package daemon_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node/exectracer"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// traceRewriter is an L1 RPC endpoint in front of the node that rewrites the
// answers of debug_traceBlockByHash for one block with rewrite, counting
// how often that block was traced. With rewrite it serves no
// nrExecuteTracer (the daemon traces with callTracer); with rewriteExec it
// rewrites nrExecuteTracer's traces.
type traceRewriter struct {
	block       common.Hash
	rewrite     func([]l1calls.TxTrace) []l1calls.TxTrace
	rewriteExec func([]l1calls.ExecTrace) []l1calls.ExecTrace
	mu          sync.Mutex
	traced      int
}

func (p *traceRewriter) times() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.traced
}

func (p *traceRewriter) serve(t *testing.T, node string) string {
	u, err := url.Parse(node)
	require.NoError(t, err)
	proxy := httputil.NewSingleHostReverseProxy(u)
	direct := proxy.Director
	proxy.Director = func(r *http.Request) {
		direct(r)
		r.Header.Del("Accept-Encoding")
	}
	proxy.ModifyResponse = func(resp *http.Response) error {
		req, _ := resp.Request.Context().Value(requestBody{}).([]byte)
		var call struct {
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		var hash common.Hash
		if json.Unmarshal(req, &call) != nil || call.Method != "debug_traceBlockByHash" || len(call.Params) == 0 ||
			json.Unmarshal(call.Params[0], &hash) != nil || hash != p.block {
			return nil
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		var msg struct {
			JSONRPC string          `json:"jsonrpc"`
			ID      json.RawMessage `json:"id"`
			Result  json.RawMessage `json:"result"`
		}
		var traces []l1calls.TxTrace
		var execs []l1calls.ExecTrace
		if p.rewriteExec != nil && json.Unmarshal(body, &msg) == nil && json.Unmarshal(msg.Result, &execs) == nil {
			msg.Result, _ = json.Marshal(p.rewriteExec(execs))
			body, _ = json.Marshal(msg)
			p.mu.Lock()
			p.traced++
			p.mu.Unlock()
		} else if p.rewriteExec == nil && json.Unmarshal(body, &msg) == nil && json.Unmarshal(msg.Result, &traces) == nil {
			msg.Result, _ = json.Marshal(p.rewrite(traces))
			body, _ = json.Marshal(msg)
			p.mu.Lock()
			p.traced++
			p.mu.Unlock()
		}
		resp.Body = io.NopCloser(bytes.NewReader(body))
		resp.ContentLength = int64(len(body))
		resp.Header.Set("Content-Length", fmt.Sprint(len(body)))
		return nil
	}
	var h http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		proxy.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestBody{}, body)))
	})
	if p.rewriteExec == nil {
		h = withoutExecTracer(h)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// callTracerOnly is node behind withoutExecTracer.
func callTracerOnly(t *testing.T, node string) string {
	u, err := url.Parse(node)
	require.NoError(t, err)
	srv := httptest.NewServer(withoutExecTracer(httputil.NewSingleHostReverseProxy(u)))
	t.Cleanup(srv.Close)
	return srv.URL
}

// withoutExecTracer serves next as a node without nrExecuteTracer: the
// daemon's detection (debug_traceCall with it) gets the JSON-RPC error of
// an unknown tracer, so the daemon traces with callTracer, the format the
// rewriting proxies of these tests rewrite.
func withoutExecTracer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		var call struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if json.Unmarshal(body, &call) == nil && call.Method == "debug_traceCall" && bytes.Contains(body, []byte(exectracer.Name)) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32000,"message":"ReferenceError: %s is not defined"}}`, call.ID, exectracer.Name)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// requestBody keys the JSON-RPC request in the proxied request's context.
type requestBody struct{}

// TestTracesMatchTheBlock: a node whose trace of a block leaves out a
// transaction (here the one making the block's EXECUTE call), repeats one
// or reorders them would have the daemon record "no EXECUTE calls" or
// overwrite one call's record with another's. The traces must be the
// block's transactions, in order: otherwise the block is not verified (the
// daemon retries, and stores nothing for it) and the blocks before it are.
func TestTracesMatchTheBlock(t *testing.T) {
	dn := newDevnet(t)
	dn.direct(1)
	dn.advance(1)
	target := dn.executeBlocks[0]
	h, err := dn.ec.HeaderByNumber(t.Context(), new(big.Int).SetUint64(target))
	require.NoError(t, err)
	for name, rewrite := range map[string]func([]l1calls.TxTrace) []l1calls.TxTrace{
		"dropped":  func(tr []l1calls.TxTrace) []l1calls.TxTrace { return tr[:len(tr)-1] },
		"repeated": func(tr []l1calls.TxTrace) []l1calls.TxTrace { return append(tr, tr[len(tr)-1]) },
		"renamed": func(tr []l1calls.TxTrace) []l1calls.TxTrace {
			tr[0].TxHash[0] ^= 1
			return tr
		},
	} {
		t.Run(name, func(t *testing.T) {
			p := &traceRewriter{block: h.Hash(), rewrite: rewrite}
			store, err := daemon.OpenStore("")
			require.NoError(t, err)
			r := start(t, p.serve(t, dn.node.HTTPEndpoint()), store, reexecPolicy(), nil)
			r.waitTip(t, target-1)
			deadline := time.Now().Add(60 * time.Second)
			for {
				tip, err := store.Tip()
				require.NoError(t, err)
				require.Less(t, tip.Number, target, "a block whose traces are not its transactions was stored (traced %d times)", p.times())
				if p.times() >= 3 { // read, refused and retried
					break
				}
				require.True(t, time.Now().Before(deadline), "block %d traced %d times in 60s", target, p.times())
				time.Sleep(20 * time.Millisecond)
			}
		})
	}
}

// TestOutOfGasLieIsJudged: a node reporting MyRollup's EXECUTE call (depth
// 1, given its price) as failed "out of gas" lies (go-ethereum fails a
// precompile out of gas only below its price): the call is judged, a
// disagreement with an alarm, not left unverified where the lie would hide.
func TestOutOfGasLieIsJudged(t *testing.T) {
	dn := newDevnet(t)
	dn.direct(1) // the anchor block's hash is readable from the next block on
	dn.advance(1)
	target := dn.executeBlocks[1]
	h, err := dn.ec.HeaderByNumber(t.Context(), new(big.Int).SetUint64(target))
	require.NoError(t, err)
	p := &traceRewriter{block: h.Hash(), rewrite: func(tr []l1calls.TxTrace) []l1calls.TxTrace {
		var lie func(f *l1calls.Frame, depth int)
		lie = func(f *l1calls.Frame, depth int) {
			if f.To != nil && *f.To == precompile.ExecuteAddress && depth > 0 {
				f.Output, f.Error = nil, "out of gas"
			}
			for i := range f.Calls {
				lie(&f.Calls[i], depth+1)
			}
		}
		for _, t := range tr {
			lie(t.Result, 0)
		}
		return tr
	}}
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	r := start(t, p.serve(t, dn.node.HTTPEndpoint()), store, reexecPolicy(), nil)
	r.waitTip(t, target)
	b, recs := blockCalls(t, r.api.URL, target)
	require.Equal(t, "disagree", b.Result, b.Reason)
	require.Len(t, recs, 1)
	require.Equal(t, "disagree", recs[0].Result, recs[0].Reason)
	require.Equal(t, "alert", recs[0].Alarm)
	require.False(t, recs[0].L1.Success)
}

// TestOutOfGasLieIsJudgedExec: the same lie in nrExecuteTracer's trace (the
// frame with its input, given its price, reported "out of gas") is judged a
// disagreement; the frame reported not run (its input dropped) while its
// gas covers its price is an impossible trace: the block is not verified
// (retried), never filed as a call that did not run.
func TestOutOfGasLieIsJudgedExec(t *testing.T) {
	dn := newDevnet(t)
	dn.direct(1)
	dn.advance(1)
	target := dn.executeBlocks[1]
	h, err := dn.ec.HeaderByNumber(t.Context(), new(big.Int).SetUint64(target))
	require.NoError(t, err)
	lie := func(drop bool) func([]l1calls.ExecTrace) []l1calls.ExecTrace {
		return func(tr []l1calls.ExecTrace) []l1calls.ExecTrace {
			for _, t := range tr {
				for i := range t.Result.Calls {
					if f := &t.Result.Calls[i]; f.Depth > 0 {
						f.Output, f.Error = nil, "out of gas"
						if drop {
							f.Input = nil
						}
					}
				}
			}
			return tr
		}
	}
	p := &traceRewriter{block: h.Hash(), rewriteExec: lie(false)}
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	r := start(t, p.serve(t, dn.node.HTTPEndpoint()), store, reexecPolicy(), nil)
	r.waitTip(t, target)
	b, recs := blockCalls(t, r.api.URL, target)
	require.Equal(t, "disagree", b.Result, b.Reason)
	require.Len(t, recs, 1)
	require.Equal(t, "disagree", recs[0].Result, recs[0].Reason)
	require.Equal(t, "alert", recs[0].Alarm)
	require.NoError(t, r.shutdown(t))

	p = &traceRewriter{block: h.Hash(), rewriteExec: lie(true)}
	store, err = daemon.OpenStore("")
	require.NoError(t, err)
	logs := captureLogs(t)
	r = start(t, p.serve(t, dn.node.HTTPEndpoint()), store, reexecPolicy(), nil)
	r.waitTip(t, target-1)
	require.Eventually(t, func() bool { return p.times() >= 2 }, 20*time.Second, 20*time.Millisecond, "the block is traced again")
	tip, err := store.Tip()
	require.NoError(t, err)
	require.Less(t, tip.Number, target, "the lying block is not verified")
	// The second trace can be served before the daemon logs why the first
	// failed: wait for the line rather than read the log once.
	require.Eventually(t, func() bool { return strings.Contains(logs.String(), "impossible trace") }, 20*time.Second, 20*time.Millisecond,
		"the refusal is logged: %s", logs.String())
	require.NoError(t, r.shutdown(t))
}
