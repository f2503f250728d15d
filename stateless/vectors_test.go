package stateless_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

var update = flag.Bool("update", false, "rewrite tests/vectors/stateless from the generated chain")

const vectorDir = "../tests/vectors/stateless"

// vector is one committed stateless test case; the format is specified in
// spec/witness.md ("Test vectors").
type vector struct {
	Name         string              `json:"name"`
	Description  string              `json:"description"`
	Config       *params.ChainConfig `json:"config"`
	Block        hexutil.Bytes       `json:"block"`
	PreStateRoot common.Hash         `json:"preStateRoot"`
	Witness      hexutil.Bytes       `json:"witness"`
	ExpectError  string              `json:"expectError,omitempty"`
	ExpectHash   *common.Hash        `json:"expectHash,omitempty"`
}

// sentinels names every error a vector may expect.
var sentinels = map[string]error{
	"ErrEmptyWitness":           stateless.ErrEmptyWitness,
	"ErrTooManyHeaders":         stateless.ErrTooManyHeaders,
	"ErrHeadersNotContiguous":   stateless.ErrHeadersNotContiguous,
	"ErrHeadersNotLinked":       stateless.ErrHeadersNotLinked,
	"ErrParentMismatch":         stateless.ErrParentMismatch,
	"ErrPreStateRootMismatch":   stateless.ErrPreStateRootMismatch,
	"ErrMissingWitnessData":     stateless.ErrMissingWitnessData,
	"ErrInvalidWitnessEncoding": stateless.ErrInvalidWitnessEncoding,
	"ErrInvalidHeader":          stateless.ErrInvalidHeader,
	"ErrInvalidTransaction":     stateless.ErrInvalidTransaction,
	"ErrInvalidBlock":           stateless.ErrInvalidBlock,
	"ErrHeaderMismatch":         stateless.ErrHeaderMismatch,
	"ErrUnsupportedFork":        stateless.ErrUnsupportedFork,
}

// TestVectors runs every committed vector, then checks that regenerating them from
// the generated chain gives the committed bytes (go test ./stateless -run
// TestVectors -update rewrites them).
func TestVectors(t *testing.T) {
	generated := generateVectors(t, generateTestChain(t))
	if *update {
		require.NoError(t, os.RemoveAll(vectorDir))
		require.NoError(t, os.MkdirAll(vectorDir, 0o755))
		for _, v := range generated {
			require.NoError(t, os.WriteFile(filepath.Join(vectorDir, v.Name+".json"), encodeVector(t, v), 0o644))
		}
	}
	files, err := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	require.NoError(t, err)
	require.Len(t, files, len(generated), "committed vectors differ from generated ones; run go test ./stateless -run TestVectors -update")
	for _, want := range generated {
		t.Run(want.Name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(vectorDir, want.Name+".json"))
			require.NoError(t, err)
			require.Equal(t, string(encodeVector(t, want)), string(raw), "stale vector; run go test ./stateless -run TestVectors -update")
			var v vector
			require.NoError(t, json.Unmarshal(raw, &v))
			runVector(t, &v)
		})
	}
}

func runVector(t *testing.T, v *vector) {
	var block types.Block
	require.NoError(t, rlp.DecodeBytes(v.Block, &block))
	w, err := stateless.DecodeWitnessRLP(v.Witness)
	require.NoError(t, err)
	res, err := stateless.VerifyBlock(context.Background(), v.Config, &block, v.PreStateRoot, w)
	if v.ExpectError != "" {
		sentinel, ok := sentinels[v.ExpectError]
		require.True(t, ok, "unknown expected error %q", v.ExpectError)
		require.ErrorIs(t, err, sentinel)
		require.Nil(t, res)
		return
	}
	require.NoError(t, err)
	require.Equal(t, *v.ExpectHash, res.Hash)
}

func encodeVector(t *testing.T, v *vector) []byte {
	out, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	return append(out, '\n')
}

