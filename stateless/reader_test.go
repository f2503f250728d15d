package stateless

import (
	"bytes"
	"fmt"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/trie/trienode"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// randomState is a pre-state built by go-ethereum's own StateDB and committed to
// a hash-scheme trie database: its root, every trie node, and what it holds.
type randomState struct {
	root  common.Hash
	nodes [][]byte
	// slots maps each account to its slots; accounts without storage map to nil.
	slots map[common.Address]map[common.Hash]common.Hash
}

// newRandomState builds accounts accounts from seed, some with storage (up to
// maxSlots slots, values of 1 to 32 bytes), and two that share one storage trie
// (the same slots and values, so the same storage root).
func newRandomState(t testing.TB, seed int64, accounts, maxSlots int) *randomState {
	rng := rand.New(rand.NewSource(seed))
	db := rawdb.NewMemoryDatabase()
	sdb := state.NewDatabase(triedb.NewDatabase(db, triedb.HashDefaults), state.NewCodeDB(db))
	statedb, err := state.New(types.EmptyRootHash, sdb)
	require.NoError(t, err)
	rs := &randomState{slots: make(map[common.Address]map[common.Hash]common.Hash)}
	randomSlots := func() map[common.Hash]common.Hash {
		slots := make(map[common.Hash]common.Hash)
		for range rng.Intn(maxSlots + 1) {
			var key, value common.Hash
			rng.Read(key[:])
			n := 1 + rng.Intn(32)
			rng.Read(value[32-n:])
			value[32-n] |= 1 // no leading zero: the value has n bytes
			slots[key] = value
		}
		return slots
	}
	var shared map[common.Hash]common.Hash
	for i := range accounts {
		var addr common.Address
		rng.Read(addr[:])
		statedb.SetBalance(addr, uint256.NewInt(rng.Uint64()|1), 0)
		statedb.SetNonce(addr, rng.Uint64()%1000, 0)
		var slots map[common.Hash]common.Hash
		switch {
		case i < 2: // the pair sharing a storage trie
			if shared == nil {
				shared = randomSlots()
				shared[common.Hash{1}] = common.Hash{31: 1} // never empty
			}
			slots = shared
		case rng.Intn(2) == 0:
			slots = randomSlots()
		}
		for k, v := range slots {
			statedb.SetState(addr, k, v)
		}
		if len(slots) > 0 {
			statedb.SetCode(addr, []byte{byte(i), 0x00}, 0)
		}
		rs.slots[addr] = slots
	}
	rs.root, err = statedb.Commit(params.MergedTestChainConfig.Rules(common.Big0, true, 0), 0)
	require.NoError(t, err)
	require.NoError(t, sdb.TrieDB().Commit(rs.root, false))
	it := db.NewIterator(nil, nil)
	defer it.Release()
	for it.Next() {
		if len(it.Key()) == common.HashLength && crypto.Keccak256Hash(it.Value()) == common.BytesToHash(it.Key()) {
			rs.nodes = append(rs.nodes, common.CopyBytes(it.Value()))
		}
	}
	return rs
}

// readers returns the flat reader Execute uses and, for reference, a trie
// reader of its own over the same checked nodes. The flat reader's own trie
// reader counts the reads it is left to answer.
func readers(t testing.TB, root common.Hash, nodes [][]byte) (flat *flatReader, ref state.Reader, fallbacks *countingReader) {
	checked, err := checkTries(root, nodes)
	require.NoError(t, err)
	nodesDB, codes := (&Witness{State: nodes}).stateDB(checked)
	db := state.NewDatabase(triedb.NewDatabase(nodesDB, triedb.HashDefaults), state.NewCodeDB(codes))
	trieReader, err := db.Reader(root)
	if err != nil {
		return nil, nil, nil // the root itself is missing: neither reader exists
	}
	ref, err = db.Reader(root)
	require.NoError(t, err)
	fallbacks = &countingReader{Reader: trieReader}
	return newFlatReader(checked, root, fallbacks), ref, fallbacks
}

// countingReader counts the reads that reach it.
type countingReader struct {
	state.Reader
	reads int
}

func (r *countingReader) Account(addr common.Address) (*types.StateAccount, error) {
	r.reads++
	return r.Reader.Account(addr)
}

func (r *countingReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	r.reads++
	return r.Reader.Storage(addr, slot)
}

// TestFlatReaderLeaves: on a complete witness the walk records every leaf of
// the state under its own key, and the flat reader answers every present key
// from those maps, the same as the trie.
func TestFlatReaderLeaves(t *testing.T) {
	rs := newRandomState(t, 1, 64, 24)
	flat, ref, fallbacks := readers(t, rs.root, rs.nodes)
	require.NotNil(t, flat)
	checked := flat.checked
	require.Len(t, checked.accounts, len(rs.slots), "every account leaf recorded")
	roots := make(map[common.Hash]int)
	for addr, slots := range rs.slots {
		acc, ok := checked.accounts[crypto.Keccak256Hash(addr[:])]
		require.True(t, ok, "account %x recorded under its hashed address", addr)
		want, err := ref.Account(addr)
		require.NoError(t, err)
		require.Equal(t, want, acc.Copy())
		roots[acc.Root] = len(slots)
		for k, v := range slots {
			got, ok := checked.slots[slotKey{acc.Root, crypto.Keccak256Hash(k[:])}]
			require.True(t, ok, "slot %x of %x recorded under its storage root and hashed slot", k, addr)
			require.Equal(t, v, got)
		}
	}
	stored := 0
	for root, n := range roots {
		if root != types.EmptyRootHash {
			stored += n
		}
	}
	require.Len(t, checked.slots, stored, "the shared storage trie's slots recorded once, under its root")
	compareReaders(t, rand.New(rand.NewSource(2)), rs, flat, ref)
	require.Zero(t, fallbacks.reads, "a complete witness answers every read, present or absent, without the trie reader")
	// Without the maps, lookup answers the same, still without the trie reader.
	checked.accounts, checked.slots = nil, nil
	compareReaders(t, rand.New(rand.NewSource(2)), rs, flat, ref)
	require.Zero(t, fallbacks.reads)
}

// TestFlatReaderMissingNode: a leaf below a node the witness lacks is not in
// the maps, and reading it fails as the trie read fails, with the trie's
// missing-node error, not with a value.
func TestFlatReaderMissingNode(t *testing.T) {
	rs := newRandomState(t, 3, 64, 24)
	var addr common.Address
	for a, slots := range rs.slots {
		if len(slots) > 0 {
			addr = a
			break
		}
	}
	full, _, _ := readers(t, rs.root, rs.nodes)
	acc, err := full.Account(addr)
	require.NoError(t, err)
	// Drop the account's storage root: its slots are out of reach.
	var nodes [][]byte
	for _, n := range rs.nodes {
		if crypto.Keccak256Hash(n) != acc.Root {
			nodes = append(nodes, n)
		}
	}
	require.Len(t, nodes, len(rs.nodes)-1)
	flat, ref, fallbacks := readers(t, rs.root, nodes)
	for k := range rs.slots[addr] {
		require.NotContains(t, flat.checked.slots, slotKey{acc.Root, crypto.Keccak256Hash(k[:])})
		_, err := flat.Storage(addr, k)
		require.ErrorContains(t, err, "missing trie node")
		_, refErr := ref.Storage(addr, k)
		require.Equal(t, refErr.Error(), err.Error())
	}
	require.Equal(t, len(rs.slots[addr]), fallbacks.reads, "each read below the missing node is the trie reader's")
	compareReaders(t, rand.New(rand.NewSource(4)), rs, flat, ref)
}

// FuzzFlatReader is the differential check: on random states with random nodes
// dropped from the witness, the flat reader and a trie reader over the same
// checked nodes give the same answer (value, or failure) for every present
// account and slot and for absent ones.
func FuzzFlatReader(f *testing.F) {
	f.Add(int64(1), uint8(16), uint8(8), uint8(0))
	f.Add(int64(2), uint8(200), uint8(40), uint8(0))
	f.Add(int64(3), uint8(64), uint8(16), uint8(40))
	f.Add(int64(4), uint8(3), uint8(3), uint8(128))
	f.Add(int64(5), uint8(120), uint8(2), uint8(8))
	f.Fuzz(func(t *testing.T, seed int64, accounts, maxSlots, dropPer256 uint8) {
		rs := newRandomState(t, seed, 2+int(accounts)%200, int(maxSlots)%64)
		rng := rand.New(rand.NewSource(seed))
		var nodes [][]byte
		for _, n := range rs.nodes {
			if rng.Intn(256) >= int(dropPer256) {
				nodes = append(nodes, n)
			}
		}
		flat, ref, _ := readers(t, rs.root, nodes)
		if flat == nil {
			return
		}
		compareReaders(t, rng, rs, flat, ref)
		flat.checked.accounts, flat.checked.slots = nil, nil // lookup alone
		compareReaders(t, rng, rs, flat, ref)
	})
}

// compareReaders asks both readers for every account and slot of rs, for
// absent accounts and absent slots, and requires the same answers.
func compareReaders(t *testing.T, rng *rand.Rand, rs *randomState, flat *flatReader, ref state.Reader) {
	t.Helper()
	sameAccount := func(addr common.Address) {
		got, err := flat.Account(addr)
		want, refErr := ref.Account(addr)
		require.Equal(t, refErr == nil, err == nil, "account %x: flat %v, trie %v", addr, err, refErr)
		require.Equal(t, want, got, "account %x", addr)
	}
	sameSlot := func(addr common.Address, slot common.Hash) {
		got, err := flat.Storage(addr, slot)
		want, refErr := ref.Storage(addr, slot)
		require.Equal(t, refErr == nil, err == nil, "slot %x of %x: flat %v, trie %v", slot, addr, err, refErr)
		require.Equal(t, want, got, "slot %x of %x", slot, addr)
	}
	random := func() (h common.Hash) {
		rng.Read(h[:])
		return h
	}
	for addr, slots := range rs.slots {
		sameAccount(addr)
		for k := range slots {
			sameSlot(addr, k)
		}
		sameSlot(addr, random())
	}
	for range 16 {
		addr := common.BytesToAddress(random().Bytes())
		sameAccount(addr)
		sameSlot(addr, random())
	}
	// The returned account is the caller's: changing it changes no later answer.
	for addr := range rs.slots {
		if acc, err := flat.Account(addr); err == nil && acc != nil {
			acc.Nonce++
			acc.Balance.SetUint64(0)
			sameAccount(addr)
		}
	}
}

// TestFlatReaderRepeatedPositions: in a storage trie whose nodes sit at many
// positions (levels of branches pointing all sixteen children at one node, then
// one leaf that every key through them reaches), the walk records the leaf
// once, and lookup still answers every key as go-ethereum's trie does: at depth
// 2, the 256 keys that end in the leaf's zeros and the others, which do not
// reach it; at depth 64, where the leaf's own key is empty, every key.
func TestFlatReaderRepeatedPositions(t *testing.T) {
	for _, depth := range []int{2, keyNibbles} {
		t.Run(fmt.Sprintf("depth=%d", depth), func(t *testing.T) {
			// The slot value makes the leaf at least 32 bytes, stored by hash.
			value, err := rlp.EncodeToBytes(bytes.Repeat([]byte{0x01}, 30))
			require.NoError(t, err)
			leaf, err := rlp.EncodeToBytes([]any{append([]byte{0x20}, make([]byte, (keyNibbles-depth)/2)...), value})
			require.NoError(t, err)
			nodes := [][]byte{leaf}
			child := crypto.Keccak256Hash(leaf)
			for range depth {
				branch := make([]any, 17)
				for i := range 16 {
					branch[i] = child.Bytes()
				}
				branch[16] = []byte{}
				enc, err := rlp.EncodeToBytes(branch)
				require.NoError(t, err)
				nodes = append(nodes, enc)
				child = crypto.Keccak256Hash(enc)
			}
			storageRoot := child
			addr := common.Address{0xaa}
			accounts := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), triedb.HashDefaults))
			account, err := rlp.EncodeToBytes(&types.StateAccount{Nonce: 1, Balance: uint256.NewInt(1), Root: storageRoot, CodeHash: types.EmptyCodeHash[:]})
			require.NoError(t, err)
			require.NoError(t, accounts.Update(crypto.Keccak256(addr[:]), account))
			root, set := accounts.Commit(false)
			set.ForEachWithOrder(func(_ string, n *trienode.Node) { nodes = append(nodes, n.Blob) })

			flat, _, fallbacks := readers(t, root, nodes)
			require.Len(t, flat.checked.slots, 1, "the shared leaf is recorded at its first position only")
			nodesDB, _ := (&Witness{State: nodes}).stateDB(flat.checked)
			storage, err := trie.New(trie.StorageTrieID(root, crypto.Keccak256Hash(addr[:]), storageRoot), triedb.NewDatabase(nodesDB, triedb.HashDefaults))
			require.NoError(t, err)
			present := 0
			for prefix := range 256 {
				for _, suffix := range []byte{0x00, 0x01} {
					var key common.Hash
					key[0], key[31] = byte(prefix), suffix
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
			if depth == keyNibbles {
				require.Equal(t, 512, present, "every key reaches the leaf")
			} else {
				require.Equal(t, 256, present, "every key ending in zeros reaches the leaf")
			}
			require.Zero(t, fallbacks.reads)
		})
	}
}

