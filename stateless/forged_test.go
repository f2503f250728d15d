package stateless_test

// A forged-witness builder for tests: the pre-state of an EXECUTE call is chosen
// by its caller, so a witness may hold trie shapes no real trie has. The builder
// describes a trie node by node (fLeaf, fExt, fBranch, plus fRaw for arbitrary
// bytes and fEmbed/fHashed/fHash to choose how a parent refers to a child), turns
// it into witness entries (forge), and wraps an account trie in a parent header
// and an L2 block under the policy EXECUTE uses (forgedState.build).
//
// TestForged* then run the shapes that made go-ethereum's trie code panic, most
// of them on a goroutine go-ethereum starts itself (a process crash before
// witness validation), and require the named error.

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// fnode is a trie node to forge: *fLeaf, *fExt, *fBranch, fRaw, fHash, fEmbed or
// fHashed. nil is the empty reference ("").
type fnode any

type (
	// fLeaf is a leaf: Key is the rest of its path in nibbles (no terminator),
	// Value the bytes it stores (for a slot the RLP of the trimmed value, for an
	// account the RLP of types.StateAccount).
	fLeaf struct {
		Key   []byte
		Value []byte
	}
	// fExt is an extension: Key in nibbles, Child any node (nil: an empty child).
	fExt struct {
		Key   []byte
		Child fnode
	}
	// fBranch is a branch with sixteen children and a value (empty in a state trie).
	fBranch struct {
		Children [16]fnode
		Value    []byte
	}
	// fRaw is a node given by its encoding, verbatim.
	fRaw []byte
	// fHash refers to a node by hash only; the witness does not get its bytes
	// from this reference.
	fHash common.Hash
	// fEmbed makes its parent embed Node, whatever its size.
	fEmbed struct{ Node fnode }
	// fHashed makes its parent refer to Node by hash, whatever its size.
	fHashed struct{ Node fnode }
)

// forge turns fnodes into witness state entries.
type forge struct {
	nodes  [][]byte
	stored map[common.Hash]bool
	memo   map[fnode][]byte // encodings during one root call
}

func newForge() *forge { return &forge{stored: make(map[common.Hash]bool)} }

// encode returns the RLP encoding of n itself.
func (f *forge) encode(n fnode) []byte {
	switch n.(type) {
	case *fLeaf, *fExt, *fBranch:
		if enc, ok := f.memo[n]; ok {
			return enc
		}
		enc := f.encodeNode(n)
		if f.memo != nil {
			f.memo[n] = enc
		}
		return enc
	}
	return f.encodeNode(n)
}

func (f *forge) encodeNode(n fnode) []byte {
	switch n := n.(type) {
	case *fLeaf:
		return rlpList(rlpBytes(compactKey(n.Key, true)), rlpBytes(n.Value))
	case *fExt:
		return rlpList(rlpBytes(compactKey(n.Key, false)), f.ref(n.Child))
	case *fBranch:
		items := make([][]byte, 17)
		for i, c := range n.Children {
			items[i] = f.ref(c)
		}
		items[16] = rlpBytes(n.Value)
		return rlpList(items...)
	case fRaw:
		return n
	case fEmbed:
		return f.encode(n.Node)
	case fHashed:
		return f.encode(n.Node)
	case fHash:
		return rlpBytes(n[:]) // not a node: a 32-byte string
	default: // nil
		return []byte{0x80} // not a node: the empty string
	}
}

// ref returns how a parent refers to n: the node itself if its encoding is
// shorter than 32 bytes, else its hash (and n goes into the witness).
func (f *forge) ref(n fnode) []byte {
	switch n := n.(type) {
	case nil:
		return []byte{0x80}
	case fHash:
		return rlpBytes(n[:])
	case fEmbed:
		return f.encode(n.Node)
	case fHashed:
		return rlpBytes(f.store(f.encode(n.Node)).Bytes())
	}
	enc := f.encode(n)
	if len(enc) < 32 {
		return enc
	}
	return rlpBytes(f.store(enc).Bytes())
}

// root stores n (a root is always referred to by hash) and returns its hash.
// Within one call each node is encoded once, so a node shared by many parents
// costs nothing more.
func (f *forge) root(n fnode) common.Hash {
	switch n := n.(type) {
	case nil:
		return types.EmptyRootHash
	case fHash:
		return common.Hash(n)
	}
	if f.memo == nil {
		f.memo = make(map[fnode][]byte)
		defer func() { f.memo = nil }()
	}
	return f.store(f.encode(n))
}

func (f *forge) store(enc []byte) common.Hash {
	h := crypto.Keccak256Hash(enc)
	if !f.stored[h] {
		f.stored[h] = true
		f.nodes = append(f.nodes, enc)
	}
	return h
}

// compactKey is the hex-prefix encoding of a nibble key.
func compactKey(nibbles []byte, leaf bool) []byte {
	flag := byte(0)
	if leaf {
		flag = 2
	}
	out := []byte{flag << 4}
	if len(nibbles)%2 == 1 {
		out[0] = (flag|1)<<4 | nibbles[0]
		nibbles = nibbles[1:]
	}
	for i := 0; i+1 < len(nibbles); i += 2 {
		out = append(out, nibbles[i]<<4|nibbles[i+1])
	}
	return out
}

func rlpBytes(b []byte) []byte {
	enc, err := rlp.EncodeToBytes(b)
	if err != nil {
		panic(err)
	}
	return enc
}

