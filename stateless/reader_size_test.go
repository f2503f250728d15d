package stateless

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/trie/trienode"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// denseLeafWitness is a canonical pre-state whose one account's storage holds
// the most slot leaves per witness byte: an extension from the root to depth
// 62-levels, levels of full branches, then branches at depth 62 of sixteen
// embedded branches holding six embedded 3-byte leaves each (rlp([0x20,
// v]): 96 slots in 484 bytes, about 5 witness bytes, 90 gas of EXECUTE's
// input price, a slot). Leaf values make every depth-62 branch distinct. It
// returns the state root, the entries and the storage root.
func denseLeafWitness(t testing.TB, levels int) (root common.Hash, nodes [][]byte, storageRoot common.Hash, slots int) {
	encode := func(v any) []byte {
		enc, err := rlp.EncodeToBytes(v)
		require.NoError(t, err)
		return enc
	}
	store := func(enc []byte) []byte {
		require.GreaterOrEqual(t, len(enc), MinNodeSize)
		nodes = append(nodes, enc)
		return crypto.Keccak256(enc)
	}
	counter := 0
	var level func(depth int) []byte // the hash of the branch at depth
	level = func(depth int) []byte {
		branch := make([]any, 17)
		branch[16] = []byte{}
		for i := range 16 {
			if depth < 62 {
				branch[i] = level(depth + 1)
				continue
			}
			inner := make([]any, 17)
			for k := range inner {
				inner[k] = []byte{}
			}
			for k := range 6 {
				v := byte(1)
				if i == 0 {
					v = 1 + byte(counter>>(2*k))&3
				}
				inner[k] = rlp.RawValue(encode([]any{[]byte{0x20}, []byte{v}}))
				slots++
			}
			enc := encode(inner)
			require.Less(t, len(enc), 32, "an embedded branch")
			branch[i] = rlp.RawValue(enc)
		}
		if depth == 62 {
			counter++
		}
		return store(encode(branch))
	}
	child := level(62 - levels)
	key := append([]byte{0x00}, make([]byte, (62-levels)/2)...) // an even extension key of zeros
	if (62-levels)%2 == 1 {
		key = make([]byte, (62-levels+1)/2)
		key[0] = 0x10
	}
	storageRoot = common.BytesToHash(store(encode([]any{key, child})))

	accounts := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), triedb.HashDefaults))
	addr := common.Address{0xd0}
	account := encode(&types.StateAccount{Nonce: 1, Balance: uint256.NewInt(1), Root: storageRoot, CodeHash: types.EmptyCodeHash[:]})
	require.NoError(t, accounts.Update(crypto.Keccak256(addr[:]), account))
	root, set := accounts.Commit(false)
	set.ForEachWithOrder(func(_ string, n *trienode.Node) { nodes = append(nodes, n.Blob) })
	return root, nodes, storageRoot, slots
}

// TestFlatReaderEntriesBoundedByWitness: the leaves the walk records for the
// flat reader cost memory and CPU before anything reads them, so their number
// is bounded by the witness bytes that pay for them: at most one per
// MinNodeSize bytes of state entries. Embedded leaves, 3 bytes each, are not
// recorded (recording them made a 2 MB witness of them allocate 110 MB, 160×
// the walk without the maps, and cost 7× its CPU per gas); lookup answers them
// in place, as go-ethereum's trie does.
func TestFlatReaderEntriesBoundedByWitness(t *testing.T) {
	root, nodes, storageRoot, slots := denseLeafWitness(t, 2)
	stateBytes := 0
	for _, n := range nodes {
		stateBytes += len(n)
	}
	require.Greater(t, slots, stateBytes/8, "the witness holds a slot leaf per few bytes")
	flat, _, fallbacks := readers(t, root, nodes)
	require.NotNil(t, flat)
	recorded := len(flat.checked.accounts) + len(flat.checked.slots)
	require.LessOrEqual(t, recorded, stateBytes/MinNodeSize, "%d leaves recorded for %d bytes of state entries", recorded, stateBytes)

	// Embedded leaves read as go-ethereum's trie reads them, present and
	// absent, and still without the trie reader.
	nodesDB, _ := (&Witness{State: nodes}).stateDB(flat.checked)
	storage, err := trie.New(trie.StorageTrieID(root, crypto.Keccak256Hash([]byte{0xd0}), storageRoot), triedb.NewDatabase(nodesDB, triedb.HashDefaults))
	require.NoError(t, err)
	present := 0
	for _, upper := range [][2]byte{{0, 0}, {0, 1}, {7, 3}, {15, 15}} {
		for i := range byte(16) {
			for k := range byte(8) {
				var key common.Hash
				key[30], key[31] = upper[0]<<4|upper[1], i<<4|k
				want, err := storage.Get(key[:])
				require.NoError(t, err)
				got, ok := flat.checked.lookup(storageRoot, key)
				require.True(t, ok, "key %x", key)
				require.Equal(t, want, got, "key %x", key)
				if got != nil {
					present++
				}
			}
		}
	}
	require.Equal(t, 4*16*6, present)
	require.Zero(t, fallbacks.reads)
}

// BenchmarkCheckTriesDenseLeaves checks the densest witness of slot leaves
// (denseLeafWitness) with 393,216 embedded leaves in 2.1 MB: CPU-ns per gas of
// EXECUTE's input price (16 per state byte) and bytes allocated per call. The
// figures in docs/BENCHMARKS.md ("The flat reader's recorded leaves") compare
// it with the commit before the walk stopped recording embedded leaves.
func BenchmarkCheckTriesDenseLeaves(b *testing.B) {
	root, nodes, _, _ := denseLeafWitness(b, 3)
	stateBytes := 0
	for _, n := range nodes {
		stateBytes += len(n)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := checkTries(root, nodes); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(16*stateBytes), "ns/gas")
}
