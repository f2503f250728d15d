package daemon_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
	"github.com/nativerollup/nr/validator/proofsource"
	"github.com/nativerollup/nr/validator/prover"
)

// TestProofsTwoOfThree: proofs mode, k = 2 of three attestation provers on
// three distinct systems, each an `nr prover` following the same L1: two
// honest (one served over HTTP, one replayed from its proof directory), one
// faulty (signs a payload with another post-state). Every call is decided
// agree by the two honest systems; the faulty prover's verdict is recorded as
// a disagreement that did not reach k, or, if the honest ones settled the
// outcome first, as not awaited.
func TestProofsTwoOfThree(t *testing.T) {
	dn := newDevnet(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	type spec struct {
		id     string
		faulty bool
		dir    string
	}
	specs := []spec{{id: "att-a"}, {id: "att-b", dir: dir}, {id: "att-evil", faulty: true}}
	var policy validator.Policy
	policy.Mode, policy.K, policy.ReexecGasCap, policy.ProofTimeout, policy.OnDisagreement =
		validator.ModeProofs, 2, validator.DefaultReexecGasCap, 30*time.Second, validator.DisagreeAlert
	for i, s := range specs {
		key, err := crypto.GenerateKey()
		require.NoError(t, err)
		store := proofsource.NewStore(s.dir)
		p := prover.New(s.id, key, l2.L1Config(), s.faulty, store)
		c, err := l1calls.Dial(ctx, dn.node.HTTPEndpoint())
		require.NoError(t, err)
		t.Cleanup(c.Close)
		done := make(chan error, 1)
		go func() { done <- p.Follow(ctx, c, 1, 50*time.Millisecond) }()
		t.Cleanup(func() { cancel(); require.NoError(t, <-done, "prover %s", s.id) })
		source := s.dir
		if source == "" {
			srv := httptest.NewServer(store)
			t.Cleanup(srv.Close)
			source = srv.URL + "/v1/proofs"
		}
		policy.Provers = append(policy.Provers, validator.Prover{ID: s.id, System: fmt.Sprintf("tee-%d", i), Source: source,
			Checker: &validator.AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}})
	}
	dn.standard()
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	r := start(t, dn.node.HTTPEndpoint(), store, policy, nil)
	r.waitTip(t, dn.head())

	for _, n := range dn.executeBlocks {
		b, recs := blockCalls(t, r.api.URL, n)
		require.Equal(t, "agree", b.Result, b.Reason)
		require.Len(t, recs, 1)
		c := recs[0]
		require.Equal(t, "agree", c.Result, c.Reason)
		require.Equal(t, []string{"tee-0", "tee-1"}, c.Systems, "decided by the honest systems")
		require.Empty(t, c.Alarm)
		got := map[string]string{}
		for _, v := range c.Verdicts {
			got[v.Prover] = v.Result
		}
		// Once att-a and att-b settle the outcome, att-evil is not awaited
		// (its one system could neither remove it nor establish another):
		// its verdict is its disagreement if it came first, else unverified.
		require.Contains(t, []string{"disagree", "unverified"}, got["att-evil"])
		delete(got, "att-evil")
		require.Equal(t, map[string]string{"att-a": "agree", "att-b": "agree"}, got, "every prover's verdict is recorded")
	}
	m := httpText(t, httptestURL(r.d.MetricsHandler()))
	for _, id := range []string{"att_a", "att_b"} {
		require.Contains(t, m, "nr_validator_proof_latency_"+id, "proof latency per prover")
	}
}

