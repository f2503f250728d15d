package stateless

import (
	"fmt"
	"math"
	"math/bits"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
)

// Witness trie node bounds (spec/witness.md, "Trie nodes").
const (
	// MinNodeSize is the smallest state entry: a node whose RLP is shorter than
	// 32 bytes is embedded in its parent and never stored under its own hash. In a
	// trie of 32-byte keys even the root is at least this large.
	MinNodeSize = 32
	// MaxNodeSize is the largest canonical node: a branch with sixteen 32-byte
	// children and an empty value, 3 + 16*33 + 1 bytes. Every leaf is smaller (an
	// account leaf is at most 148 bytes).
	MaxNodeSize = 532
	// keyNibbles is the length of every key in the state tries (keccak-256 of an
	// address or a slot): a leaf completes its path to exactly this many nibbles.
	keyNibbles = 64
)

// trieKind says which rules a leaf value follows.
type trieKind uint8

const (
	accountTrie trieKind = iota
	storageTrie
)

func (k trieKind) String() string {
	if k == accountTrie {
		return "account trie"
	}
	return "storage trie"
}

// checkedState is the pre-state part of a witness after checkTries: every state
// entry indexed by its keccak hash, and what the walk learnt about the ones it
// reached from the pre-state root, each proven canonical for its position. It
// is the only index of the nodes: the walk, the flat reader's lookup and,
// through node, go-ethereum's trie reader all read it, and none copies a node.
type checkedState struct {
	// entries are the witness state entries, not copied; index finds each by
	// its hash, and visits records what the walk found at each.
	entries [][]byte
	index   *hashIndex
	visits  visits
	// distinctBytes is the size of the reachable nodes, each counted once per
	// trie kind it is reached in.
	distinctBytes uint64
	// positionBytes is the size of every node position the pre-state tries have:
	// a node reached at two positions (a storage trie shared by two accounts, a
	// branch pointing two children at one node) counts twice. It saturates at
	// math.MaxUint64.
	positionBytes uint64
	// maxBalance is the largest balance of a reachable account leaf.
	maxBalance uint256.Int
	// accounts and slots are the leaves stored under their own hash the walk
	// reached (see leafValue), by the full key their path from the root
	// spells: accounts by hashed address, slots by the root of their storage
	// trie and hashed slot. flatReader answers execution's reads from them.
	accounts map[common.Hash]types.StateAccount
	slots    map[slotKey]common.Hash
}

// slotKey names a storage leaf: the root of the storage trie holding it and its
// hashed slot. Keying by the root rather than by the account lets two accounts
// with one storage trie share its leaves, as the walk checks that trie once.
type slotKey struct {
	root, slot common.Hash
}

// repeatedBytes is the node bytes execution may load more than once because a
// node sits at more than one position: positionBytes - distinctBytes. A witness
// without shared nodes has none.
func (s *checkedState) repeatedBytes() uint64 {
	return s.positionBytes - s.distinctBytes
}

// node returns the checked node with hash h: present in the witness and reached
// from the pre-state root. Anything else (an unreachable entry, a node the
// witness lacks) is not there, as for execution it must not be.
func (s *checkedState) node(h common.Hash) ([]byte, bool) {
	i, ok := s.index.get(h)
	if !ok {
		return nil, false
	}
	if v := s.visits.get(i); v == nil || !v.reached() {
		return nil, false
	}
	return s.entries[i], true
}

// visit is what the walk remembers of a hashed node it has checked, per trie
// kind it was reached in.
type visit struct {
	// bytes is the position bytes of the node's subtree, the node included.
	bytes  [2]uint64
	done   [2]bool // the node and its subtree passed in that kind
	depth  [2]uint8
	branch bool
}

func (v *visit) reached() bool { return v.done[accountTrie] || v.done[storageTrie] }

// visits holds a visit per state entry, allocated a chunk at a time as the walk
// reaches entries: a witness padded with entries nothing reaches (an attacker's
// cheapest large input) costs no visit memory for them.
type visits [][]visit