func rlpList(items ...[]byte) []byte {
	raw := make([]rlp.RawValue, len(items))
	for i, it := range items {
		raw[i] = it
	}
	enc, err := rlp.EncodeToBytes(raw)
	if err != nil {
		panic(err)
	}
	return enc
}

// nibblesOf is the 64-nibble path of a 32-byte trie key.
func nibblesOf(h common.Hash) []byte {
	out := make([]byte, 64)
	for i, b := range h {
		out[2*i], out[2*i+1] = b>>4, b&0x0f
	}
	return out
}

func slotPath(slot common.Hash) []byte         { return nibblesOf(crypto.Keccak256Hash(slot[:])) }
func accountPath(a common.Address) []byte      { return nibblesOf(crypto.Keccak256Hash(a[:])) }
func slotN(n uint64) common.Hash               { return common.BigToHash(new(big.Int).SetUint64(n)) }
func slotValue(v common.Hash) []byte           { return rlpBytes(common.TrimLeftZeroes(v[:])) }
func slotValueN(n uint64) []byte               { return slotValue(slotN(n)) }
func evilExt(nibble byte) fRaw                 { return fRaw(rlpList(compactKey([]byte{nibble}, false), []byte{0x80})) } // rlp([0x1n, ""])
func withKey(path []byte, rest ...byte) []byte { return append(slices.Clone(path), rest...) }

// kv is one leaf of an honest trie.
type kv struct {
	path  []byte // 64 nibbles
	value []byte
}

// trieOf is the canonical Merkle-Patricia trie of entries: an extension only
// above a branch, every branch with at least two children, leaves completing 64
// nibbles. Nodes are built fresh, so a test may change them in place.
func trieOf(entries []kv) fnode {
	sorted := slices.Clone(entries)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].path, sorted[j].path) < 0 })
	return buildTrie(sorted, 0)
}

func buildTrie(entries []kv, depth int) fnode {
	switch len(entries) {
	case 0:
		return nil
	case 1:
		return &fLeaf{Key: slices.Clone(entries[0].path[depth:]), Value: entries[0].value}
	}
	common := 0
	for depth+common < 64 {
		c := entries[0].path[depth+common]
		if !allHave(entries, depth+common, c) {
			break
		}
		common++
	}
	if common > 0 {
		return &fExt{Key: slices.Clone(entries[0].path[depth : depth+common]), Child: buildTrie(entries, depth+common)}
	}
	b := new(fBranch)
	for i := 0; i < len(entries); {
		j := i
		for j < len(entries) && entries[j].path[depth] == entries[i].path[depth] {
			j++
		}
		b.Children[entries[i].path[depth]] = buildTrie(entries[i:j], depth+1)
		i = j
	}
	return b
}

func allHave(entries []kv, at int, nibble byte) bool {
	for _, e := range entries {
		if e.path[at] != nibble {
			return false
		}
	}
	return true
}

// storageTrie is the canonical trie of slots (zero values are left out, as a
// trie never stores them).
func storageTrie(slots map[common.Hash]common.Hash) fnode {
	var entries []kv
	for k, v := range slots {
		if v != (common.Hash{}) {
			entries = append(entries, kv{slotPath(k), slotValue(v)})
		}
	}
	return trieOf(entries)
}

// onPath applies fn to the node of n that path reaches at the end of the walk
// (a leaf, a missing child or a node the walk cannot enter) and returns n with
// the result in its place. fn gets the node and its depth. The nodes on the path
// are copied, never changed: a node shared by several parents stays as it was.
func onPath(n fnode, path []byte, depth int, fn func(n fnode, depth int) fnode) fnode {
	switch n := n.(type) {
	case *fBranch:
		if depth < len(path) {
			c := *n
			c.Children[path[depth]] = onPath(n.Children[path[depth]], path, depth+1, fn)
			return &c
		}
	case *fExt:
		if bytes.HasPrefix(path[depth:], n.Key) {
			c := *n
			c.Child = onPath(n.Child, path, depth+len(n.Key), fn)
			return &c
		}
	}
	return fn(n, depth)
}

// splitLeaf is shape (a): the leaf becomes an extension over a leaf holding the
// rest of its key. Deleting that leaf leaves an extension with no child.
func splitLeaf(at int, wrap func(fnode) fnode) func(fnode, int) fnode {
	return func(n fnode, _ int) fnode {
		leaf := n.(*fLeaf)
		var child fnode = &fLeaf{Key: leaf.Key[at:], Value: leaf.Value}
		if wrap != nil {
			child = wrap(child)
		}
		return &fExt{Key: leaf.Key[:at], Child: child}
	}
}

// firstBranch is the topmost branch of n (below any extension) and its depth.
func firstBranch(n fnode) (*fBranch, int) {
	depth := 0
	for {
		switch x := n.(type) {
		case *fBranch:
			return x, depth
		case *fExt:
			depth += len(x.Key)
			n = x.Child
		default:
			panic("forge: no branch")
		}
	}
}

// fAccount is an account of a forged pre-state.
type fAccount struct {
	Nonce   uint64
	Balance *uint256.Int
	Code    []byte
	Storage fnode // nil: empty storage
	// Root, when set, is the storage root stored in the account, whatever Storage is.
	Root *common.Hash
}

// forgedState is a pre-state under construction: the L2 genesis accounts (the
// system contracts with go-ethereum's code and a funded development account).
type forgedState struct {
	f        *forge
	Accounts map[common.Address]*fAccount
	// Parent is the parent header's template; build sets its Root.
	Parent types.Header
	// Anchor is the block's parent_beacon_block_root (stored by EIP-4788).
	Anchor common.Hash
	// Extra witness entries (unreachable nodes, duplicates).
	Extra [][]byte
}

