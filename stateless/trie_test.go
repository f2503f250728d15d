package stateless

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/internal/cputime"
)

// Node builders for checkTries tests: each returns a node's RLP.

func enc(tb testing.TB, v any) []byte {
	b, err := rlp.EncodeToBytes(v)
	require.NoError(tb, err)
	return b
}

// rawList is an RLP list of already-encoded items.
func rawList(items ...[]byte) []byte {
	content := bytes.Join(items, nil)
	var b []byte
	if len(content) < 56 {
		b = []byte{0xc0 + byte(len(content))}
	} else {
		b = []byte{0xf8, byte(len(content))}
		if len(content) > 255 {
			b = []byte{0xf9, byte(len(content) >> 8), byte(len(content))}
		}
	}
	return append(b, content...)
}

func str(tb testing.TB, b []byte) []byte { return enc(tb, b) }

// branchOf is a branch whose children are the given encoded references (by
// nibble), every other child empty, and an empty value.
func branchOf(tb testing.TB, children map[int][]byte) []byte {
	items := make([][]byte, 17)
	for i := range items {
		items[i] = []byte{0x80}
		if c, ok := children[i]; ok {
			items[i] = c
		}
	}
	return rawList(items...)
}

func ref(tb testing.TB, node []byte) []byte { return str(tb, crypto.Keccak256(node)) }

// compact is the hex-prefix encoding of nibbles.
func compact(nibbles []byte, leaf bool) []byte {
	flag := byte(0)
	if leaf {
		flag = 2
	}
	if len(nibbles)%2 == 1 {
		out := []byte{(flag+1)<<4 | nibbles[0]}
		for i := 1; i < len(nibbles); i += 2 {
			out = append(out, nibbles[i]<<4|nibbles[i+1])
		}
		return out
	}
	out := []byte{flag << 4}
	for i := 0; i < len(nibbles); i += 2 {
		out = append(out, nibbles[i]<<4|nibbles[i+1])
	}
	return out
}

func storageLeaf(tb testing.TB, keyNibbles int, value []byte) []byte {
	return rawList(str(tb, compact(make([]byte, keyNibbles), true)), str(tb, enc(tb, value)))
}

func accountLeaf(tb testing.TB, keyNibbles int, storageRoot common.Hash) []byte {
	acc := enc(tb, &types.StateAccount{Nonce: 1, Balance: uint256.NewInt(5), Root: storageRoot, CodeHash: types.EmptyCodeHash.Bytes()})
	return rawList(str(tb, compact(make([]byte, keyNibbles), true)), str(tb, acc))
}

// withStorage is an account trie of one account leaf at the root whose storage
// trie is rooted at the first of storage.
func withStorage(tb testing.TB, storage ...[]byte) (common.Hash, [][]byte) {
	root := crypto.Keccak256Hash(storage[0])
	acc := accountLeaf(tb, 64, root)
	return crypto.Keccak256Hash(acc), append([][]byte{acc}, storage...)
}

