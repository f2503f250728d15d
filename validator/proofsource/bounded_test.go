package proofsource

import (
	"context"
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