// forgedConfig is the L2 config every forged test runs under.
var forgedConfig = l2.Config(l2.DefaultChainID)

func newForgedState() *forgedState {
	zero := uint64(0)
	s := &forgedState{
		f:        newForge(),
		Accounts: make(map[common.Address]*fAccount),
		Parent: types.Header{
			Number: big.NewInt(100), Difficulty: common.Big0, GasLimit: l2.GenesisGasLimit,
			BaseFee: big.NewInt(params.InitialBaseFee), Time: 1_000_000, UncleHash: types.EmptyUncleHash,
			ExcessBlobGas: &zero, BlobGasUsed: &zero, ParentBeaconRoot: &common.Hash{},
			WithdrawalsHash: &types.EmptyWithdrawalsHash, RequestsHash: &types.EmptyRequestsHash,
		},
		Anchor: common.HexToHash("0xa1"),
	}
	for _, sc := range stateless.SystemContracts(forgedConfig, big.NewInt(101), s.Parent.Time+12) {
		s.Accounts[sc.Address] = &fAccount{Nonce: 1, Balance: new(uint256.Int), Code: sc.Code}
	}
	s.Accounts[l2.DevAddress(0)] = &fAccount{Balance: uint256.NewInt(params.Ether)}
	return s
}

// childTime is the timestamp of the block built on the parent.
func (s *forgedState) childTime() uint64 { return s.Parent.Time + 12 }

// beaconSlots are the two slots the EIP-4788 system call writes: the timestamp
// at timestamp % 8191, the anchor 8191 slots further.
func (s *forgedState) beaconSlots() (timeSlot, rootSlot common.Hash) {
	i := s.childTime() % 8191
	return slotN(i), slotN(i + 8191)
}

// historySlot is the slot the EIP-2935 system call writes the parent hash to.
func (s *forgedState) historySlot() common.Hash { return slotN(s.Parent.Number.Uint64() % 8191) }

// accountValue is the leaf value of an account (its storage trie goes into the witness).
func (s *forgedState) accountValue(a *fAccount) []byte {
	root := s.f.root(a.Storage)
	if a.Root != nil {
		root = *a.Root
	}
	codeHash := types.EmptyCodeHash
	if len(a.Code) > 0 {
		codeHash = crypto.Keccak256Hash(a.Code)
	}
	enc, err := rlp.EncodeToBytes(&types.StateAccount{Nonce: a.Nonce, Balance: a.Balance, Root: root, CodeHash: codeHash.Bytes()})
	if err != nil {
		panic(err)
	}
	return enc
}

// accountTrie is the canonical account trie of s.Accounts.
func (s *forgedState) accountTrie() fnode {
	var entries []kv
	for addr, a := range s.Accounts {
		entries = append(entries, kv{accountPath(addr), s.accountValue(a)})
	}
	return trieOf(entries)
}

// build returns the block (txs on top of the parent) and its witness, the
// parent's state root being root; the policy is EXECUTE's.
func (s *forgedState) build(root fnode, txs ...*types.Transaction) (*stateless.Input, *stateless.Witness) {
	parent := types.CopyHeader(&s.Parent)
	parent.Root = s.f.root(root)
	w := &stateless.Witness{Headers: []*types.Header{parent}}
	w.State = append(slices.Clone(s.f.nodes), s.Extra...)
	for _, a := range s.Accounts {
		if len(a.Code) > 0 {
			w.Codes = append(w.Codes, a.Code)
		}
	}
	anchor := s.Anchor
	in := &stateless.Input{
		ParentHash:   parent.Hash(),
		PreStateRoot: parent.Root,
		Env: stateless.Env{
			Timestamp: s.childTime(), GasLimit: parent.GasLimit, ParentBeaconRoot: &anchor,
			Withdrawals: types.Withdrawals{},
		},
		Transactions: txs,
		Policy:       executePolicy(parent.GasLimit),
	}
	return in, w
}

// executePolicy is the policy EXECUTE runs an L2 block with
// (precompile.Input.statelessInput).
func executePolicy(gasLimit uint64) stateless.Policy {
	return precompile.StatelessPolicy(gasLimit)
}

// forgedTx is a dynamic-fee transaction of the funded development account
// (nonce 0, tip 0) on the forged L2.
func forgedTx(to common.Address, value *big.Int, gas uint64, data []byte) *types.Transaction {
	chainID := forgedConfig.ChainID
	return types.MustSignNewTx(l2.DevKey(0), types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: 0, GasTipCap: common.Big0, GasFeeCap: big.NewInt(params.GWei),
		Gas: gas, To: &to, Value: value, Data: data,
	})
}

// runForged executes a forged block and reports how long it took; a forged
// witness must be rejected quickly.
func runForged(t testing.TB, in *stateless.Input, w *stateless.Witness) (*stateless.Result, error) {
	t.Helper()
	start := time.Now()
	res, err := stateless.Execute(context.Background(), forgedConfig, in, w)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("execution took %v", d)
	}
	return res, err
}

// ---- tests ----

