package eest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// ManifestFile is the name of the corpus index inside the corpus directory.
const ManifestFile = "manifest.json"

// Expectation is what the manifest says must happen to one block.
type Expectation string

// Block expectations, as the corpus README defines them:
//
//	valid         the block must reproduce its header's state root, receipts root and gas used
//	reject:tx     a transaction in it is invalid
//	reject:block  a header-level rule fails (gas limit, base fee, blob gas, requests hash, withdrawals, ...)
const (
	ExpectValid       Expectation = "valid"
	ExpectRejectTx    Expectation = "reject:tx"
	ExpectRejectBlock Expectation = "reject:block"
)

func (e Expectation) known() bool {
	return e == ExpectValid || e == ExpectRejectTx || e == ExpectRejectBlock
}

// Row is one test of the manifest.
//
// Spec code (corpus README): `manifest.json`: `{"public": [row, ...]}`, one row per
// test: `file`, `test` (the id inside the file), `network`, source repo/commit/path/blob,
// and `blocks_expected`: one entry per block, `valid`, `reject:tx` or `reject:block`.
type Row struct {
	File     string        `json:"file"`
	Test     string        `json:"test"`
	Network  string        `json:"network"`
	Expected []Expectation `json:"blocks_expected"`
}

// Group is the EIP or topic folder of the test: the file's directory without the
// release directory, e.g. "prague/eip7702_set_code_tx" for
// "eest-v5.4.0/prague/eip7702_set_code_tx/test_set_code.json".
func (r Row) Group() string {
	dir := path.Dir(r.File)
	if _, rest, ok := strings.Cut(dir, "/"); ok {
		return rest
	}
	return dir
}

type manifestJSON struct {
	Public *[]Row `json:"public"`
}

// ParseManifest decodes manifest.json and checks every row names a local file, a
// test id, a network and at least one known block expectation. Rows keep their order.
func ParseManifest(data []byte) ([]Row, error) {
	var m manifestJSON
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidManifest, err)
	}
	if m.Public == nil {
		return nil, fmt.Errorf("%w: no \"public\" list of tests", ErrInvalidManifest)
	}
	seen := make(map[[2]string]bool, len(*m.Public))
	for i, r := range *m.Public {
		if err := checkRow(r); err != nil {
			return nil, fmt.Errorf("%w: row %d (%q): %v", ErrInvalidManifest, i, r.Test, err)
		}
		key := [2]string{r.File, r.Test}
		if seen[key] {
			return nil, fmt.Errorf("%w: row %d: test %q of %s listed twice", ErrInvalidManifest, i, r.Test, r.File)
		}
		seen[key] = true
	}
	return *m.Public, nil
}

func checkRow(r Row) error {
	switch {
	case r.File == "":
		return errors.New("no file")
	case !filepath.IsLocal(r.File) || strings.Contains(r.File, `\`):
		return fmt.Errorf("file %q is not a relative path inside the corpus", r.File)
	case r.Test == "":
		return errors.New("no test id")
	case r.Network == "":
		return errors.New("no network")
	case len(r.Expected) == 0:
		return errors.New("no blocks_expected")
	}
	for j, e := range r.Expected {
		if !e.known() {
			return fmt.Errorf("block %d: unknown expectation %q (want valid, reject:tx or reject:block)", j, e)
		}
	}
	return nil
}

// LoadManifest reads and parses dir/manifest.json.
func LoadManifest(dir string) ([]Row, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: no %s in %s; %s", ErrCorpusMissing, ManifestFile, dir, corpusHint)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the corpus manifest: %w", err)
	}
	rows, err := ParseManifest(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, ManifestFile), err)
	}
	return rows, nil
}

// Select keeps the rows whose test id matches filter; a nil filter keeps all.
func Select(rows []Row, filter *regexp.Regexp) []Row {
	if filter == nil {
		return rows
	}
	var out []Row
	for _, r := range rows {
		if filter.MatchString(r.Test) {
			out = append(out, r)
		}
	}
	return out
}
