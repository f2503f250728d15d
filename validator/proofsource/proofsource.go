// Package proofsource is where the validator daemon gets proofs from and how
// provers publish them: a prover's envelopes (validator.Proof, JSON) are
// served over HTTP at GET <base>/<call> or stored in a directory as
// <dir>/<call>.json, <call> being the call id keccak256(input) in 0x hex. A
// prover's `source` in the validator's config is that base URL or directory.
package proofsource

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nativerollup/nr/validator"
)

// New is the source a prover's config names: an http(s) URL or a directory.
func New(source string) validator.ProofSource {
	if strings.HasPrefix(source, "http://") || strings.HasPrefix(source, "https://") {
		return &HTTP{Base: source}
	}
	return &Dir{Path: source}
}

// PollInterval is how often a source asks again while a prover has no proof
// for a call, or after a transient error (HTTP 5xx or 429, a connection
// error, a file that does not decode yet: a prover restarting or still
// writing); the caller's ctx (the policy's proof_timeout) bounds the wait.
const PollInterval = 100 * time.Millisecond

// transient marks an error worth asking again after.
type transient struct{ err error }

func (t transient) Error() string { return t.err.Error() }
func (t transient) Unwrap() error { return t.err }

// MaxConnsPerHost bounds the connections the HTTP sources open to one
// prover host at once: the daemon fetches the proofs of every call of a
// block concurrently, and each fetch polls until proof_timeout, so without
// it a block of a thousand calls would hold a thousand sockets. Fetches
// beyond it wait for a connection (within their deadline).
const MaxConnsPerHost = 16

// client is the HTTP sources' default client: http.DefaultTransport's
// settings, at most MaxConnsPerHost connections per prover host, all of
// them kept alive between polls.
var client = func() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxConnsPerHost = MaxConnsPerHost
	t.MaxIdleConnsPerHost = MaxConnsPerHost
	return &http.Client{Transport: t}
}()

// MaxConcurrentReads bounds the envelopes one source (one prover's HTTP
// base or directory) reads and decodes at once. The daemon asks for the
// proofs of up to --judges calls at once, and an envelope may be
// validator.MaxEnvelopeBytes (about 16 MiB) that takes MaxFetchBytes to
// read and decode, so without it 1024 fetches of full-size envelopes would
// hold ~67 GiB (each fetch held ~67 MiB, when decoding buffered each JSON
// value); with it a source holds at most MaxConcurrentReads x MaxFetchBytes
// (~96 MiB). Fetches beyond it wait for a slot (within their deadline);
// HTTP fetches wait holding the response headers only, and 404s and errors
// take no slot.
const MaxConcurrentReads = 2

// MaxFetchBytes bounds the heap one read and decode of an envelope holds:
// the envelope in one buffer (validator.MaxEnvelopeBytes; an HTTP body of
// unknown length is read into a growing buffer, up to ~2.25x that while the
// last growth copies) and what validator.DecodeProof allocates (about half
// the envelope, in place, TestDecodeProofMemory).
const MaxFetchBytes = 3 * validator.MaxEnvelopeBytes

// maxErrorBody is how much of a non-200 response is read (for the error).
const maxErrorBody = 4 << 10

// reads is a source's MaxConcurrentReads slots; the zero value is ready.
type reads struct {
	once  sync.Once
	slots chan struct{}
	n     atomic.Int64 // envelopes read
}