// TestForgedBuilderHonest: the builder's canonical tries are go-ethereum's (same
// root as a StackTrie), and an honest forged pre-state executes under EXECUTE's
// policy, with and without a transaction. Every other test changes one thing.
func TestForgedBuilderHonest(t *testing.T) {
	slots := map[common.Hash]common.Hash{}
	for i := range uint64(40) {
		slots[slotN(i)] = slotN(i*i + 1)
	}
	st := trie.NewStackTrie(nil)
	var entries []kv
	for k, v := range slots {
		entries = append(entries, kv{slotPath(k), slotValue(v)})
	}
	sort.Slice(entries, func(i, j int) bool { return bytes.Compare(entries[i].path, entries[j].path) < 0 })
	for _, e := range entries {
		key := make([]byte, 0, 32)
		for i := 0; i < 64; i += 2 {
			key = append(key, e.path[i]<<4|e.path[i+1])
		}
		require.NoError(t, st.Update(key, e.value))
	}
	require.Equal(t, st.Hash(), newForge().root(storageTrie(slots)))

	s := newForgedState()
	timeSlot, rootSlot := s.beaconSlots()
	s.Accounts[params.BeaconRootsAddress].Storage = storageTrie(map[common.Hash]common.Hash{timeSlot: slotN(1), rootSlot: slotN(2), slotN(7): slotN(7)})
	s.Accounts[params.WithdrawalQueueAddress].Storage = storageTrie(map[common.Hash]common.Hash{slotN(1): slotN(1), slotN(9): slotN(9)})
	s.Accounts[params.HistoryStorageAddress].Storage = storageTrie(slots)
	in, w := s.build(s.accountTrie())
	res, err := runForged(t, in, w)
	require.NoError(t, err)
	require.Zero(t, res.RepeatedTrieBytes)

	in, w = s.build(s.accountTrie(), forgedTx(common.Address{0xee}, big.NewInt(1), 21_000, nil))
	res, err = runForged(t, in, w)
	require.NoError(t, err)
	require.Len(t, res.Receipts, 1)
}

// forgedCase is one forged pre-state and the error it must give.
type forgedCase struct {
	name  string
	build func(t *testing.T) (*stateless.Input, *stateless.Witness)
	want  error
	// contains, if set, must appear in the error text (the rule that fired).
	contains string
}

func runForgedCases(t *testing.T, cases []forgedCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in, w := tc.build(t)
			res, err := runForged(t, in, w)
			require.NotErrorIs(t, err, stateless.ErrExecutionFault)
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.want)
			require.Nil(t, res)
			if tc.contains != "" {
				require.ErrorContains(t, err, tc.contains)
			}
		})
	}
}

// storageCase forges the storage of one account from an honest trie of slots
// changed by mutate; the account trie stays canonical.
func storageCase(addr common.Address, slots map[common.Hash]common.Hash, mutate func(s *forgedState, root fnode) fnode, txs ...*types.Transaction) func(t *testing.T) (*stateless.Input, *stateless.Witness) {
	return func(t *testing.T) (*stateless.Input, *stateless.Witness) {
		s := newForgedState()
		if _, ok := s.Accounts[addr]; !ok {
			s.Accounts[addr] = &fAccount{Nonce: 1, Balance: new(uint256.Int), Code: storeCode}
		}
		s.Accounts[addr].Storage = mutate(s, storageTrie(slots))
		return s.build(s.accountTrie(), txs...)
	}
}

// freeNibble is a nibble no path in paths starts with (at depth).
func freeNibble(depth int, paths ...[]byte) byte {
	for n := byte(15); ; n-- {
		used := false
		for _, p := range paths {
			used = used || p[depth] == n
		}
		if !used {
			return n
		}
	}
}

