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

	"github.com/nativerollup/nr/precompile"
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

// WriteDir writes each vector to dir (EncodeFile) and returns the vector files
// of dir it did not write (stale vectors of an older set, or files that are not
// vectors at all), which it leaves alone: it replaces only the files of the
// vectors it writes, in either form (<name>.json or <name>.json.gz), so a
// directory shared with other files loses nothing.
func WriteDir(dir string, vectors []Vector) (left []string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", dir, err)
	}
	written := map[string]bool{}
	for i := range vectors {
		name, b, err := EncodeFile(&vectors[i])
		if err != nil {
			return nil, err
		}
		for _, old := range []string{vectors[i].Name + jsonExt, vectors[i].Name + gzipExt} {
			if err := os.Remove(filepath.Join(dir, old)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("replacing vector %s: %w", filepath.Join(dir, old), err)
			}
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return nil, fmt.Errorf("writing %s: %w", path, err)
		}
		written[name] = true
	}
	for _, pattern := range []string{"*" + jsonExt, "*" + gzipExt} {
		matches, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return nil, err
		}
		for _, m := range matches {
			if !written[filepath.Base(m)] {
				left = append(left, m)
			}
		}
	}
	sort.Strings(left)
	return left, nil
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
	for i := 1; i < len(files); i++ {
		if vectorName(files[i-1]) == vectorName(files[i]) {
			return nil, fmt.Errorf("vector %s is stored twice (%s and %s)", vectorName(files[i]), files[i-1], files[i])
		}
	}
	vectors := make([]Vector, 0, len(files))
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		v, err := ParseVector(f, b)
		if err != nil {
			return nil, err
		}
		vectors = append(vectors, *v)
	}
	return vectors, nil
}

// MaxFileSize bounds a vector file: the largest input, MaxInputSize bytes, is
// twice that in hex, plus the other fields. A larger file is refused before it
// is read (a gzip file's JSON is bounded the same way).
const MaxFileSize = 2*precompile.MaxInputSize + 1<<20

// LoadFile reads one vector file, .json or .json.gz, refusing a file over
// MaxFileSize before reading it.
func LoadFile(path string) (*Vector, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := ReadLimited(f, path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	return ParseVector(path, b)
}

// ReadLimited reads r whole unless it is larger than limit bytes, without
// holding more than limit+1 bytes: a 1 GB file fails after reading limit+1.
func ReadLimited(r io.Reader, name string, limit int64) ([]byte, error) {
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > limit {
			return nil, fmt.Errorf("%s is %d bytes, over the %d-byte limit (EXECUTE's largest input, %d bytes, is %d in hex): it cannot be an EXECUTE input or vector",
				name, st.Size(), limit, precompile.MaxInputSize, 2*precompile.MaxInputSize)
		}
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s is over the %d-byte limit (EXECUTE's largest input, %d bytes, is %d in hex): it cannot be an EXECUTE input or vector",
			name, limit, precompile.MaxInputSize, 2*precompile.MaxInputSize)
	}
	return b, nil
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

// ParseVector decodes a vector file's contents (gunzipping a .json.gz) and
// checks it is a whole vector (CheckVector) named as its file; path "-" is
// standard input, which has no file name to match.
func ParseVector(path string, b []byte) (*Vector, error) {
	name := path
	if path == "-" {
		name = "standard input"
	}
	if strings.HasSuffix(path, gzipExt) {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s is not gzip: %w", name, err)
		}
		if b, err = ReadLimited(zr, name+" (gunzipped)", MaxFileSize); err != nil {
			return nil, err
		}
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return nil, fmt.Errorf("%s is not an EXECUTE vector (spec/conformance.md, \"Vector file\"): %w", name, err)
	}
	var missing []string
	for _, k := range []string{"name", "description", "kind", "input", "success", "output", "gas"} {
		if _, ok := fields[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%s is not an EXECUTE vector: it lacks the field(s) %s (spec/conformance.md, \"Vector file\")", name, strings.Join(missing, ", "))
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var v Vector
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("%s is not an EXECUTE vector (spec/conformance.md, \"Vector file\"): %w", name, err)
	}
	if want := vectorName(path); path != "-" && v.Name != want {
		return nil, fmt.Errorf("%s: the vector's name is %q but its file is named %q: name must equal the file name without .json or .json.gz (rename one)", path, v.Name, want)
	}
	if err := CheckVector(&v); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &v, nil
}

// CheckVector checks that a vector's fields agree with each other (spec/
// conformance.md, "Vector file"): a known kind, success exactly for valid and
// false vectors, an output that is abi.encode(bool, bytes32) with valid set for
// "valid" and clear for "false", none on failure, a non-zero gas.
func CheckVector(v *Vector) error {
	switch v.Kind {
	case "valid", "false":
		if !v.Success {
			return fmt.Errorf("kind %q but success is false (only failure vectors fail)", v.Kind)
		}
		if len(v.Output) != 64 || !bytes.Equal(v.Output[:31], make([]byte, 31)) || v.Output[31] > 1 {
			return fmt.Errorf("kind %q but output %s is not abi.encode(bool, bytes32)", v.Kind, v.Output)
		}
		if (v.Output[31] == 1) != (v.Kind == "valid") {
			return fmt.Errorf("kind %q but output says %s", v.Kind, DescribeOutput(v.Output))
		}
	case "failure":
		if v.Success || len(v.Output) != 0 {
			return fmt.Errorf("kind failure but success is %t and output %s (a failure has success false and output 0x)", v.Success, v.Output)
		}
	default:
		return fmt.Errorf("kind %q: want valid, false or failure", v.Kind)
	}
	if v.Gas == 0 {
		return errors.New("gas is 0: every EXECUTE call costs at least its base gas")
	}
	return nil
}
