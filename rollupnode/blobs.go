package rollupnode

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/nativerollup/nr/derive"
)

// BlobSource gives the blobs with the given versioned hashes, in order. What it
// returns is untrusted: callers bind each blob to its hash (derive.VerifyVersionedHashes).
type BlobSource interface {
	Blobs(ctx context.Context, hashes []common.Hash) ([]kzg4844.Blob, error)
}

// ErrBlobUnavailable: the source does not have a blob.
var ErrBlobUnavailable = errors.New("blob not available")

// BlobArchive keeps blobs by versioned hash and serves them over HTTP at
// /blobs/<versioned hash> (the raw 131,072 bytes). A dev L1 has no consensus
// client, so nothing serves the sidecars of its blob transactions once they are
// mined (the execution layer drops them); the devnet's proposer puts every blob
// it posts here, standing in for the beacon API's blob_sidecars. Readers check
// every blob against the versioned hash the L1 transaction committed to, so the
// archive need not be trusted.
type BlobArchive struct {
	dir   string
	mu    sync.RWMutex
	blobs map[common.Hash]*kzg4844.Blob
}

// NewBlobArchive is an archive kept in memory and, if dir is not empty, in dir
// (one file per blob, named by its versioned hash), where a restart finds the
// blobs again.
func NewBlobArchive(dir string) (*BlobArchive, error) {
	a := &BlobArchive{dir: dir, blobs: map[common.Hash]*kzg4844.Blob{}}
	if dir == "" {
		return a, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("the blob archive: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("the blob archive: %w", err)
	}
	for _, e := range entries {
		h, ok := strings.CutSuffix(e.Name(), ".blob")
		if !ok || !e.Type().IsRegular() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("the blob archive: %w", err)
		}
		var b kzg4844.Blob
		if len(raw) != len(b) {
			return nil, fmt.Errorf("the blob archive: %s holds %d bytes, not one blob (remove it)", filepath.Join(dir, e.Name()), len(raw))
		}
		copy(b[:], raw)
		a.blobs[common.HexToHash(h)] = &b
	}
	return a, nil
}

// Put adds blobs under their versioned hashes (on disk first, if kept there).
func (a *BlobArchive) Put(blobs []kzg4844.Blob) error {
	hashes, err := derive.VersionedHashes(blobs)
	if err != nil {
		return err
	}
	for i, h := range hashes {
		if a.dir == "" {
			continue
		}
		tmp := filepath.Join(a.dir, h.Hex()+".tmp")
		if err := os.WriteFile(tmp, blobs[i][:], 0o644); err != nil {
			return fmt.Errorf("the blob archive: %w", err)
		}
		if err := os.Rename(tmp, filepath.Join(a.dir, h.Hex()+".blob")); err != nil {
			return fmt.Errorf("the blob archive: %w", err)
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for i, h := range hashes {
		b := blobs[i]
		a.blobs[h] = &b
	}
	return nil
}

// Blobs implements BlobSource.
func (a *BlobArchive) Blobs(_ context.Context, hashes []common.Hash) ([]kzg4844.Blob, error) {
	a.mu.RLock()
	defer a.mu.RUnlock()
	out := make([]kzg4844.Blob, len(hashes))
	for i, h := range hashes {
		b, ok := a.blobs[h]
		if !ok {
			return nil, fmt.Errorf("%w: %s", ErrBlobUnavailable, h)
		}
		out[i] = *b
	}
	return out, nil
}

// ServeHTTP answers GET /blobs/<versioned hash> with the blob's bytes.
func (a *BlobArchive) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hex, ok := strings.CutPrefix(r.URL.Path, "/blobs/")
	if !ok || r.Method != http.MethodGet || len(hex) != 66 || !strings.HasPrefix(hex, "0x") {
		http.Error(w, "GET /blobs/0x<versioned hash, 64 hex digits>", http.StatusBadRequest)
		return
	}
	h := common.HexToHash(hex)
	a.mu.RLock()
	b, found := a.blobs[h]
	a.mu.RUnlock()
	if !found {
		http.Error(w, "no blob with versioned hash "+h.Hex(), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(b[:])
}

// HTTPBlobs reads blobs from a BlobArchive served at URL (http://host:port).
type HTTPBlobs struct {
	URL    string
	Client *http.Client
}

// Blobs implements BlobSource.
func (s *HTTPBlobs) Blobs(ctx context.Context, hashes []common.Hash) ([]kzg4844.Blob, error) {
	c := s.Client
	if c == nil {
		c = &http.Client{Timeout: 30 * time.Second}
	}
	out := make([]kzg4844.Blob, len(hashes))
	for i, h := range hashes {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(s.URL, "/")+"/blobs/"+h.Hex(), nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.Do(req)
		if err != nil {
			return nil, fmt.Errorf("fetching blob %s: %w", h, err)
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, int64(len(out[i]))+1))
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusNotFound:
			return nil, fmt.Errorf("%w: %s at %s", ErrBlobUnavailable, h, s.URL)
		case resp.StatusCode != http.StatusOK:
			return nil, fmt.Errorf("fetching blob %s from %s: HTTP %s", h, s.URL, resp.Status)
		case err != nil:
			return nil, fmt.Errorf("fetching blob %s from %s: %w", h, s.URL, err)
		case len(body) != len(out[i]):
			return nil, fmt.Errorf("fetching blob %s from %s: %d bytes or more, want exactly %d", h, s.URL, len(body), len(out[i]))
		}
		copy(out[i][:], body)
	}
	return out, nil
}