// TestForgedStorageCrashShapes: the crash shapes in the storage tries of the
// system contracts, which the block's own system calls write (no transaction
// needed). Before witness validation each one panicked in go-ethereum's hasher
// on the goroutine StateDB.IntermediateRoot starts for the storage trie: a
// process crash.
func TestForgedStorageCrashShapes(t *testing.T) {
	s := newForgedState()
	timeSlot, rootSlot := s.beaconSlots()
	historySlot := s.historySlot()
	// (b): a branch whose child at a nibble no written slot uses is the
	// embedded extension rlp([0x15, ""]); the other child is an honest leaf.
	// Writing a slot makes the branch dirty and re-hashes the embedded node.
	embeddedEmptyExt := func(written ...common.Hash) func(*forgedState, fnode) fnode {
		return func(_ *forgedState, _ fnode) fnode {
			var paths [][]byte
			for _, w := range written {
				paths = append(paths, slotPath(w))
			}
			b := new(fBranch)
			evil := freeNibble(0, paths...)
			b.Children[evil] = evilExt(5)
			other := freeNibble(0, append(paths, withKey([]byte{evil}, make([]byte, 63)...))...)
			b.Children[other] = &fLeaf{Key: make([]byte, 63), Value: slotValueN(1)}
			return b
		}
	}
	// (a): the leaf of a slot the block clears becomes an extension over a
	// leaf; deleting it leaves the extension without a child.
	extOverLeaf := func(cleared common.Hash, at int, wrap func(fnode) fnode) func(*forgedState, fnode) fnode {
		return func(_ *forgedState, root fnode) fnode {
			return onPath(root, slotPath(cleared), 0, splitLeaf(at, wrap))
		}
	}
	embed := func(n fnode) fnode { return fEmbed{n} }
	hashed := func(n fnode) fnode { return fHashed{n} }
	nonCanonical := stateless.ErrNonCanonicalNode
	withdrawalCount := map[common.Hash]common.Hash{slotN(1): slotN(1)} // EIP-7002 resets the request count (slot 1) every block
	runForgedCases(t, []forgedCase{
		{"beacon-roots/embedded-ext-empty-child", storageCase(params.BeaconRootsAddress, nil, embeddedEmptyExt(timeSlot, rootSlot)), nonCanonical, "extension's child"},
		{"history/embedded-ext-empty-child", storageCase(params.HistoryStorageAddress, nil, embeddedEmptyExt(historySlot)), nonCanonical, "extension's child"},
		{"withdrawal-queue/embedded-ext-empty-child", storageCase(params.WithdrawalQueueAddress, withdrawalCount, func(s *forgedState, root fnode) fnode {
			// the count leaf and the evil node side by side: clearing the
			// count collapses the branch into the evil node.
			b := new(fBranch)
			p := slotPath(slotN(1))
			b.Children[p[0]] = &fLeaf{Key: p[1:], Value: slotValueN(1)}
			b.Children[freeNibble(0, p)] = evilExt(5)
			return b
		}), nonCanonical, "extension's child"},
		{"withdrawal-queue/hashed-ext-empty-child-collapse", storageCase(params.WithdrawalQueueAddress, withdrawalCount, func(s *forgedState, root fnode) fnode {
			b := new(fBranch)
			p := slotPath(slotN(1))
			b.Children[p[0]] = &fLeaf{Key: p[1:], Value: slotValueN(1)}
			b.Children[freeNibble(0, p)] = fHashed{evilExt(5)}
			return b
		}), nonCanonical, "outside [32, 532]"},
		{"withdrawal-queue/hashed-34-byte-ext-empty-child-collapse", storageCase(params.WithdrawalQueueAddress, withdrawalCount, func(s *forgedState, root fnode) fnode {
			b := new(fBranch)
			p := slotPath(slotN(1))
			b.Children[p[0]] = &fLeaf{Key: p[1:], Value: slotValueN(1)}
			b.Children[freeNibble(0, p)] = fHashed{&fExt{Key: make([]byte, 60), Child: nil}}
			return b
		}), nonCanonical, "extension's child"},
		{"withdrawal-queue/ext-over-hashed-leaf", storageCase(params.WithdrawalQueueAddress, withdrawalCount, extOverLeaf(slotN(1), 1, nil)), nonCanonical, "must be a branch"},
		{"withdrawal-queue/ext-over-embedded-leaf", storageCase(params.WithdrawalQueueAddress, withdrawalCount, extOverLeaf(slotN(1), 30, embed)), nonCanonical, "must be a branch"},
		{"withdrawal-queue/ext-over-ext-over-leaf", storageCase(params.WithdrawalQueueAddress, withdrawalCount, func(s *forgedState, root fnode) fnode {
			root = extOverLeaf(slotN(1), 2, nil)(s, root)
			root.(*fExt).Child = splitLeaf(3, hashed)(root.(*fExt).Child, 2)
			return root
		}), nonCanonical, "must be a branch"},
		{"withdrawal-queue/ext-over-leaf-under-branch", storageCase(params.WithdrawalQueueAddress,
			map[common.Hash]common.Hash{slotN(1): slotN(1), slotN(9): slotN(9)}, extOverLeaf(slotN(1), 4, nil)), nonCanonical, "must be a branch"},
		{"withdrawal-queue/queue-reset-clears-head-and-tail", storageCase(params.WithdrawalQueueAddress,
			// head == tail != 0: nothing to dequeue, both reset to 0
			map[common.Hash]common.Hash{slotN(2): slotN(5), slotN(3): slotN(5)}, extOverLeaf(slotN(3), 1, nil)), nonCanonical, "must be a branch"},
		{"consolidation-queue/ext-over-leaf", storageCase(params.ConsolidationQueueAddress, withdrawalCount, extOverLeaf(slotN(1), 1, nil)), nonCanonical, "must be a branch"},
		{"beacon-roots/zero-anchor-clears-root-slot", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			// The system call stores 0 over the old root. It first inserts the
			// timestamp slot, which would absorb an extension of one nibble.
			s.Anchor = common.Hash{}
			s.Accounts[params.BeaconRootsAddress].Storage = extOverLeaf(rootSlot, 3, nil)(s, storageTrie(map[common.Hash]common.Hash{rootSlot: slotN(0xbeef)}))
			return s.build(s.accountTrie())
		}, nonCanonical, "must be a branch"},
		{"beacon-roots/branch-with-one-child", storageCase(params.BeaconRootsAddress, nil, func(s *forgedState, _ fnode) fnode {
			b := new(fBranch)
			b.Children[freeNibble(0, slotPath(timeSlot), slotPath(rootSlot))] = &fLeaf{Key: make([]byte, 63), Value: slotValueN(1)}
			return b
		}), nonCanonical, "collapsed"},
		{"beacon-roots/branch-with-value", storageCase(params.BeaconRootsAddress, map[common.Hash]common.Hash{slotN(1): slotN(1), slotN(9): slotN(9)}, func(s *forgedState, root fnode) fnode {
			b, _ := firstBranch(root)
			b.Value = []byte{1}
			return root
		}), nonCanonical, "value"},
		{"beacon-roots/oversize-leaf", storageCase(params.BeaconRootsAddress, nil, func(s *forgedState, _ fnode) fnode {
			return &fLeaf{Key: slotPath(timeSlot), Value: rlpBytes(bytes.Repeat([]byte{1}, 600))}
		}), nonCanonical, "outside [32, 532]"},
		{"beacon-roots/leaf-value-zero", storageCase(params.BeaconRootsAddress, nil, func(s *forgedState, _ fnode) fnode {
			return &fLeaf{Key: slotPath(timeSlot), Value: rlpBytes([]byte{0, 1})}
		}), nonCanonical, "leading zero"},
		{"beacon-roots/leaf-value-33-bytes", storageCase(params.BeaconRootsAddress, nil, func(s *forgedState, _ fnode) fnode {
			return &fLeaf{Key: slotPath(timeSlot), Value: rlpBytes(bytes.Repeat([]byte{1}, 33))}
		}), nonCanonical, "slot value of 33 bytes"},
		{"beacon-roots/leaf-value-list", storageCase(params.BeaconRootsAddress, nil, func(s *forgedState, _ fnode) fnode {
			return &fLeaf{Key: slotPath(timeSlot), Value: rlpList(rlpBytes([]byte{1}))}
		}), nonCanonical, "not one canonical RLP string"},
		{"beacon-roots/leaf-key-short", storageCase(params.BeaconRootsAddress, nil, func(s *forgedState, _ fnode) fnode {
			return &fLeaf{Key: slotPath(timeSlot)[:63], Value: slotValueN(1)}
		}), nonCanonical, "not 64"},
		{"beacon-roots/leaf-key-long", storageCase(params.BeaconRootsAddress, nil, func(s *forgedState, _ fnode) fnode {
			return &fLeaf{Key: withKey(slotPath(timeSlot), 0), Value: slotValueN(1)}
		}), nonCanonical, "not 64"},
		{"beacon-roots/undecodable-sibling", storageCase(params.BeaconRootsAddress, map[common.Hash]common.Hash{slotN(1): slotN(1), slotN(9): slotN(9)}, func(s *forgedState, root fnode) fnode {
			b, depth := firstBranch(root)
			b.Children[freeNibble(depth, slotPath(slotN(1)), slotPath(slotN(9)), slotPath(timeSlot), slotPath(rootSlot))] = fRaw(bytes.Repeat([]byte{0xc1}, 40))
			return root
		}), nonCanonical, "not a single RLP list"},
		{"beacon-roots/oversized-embedded-leaf", storageCase(params.BeaconRootsAddress, map[common.Hash]common.Hash{slotN(1): slotN(1), slotN(9): slotN(9)}, func(s *forgedState, root fnode) fnode {
			return onPath(root, slotPath(slotN(1)), 0, func(n fnode, _ int) fnode { return fEmbed{n} })
		}), nonCanonical, "stored by hash"},
	})
}

