package proofsource

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/validator"
)

func envelope(call common.Hash) *validator.Proof {
	return &validator.Proof{Prover: "p", Call: call, Request: []byte{1}, PublicValues: make([]byte, validator.PublicOutputSize), Data: []byte{2}}
}

// TestHTTPAndDir: both sources wait for a proof that arrives later, return it
// byte for byte, give ErrNoProof (with the ctx error) when none arrives in
// time, and reject a malformed envelope with ErrProofEnvelope.
func TestHTTPAndDir(t *testing.T) {
	dir := t.TempDir()
	store := NewStore(dir)
	srv := httptest.NewServer(store)
	defer srv.Close()
	for name, src := range map[string]validator.ProofSource{"http": New(srv.URL + "/v1/proofs"), "dir": New(dir)} {
		t.Run(name, func(t *testing.T) {
			call := common.Hash{byte(len(name))}
			go func() { time.Sleep(3 * PollInterval); require.NoError(t, store.Put(envelope(call))) }()
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			p, err := src.Proof(ctx, "p", call)
			require.NoError(t, err)
			require.Equal(t, envelope(call).Encode(), p.Encode())

			short, cancel2 := context.WithTimeout(context.Background(), 2*PollInterval)
			defer cancel2()
			_, err = src.Proof(short, "p", common.Hash{0xee})
			require.ErrorIs(t, err, validator.ErrNoProof)
			require.ErrorIs(t, err, context.DeadlineExceeded)
		})
	}
	bad := common.Hash{0xba}
	require.NoError(t, os.WriteFile(filepath.Join(dir, bad.Hex()+".json"), []byte(`{"prover":"p"}`), 0o644))
	short, cancel := context.WithTimeout(context.Background(), 10*PollInterval)
	defer cancel()
	_, err := New(dir).Proof(short, "p", bad) // asked again (it may be half-written) until ctx ends
	require.ErrorIs(t, err, validator.ErrProofEnvelope)
	require.ErrorIs(t, err, validator.ErrNoProof)

	resp, err := http.Get(srv.URL + "/v1/proofs/nothex")
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
}

// TestLoadDir: a replayed directory serves its envelopes; a file named after
// another call is refused.
func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	w := NewStore(dir)
	require.NoError(t, w.Put(envelope(common.Hash{1})))
	require.NoError(t, w.Put(envelope(common.Hash{2})))
	r := NewStore("")
	n, err := r.LoadDir(dir)
	require.NoError(t, err)
	require.Equal(t, 2, n)
	require.True(t, r.Has(common.Hash{2}))

	b, err := os.ReadFile(filepath.Join(dir, common.Hash{1}.Hex()+".json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, common.Hash{3}.Hex()+".json"), b, 0o644))
	_, err = NewStore("").LoadDir(dir)
	require.Error(t, err)
	require.Contains(t, err.Error(), "name the file after its call")
	require.False(t, errors.Is(err, validator.ErrNoProof))
}
