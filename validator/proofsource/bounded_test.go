package proofsource

import (
	"context"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
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

// TestDirSourceBoundsSize: a file larger than an envelope can be is refused
// from its size, without reading it and without asking again.
func TestDirSourceBoundsSize(t *testing.T) {
	dir := t.TempDir()
	call := common.HexToHash("0x02")
	f, err := os.Create(filepath.Join(dir, call.Hex()+".json"))
	require.NoError(t, err)
	require.NoError(t, f.Truncate(validator.MaxEnvelopeBytes+1))
	require.NoError(t, f.Close())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	_, err = (&Dir{Path: dir}).Proof(ctx, "x", call)
	require.ErrorContains(t, err, "an envelope is at most")
	require.Less(t, time.Since(start), 5*time.Second)
}

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
// ends at its deadline.
func TestHTTPConnectionsBounded(t *testing.T) {
	var open, peak atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(2 * time.Millisecond)
		http.NotFound(w, r)
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		switch s {
		case http.StateNew:
			n := open.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
		case http.StateClosed, http.StateHijacked:
			open.Add(-1)
		}
	}
	srv.Start()
	defer srv.Close()
	src := New(srv.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
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
	require.LessOrEqual(t, peak.Load(), int64(MaxConnsPerHost), "connections open to one prover at once")
}