// TestForgedAccountTrieCrashShapes: the same shapes in the account trie. go-ethereum
// hashes the account trie on the calling goroutine unless 100 or more accounts
// changed, when its hasher hashes the root's children on goroutines of its own;
// the last case crosses that line, so before validation it crashed the process.
func TestForgedAccountTrieCrashShapes(t *testing.T) {
	nonCanonical := stateless.ErrNonCanonicalNode
	empty := common.HexToAddress("0xe0e0")
	runForgedCases(t, []forgedCase{
		{"embedded-ext-empty-child-in-root", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			root := s.accountTrie().(*fBranch)
			var paths [][]byte
			for a := range s.Accounts {
				paths = append(paths, accountPath(a))
			}
			root.Children[freeNibble(0, paths...)] = evilExt(5)
			return s.build(root)
		}, nonCanonical, "extension's child"},
		{"ext-over-leaf-of-touched-empty-account", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			// A zero-value transfer touches an empty account; EIP-161 deletes it.
			s := newForgedState()
			s.Accounts[empty] = &fAccount{Balance: new(uint256.Int)}
			root := onPath(s.accountTrie(), accountPath(empty), 0, splitLeaf(1, nil))
			return s.build(root, forgedTx(empty, common.Big0, 21_000, nil))
		}, nonCanonical, "must be a branch"},
		{"embedded-ext-empty-child-100-accounts", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			var paths [][]byte
			for a := range s.Accounts {
				paths = append(paths, accountPath(a))
			}
			sender := common.HexToAddress("0x5e4d")
			evil := freeNibble(0, append(paths, accountPath(sender))...)
			// A contract sends 1 wei to 110 new accounts, none under the evil nibble.
			var code []byte
			for i := uint64(1); len(code) < 110*30; i++ {
				to := common.BigToAddress(new(big.Int).SetUint64(0x10000 + i))
				if accountPath(to)[0] == evil {
					continue
				}
				code = append(code, 0x5f, 0x5f, 0x5f, 0x5f, 0x60, 0x01, 0x73) // PUSH0 x4 PUSH1 1 PUSH20
				code = append(code, to[:]...)
				code = append(code, 0x5a, 0xf1, 0x50) // GAS CALL POP
			}
			s.Accounts[sender] = &fAccount{Nonce: 1, Balance: uint256.NewInt(1000), Code: code}
			root := s.accountTrie().(*fBranch)
			root.Children[evil] = evilExt(5)
			return s.build(root, forgedTx(sender, common.Big0, 6_000_000, nil))
		}, nonCanonical, "extension's child"},
		{"account-value-not-canonical", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			root := onPath(s.accountTrie(), accountPath(l2.DevAddress(0)), 0, func(n fnode, _ int) fnode {
				leaf := n.(*fLeaf)
				return &fLeaf{Key: leaf.Key, Value: append(slices.Clone(leaf.Value), 0)} // trailing byte
			})
			return s.build(root)
		}, nonCanonical, "account is not canonical"},
		{"account-code-hash-short", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			root := onPath(s.accountTrie(), accountPath(l2.DevAddress(0)), 0, func(n fnode, _ int) fnode {
				leaf := n.(*fLeaf)
				v, _ := rlp.EncodeToBytes([]any{uint64(0), big.NewInt(1), types.EmptyRootHash, []byte{1, 2}})
				return &fLeaf{Key: leaf.Key, Value: v}
			})
			return s.build(root)
		}, nonCanonical, "code hash"},
	})
}

