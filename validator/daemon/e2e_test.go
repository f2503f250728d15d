package daemon_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/ethereum/go-ethereum/log"
	"io"
	"net/http"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/validator/daemon"
)

func getJSON(t *testing.T, url string, want int, v any) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, want, resp.StatusCode, "GET %s: %s", url, b)
	require.NoError(t, json.Unmarshal(b, v), "GET %s: %s", url, b)
}

// blockCalls reads block n's record and its calls over the API.
func blockCalls(t *testing.T, api string, n uint64) (daemon.BlockRecord, []daemon.CallRecord) {
	var out struct {
		daemon.BlockRecord
		Records []daemon.CallRecord `json:"callRecords"`
	}
	getJSON(t, fmt.Sprintf("%s/v1/blocks/%d", api, n), http.StatusOK, &out)
	return out.BlockRecord, out.Records
}

// TestReexecAgrees: in reexec mode the daemon finds the direct EXECUTE call
// (depth 0, from an EOA) and the two MyRollup advances (EXECUTE inside the
// contract, depth > 0) by call tracing, re-executes them and agrees with
// every one; the API serves the records, the metrics count them.
func TestReexecAgrees(t *testing.T) {
	dn := newDevnet(t)
	dn.standard()
	logs := captureLogs(t)
	store, err := daemon.OpenStore(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	r := start(t, dn.node.HTTPEndpoint(), store, reexecPolicy(), nil)
	head := dn.head()
	r.waitTip(t, head)

	calls := 0
	depths := map[bool]int{}
	for n := uint64(1); n <= head; n++ {
		b, recs := blockCalls(t, r.api.URL, n)
		require.Equal(t, "agree", b.Result, "block %d: %s", n, b.Reason)
		require.Len(t, recs, len(b.Calls))
		for _, c := range recs {
			calls++
			depths[c.Depth > 0]++
			require.Equal(t, "agree", c.Result, c.Reason)
			require.True(t, c.L1.Success)
			require.Len(t, c.L1.Output, 64)
			require.Equal(t, "reexec", c.Verdicts[len(c.Verdicts)-1].System)
			var one daemon.CallRecord
			getJSON(t, fmt.Sprintf("%s/v1/calls/%s/%d", r.api.URL, c.Tx.Hex(), c.Index), http.StatusOK, &one)
			require.Equal(t, c.Call, one.Call)
		}
	}
	require.Equal(t, 3, calls, "one direct call and two advances")
	require.Equal(t, map[bool]int{false: 1, true: 2}, depths, "one call from an EOA, two from inside MyRollup")
	for _, n := range dn.executeBlocks {
		b, _ := blockCalls(t, r.api.URL, n)
		require.Len(t, b.Calls, 1, "block %d", n)
	}

	var st daemon.Status
	getJSON(t, r.api.URL+"/v1/status", http.StatusOK, &st)
	require.Equal(t, head, st.Tip.Number)
	require.Equal(t, uint64(3), st.ThisRun["agree"])
	require.Equal(t, uint64(0), st.ThisRun["disagree"]+st.ThisRun["unverified"])

	var e map[string]string
	getJSON(t, fmt.Sprintf("%s/v1/blocks/%d", r.api.URL, head+100), http.StatusNotFound, &e)
	require.Contains(t, e["error"], "not verified")
	getJSON(t, r.api.URL+"/v1/calls/0x12/0", http.StatusBadRequest, &e)
	require.Contains(t, e["error"], "64 hex digits")

	m := httpText(t, httptestURL(r.d.MetricsHandler()))
	require.Contains(t, m, "nr_validator_verdicts_agree 3")
	require.Contains(t, m, fmt.Sprintf("nr_validator_blocks %d", head))
	require.Contains(t, m, "nr_validator_reexec_mgas_per_s ")
	require.Contains(t, logs.String(), "Catching up with L1", "a progress line while behind the head")
	require.Contains(t, logs.String(), "Verified L1 block")
}

// syncBuf is a log sink safe for the daemon's goroutines.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// captureLogs sends go-ethereum's logs to a buffer until the test ends.
func captureLogs(t *testing.T) *syncBuf {
	buf := new(syncBuf)
	old := log.Root()
	log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(buf, log.LevelInfo, false)))
	t.Cleanup(func() { log.SetDefault(old) })
	return buf
}