// lyingProxy is an L1 RPC endpoint in front of the node that rewrites every
// EXECUTE call's result in call traces, as a node with a broken EXECUTE
// would report it: a call from inside a contract returns another block hash
// (the last byte flipped), a direct call from an EOA is reported failed.
// (The daemon reads results from traces only, so receipts are left alone.)
func lyingProxy(t *testing.T, node string) string {
	u, err := url.Parse(node)
	require.NoError(t, err)
	proxy := httputil.NewSingleHostReverseProxy(u)
	direct := proxy.Director
	proxy.Director = func(r *http.Request) {
		direct(r)
		r.Header.Del("Accept-Encoding") // plain JSON to rewrite
	}
	proxy.ModifyResponse = func(resp *http.Response) error {
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		var msg struct {
			JSONRPC string          `json:"jsonrpc"`
			ID      json.RawMessage `json:"id"`
			Result  json.RawMessage `json:"result"`
			Error   json.RawMessage `json:"error,omitempty"`
		}
		var traces []l1calls.TxTrace
		if json.Unmarshal(body, &msg) == nil && json.Unmarshal(msg.Result, &traces) == nil && len(traces) > 0 && traces[0].Result != nil {
			var lie func(f *l1calls.Frame, depth int)
			lie = func(f *l1calls.Frame, depth int) {
				if f.To != nil && *f.To == precompile.ExecuteAddress && len(f.Output) == 64 {
					if depth == 0 {
						f.Output, f.Error = nil, "execution reverted" // a direct call reported failed
					} else {
						f.Output[63] ^= 1 // a wrong block hash
					}
				}
				for i := range f.Calls {
					lie(&f.Calls[i], depth+1)
				}
			}
			for _, tr := range traces {
				lie(tr.Result, 0)
			}
			msg.Result, _ = json.Marshal(traces)
			body, _ = json.Marshal(msg)
		}
		resp.Body = io.NopCloser(bytes.NewReader(body))
		resp.ContentLength = int64(len(body))
		resp.Header.Set("Content-Length", fmt.Sprint(len(body)))
		return nil
	}
	srv := httptest.NewServer(withoutExecTracer(proxy))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestLyingL1: an L1 endpoint that reports wrong EXECUTE results is a
// disagreement on every call, whether the lie is a wrong output (calls from
// inside MyRollup) or a failure (the direct call). With on_disagreement =
// alert the daemon records them and goes on; with halt it stores the first
// disagreeing block's verdicts and stops with ErrHalted; on the honest node
// the same policy agrees everywhere.
func TestLyingL1(t *testing.T) {
	dn := newDevnet(t)
	dn.standard()
	liar := lyingProxy(t, dn.node.HTTPEndpoint())

	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	r := start(t, liar, store, reexecPolicy(), nil)
	r.waitTip(t, dn.head())
	for i, n := range dn.executeBlocks {
		b, recs := blockCalls(t, r.api.URL, n)
		require.Equal(t, "disagree", b.Result)
		require.Len(t, recs, 1)
		c := recs[0]
		require.Equal(t, "disagree", c.Result, c.Reason)
		require.Equal(t, "alert", c.Alarm)
		rv := c.Verdicts[len(c.Verdicts)-1]
		require.Equal(t, "reexec", rv.System)
		require.True(t, rv.Expected.Success)
		if i == 0 {
			require.False(t, c.L1.Success, "the direct call, reported failed")
		} else {
			require.True(t, c.L1.Success)
			require.NotEqual(t, []byte(c.L1.Output), []byte(rv.Expected.Output))
		}
	}
	require.NoError(t, r.shutdown(t))

	p := reexecPolicy()
	p.OnDisagreement = validator.DisagreeHalt
	halting, err := daemon.OpenStore("")
	require.NoError(t, err)
	h := start(t, liar, halting, p, nil)
	var runErr error
	select {
	case runErr = <-h.done:
		close(h.done)
	case <-time.After(60 * time.Second):
		t.Fatal("the daemon did not halt on the lie")
	}
	require.ErrorIs(t, runErr, daemon.ErrHalted)
	tip, err := halting.Tip()
	require.NoError(t, err)
	require.Equal(t, dn.executeBlocks[0], tip.Number, "halted at the first EXECUTE block, its verdict stored")
	_, recs := blockCalls(t, h.api.URL, tip.Number)
	require.Equal(t, "halt", recs[0].Alarm)
	var st daemon.Status
	getJSON(t, h.api.URL+"/v1/status", http.StatusOK, &st)
	require.Contains(t, st.Halted, "L1 returned failure")

	honest, err := daemon.OpenStore("")
	require.NoError(t, err)
	o := start(t, dn.node.HTTPEndpoint(), honest, p, nil)
	o.waitTip(t, dn.head())
	for _, n := range dn.executeBlocks {
		b, _ := blockCalls(t, o.api.URL, n)
		require.Equal(t, "agree", b.Result)
	}
}

// TestRestartResumes: the verdicts are in pebble; a daemon reopened on the
// same directory (following L1 over WebSocket instead of HTTP) verifies none
// of the stored blocks again, keeps their records, and goes on with the new
// blocks.
func TestRestartResumes(t *testing.T) {
	dn := newDevnet(t)
	dn.standard()
	dir := t.TempDir()
	store, err := daemon.OpenStore(dir)
	require.NoError(t, err)
	r := start(t, dn.node.HTTPEndpoint(), store, reexecPolicy(), nil)
	head := dn.head()
	r.waitTip(t, head)
	require.NoError(t, r.shutdown(t))
	require.Equal(t, head, r.d.Verified(), "the first run verified every block from 1")
	before, _ := blockCalls(t, r.api.URL, dn.executeBlocks[2])
	require.NoError(t, store.Close())

	store, err = daemon.OpenStore(dir)
	require.NoError(t, err)
	defer store.Close()
	tip, err := store.Tip()
	require.NoError(t, err)
	require.Equal(t, head, tip.Number)
	r2 := start(t, dn.node.WSEndpoint(), store, reexecPolicy(), nil) // over WebSocket this time
	dn.advance(2)
	newHead := dn.head()
	r2.waitTip(t, newHead)
	require.Equal(t, newHead-head, r2.d.Verified(), "only the blocks after the stored tip are verified")
	after, _ := blockCalls(t, r2.api.URL, dn.executeBlocks[2])
	require.Equal(t, before.VerifiedAt, after.VerifiedAt, "the stored record is the first run's")
	b, recs := blockCalls(t, r2.api.URL, dn.executeBlocks[3])
	require.Equal(t, "agree", b.Result)
	require.Len(t, recs, 1)
}

// TestReorg: the dev chain is forked below the verified tip (go-ethereum's
// SetCanonical, what SimulatedBeacon.Fork does) and grows a new branch with
// another EXECUTE call; the daemon drops the verdicts of the abandoned blocks
// and verifies the new branch from the fork point.
func TestReorg(t *testing.T) {
	dn := newDevnet(t)
	dn.standard()
	store, err := daemon.OpenStore(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	r := start(t, dn.node.HTTPEndpoint(), store, reexecPolicy(), nil)
	head := dn.head()
	r.waitTip(t, head)
	forkAt := dn.executeBlocks[1] - 1 // drops the two advances
	old, _ := blockCalls(t, r.api.URL, dn.executeBlocks[1])

	bc := dn.node.Eth().BlockChain()
	_, err = bc.SetCanonical(bc.GetBlockByNumber(forkAt))
	require.NoError(t, err)
	require.Equal(t, forkAt, bc.CurrentBlock().Number.Uint64())
	// The new branch: a direct EXECUTE call of another L2 block (the txpool
	// may also re-include the abandoned advances).
	rec := dn.direct(4)
	n := rec.BlockNumber.Uint64()
	require.Greater(t, n, forkAt, "the new call is on the new branch")
	newHead := dn.head()
	deadline := time.Now().Add(60 * time.Second)
	for {
		tip, err := store.Tip()
		require.NoError(t, err)
		canon := bc.GetHeaderByNumber(tip.Number)
		if tip.Number >= newHead && canon != nil && canon.Hash() == tip.Hash {
			break
		}
		require.True(t, time.Now().Before(deadline), "the new branch was not verified within 60s")
		time.Sleep(20 * time.Millisecond)
	}
	b, recs := blockCalls(t, r.api.URL, n)
	require.Equal(t, bc.GetHeaderByNumber(n).Hash(), b.Hash, "the record is the new branch's block")
	require.NotEqual(t, old.Hash, b.Hash)
	require.Equal(t, "agree", b.Result, b.Reason)
	require.NotEmpty(t, recs)
	found := false
	for _, c := range recs {
		require.Equal(t, "agree", c.Result)
		found = found || c.Tx == rec.TxHash
	}
	require.True(t, found, "the new branch's direct EXECUTE call is recorded")
	for m := forkAt + 1; m <= newHead; m++ {
		b, _ := blockCalls(t, r.api.URL, m)
		require.Equal(t, bc.GetHeaderByNumber(m).Hash(), b.Hash, "block %d", m)
	}
	for m := newHead + 1; m <= head; m++ {
		var e map[string]string
		getJSON(t, fmt.Sprintf("%s/v1/blocks/%d", r.api.URL, m), http.StatusNotFound, &e)
	}
	var st daemon.Status
	getJSON(t, r.api.URL+"/v1/status", http.StatusOK, &st)
	require.GreaterOrEqual(t, st.ThisRun["reorgs"], uint64(1))
	_ = errors.Is
}

// TestHybridFallsBack: hybrid mode with a prover that never delivers (an
// empty proof directory) waits proof_timeout, then re-executes every call
// within the cap and agrees; the prover's missing proof is listed as ignored.
func TestHybridFallsBack(t *testing.T) {
	dn := newDevnet(t)
	dn.standard()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	p := reexecPolicy()
	p.Mode, p.K, p.ProofTimeout = validator.ModeHybrid, 1, 300*time.Millisecond
	p.Provers = []validator.Prover{{ID: "silent", System: "tee", Source: t.TempDir(),
		Checker: &validator.AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}}}
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	r := start(t, dn.node.HTTPEndpoint(), store, p, nil)
	r.waitTip(t, dn.head())
	for _, n := range dn.executeBlocks {
		_, recs := blockCalls(t, r.api.URL, n)
		require.Len(t, recs, 1)
		c := recs[0]
		require.Equal(t, "agree", c.Result, c.Reason)
		require.Contains(t, c.Reason, "re-execution")
		require.Len(t, c.Ignored, 1)
		require.Contains(t, c.Ignored[0], "silent: no proof before the deadline")
		require.Equal(t, []string{"tee", "reexec"}, []string{c.Verdicts[0].System, c.Verdicts[1].System})
	}
}
