package eest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGenerateManifestMatchesCorpus: the manifest generated from the corpus's
// plain EEST release folder agrees, row for row, with the hand-made
// manifest.json (network and every block's expectation), so a new EEST release
// needs no hand work.
func TestGenerateManifestMatchesCorpus(t *testing.T) {
	corpus := CorpusForTest(t)
	hand, err := LoadManifest(corpus)
	require.NoError(t, err)
	rows, _, err := GenerateManifest(corpus, "", "")
	require.NoError(t, err)
	byKey := map[[2]string]ManifestRow{}
	for _, r := range rows {
		byKey[[2]string{r.File, r.Test}] = r
	}
	for _, h := range hand {
		g, ok := byKey[[2]string{h.File, h.Test}]
		require.True(t, ok, "generated manifest lacks %s %s", h.File, h.Test)
		require.Equal(t, h.Network, g.Network, h.Test)
		require.Equal(t, h.Expected, g.Expected, h.Test)
	}
	enc, err := EncodeManifest(rows)
	require.NoError(t, err)
	parsed, err := ParseManifest(enc)
	require.NoError(t, err)
	require.Len(t, parsed, len(rows))
}

// TestGenerateManifestLegacy: a folder of ethereum/tests-style fixtures (no
// config.chainid, TR_* and header exceptions) and of other kinds gets rows for
// the blockchain tests only and lists what it skipped.
func TestGenerateManifestLegacy(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "BlockchainTests", "InvalidBlocks"), 0o755))
	legacy := `{"bad_tx_Cancun": {"network": "Cancun", "genesisRLP": "0xc0", "blocks": [
	  {"rlp": "0x00", "expectException": "TR_NoFunds"}, {"rlp": "0x00", "expectException": "InvalidGasLimit"}, {"rlp": "0x00", "blockHeader": {}}]}}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "BlockchainTests", "InvalidBlocks", "bad.json"), []byte(legacy), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "state.json"), []byte(`{"s": {"env": {}, "post": {}}}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "README.json"), []byte(`[1, 2]`), 0o644))
	rows, skipped, err := GenerateManifest(dir, "ethereum/tests", "abc")
	require.NoError(t, err)
	require.Equal(t, []ManifestRow{{
		File: "BlockchainTests/InvalidBlocks/bad.json", Test: "bad_tx_Cancun", Network: "Cancun",
		Path: "BlockchainTests/InvalidBlocks/bad.json", Blob: rows[0].Blob, Repo: "ethereum/tests", Commit: "abc",
		Expected: []Expectation{ExpectRejectTx, ExpectRejectBlock, ExpectValid},
	}}, rows)
	require.Len(t, rows[0].Blob, 40)
	require.Len(t, skipped, 2)
	require.Equal(t, ExpectRejectBlock, ExpectationOf("BlockException.RLP_STRUCTURES_ENCODING|TransactionException.TYPE_3_TX_CONTRACT_CREATION"))
	require.Equal(t, ExpectRejectTx, ExpectationOf("TransactionException.INSUFFICIENT_ACCOUNT_FUNDS|TransactionException.GASLIMIT_PRICE_PRODUCT_OVERFLOW"))
}

// TestLegacyFixturesRunEndToEnd: fixtures in the legacy ethereum/tests shape
// (no config, hence no config.chainid) with a manifest GenerateManifest wrote
// run and pass, where they used to be refused as invalid fixtures.
func TestLegacyFixturesRunEndToEnd(t *testing.T) {
	corpus := CorpusForTest(t)
	const file = "eest-v5.4.0/cancun/eip4788_beacon_root/test_beacon_root_equal_to_timestamp.json"
	data, err := os.ReadFile(filepath.Join(corpus, filepath.FromSlash(file)))
	require.NoError(t, err)
	var tests map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &tests))
	for id, test := range tests {
		delete(test, "config") // ethereum/tests' BlockchainTests carry none
		tests[id] = test
	}
	legacy, err := json.Marshal(tests)
	require.NoError(t, err)
	dir := t.TempDir()
	target := filepath.Join(dir, "BlockchainTests", "cancun", "beacon.json")
	require.NoError(t, os.MkdirAll(filepath.Dir(target), 0o755))
	require.NoError(t, os.WriteFile(target, legacy, 0o644))

	rows, skipped, err := GenerateManifest(dir, "", "")
	require.NoError(t, err)
	require.Empty(t, skipped)
	require.Len(t, rows, len(tests))
	enc, err := EncodeManifest(rows)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, ManifestFile), enc, 0o644))
	loaded, err := LoadManifest(dir)
	require.NoError(t, err)
	cases := RunRows(context.Background(), dir, loaded, 0, nil)
	require.Len(t, cases, len(tests))
	for _, c := range cases {
		require.True(t, c.Passed(), "%s: %s", c.Name, c.Failure)
	}
}
