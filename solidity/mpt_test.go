package solidity_test

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/solidity/bindings"
)

// proofList collects the nodes trie.Prove writes, in the root-to-leaf order it
// writes them, which is the order eth_getProof returns and MerkleTrie expects.
type proofList [][]byte

func (l *proofList) Put(_ []byte, value []byte) error {
	*l = append(*l, common.CopyBytes(value))
	return nil
}

func (l *proofList) Delete([]byte) error { return nil }

// testTrie is a go-ethereum trie plus the entries put in it.
type testTrie struct {
	tr      *trie.Trie
	entries map[string][]byte
}

func newTestTrie(entries map[string][]byte) *testTrie {
	tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	for k, v := range entries {
		tr.MustUpdate([]byte(k), v)
	}
	return &testTrie{tr: tr, entries: entries}
}

func (tt *testTrie) root() common.Hash { return tt.tr.Hash() }

func (tt *testTrie) prove(t testing.TB, key []byte) [][]byte {
	t.Helper()
	var proof proofList
	require.NoError(t, tt.tr.Prove(key, &proof))
	return proof
}

// randomEntries makes n entries with keys of keyLen bytes (keyLen 0 = random 1..33,
// so some keys are prefixes of others) and values of 1..40 bytes (short values give
// nodes under 32 bytes, which geth embeds in their parent).
func randomEntries(rng *rand.Rand, n, keyLen int) map[string][]byte {
	entries := make(map[string][]byte, n)
	for len(entries) < n {
		l := keyLen
		if l == 0 {
			l = 1 + rng.IntN(33)
		}
		key := make([]byte, l)
		for i := range key {
			key[i] = byte(rng.UintN(256))
		}
		value := make([]byte, 1+rng.IntN(40))
		for i := range value {
			value[i] = byte(rng.UintN(256))
		}
		entries[string(key)] = value
	}
	return entries
}

func fixedTrie() *testTrie {
	return newTestTrie(randomEntries(rand.New(rand.NewPCG(1, 2)), 200, 32))
}

// someKey returns a key of the trie, deterministically.
func someKey(tt *testTrie, index int) []byte {
	keys := make([]string, 0, len(tt.entries))
	for k := range tt.entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return []byte(keys[index%len(keys)])
}

func TestMerkleTrieValidProofs(t *testing.T) {
	h := newProofHarness(t)
	tt := fixedTrie()
	for i := range 20 {
		key := someKey(tt, i*7)
		res, revert := h.get(t, tt.root(), key, tt.prove(t, key))
		require.Nil(t, revert, "revert %x", revert)
		require.True(t, res.Found)
		require.Equal(t, tt.entries[string(key)], res.Value)
	}
}

func TestMerkleTrieExclusionProofs(t *testing.T) {
	h := newProofHarness(t)
	tt := fixedTrie()
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		key := make([]byte, 32)
		binary.BigEndian.PutUint64(key, rng.Uint64())
		require.NotContains(t, tt.entries, string(key))
		proof := tt.prove(t, key)
		_, err := trie.VerifyProof(tt.root(), key, memProof(proof))
		require.NoError(t, err, "geth must accept its own exclusion proof")
		res, revert := h.get(t, tt.root(), key, proof)
		require.Nil(t, revert, "revert %x", revert)
		require.False(t, res.Found)
		require.Empty(t, res.Value)
	}
}

func memProof(proof [][]byte) *memorydb.Database {
	db := memorydb.New()
	for _, node := range proof {
		_ = db.Put(crypto.Keccak256(node), node)
	}
	return db
}