const visitChunk = 256

// get returns entry i's visit, nil if the walk never reached its chunk.
func (vs visits) get(i int32) *visit {
	if c := vs[i/visitChunk]; c != nil {
		return &c[i%visitChunk]
	}
	return nil
}

// add returns entry i's visit, allocating its chunk on first use.
func (vs visits) add(i int32) *visit {
	c := &vs[i/visitChunk]
	if *c == nil {
		*c = make([]visit, visitChunk)
	}
	return &(*c)[i%visitChunk]
}

// trieWalker checks the tries reachable from one pre-state root. children is a
// stack of the hashed children of the nodes being checked: each node pushes its
// own, walks them, and pops them, so the walk allocates nothing per node.
//
// path holds the nibbles from the root of the current trie to the node being
// checked (those below its depth), and owner the root of the storage trie being
// walked (zero in the account trie): a leaf's full key is path up to its depth
// followed by its own key nibbles.
//
// inEmbedded is true while the walk is inside an embedded node: a leaf there is
// checked but not recorded for the flat reader, as it may take 3 bytes of the
// witness (see leafValue).
type trieWalker struct {
	state      *checkedState
	children   []childRef
	path       [keyNibbles]byte
	owner      common.Hash
	inEmbedded bool
}

// parallelHashMin is the fewest entries worth hashing on more than one core.
const parallelHashMin = 1024

// checkTries validates the witness state against the pre-state root before
// anything executes. It is a pure function of the bytes.
//
// Spec code (spec/witness.md, "Trie nodes"): every state entry is 32 to 532
// bytes; walking from the pre-state root, and from the storage root of every
// account leaf reached, every node present in the witness must be a canonical
// Merkle-Patricia node for its position (its nibble depth and its trie's kind):
// a branch has no value, at least two children and a depth below 64; an
// extension has a non-empty key that stops short of 64 nibbles and a child that
// is a hash or an embedded branch; a leaf's key completes exactly 64 nibbles and
// its value is a canonical account (account trie) or a canonical non-zero slot
// value (storage trie); an embedded node is shorter than 32 bytes; a node is
// reached at one depth only within each trie kind. Children the witness lacks
// are not an error here: execution reports them as missing data if it needs them.
func checkTries(root common.Hash, state [][]byte) (*checkedState, error) {
	for i, node := range state {
		if len(node) < MinNodeSize || len(node) > MaxNodeSize {
			return nil, fmt.Errorf("%w: state entry %d is %d bytes, outside [%d, %d]", ErrNonCanonicalNode, i, len(node), MinNodeSize, MaxNodeSize)
		}
	}
	s := &checkedState{
		entries: state,
		index:   newHashIndex(state),
		visits:  make(visits, (len(state)+visitChunk-1)/visitChunk),
	}
	w := &trieWalker{state: s}
	if root != types.EmptyRootHash {
		bytes, err := w.hashed(childRef{kind: accountTrie, hash: root})
		if err != nil {
			return nil, err
		}
		s.positionBytes = bytes
	}
	return s, nil
}

// hashEntries sets hashes[i] to the keccak hash of entries[i], on all cores
// when there are enough entries: hashing is most of the cost of a large
// witness.
func hashEntries(entries [][]byte, hashes []common.Hash) {
	workers := runtime.GOMAXPROCS(0)
	if len(entries) < parallelHashMin {
		workers = 1
	}
	var wg sync.WaitGroup
	chunk := (len(entries) + workers - 1) / workers
	for start := 0; start < len(entries); start += chunk {
		end := min(start+chunk, len(entries))
		wg.Go(func() {
			hasher := crypto.NewKeccakState()
			for i := start; i < end; i++ {
				hasher.Reset()
				hasher.Write(entries[i])
				hasher.Read(hashes[i][:])
			}
		})
	}
	wg.Wait()
}