func TestCheckTries(t *testing.T) {
	leaf63 := storageLeaf(t, 63, []byte{1})     // a storage leaf below a root branch
	leaf63b := storageLeaf(t, 63, []byte{2, 3}) // a different one
	goodBranch := branchOf(t, map[int][]byte{0: ref(t, leaf63), 1: ref(t, leaf63b)})
	ext := func(child []byte) []byte { return rawList(str(t, compact([]byte{5}, false)), child) }
	// longExt has a 60-nibble key, so that it is stored by hash even with a tiny child.
	longExt := func(child []byte) []byte { return rawList(str(t, compact(make([]byte, 60), false)), child) }
	// hollow is a branch whose two children the witness lacks: canonical at any depth.
	hollow := branchOf(t, map[int][]byte{0: str(t, make([]byte, 32)), 1: str(t, bytes.Repeat([]byte{1}, 32))})
	cases := []struct {
		name    string
		storage [][]byte // the first is the storage root
		want    string   // "" for valid
	}{
		{"one leaf at the root", [][]byte{storageLeaf(t, 64, []byte{1})}, ""},
		{"branch of two leaves", [][]byte{goodBranch, leaf63, leaf63b}, ""},
		{"branch with a missing child", [][]byte{goodBranch, leaf63}, ""},
		{"state entry of 31 bytes", [][]byte{goodBranch, leaf63, leaf63b, make([]byte, 31)}, "is 31 bytes, outside [32, 532]"},
		{"state entry of 533 bytes", [][]byte{goodBranch, leaf63, leaf63b, make([]byte, 533)}, "is 533 bytes, outside [32, 532]"},
		{"not a list", [][]byte{str(t, make([]byte, 40))}, "not a single RLP list"},
		{"trailing bytes", [][]byte{append(storageLeaf(t, 64, []byte{1}), 0x80)}, "not a single RLP list"},
		{"list of three", [][]byte{rawList(str(t, make([]byte, 32)), []byte{0x80}, []byte{0x80})}, "neither a branch (17) nor a leaf or extension (2)"},
		{"branch with one child", [][]byte{branchOf(t, map[int][]byte{3: ref(t, leaf63)}), leaf63}, "a branch with 1 children would have been collapsed"},
		{"branch with a value", [][]byte{branchOf(t, map[int][]byte{0: ref(t, leaf63), 1: ref(t, leaf63b), 16: str(t, []byte{1})}), leaf63, leaf63b}, "a branch holds a 1-byte value"},
		{"branch child of 31 bytes", [][]byte{branchOf(t, map[int][]byte{0: ref(t, leaf63), 1: str(t, make([]byte, 31))}), leaf63}, "child 1 is a 31-byte string"},
		{"leaf key short of 64 nibbles", [][]byte{storageLeaf(t, 63, []byte{1})}, "a leaf key of 63 nibbles ends at depth 63, not 64"},
		{"leaf key past 64 nibbles", [][]byte{storageLeaf(t, 66, []byte{1})}, "ends at depth 66"},
		{"slot value with a leading zero", [][]byte{storageLeaf(t, 64, []byte{0, 1})}, "leading zero"},
		{"slot value of 33 bytes", [][]byte{storageLeaf(t, 64, make([]byte, 33))}, "slot value of 33 bytes"},
		{"slot value empty", [][]byte{rawList(str(t, compact(make([]byte, 64), true)), str(t, []byte{0x80}))}, "slot value of 0 bytes"},
		{"slot value not RLP", [][]byte{rawList(str(t, compact(make([]byte, 64), true)), str(t, []byte{0x81, 0x01}))}, "slot value is not one canonical RLP string"},
		{"compact flag 4", [][]byte{rawList(str(t, append([]byte{0x40}, make([]byte, 32)...)), str(t, enc(t, []byte{1})))}, "compact key flag 4"},
		{"compact padding nibble", [][]byte{rawList(str(t, append([]byte{0x21}, make([]byte, 32)...)), str(t, enc(t, []byte{1})))}, "non-zero padding nibble"},
		{"extension with an empty key", [][]byte{rawList(str(t, []byte{0x00}), ref(t, goodBranch)), goodBranch, leaf63, leaf63b}, "an extension with an empty key"},
		{"extension to a leaf", [][]byte{ext(ref(t, leaf63)), leaf63}, "an extension's child must be a branch"},
		{"extension to an empty child", [][]byte{longExt([]byte{0x80})}, "neither a hash nor an embedded branch"},
		{"extension to an embedded leaf", [][]byte{longExt(storageLeaf(t, 4, []byte{1}))}, "an extension's embedded child must be a branch"},
		{"embedded extension with an empty child (hasher crash)", [][]byte{branchOf(t, map[int][]byte{0: ref(t, leaf63), 1: rawList([]byte{0x15}, []byte{0x80})}), leaf63}, "neither a hash nor an embedded branch"},
		{"embedded node of 32 bytes", [][]byte{branchOf(t, map[int][]byte{0: ref(t, leaf63), 1: storageLeaf(t, 63, make([]byte, 27))}), leaf63}, "an embedded node of 64 bytes"},
		{"branch at depth 64", [][]byte{ext(ref(t, goodBranch)), goodBranch, leaf63, leaf63b}, "a leaf key of 63 nibbles ends at depth 65"},
		{"node at two depths", [][]byte{branchOf(t, map[int][]byte{0: ref(t, hollow), 1: ref(t, ext(ref(t, hollow)))}), hollow, ext(ref(t, hollow))}, "also reached at depth"},
		{"node at two positions, one depth", [][]byte{branchOf(t, map[int][]byte{0: ref(t, hollow), 1: ref(t, hollow)}), hollow}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, state := withStorage(t, tc.storage...)
			_, err := checkTries(root, state)
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrNonCanonicalNode)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestCheckTriesAccounts(t *testing.T) {
	good := accountLeaf(t, 64, types.EmptyRootHash)
	badNonce := rawList(str(t, compact(make([]byte, 64), true)), str(t, rawList([]byte{0x82, 0x00, 0x01}, []byte{0x05}, str(t, types.EmptyRootHash[:]), str(t, types.EmptyCodeHash[:]))))
	shortCode := rawList(str(t, compact(make([]byte, 64), true)), str(t, rawList([]byte{0x01}, []byte{0x05}, str(t, types.EmptyRootHash[:]), str(t, make([]byte, 31)))))
	for _, tc := range []struct {
		name string
		node []byte
		want string
	}{
		{"canonical account", good, ""},
		{"nonce with a leading zero", badNonce, "account is not canonical RLP"},
		{"code hash of 31 bytes", shortCode, "account code hash of 31 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := checkTries(crypto.Keccak256Hash(tc.node), [][]byte{tc.node})
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrNonCanonicalNode)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// TestCheckTriesPositions: two accounts sharing one storage trie repeat its
// bytes once; unreachable entries are dropped and count nowhere.
func TestCheckTriesPositions(t *testing.T) {
	leafA := storageLeaf(t, 63, []byte{1})
	leafB := storageLeaf(t, 63, []byte{2})
	storageRoot := branchOf(t, map[int][]byte{0: ref(t, leafA), 1: ref(t, leafB)})
	storageHash := crypto.Keccak256Hash(storageRoot)
	acc0 := rawList(str(t, compact(make([]byte, 63), true)), str(t, enc(t, &types.StateAccount{Balance: uint256.NewInt(1), Root: storageHash, CodeHash: types.EmptyCodeHash.Bytes()})))
	acc1 := rawList(str(t, compact(make([]byte, 63), true)), str(t, enc(t, &types.StateAccount{Balance: uint256.NewInt(2), Root: storageHash, CodeHash: types.EmptyCodeHash.Bytes()})))
	accountRoot := branchOf(t, map[int][]byte{0: ref(t, acc0), 1: ref(t, acc1)})
	unreachable := make([]byte, 100)
	state := [][]byte{accountRoot, acc0, acc1, storageRoot, leafA, leafB, unreachable}

	checked, err := checkTries(crypto.Keccak256Hash(accountRoot), state)
	require.NoError(t, err)
	storageBytes := uint64(len(storageRoot) + len(leafA) + len(leafB))
	require.Equal(t, storageBytes, checked.repeatedBytes())
	require.Equal(t, uint64(len(accountRoot)+len(acc0)+len(acc1))+storageBytes, checked.distinctBytes)
	reached := 0
	for _, e := range state {
		if _, ok := checked.node(crypto.Keccak256Hash(e)); ok {
			reached++
		}
	}
	require.Equal(t, 6, reached, "the unreachable entry is dropped")
}

// BenchmarkCheckTries measures the witness validation pass on mainnet block
// 15537394 next to the whole verification of that block, in one run:
// keccak-index is the hashing every execution did before the pass existed,
// check-tries is the pass (hashing included), verify-block the whole execution.
// Skips without the corpus (../shared/corpus or NR_CORPUS).
func BenchmarkCheckTries(b *testing.B) {
	dir := os.Getenv("NR_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	base := filepath.Join(dir, "real-blocks", "mainnet-15537394")
	witnessRLP, err := os.ReadFile(base + ".witness.rlp")
	if err != nil {
		b.Skipf("mainnet block not found (%v): set NR_CORPUS to the corpus directory", err)
	}
	blockRLP, err := os.ReadFile(base + ".block.rlp")
	require.NoError(b, err)
	w, err := DecodeWitnessRLP(witnessRLP)
	require.NoError(b, err)
	var block types.Block
	require.NoError(b, rlp.DecodeBytes(blockRLP, &block))
	parent := w.Headers[len(w.Headers)-1]
	cpu := func(b *testing.B, fn func()) {
		start := cputime.Process()
		for b.Loop() {
			fn()
		}
		b.ReportMetric(float64((cputime.Process()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
	b.Run("keccak-index", func(b *testing.B) {
		cpu(b, func() {
			m := make(map[common.Hash][]byte, len(w.State))
			for _, n := range w.State {
				m[crypto.Keccak256Hash(n)] = n
			}
		})
	})
	b.Run("check-tries", func(b *testing.B) {
		cpu(b, func() {
			if _, err := checkTries(parent.Root, w.State); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("verify-block", func(b *testing.B) {
		cpu(b, func() {
			if _, err := VerifyBlock(context.Background(), params.MainnetChainConfig, &block, parent.Root, w); err != nil {
				b.Fatal(err)
			}
		})
	})
}
