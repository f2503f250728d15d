package rollupnode_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/rollupnode"
)

// TestBlobArchiveHTTP: blobs put in the archive come back over HTTP by
// versioned hash; an unknown hash is ErrBlobUnavailable, a malformed path a
// 400, and an answer that is not exactly one blob long is an error.
func TestBlobArchiveHTTP(t *testing.T) {
	payload, err := derive.EncodePayload(derive.Batch{Blocks: []derive.Block{{Timestamp: 1, GasLimit: 1_000_000}}})
	require.NoError(t, err)
	blobs, err := derive.EncodeBlobs(payload)
	require.NoError(t, err)
	hashes, err := derive.VersionedHashes(blobs)
	require.NoError(t, err)
	dir := t.TempDir()
	a, err := rollupnode.NewBlobArchive(dir)
	require.NoError(t, err)
	require.NoError(t, a.Put(blobs))
	reopened, err := rollupnode.NewBlobArchive(dir)
	require.NoError(t, err)
	again, err := reopened.Blobs(context.Background(), hashes)
	require.NoError(t, err)
	require.Equal(t, blobs, again, "the blobs survive a restart")
	srv := httptest.NewServer(a)
	defer srv.Close()
	ctx := context.Background()

	src := &rollupnode.HTTPBlobs{URL: srv.URL}
	got, err := src.Blobs(ctx, hashes)
	require.NoError(t, err)
	require.Equal(t, blobs, got)
	require.NoError(t, derive.VerifyVersionedHashes(got, hashes))

	_, err = src.Blobs(ctx, []common.Hash{{0x01, 0x02}})
	require.ErrorIs(t, err, rollupnode.ErrBlobUnavailable)
	_, err = a.Blobs(ctx, []common.Hash{{0x01, 0x02}})
	require.ErrorIs(t, err, rollupnode.ErrBlobUnavailable)
	res, err := http.Get(srv.URL + "/blobs/0x1234")
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusBadRequest, res.StatusCode)

	for name, size := range map[string]int{"long": len(kzg4844.Blob{}) + 1, "short": 100} {
		bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write(make([]byte, size)) }))
		_, err := (&rollupnode.HTTPBlobs{URL: bad.URL}).Blobs(ctx, hashes)
		bad.Close()
		require.ErrorContains(t, err, "want exactly 131072", name)
	}
}