// hashed checks the node c refers to and returns the position bytes of its
// subtree. A node the witness lacks has no bytes.
func (w *trieWalker) hashed(c childRef) (uint64, error) {
	kind, h, depth, mustBeBranch := c.kind, c.hash, c.depth, c.mustBeBranch
	i, ok := w.state.index.get(h)
	if !ok {
		return 0, nil
	}
	enc, v := w.state.entries[i], w.state.visits.add(i)
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s node %x at depth %d: %s", ErrNonCanonicalNode, kind, h, depth, fmt.Sprintf(format, args...))
	}
	if v.done[kind] {
		if int(v.depth[kind]) != depth {
			return 0, fail("also reached at depth %d", v.depth[kind])
		}
		if mustBeBranch && !v.branch {
			return 0, fail("an extension's child must be a branch")
		}
		return v.bytes[kind], nil
	}
	start := len(w.children)
	w.path, w.owner = c.path, c.owner
	branch, err := w.collect(kind, enc, depth)
	if err != nil {
		return 0, fail("%v", err)
	}
	if mustBeBranch && !branch {
		return 0, fail("an extension's child must be a branch")
	}
	bytes := uint64(len(enc))
	// Each child's walk pushes and pops its own children above end.
	for k, end := start, len(w.children); k < end; k++ {
		sub, err := w.hashed(w.children[k])
		if err != nil {
			return 0, err
		}
		bytes = saturatingAdd(bytes, sub)
	}
	w.children = w.children[:start]
	// depth is at most keyNibbles (a hashed child of a branch at depth 63).
	v.done[kind], v.depth[kind], v.bytes[kind], v.branch = true, uint8(depth), bytes, branch
	w.state.distinctBytes += uint64(len(enc))
	return bytes, nil
}

// childRef is a hashed node a checked node refers to: its position (trie kind,
// depth, the nibbles leading to it, the storage trie's root) and whether it must
// be a branch (an extension's child).
type childRef struct {
	kind         trieKind
	hash         common.Hash
	depth        int
	mustBeBranch bool
	path         [keyNibbles]byte
	owner        common.Hash
}

// child returns a reference to the node with hash h at depth under the current
// path.
func (w *trieWalker) child(kind trieKind, h common.Hash, depth int, mustBeBranch bool) childRef {
	return childRef{kind: kind, hash: h, depth: depth, mustBeBranch: mustBeBranch, path: w.path, owner: w.owner}
}

// collect checks one node's encoding at depth, checking embedded nodes in
// place, pushes the hashed nodes it refers to onto w.children and reports
// whether it is a branch.
func (w *trieWalker) collect(kind trieKind, enc []byte, depth int) (branch bool, err error) {
	content, rest, err := rlp.SplitList(enc)
	if err != nil || len(rest) != 0 {
		return false, fmt.Errorf("not a single RLP list (err %v, %d trailing bytes)", err, len(rest))
	}
	count, err := rlp.CountValues(content)
	if err != nil {
		return false, err
	}
	switch count {
	case 17:
		return true, w.branch(kind, content, depth)
	case 2:
		return false, w.short(kind, content, depth)
	default:
		return false, fmt.Errorf("a list of %d items is neither a branch (17) nor a leaf or extension (2)", count)
	}
}