// TestMerkleTrieMalformedProofs is the catalogue of bad proofs, in the spirit of
// OP's go-ffi trie variants; each case names the error it must revert with.
func TestMerkleTrieMalformedProofs(t *testing.T) {
	tt := fixedTrie()
	key := someKey(tt, 0)
	proof := tt.prove(t, key)
	require.GreaterOrEqual(t, len(proof), 3, "the fixture trie must be deep enough")
	var other []byte // a present key that leaves the root branch through another slot
	for i := 1; other == nil; i++ {
		if k := someKey(tt, i); k[0]>>4 != key[0]>>4 {
			other = k
		}
	}
	otherProof := tt.prove(t, other)

	replace := func(i int, node []byte) [][]byte {
		out := append([][]byte(nil), proof...)
		out[i] = node
		return out
	}
	flip := func(node []byte) []byte {
		out := common.CopyBytes(node)
		out[len(out)-1] ^= 1
		return out
	}
	// A hashed root node whose RLP is itself broken: the hash check passes, the
	// decode must fail.
	single := func(node []byte) (common.Hash, [][]byte) { return crypto.Keccak256Hash(node), [][]byte{node} }
	mustRLP := func(v any) []byte {
		b, err := rlp.EncodeToBytes(v)
		require.NoError(t, err)
		return b
	}
	cases := []struct {
		name  string
		root  common.Hash
		key   []byte
		proof [][]byte
		want  common.Hash
	}{
		{"wrong root", common.Hash{1}, key, proof, bindings.ProofHarnessMPTInvalidRootHashErrorID()},
		{"corrupted root node", tt.root(), key, replace(0, flip(proof[0])), bindings.ProofHarnessMPTInvalidRootHashErrorID()},
		{"wrong internal node", tt.root(), key, replace(1, otherProof[1]), bindings.ProofHarnessMPTInvalidNodeHashErrorID()},
		{"corrupted internal node", tt.root(), key, replace(1, flip(proof[1])), bindings.ProofHarnessMPTInvalidNodeHashErrorID()},
		{"value mismatch (leaf value edited)", tt.root(), key, replace(len(proof)-1, flip(proof[len(proof)-1])), bindings.ProofHarnessMPTInvalidNodeHashErrorID()},
		{"truncated", tt.root(), key, proof[:len(proof)-1], bindings.ProofHarnessMPTProofTooShortErrorID()},
		{"empty proof, non-empty root", tt.root(), key, nil, bindings.ProofHarnessMPTProofTooShortErrorID()},
		{"extra node", tt.root(), key, append(append([][]byte(nil), proof...), proof[len(proof)-1]), bindings.ProofHarnessMPTExtraProofNodesErrorID()},
		{"wrong key for proof", tt.root(), other, proof, bindings.ProofHarnessMPTInvalidNodeHashErrorID()},
		{"empty key on a leaf-free branch", tt.root(), nil, proof, bindings.ProofHarnessMPTExtraProofNodesErrorID()},
	}
	badRLP := []struct {
		name string
		node []byte
		want common.Hash
	}{
		{"bad rlp: truncated list", []byte{0xc5, 0x80, 0x80}, bindings.ProofHarnessRLPTruncatedErrorID()},
		{"bad rlp: trailing bytes", []byte{0xc2, 0x80, 0x80, 0x00}, bindings.ProofHarnessRLPTrailingBytesErrorID()},
		{"bad rlp: non-canonical single byte", []byte{0xc3, 0x81, 0x01, 0x80}, bindings.ProofHarnessRLPNonCanonicalErrorID()},
		{"bad rlp: node is a string", []byte{0x83, 0x01, 0x02, 0x03}, bindings.ProofHarnessRLPNotAListErrorID()},
		{"node with 3 items", mustRLP([][]byte{{0x20}, {1}, {2}}), bindings.ProofHarnessMPTInvalidNodeErrorID()},
		{"hex prefix flag 4", mustRLP([][]byte{{0x40}, {1}}), bindings.ProofHarnessMPTInvalidNodeErrorID()},
		{"even hex prefix with non-zero padding", mustRLP([][]byte{{0x21}, {1}}), bindings.ProofHarnessMPTInvalidNodeErrorID()},
		{"leaf with empty value", mustRLP([][]byte{append([]byte{0x20}, key...), {}}), bindings.ProofHarnessMPTEmptyValueErrorID()},
		{"extension with empty path", mustRLP([][]byte{{0x00}, crypto.Keccak256(nil)}), bindings.ProofHarnessMPTInvalidNodeErrorID()},
		{"child reference of 5 bytes", mustRLP([][]byte{{0x00, key[0]}, {1, 2, 3, 4, 5}}), bindings.ProofHarnessMPTInvalidNodeErrorID()},
	}
	for _, c := range badRLP {
		root, p := single(c.node)
		cases = append(cases, struct {
			name  string
			root  common.Hash
			key   []byte
			proof [][]byte
			want  common.Hash
		}{c.name, root, key, p, c.want})
	}
	h := newProofHarness(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, revert := h.get(t, c.root, c.key, c.proof)
			requireRevert(t, revert, c.want)
		})
	}
}