// generateVectors derives the committed cases from the test chain: every block as
// it was recorded, then witnesses and blocks altered one way each.
func generateVectors(t *testing.T, c *testChain) []*vector {
	var out []*vector
	add := func(name, description string, i int, block *types.Block, pre common.Hash, w *stateless.Witness, expect string) {
		enc, err := stateless.EncodeWitnessRLP(w)
		require.NoError(t, err)
		blockRLP, err := rlp.EncodeToBytes(block)
		require.NoError(t, err)
		v := &vector{Name: name, Description: description, Config: c.config, Block: blockRLP, PreStateRoot: pre, Witness: enc}
		if expect == "" {
			h := block.Hash()
			v.ExpectHash = &h
		} else {
			v.ExpectError = expect
		}
		out = append(out, v)
	}
	alter := func(name, description string, i int, expect string, change func(w *stateless.Witness)) {
		w := copyWitness(c.witnesses[i])
		change(w)
		add(name, description, i, c.blocks[i], c.parent(i).Root, w, expect)
	}
	descriptions := []string{
		"contract deployments (legacy txs) and a transfer",
		"two storage writes and logs",
		"a storage delete collapsing a branch; BLOCKHASH(0)",
		"an EIP-7702 delegation and a call through it",
		"BLOCKHASH(2), needing three ancestor headers",
	}
	for i, d := range descriptions {
		add("valid-block-"+string(rune('1'+i)), d+", with the witness go-ethereum recorded", i, c.blocks[i], c.parent(i).Root, c.witnesses[i], "")
	}

	// Missing or unbound state.
	parent2 := c.parent(1)
	senderLeaf := last(c.proofPath(t, trie.StateTrieID(parent2.Root), addr1.Bytes()))
	alter("missing-account-node", "block 2 without the trie leaf of its sender's account", 1, "ErrMissingWitnessData", func(w *stateless.Witness) {
		w.State = without(w.State, senderLeaf)
	})
	rootNode := c.proofPath(t, trie.StateTrieID(parent2.Root), addr1.Bytes())[0]
	alter("missing-state-root-node", "block 2 without the root node of the pre-state", 1, "ErrMissingWitnessData", func(w *stateless.Witness) {
		w.State = without(w.State, rootNode)
	})
	alter("missing-code", "block 2 without the code of the contract it calls", 1, "ErrMissingWitnessData", func(w *stateless.Witness) {
		w.Codes = without(w.Codes, storeCode)
	})
	alter("code-hash-mismatch", "block 2 with the called contract's code altered in one byte, so it no longer hashes to the account's code hash", 1, "ErrMissingWitnessData", func(w *stateless.Witness) {
		forged := bytes.Clone(storeCode)
		forged[len(forged)-1] = 0xfe
		w.Codes = append(without(w.Codes, storeCode), forged)
	})
	parent3 := c.parent(2)
	st, err := c.bc.StateAt(parent3.Root, parent3.Number, parent3.Time)
	require.NoError(t, err)
	storageID := trie.StorageTrieID(parent3.Root, crypto.Keccak256Hash(storeAddr.Bytes()), st.GetStorageRoot(storeAddr))
	siblingLeaf := last(c.proofPath(t, storageID, common.BigToHash(big.NewInt(2)).Bytes()))
	alter("branch-collapse-sibling-missing", "block 3 deletes slot 1; the storage root branch collapses into slot 2's leaf, which execution never reads and the witness lacks", 2, "ErrMissingWitnessData", func(w *stateless.Witness) {
		w.State = without(w.State, siblingLeaf)
	})

	// Header chain.
	alter("missing-ancestor-header", "block 3 runs BLOCKHASH(0) with only its parent header", 2, "ErrMissingWitnessData", func(w *stateless.Witness) {
		w.Headers = w.Headers[len(w.Headers)-1:]
	})
	alter("unneeded-header-dropped", "block 3 without the genesis header: BLOCKHASH(0) is header 1's parent hash, so execution does not need it", 2, "", func(w *stateless.Witness) {
		w.Headers = w.Headers[1:]
	})
	alter("reordered-headers", "block 5 with its ancestor headers newest first", 4, "ErrHeadersNotContiguous", func(w *stateless.Witness) {
		slices.Reverse(w.Headers)
	})
	alter("non-contiguous-headers", "block 5 without the middle ancestor header", 4, "ErrHeadersNotContiguous", func(w *stateless.Witness) {
		w.Headers = slices.Delete(w.Headers, 1, 2)
	})
	alter("forged-header-first", "block 5 with a copy of its parent carrying another state root placed first (go-ethereum's Witness.Root would use it)", 4, "ErrHeadersNotContiguous", func(w *stateless.Witness) {
		forged := types.CopyHeader(w.Headers[len(w.Headers)-1])
		forged.Root = common.HexToHash("0xbad")
		w.Headers = append([]*types.Header{forged}, w.Headers...)
	})
	alter("unlinked-header", "block 5 with its middle ancestor header altered (other extra data), so the parent no longer links to it", 4, "ErrHeadersNotLinked", func(w *stateless.Witness) {
		forged := types.CopyHeader(w.Headers[1])
		forged.Extra = []byte("forged")
		w.Headers[1] = forged
	})
	alter("parent-missing", "block 5 without its parent header: the last header is the grandparent", 4, "ErrParentMismatch", func(w *stateless.Witness) {
		w.Headers = w.Headers[:len(w.Headers)-1]
	})
	alter("empty-headers", "block 2 with a witness that has no headers", 1, "ErrEmptyWitness", func(w *stateless.Witness) {
		w.Headers = nil
	})
	alter("extra-witness-data", "block 2 with block 3's nodes and codes added: unused witness data is allowed", 1, "", func(w *stateless.Witness) {
		w.State = append(w.State, c.witnesses[2].State...)
		w.Codes = append(w.Codes, c.witnesses[2].Codes...)
	})
	add("wrong-pre-state-root", "block 2 claimed on top of its own post-state root", 1, c.blocks[1], c.blocks[1].Root(), c.witnesses[1], "ErrPreStateRootMismatch")

	// Blocks that complete data proves wrong.
	reseal := func(i int, change func(h *types.Header)) *types.Block {
		h := c.blocks[i].Header()
		change(h)
		return types.NewBlockWithHeader(h).WithBody(*c.blocks[i].Body())
	}
	add("wrong-state-root", "block 2 claiming another post-state root", 1, reseal(1, func(h *types.Header) { h.Root = common.HexToHash("0x01") }), parent2.Root, c.witnesses[1], "ErrHeaderMismatch")
	add("wrong-gas-used", "block 2 claiming one more gas used", 1, reseal(1, func(h *types.Header) { h.GasUsed++ }), parent2.Root, c.witnesses[1], "ErrHeaderMismatch")
	add("gas-limit-jump", "block 2 with its gas limit doubled, beyond the 1/1024 bound", 1, reseal(1, func(h *types.Header) { h.GasLimit *= 2 }), parent2.Root, c.witnesses[1], "ErrInvalidHeader")
	add("timestamp-not-increasing", "block 2 with its parent's timestamp", 1, reseal(1, func(h *types.Header) { h.Time = parent2.Time }), parent2.Root, c.witnesses[1], "ErrInvalidHeader")
	add("extra-data-too-long", "block 2 with 33 bytes of extra data", 1, reseal(1, func(h *types.Header) { h.Extra = make([]byte, 33) }), parent2.Root, c.witnesses[1], "ErrInvalidHeader")
	return out
}

func copyWitness(w *stateless.Witness) *stateless.Witness {
	return &stateless.Witness{
		Headers: slices.Clone(w.Headers),
		Codes:   slices.Clone(w.Codes),
		State:   slices.Clone(w.State),
		Keys:    slices.Clone(w.Keys),
	}
}

func without(list [][]byte, item []byte) [][]byte {
	out := slices.DeleteFunc(slices.Clone(list), func(b []byte) bool { return bytes.Equal(b, item) })
	if len(out) == len(list) {
		panic("witness does not hold the item to remove")
	}
	return out
}

func last(path [][]byte) []byte { return path[len(path)-1] }