// branch checks a branch's sixteen children and its empty value.
func (w *trieWalker) branch(kind trieKind, content []byte, depth int) error {
	if depth >= keyNibbles {
		return fmt.Errorf("a branch at depth %d has no room for children", depth)
	}
	children := 0
	for i := range 16 {
		kindOf, ref, rest, err := rlp.Split(content)
		if err != nil {
			return fmt.Errorf("child %d: %v", i, err)
		}
		whole := content[:len(content)-len(rest)]
		content = rest
		w.path[depth] = byte(i)
		switch {
		case kindOf == rlp.String && len(ref) == 0:
			continue
		case kindOf == rlp.String && len(ref) == common.HashLength:
			w.children = append(w.children, w.child(kind, common.BytesToHash(ref), depth+1, false))
		case kindOf == rlp.List:
			if err := w.embedded(kind, whole, depth+1, false); err != nil {
				return fmt.Errorf("child %d: %v", i, err)
			}
		default:
			return fmt.Errorf("child %d is a %d-byte string, neither empty nor a hash", i, len(ref))
		}
		children++
	}
	value, _, err := rlp.SplitString(content)
	if err != nil {
		return fmt.Errorf("value: %v", err)
	}
	if len(value) != 0 {
		return fmt.Errorf("a branch holds a %d-byte value; keys of equal length never end at a branch", len(value))
	}
	if children < 2 {
		return fmt.Errorf("a branch with %d children would have been collapsed", children)
	}
	return nil
}

// short checks a leaf or an extension.
func (w *trieWalker) short(kind trieKind, content []byte, depth int) error {
	compact, rest, err := rlp.SplitString(content)
	if err != nil {
		return fmt.Errorf("key: %v", err)
	}
	leaf, nibbles, err := decodeCompact(compact)
	if err != nil {
		return err
	}
	end := depth + nibbles
	if leaf {
		if end != keyNibbles {
			return fmt.Errorf("a leaf key of %d nibbles ends at depth %d, not %d", nibbles, end, keyNibbles)
		}
		value, _, err := rlp.SplitString(rest)
		if err != nil {
			return fmt.Errorf("leaf value: %v", err)
		}
		return w.leafValue(kind, compact, depth, value)
	}
	if nibbles == 0 {
		return fmt.Errorf("an extension with an empty key")
	}
	if end >= keyNibbles {
		return fmt.Errorf("an extension key of %d nibbles leaves no room for its branch", nibbles)
	}
	compactNibbles(compact, w.path[depth:end])
	kindOf, ref, _, err := rlp.Split(rest)
	if err != nil {
		return fmt.Errorf("extension child: %v", err)
	}
	switch {
	case kindOf == rlp.String && len(ref) == common.HashLength:
		w.children = append(w.children, w.child(kind, common.BytesToHash(ref), end, true))
		return nil
	case kindOf == rlp.List:
		return w.embedded(kind, rest, end, true)
	default:
		return fmt.Errorf("an extension's child is a %d-byte string, neither a hash nor an embedded branch", len(ref))
	}
}

// embedded checks a node stored inside its parent: shorter than 32 bytes (a
// longer one is stored by hash), and canonical for its position.
// Its hashed children are its parent's to walk.
func (w *trieWalker) embedded(kind trieKind, enc []byte, depth int, mustBeBranch bool) error {
	if len(enc) >= common.HashLength {
		return fmt.Errorf("an embedded node of %d bytes; nodes of 32 bytes or more are stored by hash", len(enc))
	}
	outer := w.inEmbedded
	w.inEmbedded = true
	branch, err := w.collect(kind, enc, depth)
	w.inEmbedded = outer
	if err != nil {
		return fmt.Errorf("embedded node: %v", err)
	}
	if mustBeBranch && !branch {
		return fmt.Errorf("an extension's embedded child must be a branch")
	}
	return nil
}

// leafKey returns the full key of the leaf at depth with the compact key
// compact: path up to depth, then the leaf's own nibbles.
func (w *trieWalker) leafKey(compact []byte, depth int) common.Hash {
	compactNibbles(compact, w.path[depth:keyNibbles])
	return w.key()
}

// key returns the full key path spells, for a leaf that completes it.
func (w *trieWalker) key() (key common.Hash) {
	for i := range key {
		key[i] = w.path[2*i]<<4 | w.path[2*i+1]
	}
	return key
}

