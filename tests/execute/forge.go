package execute

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// A forged pre-state: EXECUTE's caller chooses the pre-state, so the witness
// rules (spec/witness.md, "Trie nodes") are exercised on tries built node by node
// under a forged parent header. A trie is described with the node types below,
// turned into witness entries by a forge, and wrapped into an EXECUTE input by
// forgedState.input.

// fnode is a trie node to forge: *fLeaf, *fExt, *fBranch, fRaw, fHash, fEmbed or
// fHashed. nil is the empty reference ("").
type fnode any

type (
	// fLeaf is a leaf: Key is the rest of its path in nibbles, Value the bytes
	// it stores (for a slot the RLP of the trimmed value, for an account the RLP
	// of types.StateAccount).
	fLeaf struct {
		Key   []byte
		Value []byte
	}
	// fExt is an extension: Key in nibbles, Child any node.
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
	// fHash refers to a node by hash only; the witness does not hold its bytes.
	fHash common.Hash
	// fEmbed makes its parent embed Node, whatever its size.
	fEmbed struct{ Node fnode }
	// fHashed makes its parent refer to Node by hash, whatever its size.
	fHashed struct{ Node fnode }
)

// forge turns fnodes into witness state entries, each stored once, in the order
// they are first encoded (deterministic for a given trie).
type forge struct {
	nodes  [][]byte
	stored map[common.Hash]bool
}

func newForge() *forge { return &forge{stored: make(map[common.Hash]bool)} }

func (f *forge) encode(n fnode) []byte {
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
		return rlpBytes(n[:])
	default:
		return []byte{0x80}
	}
}

