package daemon_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/validator/daemon"
)

// TestCallIndexDoesNotWrap: call keys hold the index in 32 bits; an index
// above 2^32-1 is not found (store and GET /v1/calls/<tx>/<i> answer 404),
// never call (i mod 2^32)'s record.
func TestCallIndexDoesNotWrap(t *testing.T) {
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	tx := common.Hash{0x11}
	require.NoError(t, store.PutBlock(&daemon.BlockRecord{Number: 1, Calls: []daemon.CallRef{{Tx: tx, Index: 0}}},
		[]*daemon.CallRecord{{Block: 1, Tx: tx, Index: 0, Result: "agree"}}))
	c, err := store.Call(tx, 0)
	require.NoError(t, err)
	require.Equal(t, "agree", c.Result)
	_, err = store.Call(tx, 1<<32)
	require.Error(t, err)

	d := daemon.New(daemon.Config{Policy: reexecPolicy(), L1: l2.L1Config()}, nil, store)
	srv := httptest.NewServer(d.Handler())
	defer srv.Close()
	for path, want := range map[string]int{"/0": http.StatusOK, "/4294967296": http.StatusNotFound, "/4294967295": http.StatusNotFound} {
		resp, err := http.Get(srv.URL + "/v1/calls/" + tx.Hex() + path)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, want, resp.StatusCode, path)
	}
}