// TestForgedSharedAndDeep: shapes made of nodes that are each canonical but
// whose sharing is not: one node at two depths, a storage trie that is the
// account trie, storage tries shared between accounts, and the deepest honest
// positions (leaves at depth 64 with empty keys).
func TestForgedSharedAndDeep(t *testing.T) {
	runForgedCases(t, []forgedCase{
		{"storage-root-is-an-account-trie", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			// A storage trie whose root is the pre-state root itself: its account
			// leaves are not slot values.
			s := newForgedState()
			acc := s.Accounts[params.BeaconRootsAddress]
			// An account trie cannot hold its own root; the account trie of the
			// other accounts is as good.
			others := newForgedState()
			delete(others.Accounts, params.BeaconRootsAddress)
			shared := others.f.root(others.accountTrie())
			acc.Root = &shared
			s.Extra = others.f.nodes
			return s.build(s.accountTrie())
		}, stateless.ErrNonCanonicalNode, "not one canonical RLP string"},
		{"node-at-two-depths", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			// One branch is the storage root of the history contract and the
			// child of the beacon-roots storage root. Its children are not in
			// the witness, so it is canonical at either depth alone.
			s := newForgedState()
			inner := &fBranch{}
			inner.Children[1] = fHash{1}
			inner.Children[2] = fHash{2}
			s.Accounts[params.HistoryStorageAddress].Storage = inner
			outer := &fBranch{}
			outer.Children[3] = inner
			outer.Children[4] = &fLeaf{Key: make([]byte, 63), Value: slotValueN(4)}
			s.Accounts[params.BeaconRootsAddress].Storage = outer
			return s.build(s.accountTrie())
		}, stateless.ErrNonCanonicalNode, "also reached at depth"},
		{"shared-storage-trie", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			// Equal storage, shared trie: canonical, counted as repeated bytes.
			s := newForgedState()
			slots := map[common.Hash]common.Hash{slotN(1): slotN(1), slotN(2): slotN(2), slotN(3): slotN(3)}
			for _, a := range []common.Address{{0xaa}, {0xbb}} {
				s.Accounts[a] = &fAccount{Nonce: 1, Balance: new(uint256.Int), Code: storeCode, Storage: storageTrie(slots)}
			}
			return s.build(s.accountTrie(), forgedTx(common.Address{0xaa}, common.Big0, 100_000, append(slotN(1).Bytes(), common.Hash{}.Bytes()...)))
		}, nil, ""},
		{"depth-64-leaves-with-empty-keys", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			// Two slots whose (forged) paths differ only in the last nibble, next
			// to the slot the beacon-roots call writes: the branch at depth 63
			// holds two embedded leaves with empty keys. Canonical.
			s := newForgedState()
			timeSlot, _ := s.beaconSlots()
			base := slotPath(slotN(12345))
			a, b := withKey(base[:63], 1), withKey(base[:63], 2)
			s.Accounts[params.BeaconRootsAddress].Storage = trieOf([]kv{{a, slotValueN(1)}, {b, slotValue(common.MaxHash)}, {slotPath(timeSlot), slotValueN(3)}})
			return s.build(s.accountTrie())
		}, nil, ""},
		{"branch-at-depth-64", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			base := slotPath(slotN(12345))
			deep := &fBranch{}
			deep.Children[0] = &fLeaf{Value: slotValueN(1)}
			deep.Children[1] = &fLeaf{Value: slotValueN(2)}
			root := trieOf([]kv{{withKey(base[:63], 1), slotValueN(1)}, {withKey(base[:63], 2), slotValueN(2)}})
			root = onPath(root, withKey(base[:63], 1), 0, func(fnode, int) fnode { return deep })
			s.Accounts[params.BeaconRootsAddress].Storage = root
			return s.build(s.accountTrie())
		}, stateless.ErrNonCanonicalNode, "no room"},
		{"ext-ending-at-depth-64", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			timeSlot, _ := s.beaconSlots()
			p := slotPath(timeSlot)
			b := &fBranch{}
			b.Children[1] = fHash{1}
			b.Children[2] = fHash{2}
			s.Accounts[params.BeaconRootsAddress].Storage = &fExt{Key: p, Child: b}
			return s.build(s.accountTrie())
		}, stateless.ErrNonCanonicalNode, "no room"},
		{"ext-empty-key", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			s.Accounts[params.BeaconRootsAddress].Storage = &fExt{Key: nil, Child: storageTrie(map[common.Hash]common.Hash{slotN(1): slotN(1), slotN(9): slotN(9)})}
			return s.build(s.accountTrie())
		}, stateless.ErrNonCanonicalNode, "empty"},
		{"unreachable-junk-is-dropped", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			for i := range 100 {
				s.Extra = append(s.Extra, bytes.Repeat([]byte{byte(i)}, 40)) // not nodes, never reached
			}
			s.Extra = append(s.Extra, s.Extra[0]) // a duplicate
			return s.build(s.accountTrie())
		}, nil, ""},
		{"tiny-unreachable-entry", func(t *testing.T) (*stateless.Input, *stateless.Witness) {
			s := newForgedState()
			s.Extra = append(s.Extra, []byte{0xc2, 0x15, 0x80})
			return s.build(s.accountTrie())
		}, stateless.ErrNonCanonicalNode, "outside [32, 532]"},
	})
}