func TestMerkleTrieEmptyTrie(t *testing.T) {
	h := newProofHarness(t)
	res, revert := h.get(t, types.EmptyRootHash, []byte{1, 2, 3}, nil)
	require.Nil(t, revert)
	require.False(t, res.Found)
}

// TestMerkleTrieRandomTries checks the library against go-ethereum's trie on random
// tries with variable-length keys (prefix keys, embedded nodes) and fixed 32-byte
// keys, for present and absent keys.
func TestMerkleTrieRandomTries(t *testing.T) {
	h := newProofHarness(t)
	for seed := range uint64(40) {
		checkRandomTrie(t, h, seed, byte(seed))
	}
}

func checkRandomTrie(t testing.TB, h *proofHarness, seed uint64, variant byte) {
	rng := rand.New(rand.NewPCG(seed, uint64(variant)))
	keyLen := 0
	if variant%2 == 1 {
		keyLen = 32
	}
	tt := newTestTrie(randomEntries(rng, 1+rng.IntN(64), keyLen))
	var key []byte
	if variant%3 == 0 {
		key = someKey(tt, rng.IntN(len(tt.entries)))
	} else {
		key = make([]byte, 1+rng.IntN(33))
		for i := range key {
			key[i] = byte(rng.UintN(256))
		}
	}
	want, _ := tt.tr.Get(key)
	proof := tt.prove(t, key)
	res, revert := h.get(t, tt.root(), key, proof)
	require.Nil(t, revert, "seed %d variant %d: revert %x on geth's own proof", seed, variant, revert)
	require.Equal(t, want != nil, res.Found, "seed %d variant %d", seed, variant)
	require.Equal(t, []byte(want), nilIfEmpty(res.Value))

	// Soundness under tampering: a modified proof may be rejected, but if it is
	// accepted it must give the true answer.
	tampered := tamper(rng, proof)
	res, revert = h.get(t, tt.root(), key, tampered)
	if revert == nil {
		require.Equal(t, want != nil, res.Found, "tampered proof accepted with a wrong answer (seed %d)", seed)
		require.Equal(t, []byte(want), nilIfEmpty(res.Value))
	}
}

func nilIfEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

func tamper(rng *rand.Rand, proof [][]byte) [][]byte {
	out := make([][]byte, len(proof))
	for i := range proof {
		out[i] = common.CopyBytes(proof[i])
	}
	if len(out) == 0 {
		return [][]byte{{0xc0}}
	}
	i := rng.IntN(len(out))
	switch rng.IntN(4) {
	case 0:
		out[i][rng.IntN(len(out[i]))] ^= byte(1 + rng.IntN(255))
	case 1:
		out = out[:i]
	case 2:
		out = append(out, out[i])
	default:
		out[i] = out[i][:rng.IntN(len(out[i]))]
	}
	return out
}

func FuzzMerkleTrie(f *testing.F) {
	for seed := range uint64(8) {
		f.Add(seed, byte(seed))
	}
	h := newProofHarness(f)
	f.Fuzz(func(t *testing.T, seed uint64, variant byte) {
		checkRandomTrie(t, h, seed, variant)
	})
}
