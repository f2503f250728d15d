package execute

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	// Name is unique within a set and is the file name without ".json" or ".json.gz".
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

// Vector files: <name>.json, or <name>.json.gz when the JSON is larger than
// GzipThreshold (spec/conformance.md, "Vector file").
const (
	jsonExt = ".json"
	gzipExt = ".json.gz"
	// GzipThreshold is the JSON size above which a vector is stored gzipped.
	GzipThreshold = 128 << 10
)

// EncodeFile returns a vector's file name and contents: indented JSON with a
// final newline, gzipped above GzipThreshold. The gzip stream is deterministic
// (no name, no modification time, OS "unknown", best compression), so
// regenerating gives byte-identical files.
func EncodeFile(v *Vector) (string, []byte, error) {
	enc, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return "", nil, err
	}
	enc = append(enc, '\n')
	if len(enc) <= GzipThreshold {
		return v.Name + jsonExt, enc, nil
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return "", nil, err
	}
	zw.OS = 255 // unknown: the same bytes on every platform
	if _, err := zw.Write(enc); err != nil {
		return "", nil, err
	}
	if err := zw.Close(); err != nil {
		return "", nil, err
	}
	return v.Name + gzipExt, buf.Bytes(), nil
}

// WriteDir writes each vector to dir (EncodeFile), replacing stale vector
// files, so that regenerating gives byte-identical files.
func WriteDir(dir string, vectors []Vector) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	for _, pattern := range []string{"*" + jsonExt, "*" + gzipExt} {
		old, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return err
		}
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				return fmt.Errorf("removing stale vector %s: %w", f, err)
			}
		}
	}
	for i := range vectors {
		name, b, err := EncodeFile(&vectors[i])
		if err != nil {
			return err
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
	}
	return nil
}

// LoadDir reads every vector file in dir (LoadFS).
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

// LoadFS reads every *.json and *.json.gz vector at the top of fsys, sorted by
// vector name. A name given in both forms is an error.
func LoadFS(fsys fs.FS) ([]Vector, error) {
	var files []string
	for _, pattern := range []string{"*" + jsonExt, "*" + gzipExt} {
		matches, err := fs.Glob(fsys, pattern)
		if err != nil {
			return nil, err
		}
		files = append(files, matches...)
	}
	if len(files) == 0 {
		return nil, ErrNoVectors
	}
	sort.Slice(files, func(i, j int) bool { return vectorName(files[i]) < vectorName(files[j]) })
	vectors := make([]Vector, 0, len(files))
	for i, f := range files {
		if i > 0 && vectorName(files[i-1]) == vectorName(f) {
			return nil, fmt.Errorf("vector %s is stored twice (%s and %s)", vectorName(f), files[i-1], f)
		}
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

// LoadFile reads one vector file, .json or .json.gz.
func LoadFile(path string) (*Vector, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseVector(path, b)
}

// IsVectorFile reports whether path names a vector file (.json or .json.gz).
func IsVectorFile(path string) bool {
	return strings.HasSuffix(path, jsonExt) || strings.HasSuffix(path, gzipExt)
}

// vectorName is a vector file's name without its directory and extension.
func vectorName(path string) string {
	base := filepath.Base(path)
	if strings.HasSuffix(base, gzipExt) {
		return strings.TrimSuffix(base, gzipExt)
	}
	return strings.TrimSuffix(base, jsonExt)
}

// parseVector decodes a vector file's contents (gunzipping a .json.gz); the
// name defaults to the file's.
func parseVector(path string, b []byte) (*Vector, error) {
	if strings.HasSuffix(path, gzipExt) {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s is not gzip: %w", path, err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	var v Vector
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s is not an EXECUTE vector (spec/conformance.md): %w", path, err)
	}
	if v.Name == "" {
		v.Name = vectorName(path)
	}
	return &v, nil
}
