package eest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/report"
)

// Real corpus tests the runner must be able to fail. Each is rewritten into a
// temporary corpus with a wrong expectation, so the runner meets a real block and
// witness and must say the expectation is unmet.
const (
	validTestFile    = "eest-v5.4.0/berlin/eip2929_gas_cost_increases/test_call_insufficient_balance.json"
	validTestID      = "tests/berlin/eip2929_gas_cost_increases/test_call.py::test_call_insufficient_balance[fork_Osaka-blockchain_test_from_state_test]"
	rejectTxTestFile = "eest-v5.4.0/cancun/eip4844_blobs/test_invalid_blob_hash_versioning_multiple_txs.json"
	rejectTxTestID   = "tests/cancun/eip4844_blobs/test_blob_txs.py::test_invalid_blob_hash_versioning_multiple_txs[fork_Osaka-blockchain_test--multiple_blobs_single_bad_hash_1]"
	multiBlockFilter = `test_multi_block_beacon_root_timestamp_calls\[fork_Osaka-blockchain_test-block_count_10-buffer_wraparound\]`
)

// rewriteTest copies one corpus test into a fresh corpus directory after edit
// changes its blocks, and returns the directory and the manifest row.
func rewriteTest(t *testing.T, corpus, file, id string, edit func(blocks []map[string]json.RawMessage), expected []Expectation) (string, Row) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus, file))
	require.NoError(t, err)
	var tests map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &tests))
	test := tests[id]
	require.NotNil(t, test, "test %s not in %s", id, file)
	var blocks []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(test["blocks"], &blocks))
	edit(blocks)
	test["blocks"], err = json.Marshal(blocks)
	require.NoError(t, err)
	out, err := json.Marshal(map[string]any{id: test})
	require.NoError(t, err)

	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(file)), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, file), out, 0o644))
	row := Row{File: file, Test: id, Network: "Osaka", Expected: expected}
	return dir, row
}

func TestRunTestFailsWhenAValidBlockIsClaimedInvalid(t *testing.T) {
	corpus := CorpusForTest(t)
	dir, row := rewriteTest(t, corpus, validTestFile, validTestID, func(blocks []map[string]json.RawMessage) {
		delete(blocks[0], "blockHeader")
		blocks[0]["expectException"] = json.RawMessage(`"BlockException.INVALID_REQUESTS"`)
	}, []Expectation{ExpectRejectBlock})

	c := RunTest(context.Background(), dir, row)
	require.False(t, c.Passed())
	require.Equal(t, "block 0: fixture says reject:block, stateless execution accepted it"+
		" (go-ethereum accepted the block; its recorded witness was used)", c.Failure)
	require.Equal(t, "berlin/eip2929_gas_cost_increases", c.Group)
	require.Equal(t, "Osaka", c.Fork)
}

func TestRunTestFailsWhenAnInvalidBlockIsClaimedValid(t *testing.T) {
	corpus := CorpusForTest(t)
	dir, row := rewriteTest(t, corpus, rejectTxTestFile, rejectTxTestID, func(blocks []map[string]json.RawMessage) {
		delete(blocks[0], "expectException")
		blocks[0]["blockHeader"] = json.RawMessage(`{}`)
	}, []Expectation{ExpectValid})

	c := RunTest(context.Background(), dir, row)
	require.False(t, c.Passed())
	require.Contains(t, c.Failure, "block 0: fixture says valid, stateless execution failed: ")
	require.Contains(t, c.Failure, stateless.ErrInvalidTransaction.Error())
	require.Contains(t, c.Failure, "go-ethereum rejected the block")
	require.Empty(t, c.Notes)
}

func TestRunTestRejectedBlockKeepsTheChainOnItsParent(t *testing.T) {
	corpus := CorpusForTest(t)
	// Replace the test's only block with a copy of itself whose RLP is cut short:
	// the chain must stay at the genesis, which is not the fixture's last block.
	dir, row := rewriteTest(t, corpus, validTestFile, validTestID, func(blocks []map[string]json.RawMessage) {
		var rlpHex string
		require.NoError(t, json.Unmarshal(blocks[0]["rlp"], &rlpHex))
		cut, err := json.Marshal(rlpHex[:len(rlpHex)-2])
		require.NoError(t, err)
		blocks[0] = map[string]json.RawMessage{"rlp": cut, "expectException": json.RawMessage(`"BlockException.RLP_STRUCTURES_ENCODING"`)}
	}, []Expectation{ExpectRejectBlock})

	c := RunTest(context.Background(), dir, row)
	require.Equal(t, []string{"reject:block rejected by RLP decode"}, c.Notes)
	require.Regexp(t, `^the stateless chain ends at block 0 0x[0-9a-f]{64}, the fixture's lastblockhash is 0x176cc1da`, c.Failure)
}

func TestRunTestReportsCorpusProblems(t *testing.T) {
	dir := t.TempDir()
	c := RunTest(context.Background(), dir, Row{File: "r/f/missing.json", Test: "id", Network: "Osaka", Expected: []Expectation{ExpectValid}})
	require.False(t, c.Passed())
	require.Contains(t, c.Failure, "reading fixture: ")
	require.Contains(t, c.Failure, "is the corpus complete?")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c = RunTest(ctx, dir, Row{File: "r/f/missing.json", Test: "id"})
	require.Equal(t, "not run: context canceled", c.Failure)
}

