package eest

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ManifestRow is one row of manifest.json as GenerateManifest writes it: the
// shape of the corpus's hand-made manifest (Row's fields plus where the test
// came from).
type ManifestRow struct {
	File     string        `json:"file"`
	Test     string        `json:"test"`
	Network  string        `json:"network"`
	Path     string        `json:"source_path"`
	Blob     string        `json:"source_blob"`
	Expected []Expectation `json:"blocks_expected"`
	Repo     string        `json:"source_repo,omitempty"`
	Commit   string        `json:"source_commit,omitempty"`
}

// ExpectationOf classifies a block's expectException: "" is valid; an exception
// all of whose alternatives ('|'-separated) are transaction exceptions (EEST's
// TransactionException.*, ethereum/tests' TR_*) is reject:tx; any other is
// reject:block (EEST's BlockException.*, ethereum/tests' header errors).
func ExpectationOf(expectException string) Expectation {
	if strings.TrimSpace(expectException) == "" {
		return ExpectValid
	}
	for _, alt := range strings.Split(expectException, "|") {
		alt = strings.TrimSpace(alt)
		if !strings.HasPrefix(alt, "TransactionException.") && !strings.HasPrefix(alt, "TR_") {
			return ExpectRejectBlock
		}
	}
	return ExpectRejectTx
}

// ManifestSkip is a JSON file GenerateManifest left out, and why.
type ManifestSkip struct {
	File   string
	Reason string
}

// GenerateManifest walks dir (a plain EEST release folder, e.g. fixtures/ of
// fixtures_stable.tar.gz, or ethereum/tests' BlockchainTests) and returns one row
// per blockchain test: every *.json file (but manifest.json) that maps test ids
// to objects with "network" and "blocks"; each block's expectation comes from
// its expectException (ExpectationOf). Files of other kinds (state tests, engine
// tests, anything else) are skipped and listed. repo and commit, if given, are
// recorded in every row. Rows are sorted by file, then test id.
func GenerateManifest(dir, repo, commit string) ([]ManifestRow, []ManifestSkip, error) {
	var rows []ManifestRow
	var skipped []ManifestSkip
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".json") || (d.Name() == ManifestFile && filepath.Dir(path) == filepath.Clean(dir)) {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var file map[string]struct {
			Network string `json:"network"`
			Blocks  []struct {
				ExpectException string `json:"expectException"`
			} `json:"blocks"`
		}
		if err := json.Unmarshal(data, &file); err != nil {
			skipped = append(skipped, ManifestSkip{rel, "not a JSON object of tests: " + err.Error()})
			return nil
		}
		sum := sha1.Sum(append([]byte(fmt.Sprintf("blob %d\x00", len(data))), data...))
		var found []ManifestRow
		for id, t := range file {
			if t.Network == "" || len(t.Blocks) == 0 {
				continue
			}
			row := ManifestRow{File: rel, Test: id, Network: t.Network, Path: rel, Blob: hex.EncodeToString(sum[:]), Repo: repo, Commit: commit}
			for _, b := range t.Blocks {
				row.Expected = append(row.Expected, ExpectationOf(b.ExpectException))
			}
			found = append(found, row)
		}
		if len(found) == 0 {
			skipped = append(skipped, ManifestSkip{rel, "no blockchain test (no test with network and blocks)"})
			return nil
		}
		rows = append(rows, found...)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("walking %s: %w", dir, err)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].File != rows[j].File {
			return rows[i].File < rows[j].File
		}
		return rows[i].Test < rows[j].Test
	})
	return rows, skipped, nil
}

// EncodeManifest is manifest.json's bytes for rows: {"public": [...]}, indented,
// with a final newline. ParseManifest reads it back.
func EncodeManifest(rows []ManifestRow) ([]byte, error) {
	if rows == nil {
		rows = []ManifestRow{}
	}
	b, err := json.MarshalIndent(struct {
		Public []ManifestRow `json:"public"`
	}{rows}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
