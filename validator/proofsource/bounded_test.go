package proofsource

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/validator"
)

// TestDirSourceHonoursTimeout: a <call>.json that is a FIFO with no writer
// does not block Dir.Proof (it opens non-blocking and reads regular files
// only): it returns at once with an error, well within proof_timeout.
func TestDirSourceHonoursTimeout(t *testing.T) {
	dir := t.TempDir()
	call := common.HexToHash("0x01")
	file := filepath.Join(dir, call.Hex()+".json")
	require.NoError(t, syscall.Mkfifo(file, 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { _, err := (&Dir{Path: dir}).Proof(ctx, "x", call); done <- err }()
	select {
	case err := <-done:
		require.ErrorContains(t, err, "not a regular file")
	case <-time.After(2 * time.Second):
		if f, err := os.OpenFile(file, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		<-done
		t.Fatal("Dir.Proof still blocked 2s after a 200ms proof timeout")
	}
}

// TestBadEnvelopes: named bad inputs and the exact errors they give. An
// oversized file or HTTP body is validator.ErrEnvelopeTooLarge and final,
// refused from its size unread when the size is known (a file, a
// Content-Length), else after reading MaxEnvelopeBytes+1 bytes of it; a
// malformed 200 is final; a malformed file is asked for again until the
// deadline but, unchanged, read again only after a doubling backoff (not
// every PollInterval); an error status's body is read only in part.
func TestBadEnvelopes(t *testing.T) {
	oversized := int64(validator.MaxEnvelopeBytes + 1)
	call := common.HexToHash("0x02")
	lastErr := "no proof for this call yet: context deadline exceeded (last error: "
	for _, tc := range []struct {
		name     string
		file     func(path string) error            // the directory source's <call>.json
		handler  func(w http.ResponseWriter, n int) // the HTTP source's nth answer
		timeout  time.Duration
		want     error
		errText  string // %[1]s the file or URL
		minReads int64
		maxReads int64
		final    bool
	}{
		{
			name: "dir: oversized file",
			file: func(path string) error {
				f, err := os.Create(path)
				if err != nil {
					return err
				}
				defer f.Close()
				return f.Truncate(oversized)
			},
			timeout: 10 * time.Second, want: validator.ErrEnvelopeTooLarge, final: true,
			errText: "prover p: %[1]s: malformed proof envelope: more than MaxEnvelopeBytes (16842752 bytes): 16842753 bytes",
		},
		{
			name: "dir: malformed",
			file: func(path string) error { return os.WriteFile(path, []byte(`{"prover":"p"}`), 0o644) },
			// Unchanged, it is read at 0, 100, 300 and 700 ms (every
			// PollInterval, it would be ten times).
			timeout: time.Second, want: validator.ErrProofEnvelope,
			errText:  lastErr + `prover p: %[1]s: malformed proof envelope: missing field "call")`,
			minReads: 1, maxReads: 4,
		},
		{
			name: "http: oversized body with a Content-Length",
			handler: func(w http.ResponseWriter, _ int) {
				w.Header().Set("Content-Length", strconv.FormatInt(oversized, 10))
				io.CopyN(w, zeros{}, oversized)
			},
			timeout: 10 * time.Second, want: validator.ErrEnvelopeTooLarge, final: true,
			errText: "prover p: GET %[1]s: malformed proof envelope: more than MaxEnvelopeBytes (16842752 bytes): Content-Length 16842753",
		},
		{
			name: "http: oversized body without a Content-Length",
			handler: func(w http.ResponseWriter, _ int) {
				w.(http.Flusher).Flush() // chunked
				io.CopyN(w, zeros{}, oversized)
			},
			timeout: 10 * time.Second, want: validator.ErrEnvelopeTooLarge, final: true,
			errText:  "prover p: GET %[1]s: malformed proof envelope: more than MaxEnvelopeBytes (16842752 bytes): the body goes on past it",
			minReads: 1, maxReads: 1,
		},
		{
			name:    "http: malformed",
			handler: func(w http.ResponseWriter, _ int) { w.Write([]byte(`{"prover":"p"}`)) },
			timeout: 10 * time.Second, want: validator.ErrProofEnvelope, final: true,
			errText:  `prover p: GET %[1]s: malformed proof envelope: missing field "call"`,
			minReads: 1, maxReads: 1,
		},
		{
			name: "http: 503 with an oversized body, then 404",
			handler: func(w http.ResponseWriter, n int) {
				if n > 1 {
					http.NotFound(w, nil)
					return
				}
				w.WriteHeader(http.StatusServiceUnavailable)
				io.CopyN(w, strings.NewReader(strings.Repeat("x", 1<<20)), 1<<20)
			},
			timeout: 5 * PollInterval, want: validator.ErrNoProof,
			errText: lastErr + "prover p: GET %[1]s: HTTP 503: " + strings.Repeat("x", 200) + ")",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var (
				src   validator.ProofSource
				reads *reads
				where string
			)
			if tc.file != nil {
				dir := t.TempDir()
				where = filepath.Join(dir, call.Hex()+".json")
				require.NoError(t, tc.file(where))
				d := &Dir{Path: dir}
				src, reads = d, &d.reads
			} else {
				var n atomic.Int32
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { tc.handler(w, int(n.Add(1))) }))
				defer srv.Close()
				where = srv.URL + "/" + call.Hex()
				h := &HTTP{Base: srv.URL}
				src, reads = h, &h.reads
			}
			ctx, cancel := context.WithTimeout(context.Background(), tc.timeout)
			defer cancel()
			_, err := src.Proof(ctx, "p", call)
			require.ErrorIs(t, err, tc.want)
			require.EqualError(t, err, fmt.Sprintf(tc.errText, where))
			require.Equal(t, tc.final, !errors.Is(err, validator.ErrNoProof), "a final error")
			if tc.final {
				require.NoError(t, ctx.Err(), "a final error comes before the deadline")
			}
			require.GreaterOrEqual(t, reads.n.Load(), tc.minReads, "envelopes read")
			require.LessOrEqual(t, reads.n.Load(), tc.maxReads, "envelopes read")
		})
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestSourcesRetryTransientErrors: an HTTP source asks again after a 503 and
// a directory source after a half-written file, every PollInterval until
// proof_timeout, and gets the proof that follows.
func TestSourcesRetryTransientErrors(t *testing.T) {
	call := common.Hash{0x33}
	env := envelope(call).Encode()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) <= 2 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Write(env)
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p, err := (&HTTP{Base: srv.URL}).Proof(ctx, "p", call)
	require.NoError(t, err)
	require.Equal(t, env, p.Encode())
	require.Equal(t, int32(3), n.Load())

	dir := t.TempDir()
	file := filepath.Join(dir, call.Hex()+".json")
	require.NoError(t, os.WriteFile(file, env[:len(env)/2], 0o644))
	go func() { time.Sleep(3 * PollInterval); os.WriteFile(file, env, 0o644) }()
	p, err = (&Dir{Path: dir}).Proof(ctx, "p", call)
	require.NoError(t, err)
	require.Equal(t, env, p.Encode())

	short, cancel2 := context.WithTimeout(context.Background(), 3*PollInterval)
	defer cancel2()
	_, err = (&HTTP{Base: "http://127.0.0.1:1"}).Proof(short, "p", call) // connection refused throughout
	require.ErrorIs(t, err, validator.ErrNoProof)
	require.ErrorContains(t, err, "last error")
}

// TestHTTPConnectionsBounded: the proof fetches of a block with hundreds of
// EXECUTE calls, all polling one prover that has no proof yet, share at most
// MaxConnsPerHost connections to it (the others wait for one), so they cannot
// exhaust the daemon's file descriptors or the prover's; every fetch still
// ends at its deadline. The peak is taken before the deadline: at it, the
// requests in flight are cancelled and their connections closed, and the
// server may see a waiting request's new connection before it sees the old
// one close (a ~3% flake under load when counted after it too).
func TestHTTPConnectionsBounded(t *testing.T) {
	var open, peak atomic.Int64
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(2 * time.Millisecond)
		http.NotFound(w, r)
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		switch s {
		case http.StateNew:
			n := open.Add(1)
			for p := peak.Load(); ctx.Err() == nil && n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
		case http.StateClosed, http.StateHijacked:
			open.Add(-1)
		}
	}
	srv.Start()
	defer srv.Close()
	src := New(srv.URL)
	const calls = 300
	errs := make(chan error, calls)
	for i := range calls {
		go func() {
			_, err := src.Proof(ctx, "p", common.BigToHash(big.NewInt(int64(i))))
			errs <- err
		}()
	}
	for range calls {
		select {
		case err := <-errs:
			require.Error(t, err)
		case <-time.After(30 * time.Second):
			t.Fatal("a proof fetch outlived its 500ms deadline by 30s")
		}
	}
	require.Positive(t, peak.Load())
	require.LessOrEqual(t, peak.Load(), int64(MaxConnsPerHost), "connections open to one prover at once")
}
