package daemon_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l1node/exectracer"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// TestTraceBloatDoesNotStall (issue 11): one transaction STATICCALLs
// 0x…0101 1,400 times with gas 0 and the same 100 kB of memory as input,
// ~140 gas a call. callTracer repeats the 100 kB input in hex in every
// frame, a 280 MB trace, over the default --l1.maxresponse (256 MiB): a
// validator reading callTracer would retry the block forever. nr geth's
// nrExecuteTracer reports each frame by its input's size and price (it
// never ran EXECUTE): the trace is a few hundred kB, the daemon verifies
// the block and counts the 1,400 frames on its record, storing no record
// for any. Through a node without nrExecuteTracer the daemon warns that
// the node is open to trace bloat.
func TestTraceBloatDoesNotStall(t *testing.T) {
	d := newDevnet(t)
	// PUSH2 1400; loop: STATICCALL(gas 0, 0x0101, in 0..100000, out 0..0); POP; counter--; JUMPI loop; STOP
	code := common.FromHex("0x6105785b60006000620186a06000610101" + "6000fa5060019003806003" + "5700")
	r := d.send(l1node.DevKey(3), nil, 1_000_000, code)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	t.Logf("attack transaction: block %d, %d gas", r.BlockNumber, r.GasUsed)

	var raw []struct {
		Result json.RawMessage `json:"result"`
	}
	rc, err := rpc.Dial(d.node.HTTPEndpoint())
	require.NoError(t, err)
	defer rc.Close()
	require.NoError(t, rc.CallContext(context.Background(), &raw, "debug_traceBlockByNumber", hexutil.EncodeBig(r.BlockNumber), map[string]any{"tracer": exectracer.Name}))
	size := 0
	for _, tr := range raw {
		size += len(tr.Result)
	}
	t.Logf("nrExecuteTracer's trace of the block: %d bytes", size)
	require.Less(t, size, 1<<20, "a trace of the frames' sizes and prices, not their inputs")

	logs := captureLogs(t)
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	run := start(t, d.node.HTTPEndpoint(), store, reexecPolicy(), nil)
	run.waitTip(t, r.BlockNumber.Uint64())
	require.NoError(t, run.shutdown(t))
	b, err := store.Block(r.BlockNumber.Uint64())
	require.NoError(t, err)
	require.Equal(t, 1400, b.NotRun, b.Reason)
	require.Empty(t, b.Calls)
	require.Equal(t, "agree", b.Result, b.Reason)
	require.NotContains(t, logs.String(), "retrying")
	require.NotContains(t, logs.String(), "does not offer nrExecuteTracer")

	// A node without nrExecuteTracer: callTracer, with the warning (the
	// block's 280 MB trace would not fit the default limit; it is not read
	// here).
	c, err := l1calls.Dial(context.Background(), callTracerOnly(t, d.node.HTTPEndpoint()))
	require.NoError(t, err)
	defer c.Close()
	tracer, err := c.DetectTracer(context.Background())
	require.NoError(t, err)
	require.Equal(t, l1calls.CallTracer, tracer)
	require.True(t, strings.Contains(logs.String(), "does not offer nrExecuteTracer"), "the fallback warns")
}