// ref is how a parent refers to n: the node itself if its encoding is shorter
// than 32 bytes, else its hash (and n becomes a witness entry).
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
func (f *forge) root(n fnode) common.Hash {
	switch n := n.(type) {
	case nil:
		return types.EmptyRootHash
	case fHash:
		return common.Hash(n)
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
		panic(err) // a byte slice always encodes
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
		panic(err) // raw values always encode
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

func slotPath(slot common.Hash) []byte    { return nibblesOf(crypto.Keccak256Hash(slot[:])) }
func accountPath(a common.Address) []byte { return nibblesOf(crypto.Keccak256Hash(a[:])) }
func slotN(n uint64) common.Hash          { return common.BigToHash(new(big.Int).SetUint64(n)) }
func slotValue(v common.Hash) []byte      { return rlpBytes(common.TrimLeftZeroes(v[:])) }
func slotValueN(n uint64) []byte          { return slotValue(slotN(n)) }

// evilExt is rlp([0x1n, ""]): an extension of one nibble whose child is the
// empty string, 3 bytes, the shape that crashed go-ethereum's hasher.
func evilExt(nibble byte) fRaw {
	return fRaw(rlpList(compactKey([]byte{nibble}, false), []byte{0x80}))
}

// kv is one leaf of a canonical trie.
type kv struct {
	path  []byte // 64 nibbles
	value []byte
}

// trieOf is the canonical Merkle-Patricia trie of entries, built fresh so a
// vector may change its nodes in place.
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
	shared := 0
	for depth+shared < 64 && allHave(entries, depth+shared, entries[0].path[depth+shared]) {
		shared++
	}
	if shared > 0 {
		return &fExt{Key: slices.Clone(entries[0].path[depth : depth+shared]), Child: buildTrie(entries, depth+shared)}
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

// storageTrie is the canonical trie of slots (zero values left out).
func storageTrie(slots map[common.Hash]common.Hash) fnode {
	var entries []kv
	for k, v := range slots {
		if v != (common.Hash{}) {
			entries = append(entries, kv{slotPath(k), slotValue(v)})
		}
	}
	return trieOf(entries)
}

// onPath replaces the node path reaches at the end of the walk from n (a leaf,
// a missing child or a node the walk cannot enter) by fn's result.
func onPath(n fnode, path []byte, depth int, fn func(n fnode, depth int) fnode) fnode {
	switch x := n.(type) {
	case *fBranch:
		if depth < len(path) {
			x.Children[path[depth]] = onPath(x.Children[path[depth]], path, depth+1, fn)
			return x
		}
	case *fExt:
		if bytes.HasPrefix(path[depth:], x.Key) {
			x.Child = onPath(x.Child, path, depth+len(x.Key), fn)
			return x
		}
	}
	return fn(n, depth)
}

// splitLeaf turns a leaf into an extension of its first at nibbles over a leaf
// holding the rest (wrap, if set, chooses how the extension refers to it).
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

// freeNibble is the highest nibble no path in paths has at depth.
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

// fAccount is an account of a forged pre-state.
type fAccount struct {
	Nonce   uint64
	Balance *uint256.Int
	Code    []byte
	Storage fnode // nil: empty storage
	// Value, when set, is the account leaf's value verbatim.
	Value []byte
	// Root, when set, is the storage root stored in the account, whatever Storage is.
	Root *common.Hash
}

// forgedState is a pre-state under construction: the system contracts with
// go-ethereum's code and a funded development account, under a forged parent.
type forgedState struct {
	f        *forge
	Accounts map[common.Address]*fAccount
	// Parent is the parent header's template; input sets its Root.
	Parent types.Header
	// Ancestors is the number of headers before the parent in the witness
	// (a hash-linked chain of forged headers).
	Ancestors int
	// Extra entries appended to the witness state (unreachable, or padding).
	Extra [][]byte
	// Codes and Keys appended to the witness.
	Codes, Keys [][]byte
	// Txs are the block's transactions; GasLimit the block's (0: the parent's).
	Txs      types.Transactions
	GasLimit uint64
}

// forgedGasLimit is the gas limit of a forged block without transactions: the
// least a header may declare, so that what a vector tests is not its gas.
const forgedGasLimit = params.MinGasLimit

func newForgedState() *forgedState {
	zero := uint64(0)
	s := &forgedState{
		f:        newForge(),
		Accounts: make(map[common.Address]*fAccount),
		Parent: types.Header{
			Number: big.NewInt(1000), Difficulty: common.Big0, GasLimit: forgedGasLimit,
			BaseFee: big.NewInt(params.InitialBaseFee), Time: 1_000_000, UncleHash: types.EmptyUncleHash,
			ExcessBlobGas: &zero, BlobGasUsed: &zero, ParentBeaconRoot: &common.Hash{},
			WithdrawalsHash: &types.EmptyWithdrawalsHash, RequestsHash: &types.EmptyRequestsHash,
		},
	}
	for _, sc := range stateless.SystemContracts(l2.Config(l2.DefaultChainID), big.NewInt(1001), s.childTime()) {
		s.Accounts[sc.Address] = &fAccount{Nonce: 1, Balance: new(uint256.Int), Code: sc.Code}
	}
	s.Accounts[l2.DevAddress(0)] = &fAccount{Balance: uint256.NewInt(params.Ether)}
	return s
}

// childTime is the timestamp of the block built on the parent.
func (s *forgedState) childTime() uint64 { return s.Parent.Time + 12 }

// beaconSlots are the slots the EIP-4788 system call writes: the timestamp at
// timestamp % 8191, the anchor 8191 slots further.
func (s *forgedState) beaconSlots() (timeSlot, rootSlot common.Hash) {
	i := s.childTime() % 8191
	return slotN(i), slotN(i + 8191)
}

// beaconPaths are the trie paths of beaconSlots.
func (s *forgedState) beaconPaths() [][]byte {
	t, r := s.beaconSlots()
	return [][]byte{slotPath(t), slotPath(r)}
}

// beaconTrie is an honest beacon-roots storage trie: the two slots the block
// writes (an earlier block's timestamp and root) and the given others.
func (s *forgedState) beaconTrie(others ...uint64) fnode {
	t, r := s.beaconSlots()
	slots := map[common.Hash]common.Hash{t: slotN(1), r: slotN(0xbeef)}
	for _, o := range others {
		slots[slotN(o)] = slotN(o)
	}
	return storageTrie(slots)
}

func (s *forgedState) accountValue(a *fAccount) []byte {
	if a.Value != nil {
		return a.Value
	}
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

// sortedAddresses are the accounts in address order, for a deterministic witness.
func (s *forgedState) sortedAddresses() []common.Address {
	addrs := make([]common.Address, 0, len(s.Accounts))
	for a := range s.Accounts {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return bytes.Compare(addrs[i][:], addrs[j][:]) < 0 })
	return addrs
}

// accountTrie is the canonical account trie of s.Accounts.
func (s *forgedState) accountTrie() fnode {
	var entries []kv
	for _, addr := range s.sortedAddresses() {
		entries = append(entries, kv{accountPath(addr), s.accountValue(s.Accounts[addr])})
	}
	return trieOf(entries)
}

// witness returns the parent header and the witness of a pre-state whose
// account trie is root.
func (s *forgedState) witness(root fnode) (*types.Header, *stateless.Witness) {
	parent := types.CopyHeader(&s.Parent)
	parent.Root = s.f.root(root)
	w := &stateless.Witness{}
	prev := (*types.Header)(nil)
	for i := range s.Ancestors {
		h := types.CopyHeader(parent)
		back := uint64(s.Ancestors - i)
		h.Number = new(big.Int).Sub(parent.Number, new(big.Int).SetUint64(back))
		h.Time = parent.Time - 12*back
		h.Root = common.Hash{byte(i), 0xaa} // an ancestor's state is never read
		if prev != nil {
			h.ParentHash = prev.Hash()
		}
		w.Headers = append(w.Headers, h)
		prev = h
	}
	if prev != nil {
		parent.ParentHash = prev.Hash()
	}
	w.Headers = append(w.Headers, parent)
	w.State = append(slices.Clone(s.f.nodes), s.Extra...)
	for _, addr := range s.sortedAddresses() {
		if code := s.Accounts[addr].Code; len(code) > 0 {
			w.Codes = append(w.Codes, code)
		}
	}
	w.Codes = append(w.Codes, s.Codes...)
	w.Keys = s.Keys
	return parent, w
}

// input returns the EXECUTE input of the block on the pre-state whose account
// trie is root (s.accountTrie() unless given). With claim set, the claims are
// what the reference computes, so a block EXECUTE accepts returns true; a block
// it refuses gets zero claims.
func (s *forgedState) input(exec *precompile.Execute, claim bool, root ...fnode) ([]byte, error) {
	var r fnode
	if len(root) > 0 {
		r = root[0]
	} else {
		r = s.accountTrie()
	}
	parent, w := s.witness(r)
	witness, err := stateless.EncodeWitnessRLP(w)
	if err != nil {
		return nil, err
	}
	txs, err := rlp.EncodeToBytes(s.Txs)
	if err != nil {
		return nil, err
	}
	gasLimit := s.GasLimit
	if gasLimit == 0 {
		gasLimit = parent.GasLimit
	}
	in := &precompile.Input{
		ChainID: l2.DefaultChainID, ParentHash: parent.Hash(), PreStateRoot: parent.Root, Timestamp: s.childTime(),
		GasLimit: gasLimit, Anchor: common.HexToHash("0xa1"), Transactions: txs, Witness: witness,
	}
	if !claim {
		return in.Encode(), nil
	}
	v, err := exec.Verify(context.Background(), in.Encode())
	if err != nil {
		return nil, fmt.Errorf("the forged block does not execute: %w", err)
	}
	in.PostStateRoot, in.ReceiptsRoot, in.GasUsed = v.Result.StateRoot, v.Result.ReceiptsRoot, v.Result.GasUsed
	return in.Encode(), nil
}
