package proofsource

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/validator"
)

// malformedEnvelope is an envelope of about validator.MaxEnvelopeBytes that
// never decodes (its closing brace missing): the largest thing a source has
// to read and decode before it can tell.
func malformedEnvelope() []byte {
	var env bytes.Buffer
	env.Grow(validator.MaxEnvelopeBytes)
	env.WriteString(`{"prover":"p","call":"0x` + string(bytes.Repeat([]byte("0"), 64)) + `","request":"0x`)
	for env.Len() < validator.MaxEnvelopeBytes-64 {
		env.WriteString("00")
	}
	env.WriteString(`"`)
	return env.Bytes()
}

// heapPeak runs f and returns the largest heap growth sampled while it ran,
// collecting garbage early (GOGC=10) so that the heap is about what is live.
func heapPeak(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak uint64
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
	f()
	close(stop)
	<-done
	if peak < before.HeapAlloc {
		return 0
	}
	return peak - before.HeapAlloc
}

// TestConcurrentReadsBounded (from the attack review: a malformed envelope
// of full size per call, fetched for up to --judges calls at once, held
// ~67 MiB a fetch with nothing bounding how many ran at once: 32 held
// 2.1 GiB, 1024 would be ~67 GiB; over HTTP, 32 held 1.1 to 1.6 GiB, the
// decodes running after the connection was released). Directory and HTTP
// sources read and decode at most MaxConcurrentReads envelopes at once, so
// 32 concurrent fetches of such envelopes hold about MaxConcurrentReads x
// MaxFetchBytes, not 32 of them; an HTTP envelope is read once (a 200 that
// does not decode is final), an unchanged file only after a backoff.
func TestConcurrentReadsBounded(t *testing.T) {
	const calls = 32
	env := malformedEnvelope()
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	require.NoError(t, os.WriteFile(first, env, 0o644))
	ids := make([]common.Hash, calls)
	for i := range ids {
		ids[i] = common.Hash{byte(i), 1}
		require.NoError(t, os.Link(first, filepath.Join(dir, ids[i].Hex()+".json")))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(env) }))
	defer srv.Close()
	d, h := &Dir{Path: dir}, &HTTP{Base: srv.URL}
	for _, tc := range []struct {
		name     string
		src      validator.ProofSource
		reads    *reads
		timeout  time.Duration
		want     error
		maxReads int64
	}{
		// A directory source asks again until the deadline (the file may be
		// half-written) and ends with ErrNoProof, the last error kept.
		// Unchanged, a file is read at most at 0, 0.1, 0.3, 0.7 and 1.5 s
		// (every PollInterval, it would be 30 times).
		{"dir", d, &d.reads, 3 * time.Second, validator.ErrNoProof, 5 * calls},
		// A 200 that does not decode is final: read once.
		{"http", h, &h.reads, time.Minute, validator.ErrProofEnvelope, calls},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), tc.timeout)
			defer cancel()
			grown := heapPeak(func() {
				var wg sync.WaitGroup
				for _, id := range ids {
					wg.Add(1)
					go func() {
						defer wg.Done()
						_, err := tc.src.Proof(ctx, "p", id)
						require.ErrorIs(t, err, tc.want)
					}()
				}
				wg.Wait()
			})
			t.Logf("%s: %d concurrent fetches of a %d MiB malformed envelope: heap peak +%d MiB, %d reads", tc.name, calls, len(env)>>20, grown>>20, tc.reads.n.Load())
			// GOGC=10: the heap runs up to 10% over what is live.
			require.LessOrEqual(t, grown, uint64(MaxConcurrentReads*MaxFetchBytes*11/10), "%d fetches at once", calls)
			require.Positive(t, tc.reads.n.Load())
			require.LessOrEqual(t, tc.reads.n.Load(), tc.maxReads, "envelopes read")
		})
	}
}
