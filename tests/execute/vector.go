package execute

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ErrNoVectors is returned by LoadDir for a directory without vector files.
var ErrNoVectors = errors.New("no EXECUTE vectors found")

// Vector is one EXECUTE conformance vector (spec/conformance.md, "Vector file").
type Vector struct {
	// Name is unique within a set and is the file name without ".json".
	Name        string `json:"name"`
	Description string `json:"description"`
	// Kind is "valid", "false" or "failure".
	Kind  string        `json:"kind"`
	Input hexutil.Bytes `json:"input"`
	// Success is whether the call succeeds; Output is its return data (empty on failure).
	Success bool          `json:"success"`
	Output  hexutil.Bytes `json:"output"`
	// Gas is RequiredGas(input).
	Gas hexutil.Uint64 `json:"gas"`
	// Error is the reference implementation's error for a failure. It is
	// informative: other implementations need only fail.
	Error string `json:"error,omitempty"`
}

// WriteDir writes each vector to dir/<name>.json, replacing stale vector files,
// so that regenerating gives byte-identical files.
func WriteDir(dir string, vectors []Vector) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	old, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return fmt.Errorf("removing stale vector %s: %w", f, err)
		}
	}
	for _, v := range vectors {
		enc, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return err
		}
		path := filepath.Join(dir, v.Name+".json")
		if err := os.WriteFile(path, append(enc, '\n'), 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
	}
	return nil
}

// LoadDir reads every *.json vector in dir, sorted by file name.
func LoadDir(dir string) ([]Vector, error) {
	vectors, err := LoadFS(os.DirFS(dir))
	if errors.Is(err, ErrNoVectors) {
		return nil, fmt.Errorf("%w in %s (generate them with `nr conformance gen --out %s`)", ErrNoVectors, dir, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return vectors, nil
}

// LoadFS reads every *.json vector at the top of fsys, sorted by file name.
func LoadFS(fsys fs.FS) ([]Vector, error) {
	files, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, ErrNoVectors
	}
	sort.Strings(files)
	vectors := make([]Vector, 0, len(files))
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		v, err := parseVector(f, b)
		if err != nil {
			return nil, err
		}
		vectors = append(vectors, *v)
	}
	return vectors, nil
}

// LoadFile reads one vector file.
func LoadFile(path string) (*Vector, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseVector(path, b)
}

// parseVector decodes a vector file's contents; the name defaults to the file's.
func parseVector(path string, b []byte) (*Vector, error) {
	var v Vector
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s is not an EXECUTE vector (spec/conformance.md): %w", path, err)
	}
	if v.Name == "" {
		v.Name = strings.TrimSuffix(filepath.Base(path), ".json")
	}
	return &v, nil
}