func TestRunRowsKeepsManifestOrder(t *testing.T) {
	corpus := CorpusForTest(t)
	rows, err := LoadManifest(corpus)
	require.NoError(t, err)
	rows = Select(rows, regexp.MustCompile(`eip4788_beacon_root`))
	require.Len(t, rows, 20)

	var seen atomic.Int32
	cases := RunRows(context.Background(), corpus, rows, 3, func(report.Case) { seen.Add(1) })
	require.Equal(t, int32(len(rows)), seen.Load())
	for i, c := range cases {
		require.Equal(t, rows[i].Test, c.Name)
		require.True(t, c.Passed(), c.Failure)
	}
}

func TestRunTestMultiBlockChain(t *testing.T) {
	corpus := CorpusForTest(t)
	rows, err := LoadManifest(corpus)
	require.NoError(t, err)
	rows = Select(rows, regexp.MustCompile(multiBlockFilter))
	require.Len(t, rows, 1)
	require.Len(t, rows[0].Expected, 10)
	c := RunTest(context.Background(), corpus, rows[0])
	require.True(t, c.Passed(), c.Failure)
}

// TestFullWitnessHoldsTheWholeState rebuilds the parent state from nothing but the
// full pre-state witness and walks every account and storage slot of it.
func TestFullWitnessHoldsTheWholeState(t *testing.T) {
	g, _ := testGenesis(t)
	ref, err := newReferenceChain(g)
	require.NoError(t, err)
	defer ref.stop()

	parent := ref.head()
	w, err := ref.fullWitness(parent)
	require.NoError(t, err)
	require.Equal(t, []*types.Header{parent}, w.Headers)
	require.Equal(t, [][]byte{g.Alloc[common.HexToAddress("0x2000000000000000000000000000000000000000")].Code}, w.Codes)

	db := rawdb.NewMemoryDatabase()
	for _, n := range w.State {
		require.NoError(t, db.Put(crypto.Keccak256(n), n))
	}
	tdb := triedb.NewDatabase(db, triedb.HashDefaults)
	accounts, err := trie.New(trie.StateTrieID(parent.Root), tdb)
	require.NoError(t, err)
	seen := map[string]struct{}{}
	require.NoError(t, walkTrie(accounts, seen, nil))

	contract := crypto.Keccak256Hash(common.HexToAddress("0x2000000000000000000000000000000000000000").Bytes())
	st, err := trie.NewStateTrie(trie.StateTrieID(parent.Root), tdb)
	require.NoError(t, err)
	acc, err := st.GetAccountByHash(contract)
	require.NoError(t, err)
	storage, err := trie.New(trie.StorageTrieID(parent.Root, contract, acc.Root), tdb)
	require.NoError(t, err)
	slots := 0
	it, err := storage.NodeIterator(nil)
	require.NoError(t, err)
	for it.Next(true) {
		if it.Leaf() {
			slots++
		}
	}
	require.NoError(t, it.Error())
	require.Equal(t, 2, slots)
	require.NoError(t, walkTrie(storage, seen, nil))
	require.Len(t, seen, len(w.State), "the witness is exactly the account trie and the one storage trie")
}

func TestFullWitnessCarriesAncestorsOldestFirst(t *testing.T) {
	corpus := CorpusForTest(t)
	rows, err := LoadManifest(corpus)
	require.NoError(t, err)
	row := Select(rows, regexp.MustCompile(multiBlockFilter))[0]
	f, err := loadFixture(corpus, row)
	require.NoError(t, err)
	cfg, err := ChainConfig(f.Network, f.Config)
	require.NoError(t, err)
	g, err := Genesis(f, cfg)
	require.NoError(t, err)
	ref, err := newReferenceChain(g)
	require.NoError(t, err)
	defer ref.stop()
	for _, fb := range f.Blocks[:4] {
		b, err := decodeBlock(fb.RLP)
		require.NoError(t, err)
		require.NoError(t, ref.insert(b))
	}
	w, err := ref.fullWitness(ref.head())
	require.NoError(t, err)
	require.Len(t, w.Headers, 5, "genesis and four blocks")
	for i, h := range w.Headers {
		require.Equal(t, uint64(i), h.Number.Uint64())
		if i > 0 {
			require.Equal(t, w.Headers[i-1].Hash(), h.ParentHash)
		}
	}
}

func TestRoundTripKeepsTheWitness(t *testing.T) {
	g, _ := testGenesis(t)
	ref, err := newReferenceChain(g)
	require.NoError(t, err)
	defer ref.stop()
	w, err := ref.fullWitness(ref.head())
	require.NoError(t, err)

	back, err := roundTrip(w)
	require.NoError(t, err)
	require.Equal(t, w.Codes, back.Codes)
	require.Equal(t, w.State, back.State)
	require.Len(t, back.Headers, 1)
	require.Equal(t, w.Headers[0].Hash(), back.Headers[0].Hash())
}

func TestDecodeBlockBadInputs(t *testing.T) {
	_, err := decodeBlock("c0")
	require.ErrorContains(t, err, "block rlp is not hex: hex string without 0x prefix")
	_, err = decodeBlock("0xc0")
	require.ErrorContains(t, err, "block rlp does not decode: rlp: too few elements for types.extblock")
}