// acquire waits for a slot until ctx ends; release gives it back.
func (r *reads) acquire(ctx context.Context) error {
	r.once.Do(func() { r.slots = make(chan struct{}, MaxConcurrentReads) })
	select {
	case r.slots <- struct{}{}:
		r.n.Add(1)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (r *reads) release() { <-r.slots }

// HTTP fetches envelopes from GET Base/<call>: 200 with the envelope, or 404
// while the prover has none (asked again every PollInterval until ctx ends,
// as after a transient error). A 200 body of more than
// validator.MaxEnvelopeBytes is validator.ErrEnvelopeTooLarge, refused from
// its Content-Length before reading when it has one; a 200 that does not
// decode is final.
type HTTP struct {
	Base   string
	Client *http.Client // nil: at most MaxConnsPerHost connections to Base's host
	reads  reads
}

// Proof implements validator.ProofSource.
func (h *HTTP) Proof(ctx context.Context, prover string, call common.Hash) (*validator.Proof, error) {
	url := strings.TrimRight(h.Base, "/") + "/" + call.Hex()
	c := h.Client
	if c == nil {
		c = client
	}
	return poll(ctx, func() (*validator.Proof, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, fmt.Errorf("prover %s: bad source URL %s: %w", prover, url, err)
		}
		resp, err := c.Do(req)
		if err != nil {
			return nil, transient{fmt.Errorf("prover %s: GET %s: %w", prover, url, err)}
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			// A little of the body, for the error; draining a short one
			// keeps the connection for the next poll.
			body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
			switch {
			case resp.StatusCode == http.StatusNotFound:
				return nil, validator.ErrNoProof
			case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
				return nil, transient{fmt.Errorf("prover %s: GET %s: HTTP %d: %.200s", prover, url, resp.StatusCode, body)}
			}
			return nil, fmt.Errorf("prover %s: GET %s: HTTP %d: %.200s", prover, url, resp.StatusCode, body)
		}
		if resp.ContentLength > validator.MaxEnvelopeBytes {
			return nil, fmt.Errorf("prover %s: GET %s: %w: Content-Length %d", prover, url, validator.ErrEnvelopeTooLarge, resp.ContentLength)
		}
		if err := h.reads.acquire(ctx); err != nil {
			return nil, err
		}
		defer h.reads.release()
		body, err := readAll(resp.Body, resp.ContentLength)
		if err != nil {
			return nil, transient{fmt.Errorf("prover %s: reading %s: %w", prover, url, err)}
		}
		if len(body) > validator.MaxEnvelopeBytes {
			return nil, fmt.Errorf("prover %s: GET %s: %w: the body goes on past it", prover, url, validator.ErrEnvelopeTooLarge)
		}
		p, err := validator.DecodeProof(body)
		if err != nil {
			return nil, fmt.Errorf("prover %s: GET %s: %w", prover, url, err)
		}
		return p, nil
	})
}

// Dir reads envelopes from Path/<call>.json, as `nr prover --proofs.dir`
// writes them (or an operator copies them in); a missing file is asked for
// again every PollInterval until ctx ends, as is one that does not decode
// (still being written): it is read again as soon as it changes (another
// file, size or modification time), and while it does not only after a
// backoff doubling from PollInterval to maxBackoff. Only a regular file of
// at most validator.MaxEnvelopeBytes is read (a larger one is
// validator.ErrEnvelopeTooLarge, from its size, unread); it is opened
// non-blocking, so a FIFO or device in its place cannot stall the daemon
// past ctx.
type Dir struct {
	Path  string
	reads reads
}

// maxBackoff is the longest a directory source waits before reading again
// a file that did not decode and has not changed since.
const maxBackoff = 2 * time.Second

// Proof implements validator.ProofSource.
func (d *Dir) Proof(ctx context.Context, prover string, call common.Hash) (*validator.Proof, error) {
	file := filepath.Join(d.Path, call.Hex()+".json")
	var (
		bad     os.FileInfo // the file as it was when it last failed to decode
		badErr  error
		readAt  time.Time
		backoff = PollInterval
	)
	return poll(ctx, func() (*validator.Proof, error) {
		st, err := os.Stat(file)
		if errors.Is(err, os.ErrNotExist) {
			return nil, validator.ErrNoProof
		}
		if err != nil {
			return nil, fmt.Errorf("prover %s: %w", prover, err)
		}
		if err := envelopeFile(file, st); err != nil {
			return nil, fmt.Errorf("prover %s: %w", prover, err)
		}
		if bad != nil && sameFile(bad, st) {
			if time.Since(readAt) < backoff {
				return nil, badErr // unchanged: not read again yet
			}
			backoff = min(2*backoff, maxBackoff)
		} else {
			backoff = PollInterval
		}
		if err := d.reads.acquire(ctx); err != nil {
			return nil, err
		}
		defer d.reads.release()
		b, st, err := readEnvelope(file)
		if errors.Is(err, os.ErrNotExist) {
			return nil, validator.ErrNoProof
		}
		if err != nil {
			return nil, fmt.Errorf("prover %s: %w", prover, err)
		}
		p, err := validator.DecodeProof(b)
		if err != nil {
			bad, readAt = st, time.Now()
			badErr = transient{fmt.Errorf("prover %s: %s: %w", prover, file, err)}
			return nil, badErr
		}
		return p, nil
	})
}

// sameFile reports whether a and b are one file, unchanged.
func sameFile(a, b os.FileInfo) bool {
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// envelopeFile checks that st, file's, is a regular file of at most
// validator.MaxEnvelopeBytes.
func envelopeFile(file string, st os.FileInfo) error {
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file (%s)", file, st.Mode().Type())
	}
	if st.Size() > validator.MaxEnvelopeBytes {
		return fmt.Errorf("%s: %w: %d bytes", file, validator.ErrEnvelopeTooLarge, st.Size())
	}
	return nil
}

// readEnvelope reads a regular file of at most validator.MaxEnvelopeBytes
// without blocking on a special file, and returns it with its stat (taken
// before reading).
func readEnvelope(file string) ([]byte, os.FileInfo, error) {
	f, err := os.OpenFile(file, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if err := envelopeFile(file, st); err != nil {
		return nil, nil, err
	}
	b, err := readAll(f, st.Size())
	if err != nil {
		return nil, nil, transient{err}
	}
	if len(b) > validator.MaxEnvelopeBytes { // it grew while read
		return nil, nil, transient{fmt.Errorf("%s: %w: it grew past it while read", file, validator.ErrEnvelopeTooLarge)}
	}
	return b, st, nil
}

// readAll reads at most validator.MaxEnvelopeBytes+1 bytes, into one buffer
// of the announced size when it is known and within the limit (io.ReadAll
// alone would grow it by doubling).
func readAll(r io.Reader, size int64) ([]byte, error) {
	r = io.LimitReader(r, validator.MaxEnvelopeBytes+1)
	if size <= 0 || size > validator.MaxEnvelopeBytes {
		return io.ReadAll(r)
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// poll calls fetch until it returns something other than ErrNoProof or a
// transient error, or ctx ends (ErrNoProof, with the last transient error
// from before it ended, if any).
func poll(ctx context.Context, fetch func() (*validator.Proof, error)) (*validator.Proof, error) {
	t := time.NewTimer(0)
	defer t.Stop()
	var last error
	for {
		select {
		case <-ctx.Done():
			if last != nil {
				return nil, fmt.Errorf("%w: %w (last error: %w)", validator.ErrNoProof, ctx.Err(), last)
			}
			return nil, fmt.Errorf("%w: %w", validator.ErrNoProof, ctx.Err())
		case <-t.C:
		}
		p, err := fetch()
		var tr transient
		if errors.As(err, &tr) && (ctx.Err() == nil || last == nil) {
			last = err // not an error of ctx's ending in place of the last real one
		}
		if err != nil && ctx.Err() != nil {
			if last != nil {
				return nil, fmt.Errorf("%w: %w (last error: %w)", validator.ErrNoProof, ctx.Err(), last)
			}
			return nil, fmt.Errorf("%w: %w", validator.ErrNoProof, ctx.Err())
		}
		switch {
		case errors.As(err, &tr):
		case errors.Is(err, validator.ErrNoProof):
		default:
			return p, err
		}
		t.Reset(PollInterval)
	}
}

// Store holds a prover's envelopes by call id and serves them at GET /<call>.
// It is safe for concurrent use.
type Store struct {
	mu     sync.RWMutex
	proofs map[common.Hash][]byte
	// Dir, if set, also receives every envelope as Dir/<call>.json.
	Dir string
}

// NewStore is an empty store writing to dir ("" for memory only).
func NewStore(dir string) *Store { return &Store{proofs: map[common.Hash][]byte{}, Dir: dir} }

// Put stores p.
func (s *Store) Put(p *validator.Proof) error {
	b := p.Encode()
	if s.Dir != "" {
		file := filepath.Join(s.Dir, p.Call.Hex()+".json")
		tmp := file + ".tmp"
		if err := os.WriteFile(tmp, b, 0o644); err != nil {
			return fmt.Errorf("writing the proof of %s: %w", p.Call, err)
		}
		if err := os.Rename(tmp, file); err != nil {
			return fmt.Errorf("writing the proof of %s: %w", p.Call, err)
		}
	}
	s.mu.Lock()
	s.proofs[p.Call] = b
	s.mu.Unlock()
	return nil
}

// Has reports whether the store holds a proof for call.
func (s *Store) Has(call common.Hash) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, ok := s.proofs[call]
	return ok
}

// Len is the number of stored proofs.
func (s *Store) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.proofs)
}

// LoadDir adds every <call>.json envelope in dir (a replay of stored proofs);
// a file that is not a valid envelope for its name is an error.
func (s *Store) LoadDir(dir string) (int, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, fmt.Errorf("reading the proof directory: %w", err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".json") {
			continue
		}
		b, _, err := readEnvelope(filepath.Join(dir, name))
		if err != nil {
			return n, err
		}
		p, err := validator.DecodeProof(b)
		if err != nil {
			return n, fmt.Errorf("%s: %w", filepath.Join(dir, name), err)
		}
		if p.Call.Hex()+".json" != name {
			return n, fmt.Errorf("%s: the envelope is for call %s; name the file after its call", filepath.Join(dir, name), p.Call.Hex())
		}
		s.mu.Lock()
		s.proofs[p.Call] = b
		s.mu.Unlock()
		n++
	}
	return n, nil
}