// TestFlatReaderAccountLookedUpOnce: an account the walk recorded at another
// position (here its leaf sits under every child of two levels of shared
// branches) is found by lookup once; every later storage read takes its
// storage root from that, as go-ethereum's trie reader resolves it once,
// instead of following the account's path again per slot (on a 64-node path,
// 7x the CPU per gas of a recorded account). Shown by removing the shared
// branch from the index after the first reads: later slots still read.
func TestFlatReaderAccountLookedUpOnce(t *testing.T) {
	addr := common.Address{0xaa}
	for crypto.Keccak256(addr[:])[0] == 0 { // not at the leaf's first position
		addr[19]++
	}
	storage := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), triedb.HashDefaults))
	var slots []common.Hash
	for i := range 8 {
		slot := common.Hash{31: byte(i)}
		value, err := rlp.EncodeToBytes([]byte{byte(i + 1)})
		require.NoError(t, err)
		require.NoError(t, storage.Update(crypto.Keccak256(slot[:]), value))
		slots = append(slots, slot)
	}
	storageRoot, set := storage.Commit(false)
	var nodes [][]byte
	set.ForEachWithOrder(func(_ string, n *trienode.Node) { nodes = append(nodes, n.Blob) })

	account, err := rlp.EncodeToBytes(&types.StateAccount{Nonce: 1, Balance: uint256.NewInt(1), Root: storageRoot, CodeHash: types.EmptyCodeHash[:]})
	require.NoError(t, err)
	leaf, err := rlp.EncodeToBytes([]any{append([]byte{0x20}, crypto.Keccak256(addr[:])[1:]...), account})
	require.NoError(t, err)
	nodes = append(nodes, leaf)
	child := crypto.Keccak256Hash(leaf)
	var shared common.Hash
	for range 2 {
		branch := make([]any, 17)
		for i := range 16 {
			branch[i] = child.Bytes()
		}
		branch[16] = []byte{}
		enc, err := rlp.EncodeToBytes(branch)
		require.NoError(t, err)
		nodes = append(nodes, enc)
		shared, child = child, crypto.Keccak256Hash(enc)
	}
	root := child

	flat, ref, fallbacks := readers(t, root, nodes)
	require.NotContains(t, flat.checked.accounts, crypto.Keccak256Hash(addr[:]), "recorded at its first position only")
	want, err := ref.Account(addr)
	require.NoError(t, err)
	got, err := flat.Account(addr)
	require.NoError(t, err)
	require.Equal(t, want, got)
	value, err := flat.Storage(addr, slots[0])
	require.NoError(t, err)
	require.Equal(t, common.Hash{31: 1}, value)

	i, ok := flat.checked.index.get(shared)
	require.True(t, ok)
	flat.checked.index.hashes[i] = common.Hash{} // the leaf's path is gone: no lookup finds it
	_, ok = flat.checked.index.get(shared)
	require.False(t, ok)
	for i, slot := range slots {
		value, err := flat.Storage(addr, slot)
		require.NoError(t, err, "slot %d", i)
		require.Equal(t, common.Hash{31: byte(i + 1)}, value, "slot %d", i)
	}
	got, err = flat.Account(addr)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Zero(t, fallbacks.reads)
}
