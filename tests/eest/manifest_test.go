package eest

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

const goodManifest = `{"public": [
 {"file": "eest-v5.4.0/prague/eip7702_set_code_tx/test_a.json", "test": "tests/prague/x.py::test_a[fork_Prague]",
  "network": "Prague", "blocks_expected": ["valid", "reject:tx"], "source_repo": "erigontech/eest-fixtures"},
 {"file": "eest-v5.4.0/static/state_tests/Cancun/stEIP1153/t.json", "test": "tests/static/t[fork_Osaka]",
  "network": "Osaka", "blocks_expected": ["reject:block"]}
]}`

func TestParseManifest(t *testing.T) {
	rows, err := ParseManifest([]byte(goodManifest))
	require.NoError(t, err)
	require.Equal(t, []Row{
		{
			File: "eest-v5.4.0/prague/eip7702_set_code_tx/test_a.json", Test: "tests/prague/x.py::test_a[fork_Prague]",
			Network: "Prague", Expected: []Expectation{ExpectValid, ExpectRejectTx},
		},
		{
			File: "eest-v5.4.0/static/state_tests/Cancun/stEIP1153/t.json", Test: "tests/static/t[fork_Osaka]",
			Network: "Osaka", Expected: []Expectation{ExpectRejectBlock},
		},
	}, rows)
}

func TestParseManifestBadInputs(t *testing.T) {
	row := func(fields string) string { return `{"public": [{` + fields + `}]}` }
	const ok = `"file": "r/f/e/t.json", "test": "id", "network": "Osaka", "blocks_expected": ["valid"]`
	tests := []struct {
		name  string
		input string
		msg   string
	}{
		{"not JSON", `{"public": [`, "unexpected end of JSON input"},
		{"empty input", ``, "unexpected end of JSON input"},
		{"top level is a list", `[]`, "cannot unmarshal array"},
		{"no public list", `{"private": []}`, `no "public" list of tests`},
		{"null public list", `{"public": null}`, `no "public" list of tests`},
		{"row is not an object", `{"public": [1]}`, "cannot unmarshal number"},
		{"no file", row(`"test": "id", "network": "Osaka", "blocks_expected": ["valid"]`), "row 0 (\"id\"): no file"},
		{"absolute file", row(`"file": "/etc/passwd", "test": "id", "network": "Osaka", "blocks_expected": ["valid"]`), "not a relative path inside the corpus"},
		{"file escapes corpus", row(`"file": "../x.json", "test": "id", "network": "Osaka", "blocks_expected": ["valid"]`), "not a relative path inside the corpus"},
		{"backslash in file", row(`"file": "a\\..\\..\\x.json", "test": "id", "network": "Osaka", "blocks_expected": ["valid"]`), "not a relative path inside the corpus"},
		{"no test id", row(`"file": "a.json", "network": "Osaka", "blocks_expected": ["valid"]`), "no test id"},
		{"no network", row(`"file": "a.json", "test": "id", "blocks_expected": ["valid"]`), "no network"},
		{"no expectations", row(`"file": "a.json", "test": "id", "network": "Osaka", "blocks_expected": []`), "no blocks_expected"},
		{"unknown expectation", row(`"file": "a.json", "test": "id", "network": "Osaka", "blocks_expected": ["valid", "reject"]`), `block 1: unknown expectation "reject"`},
		{"expectation not a string", row(`"file": "a.json", "test": "id", "network": "Osaka", "blocks_expected": [1]`), "cannot unmarshal number"},
		{"duplicate row", `{"public": [{` + ok + `}, {` + ok + `}]}`, `row 1: test "id" of r/f/e/t.json listed twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := ParseManifest([]byte(tt.input))
			require.ErrorIs(t, err, ErrInvalidManifest)
			require.ErrorContains(t, err, tt.msg)
			require.Nil(t, rows)
		})
	}
}

func TestLoadManifestMissingCorpus(t *testing.T) {
	dir := t.TempDir()
	_, err := LoadManifest(dir)
	require.ErrorIs(t, err, ErrCorpusMissing)
	require.ErrorContains(t, err, "point --corpus (or NR_CORPUS)")
}

func TestLoadManifestNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, ManifestFile), []byte(`{}`), 0o644))
	_, err := LoadManifest(dir)
	require.ErrorIs(t, err, ErrInvalidManifest)
	require.ErrorContains(t, err, filepath.Join(dir, ManifestFile))
}

func TestResolveCorpusFromEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvCorpus, dir)
	_, err := ResolveCorpus()
	require.ErrorIs(t, err, ErrCorpusMissing)
	require.ErrorContains(t, err, dir)

	require.NoError(t, os.WriteFile(filepath.Join(dir, ManifestFile), []byte(goodManifest), 0o644))
	got, err := ResolveCorpus()
	require.NoError(t, err)
	require.Equal(t, dir, got)
}

func TestRowGroup(t *testing.T) {
	tests := []struct{ file, want string }{
		{"eest-v5.4.0/prague/eip7702_set_code_tx/test_a.json", "prague/eip7702_set_code_tx"},
		{"eest-v5.4.0/static/state_tests/Cancun/stEIP1153_transientStorage/t.json", "static/state_tests/Cancun/stEIP1153_transientStorage"},
		{"release/t.json", "release"},
		{"t.json", "."},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, Row{File: tt.file}.Group(), tt.file)
	}
}

func TestSelect(t *testing.T) {
	rows, err := ParseManifest([]byte(goodManifest))
	require.NoError(t, err)
	require.Equal(t, rows, Select(rows, nil))
	require.Equal(t, rows[1:], Select(rows, regexp.MustCompile(`fork_Osaka`)))
	require.Empty(t, Select(rows, regexp.MustCompile(`nothing`)))
}

func FuzzParseManifest(f *testing.F) {
	f.Add([]byte(goodManifest))
	f.Add([]byte(`{"public": []}`))
	f.Add([]byte(`{"public": [{"file": "../x", "test": "t", "network": "n", "blocks_expected": ["valid"]}]}`))
	f.Add([]byte(`{"public": null}`))
	if data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", ManifestFile)); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ParseManifest(data)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidManifest)
			require.Nil(t, rows)
			return
		}
		for _, r := range rows {
			require.NoError(t, checkRow(r))
			require.True(t, filepath.IsLocal(r.File))
		}
	})
}
