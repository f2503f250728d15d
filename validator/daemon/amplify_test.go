package daemon_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node/exectracer"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// TestTraceAmplificationBounded (issue 11): a node answers
// debug_traceBlockByHash with one transaction whose trace holds N tiny
// EXECUTE frames. Before, each became a Found, a CallRecord with its reason
// and a JSON record in one pebble batch: ~44x the trace's size in heap, a
// 256 MiB answer (--l1.maxresponse) over 10 GiB. Now frames that never ran
// EXECUTE (given less than its price: ~140 L1 gas each, so an honest block
// holds up to ~400k of them) are counted on the block's record, and the
// heap stays within a few times the answer, read, decoded, verified and
// stored, with either tracer. Frames no block can hold are refused as an
// impossible trace: "successful" frames below the price (the lie of the
// original attack), and more frames that ran than the block's gas limit
// pays for.
func TestTraceAmplificationBounded(t *testing.T) {
	n := 200_000
	if s := os.Getenv("NR_AMPLIFY_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	log.SetDefault(log.NewLogger(log.DiscardHandler()))
	exec := `{"type":"STATICCALL","from":"0x0000000000000000000000000000000000000002","depth":1,"gas":"0x0","price":"0xc350","inputSize":0,"error":"out of gas"}`
	call := `{"type":"STATICCALL","from":"0x0000000000000000000000000000000000000002","to":"0x0000000000000000000000000000000000000101","input":"0x","gas":"0x0","error":"out of gas"}`
	for _, tc := range []struct {
		name, tracer, frame string
		impossible          bool
		// most is the bound on the heap per byte of answer: the answer is
		// held twice while decoded (the body, the result's bytes), and
		// callTracer's frames decode to larger structs (7x measured, 5x
		// for nrExecuteTracer's).
		most float64
	}{
		{"nrExecuteTracer, not run", exectracer.Name, exec, false, 8},
		{"callTracer, not run", l1calls.CallTracer, call, false, 10},
		{"callTracer, succeeded below the price", l1calls.CallTracer,
			`{"type":"CALL","to":"0x0000000000000000000000000000000000000101","input":"0x","gas":"0x0"}`, true, 0},
		{"nrExecuteTracer, succeeded below the price", exectracer.Name,
			`{"type":"STATICCALL","from":"0x0000000000000000000000000000000000000002","depth":1,"gas":"0x0","price":"0xc350","inputSize":0}`, true, 0},
		{"nrExecuteTracer, more ran than the gas limit pays", exectracer.Name,
			`{"type":"STATICCALL","from":"0x0000000000000000000000000000000000000002","depth":1,"gas":"0xc350","price":"0xc350","inputSize":0,"input":"0x","error":"invalid input"}`, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			buf.WriteString(`{"jsonrpc":"2.0","id":1,"result":[{"txHash":"0x` + fmt.Sprintf("%064x", 1) + `","result":`)
			if tc.tracer == exectracer.Name {
				buf.WriteString(`{"calls":[`)
			} else {
				buf.WriteString(`{"type":"CALL","from":"0x0000000000000000000000000000000000000001","to":"0x0000000000000000000000000000000000000002","gas":"0x0","input":"0x","calls":[`)
			}
			for i := range n {
				if i > 0 {
					buf.WriteByte(',')
				}
				buf.WriteString(tc.frame)
			}
			buf.WriteString(`]}}]}`)
			body, size := buf.Bytes(), buf.Len()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.Write(body)
			}))
			defer srv.Close()
			c, err := l1calls.Dial(context.Background(), srv.URL)
			require.NoError(t, err)
			defer c.Close()
			c.Tracer = tc.tracer
			store, err := daemon.OpenStore(t.TempDir())
			require.NoError(t, err)
			defer store.Close()
			d := daemon.New(daemon.Config{Policy: reexecPolicy(), L1: l2.L1Config(), Workers: 2}, nil, store)
			h := &l1calls.Header{Number: 1, Hash: common.Hash{1}, GasLimit: 60_000_000, Txs: []common.Hash{{31: 1}}}

			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			peak := uint64(0)
			stop, done := make(chan struct{}), make(chan struct{})
			go func() {
				defer close(done)
				for {
					var m runtime.MemStats
					runtime.ReadMemStats(&m)
					peak = max(peak, m.HeapAlloc)
					select {
					case <-stop:
						return
					case <-time.After(10 * time.Millisecond):
					}
				}
			}()
			start := time.Now()
			b, err := c.Block(context.Background(), h)
			if tc.impossible {
				close(stop)
				<-done
				require.ErrorIs(t, err, l1calls.ErrImpossibleTrace)
				return
			}
			require.NoError(t, err)
			rec, crecs, _ := d.VerifyTraced(context.Background(), h, b)
			require.NoError(t, store.PutBlock(rec, crecs))
			took := time.Since(start)
			close(stop)
			<-done
			grew := float64(peak-min(peak, before.HeapAlloc)) / float64(size)
			t.Logf("%d frames, trace %d MiB: live heap peak %d MiB above the start (%.1fx the answer), block %s: %s; read+verify+store %v",
				n, size>>20, (peak-min(peak, before.HeapAlloc))>>20, grew, rec.Result, rec.Reason, took)
			require.Equal(t, n, rec.NotRun)
			require.Empty(t, crecs)
			require.Equal(t, "agree", rec.Result)
			// A few times the answer's size is the floor; 44x was the
			// finding.
			require.Less(t, grew, tc.most, "a trace of tiny EXECUTE frames costs %.0fx its size in heap", grew)
		})
	}
}