// TestForgedExpansion: a few levels of sixteen-way branches all pointing at the
// next level reach each node at 16^depth positions; over the declared gas that is
// ErrTrieExpansion, before execution allocates anything.
func TestForgedExpansion(t *testing.T) {
	s := newForgedState()
	timeSlot, _ := s.beaconSlots()
	var n fnode = &fLeaf{Key: slotPath(timeSlot)[6:], Value: rlpBytes(bytes.Repeat([]byte{0xff}, 32))}
	for range 6 {
		b := &fBranch{}
		child := fHash(s.f.root(n))
		for i := range b.Children {
			b.Children[i] = child
		}
		n = b
	}
	s.Accounts[params.BeaconRootsAddress].Storage = n
	in, w := s.build(s.accountTrie())
	start := time.Now()
	_, err := runForged(t, in, w)
	require.ErrorIs(t, err, stateless.ErrTrieExpansion)
	require.Less(t, time.Since(start), 100*time.Millisecond)
}

// TestForgedDeepCollapse: canonical forged storage whose deletes collapse at the
// deepest positions. The beacon-roots slot a zero anchor clears shares 63 nibbles
// with a sibling (a branch at depth 63 whose leaves have empty keys, embedded or
// hashed), so clearing it collapses the branch into the sibling and the
// extension above into one leaf. The post-state root must be the canonical trie
// of what remains, computed here independently.
func TestForgedDeepCollapse(t *testing.T) {
	for _, big := range []bool{false, true} {
		s := newForgedState()
		s.Anchor = common.Hash{} // the EIP-4788 call clears the root slot
		timeSlot, rootSlot := s.beaconSlots()
		cleared := slotPath(rootSlot)
		sibling := withKey(cleared[:63], cleared[63]^1)
		value := slotValueN(0xbeef)
		if big {
			value = slotValue(common.MaxHash) // 36-byte leaves, stored by hash
		}
		s.Accounts[params.BeaconRootsAddress].Storage = trieOf([]kv{{cleared, slotValueN(1)}, {sibling, value}})
		in, w := s.build(s.accountTrie())
		res, err := runForged(t, in, w)
		require.NoError(t, err)

		// The post-state: the root slot gone, the timestamp slot written, the
		// history slot holding the parent hash; nothing else changes.
		s.Accounts[params.BeaconRootsAddress].Storage = trieOf([]kv{{sibling, value}, {slotPath(timeSlot), slotValueN(s.childTime())}})
		s.Accounts[params.HistoryStorageAddress].Storage = storageTrie(map[common.Hash]common.Hash{s.historySlot(): in.ParentHash})
		require.Equal(t, s.f.root(s.accountTrie()), res.StateRoot, "leaves stored by hash: %v", big)
	}
}

// TestForgedCollapseIntoMissingSibling: a delete whose collapse must load a
// sibling the witness lacks. The EIP-7002 call resets the request count (slot
// 1), and go-ethereum meets the missing sibling on the goroutine that updates
// the storage trie; it must come back as missing data, not a panic.
func TestForgedCollapseIntoMissingSibling(t *testing.T) {
	for _, depth := range []int{0, 40, 63} {
		s := newForgedState()
		cleared := slotPath(slotN(1))
		b := &fBranch{}
		b.Children[cleared[depth]] = &fLeaf{Key: cleared[depth+1:], Value: slotValueN(1)}
		b.Children[cleared[depth]^1] = fHash{0xde, 0xad}
		var root fnode = b
		if depth > 0 {
			root = &fExt{Key: cleared[:depth], Child: fHashed{b}}
		}
		s.Accounts[params.WithdrawalQueueAddress].Storage = root
		in, w := s.build(s.accountTrie())
		_, err := runForged(t, in, w)
		require.ErrorIs(t, err, stateless.ErrMissingWitnessData, "branch at depth %d", depth)
	}
}

// TestForgedCodeIsNotANode: a code the witness's codes list lacks is missing
// data even when a reachable trie node has the same bytes. go-ethereum's code
// reader falls back to the bare hash key, where nodes are stored, so nodes and
// codes live in separate databases (review finding F1).
func TestForgedCodeIsNotANode(t *testing.T) {
	s := newForgedState()
	holder := common.Address{0xbb}
	trie := storageTrie(map[common.Hash]common.Hash{slotN(1): slotN(1), slotN(2): slotN(2), slotN(3): slotN(3)})
	s.Accounts[holder] = &fAccount{Nonce: 1, Balance: new(uint256.Int), Storage: trie}
	node := s.f.encode(trie) // holder's storage root node: reachable, so kept
	callee := common.Address{0xcc}
	s.Accounts[callee] = &fAccount{Nonce: 1, Balance: new(uint256.Int), Code: node}
	tx := types.MustSignNewTx(l2.DevKey(0), types.LatestSignerForChainID(forgedConfig.ChainID), &types.DynamicFeeTx{
		ChainID: forgedConfig.ChainID, GasFeeCap: big.NewInt(params.GWei), Gas: 100_000, To: &callee,
	})
	in, w := s.build(s.accountTrie(), tx)
	_, err := runForged(t, in, w)
	require.NoError(t, err, "with its code in the witness the call runs")

	codes := w.Codes[:0:0]
	for _, c := range w.Codes {
		if crypto.Keccak256Hash(c) != crypto.Keccak256Hash(node) {
			codes = append(codes, c)
		}
	}
	require.Len(t, codes, len(w.Codes)-1)
	w.Codes = codes
	_, err = runForged(t, in, w)
	require.ErrorIs(t, err, stateless.ErrMissingWitnessData)
}