// leafValue checks the value of a leaf at depth with the compact key compact
// for the trie's kind, records a leaf stored under its own hash under its full
// key and, for an account, walks on into its storage trie.
//
// Recording costs a map entry (about 100-200 bytes and a hash-map insert)
// before anything reads the leaf, so only a leaf that pays for it with at
// least MinNodeSize witness bytes of its own is recorded: at most one entry
// per 32 bytes of state entries, as the hash index already has. An embedded
// leaf takes as little as 3 bytes (a 2 MB witness can hold 400,000 of them),
// and the flat reader's lookup finds it in place instead, as it finds a
// leaf recorded at another position.
func (w *trieWalker) leafValue(kind trieKind, compact []byte, depth int, value []byte) error {
	if kind == storageTrie {
		slot, rest, err := rlp.SplitString(value)
		switch {
		case err != nil || len(rest) != 0:
			return fmt.Errorf("slot value is not one canonical RLP string (err %v, %d trailing bytes)", err, len(rest))
		case len(slot) == 0 || len(slot) > common.HashLength:
			return fmt.Errorf("slot value of %d bytes; a stored slot is 1 to 32 bytes (zero is never stored)", len(slot))
		case slot[0] == 0:
			return fmt.Errorf("slot value has a leading zero byte")
		}
		if w.inEmbedded {
			return nil
		}
		if w.state.slots == nil {
			w.state.slots = make(map[slotKey]common.Hash)
		}
		w.state.slots[slotKey{w.owner, w.leafKey(compact, depth)}] = common.BytesToHash(slot)
		return nil
	}
	var acc types.StateAccount
	if err := rlp.DecodeBytes(value, &acc); err != nil {
		return fmt.Errorf("account is not canonical RLP of [nonce, balance, storageRoot, codeHash]: %v", err)
	}
	if len(acc.CodeHash) != common.HashLength {
		return fmt.Errorf("account code hash of %d bytes", len(acc.CodeHash))
	}
	if acc.Balance.Gt(&w.state.maxBalance) {
		w.state.maxBalance.Set(acc.Balance)
	}
	if !w.inEmbedded { // an account leaf is longer than an embedded node can be
		if w.state.accounts == nil {
			w.state.accounts = make(map[common.Hash]types.StateAccount)
		}
		w.state.accounts[w.leafKey(compact, depth)] = acc
	}
	if acc.Root != types.EmptyRootHash {
		w.children = append(w.children, childRef{kind: storageTrie, hash: acc.Root, owner: acc.Root})
	}
	return nil
}

// decodeCompact decodes a hex-prefix (compact) key: the high nibble of the first
// byte is the flag (bit 1: leaf, bit 0: odd length), the low nibble is the first
// key nibble when the length is odd and zero otherwise.
func decodeCompact(compact []byte) (leaf bool, nibbles int, err error) {
	if len(compact) == 0 {
		return false, 0, fmt.Errorf("an empty compact key")
	}
	flag := compact[0] >> 4
	if flag > 3 {
		return false, 0, fmt.Errorf("compact key flag %d is not 0-3", flag)
	}
	odd := flag&1 == 1
	if !odd && compact[0]&0x0f != 0 {
		return false, 0, fmt.Errorf("compact key of even length with a non-zero padding nibble")
	}
	nibbles = 2 * (len(compact) - 1)
	if odd {
		nibbles++
	}
	return flag&2 == 2, nibbles, nil
}

// compactNibbles writes the key nibbles of a compact key decodeCompact accepted
// to dst, which has room for exactly those.
func compactNibbles(compact []byte, dst []byte) {
	i := 0
	if compact[0]&0x10 != 0 { // odd length: the first nibble shares the flag byte
		dst[0] = compact[0] & 0x0f
		i = 1
	}
	for _, b := range compact[1:] {
		dst[i], dst[i+1] = b>>4, b&0x0f
		i += 2
	}
}

func saturatingAdd(a, b uint64) uint64 {
	sum, carry := bits.Add64(a, b, 0)
	if carry != 0 {
		return math.MaxUint64
	}
	return sum
}