// ServeHTTP serves GET /<call> (any prefix before the last path element).
func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "use GET <base>/<call id>", http.StatusMethodNotAllowed)
		return
	}
	last := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	b, err := common.ParseHexOrString(last)
	if err != nil || len(b) != common.HashLength || !strings.HasPrefix(last, "0x") {
		http.Error(w, fmt.Sprintf("want GET <base>/<call id>, the call id 0x and 64 hex digits (keccak256 of the EXECUTE input); got %q", last), http.StatusBadRequest)
		return
	}
	s.mu.RLock()
	env, ok := s.proofs[common.BytesToHash(b)]
	s.mu.RUnlock()
	if !ok {
		http.Error(w, "no proof for this call yet", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(env)
}

// Dedup shares one fetch among concurrent requests for the same prover and
// call (a block with the same input twice, or hybrid and proofs verifiers of
// one call): the first runs it, the others wait for its proof. A follower
// whose leader failed (its own deadline, an error) fetches for itself, so a
// request is never decided by another's context.
func Dedup(inner validator.ProofSource) validator.ProofSource {
	return &dedup{inner: inner, flights: map[string]*flight{}}
}

type flight struct {
	done  chan struct{}
	proof *validator.Proof
	err   error
}

type dedup struct {
	inner   validator.ProofSource
	mu      sync.Mutex
	flights map[string]*flight
}

func (d *dedup) Proof(ctx context.Context, prover string, call common.Hash) (*validator.Proof, error) {
	key := prover + "/" + call.Hex()
	d.mu.Lock()
	if f, ok := d.flights[key]; ok {
		d.mu.Unlock()
		select {
		case <-f.done:
			if f.err == nil {
				return f.proof, nil
			}
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: %w", validator.ErrNoProof, ctx.Err())
		}
		return d.inner.Proof(ctx, prover, call)
	}
	f := &flight{done: make(chan struct{})}
	d.flights[key] = f
	d.mu.Unlock()
	f.proof, f.err = d.inner.Proof(ctx, prover, call)
	d.mu.Lock()
	delete(d.flights, key)
	d.mu.Unlock()
	close(f.done)
	return f.proof, f.err
}
