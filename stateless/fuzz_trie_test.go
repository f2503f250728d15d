package stateless_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/stateless"
)

// FuzzWitnessTrie reads the fuzz bytes as a program that forges the pre-state
// tries of an L2 block (see trieProgram for the format): the storage tries of
// the four system contracts and of a contract a transaction may write, then
// changes to the account trie. The block has no transaction (the system calls
// read, write and clear slots on their own) or one that clears or writes a slot
// or touches an empty account. It runs under EXECUTE's policy and must end in a
// named error, never ErrExecutionFault; before witness validation the shapes it
// finds crashed the process on a go-ethereum goroutine, which go test reports as
// a failure of the fuzz worker. A pre-state the program built without a single
// non-canonical step must execute, and every block that executes must be the
// one go-ethereum's stateless execution computes on the same witness (the
// differential check of the flat reader on forged tries).
func FuzzWitnessTrie(f *testing.F) {
	for _, seed := range trieProgramSeeds() {
		f.Add(seed)
	}
	txs := trieProgramTxs()
	f.Fuzz(func(t *testing.T, program []byte) {
		p := runTrieProgram(program, txs)
		in, w := p.state.build(p.root, p.txs...)
		res, err := stateless.Execute(context.Background(), forgedConfig, in, w)
		if errors.Is(err, stateless.ErrExecutionFault) {
			t.Fatalf("forged trie made execution panic: %v", err)
		}
		if err != nil && !isStatelessSentinel(err) {
			t.Fatalf("error without a sentinel: %v", err)
		}
		if p.honest && err != nil {
			t.Fatalf("canonical pre-state rejected: %v", err)
		}
		if err == nil {
			// The flat reader answered every read: go-ethereum's own stateless
			// execution, reading through its trie, must compute the same block.
			requireGethRoots(t, in, w, res)
		}
		// Deterministic: the same block on the same witness, the same outcome.
		again, err2 := stateless.Execute(context.Background(), forgedConfig, in, w)
		switch {
		case (err == nil) != (err2 == nil):
			t.Fatalf("not deterministic: %v, then %v", err, err2)
		case err == nil && res.Hash != again.Hash:
			t.Fatalf("not deterministic: block %x, then %x", res.Hash, again.Hash)
		case err != nil && sentinelOf(err) != sentinelOf(err2):
			t.Fatalf("not deterministic: %v, then %v", err, err2)
		}
	})
}

// statelessSentinels are every error Execute may return.
var statelessSentinels = []error{
	stateless.ErrEmptyWitness, stateless.ErrTooManyHeaders, stateless.ErrHeadersNotContiguous,
	stateless.ErrHeadersNotLinked, stateless.ErrParentMismatch, stateless.ErrPreStateRootMismatch,
	stateless.ErrMissingWitnessData, stateless.ErrNonCanonicalNode, stateless.ErrInvalidWitnessEncoding,
	stateless.ErrInvalidHeader, stateless.ErrInvalidTransaction, stateless.ErrInvalidBlock,
	stateless.ErrHeaderMismatch, stateless.ErrTrieExpansion, stateless.ErrSystemContractCode,
	stateless.ErrUnsupportedFork,
}

func isStatelessSentinel(err error) bool { return sentinelOf(err) != nil }

// sentinelOf is the first of statelessSentinels err wraps, or nil.
func sentinelOf(err error) error {
	for _, s := range statelessSentinels {
		if errors.Is(err, s) {
			return s
		}
	}
	return nil
}

// The program's accounts besides the genesis ones: a contract running storeCode
// (sstore(calldata[0:32], calldata[32:64])) and an empty account.
var (
	programContract = common.HexToAddress("0xc0c0")
	programEmpty    = common.HexToAddress("0xe0e0")
)

// trieProgramTxs are the transactions a program can pick (flags & 0x0f, 1-based):
// clear slot 0-3 of the contract, write 0xff.. to slot 0-3, and a zero-value
// transfer to the empty account (EIP-161 deletes it). Signed once.
func trieProgramTxs() []*types.Transaction {
	var txs []*types.Transaction
	for _, value := range []common.Hash{{}, common.MaxHash} {
		for slot := range uint64(4) {
			txs = append(txs, forgedTx(programContract, common.Big0, 100_000, append(slotN(slot).Bytes(), value.Bytes()...)))
		}
	}
	return append(txs, forgedTx(programEmpty, common.Big0, 21_000, nil))
}

// trieProgram is one interpreted program.
//
// Format (a byte past the end reads as 0, so every input is a program):
//
//	flags     bits 0-3: transaction (0 none, 1-9 trieProgramTxs), bit 4: zero
//	          anchor (EIP-4788 clears its root slot), bits 5-7: account edits
//	storage   five trie specs, for beacon roots, history, withdrawal queue,
//	          consolidation queue and the program contract:
//	  mode    bits 0-1: 0 empty, 1 honest trie + edits, 2 generated node by
//	          node, 3 honest trie of one slot; bits 2-4: edits
//	  honest  count (1 + b%6) entries of (slot b, value b); slot b picks one of
//	          the contract's slots the block touches (b < 0xc0) or a slot
//	          nobody reads; then the edits, each (path b, op b, args)
//	  node    op b (genNode): empty, leaf, extension, branch (two mask bytes),
//	          rlp([k, ""]), embed, hash, shared node, raw bytes, oversize leaf,
//	          missing node
//	accounts  the account edits, each (account b, op b, args)
type trieProgram struct {
	r      []byte
	i      int
	state  *forgedState
	root   fnode
	txs    []*types.Transaction
	honest bool // no step made a non-canonical node
	made   []fnode
	count  int
}

func (p *trieProgram) next() byte {
	if p.i >= len(p.r) {
		return 0
	}
	b := p.r[p.i]
	p.i++
	return b
}

// forged marks the pre-state as possibly non-canonical.
func (p *trieProgram) forged() { p.honest = false }

func runTrieProgram(program []byte, txs []*types.Transaction) *trieProgram {
	p := &trieProgram{r: program, state: newForgedState(), honest: true}
	s := p.state
	s.Accounts[programContract] = &fAccount{Nonce: 1, Balance: new(uint256.Int), Code: storeCode}
	s.Accounts[programEmpty] = &fAccount{Balance: new(uint256.Int)}

	flags := p.next()
	if tx := int(flags & 0x0f); tx > 0 {
		p.txs = []*types.Transaction{txs[(tx-1)%len(txs)]}
	}
	if flags&0x10 != 0 {
		s.Anchor = common.Hash{}
	}
	timeSlot, rootSlot := s.beaconSlots()
	queue := []common.Hash{slotN(0), slotN(1), slotN(2), slotN(3), slotN(4)}
	targets := []struct {
		addr  common.Address
		slots []common.Hash
	}{
		{params.BeaconRootsAddress, []common.Hash{timeSlot, rootSlot}},
		{params.HistoryStorageAddress, []common.Hash{s.historySlot()}},
		{params.WithdrawalQueueAddress, queue},
		{params.ConsolidationQueueAddress, queue},
		{programContract, queue[:4]},
	}
	for _, tg := range targets {
		var paths [][]byte
		for _, slot := range tg.slots {
			paths = append(paths, slotPath(slot))
		}
		s.Accounts[tg.addr].Storage = p.storage(tg.slots, paths)
	}
	// The account trie: canonical, then edited.
	addrs := []common.Address{programContract, programEmpty, l2.DevAddress(0), params.BeaconRootsAddress,
		params.HistoryStorageAddress, params.WithdrawalQueueAddress, params.ConsolidationQueueAddress}
	var paths [][]byte
	for _, a := range addrs {
		paths = append(paths, accountPath(a))
	}
	p.root = s.accountTrie()
	for range flags >> 5 {
		p.root = p.edit(p.root, paths, true)
	}
	return p
}

// storage builds one storage trie from its spec.
func (p *trieProgram) storage(slots []common.Hash, paths [][]byte) fnode {
	mode := p.next()
	switch mode & 3 {
	case 0:
		return nil
	case 2:
		p.forged()
		return p.genNode(0, paths)
	case 3:
		return trieOf([]kv{{paths[0], slotValueN(1)}})
	}
	entries := map[string]kv{}
	for range 1 + p.next()%6 {
		k, v := p.next(), p.next()
		path := paths[int(k)%len(paths)]
		if k >= 0xc0 {
			path = slotPath(slotN(uint64(k) << 8))
		}
		value := slotValueN(uint64(v) + 1)
		if v == 0xff {
			value = slotValue(common.MaxHash)
		}
		entries[string(path)] = kv{path, value}
	}
	var list []kv
	for _, e := range entries {
		list = append(list, e)
	}
	slices.SortFunc(list, func(x, y kv) int { return bytes.Compare(x.path, y.path) })
	for _, e := range list {
		paths = append(paths, e.path)
	}
	root := trieOf(list)
	for range (mode >> 2) & 7 {
		root = p.edit(root, paths, false)
	}
	return root
}

// edit changes the trie n along one of paths; every edit but the identity one
// may make it non-canonical.
func (p *trieProgram) edit(n fnode, paths [][]byte, accounts bool) fnode {
	path := paths[int(p.next())%len(paths)]
	op := p.next() % 10
	if op != 9 {
		p.forged()
	}
	switch op {
	case 0: // shape (a): extension over the leaf
		at := 1 + int(p.next()%12)
		wrap := p.next() % 3
		return onPath(n, path, 0, func(x fnode, depth int) fnode {
			leaf, ok := x.(*fLeaf)
			if !ok || at >= len(leaf.Key) {
				return x
			}
			return splitLeaf(at, func(c fnode) fnode {
				switch wrap {
				case 1:
					return fEmbed{c}
				case 2:
					return fHashed{c}
				}
				return c
			})(leaf, depth)
		})
	case 1: // shape (b): rlp([k, ""]) in a branch
		nibble, key := p.next()%16, p.next()
		return onBranch(n, func(b *fBranch) { b.Children[nibble] = evilExt(key % 16) })
	case 2:
		return onPath(n, path, 0, func(x fnode, _ int) fnode { return fEmbed{x} })
	case 3:
		return onPath(n, path, 0, func(x fnode, _ int) fnode { return fHashed{x} })
	case 4:
		return onBranch(n, func(b *fBranch) { b.Value = []byte{p.next() | 1} })
	case 5: // a generated node in place of the one at the end of the path
		return onPath(n, path, 0, func(_ fnode, depth int) fnode { return p.genNode(depth, paths) })
	case 6: // a branch's child repeated under another nibble
		from, to := p.next()%16, p.next()%16
		return onBranch(n, func(b *fBranch) { b.Children[to] = b.Children[from] })
	case 7: // a leaf's value changed
		kind := p.next()
		return onPath(n, path, 0, func(x fnode, _ int) fnode {
			leaf, ok := x.(*fLeaf)
			if !ok {
				return x
			}
			return &fLeaf{Key: leaf.Key, Value: badValue(leaf.Value, kind, accounts)}
		})
	case 8: // the leaf's key one nibble shorter or longer
		longer := p.next()%2 == 0
		return onPath(n, path, 0, func(x fnode, _ int) fnode {
			leaf, ok := x.(*fLeaf)
			if !ok || len(leaf.Key) == 0 {
				return x
			}
			if longer {
				return &fLeaf{Key: withKey(leaf.Key, 0), Value: leaf.Value}
			}
			return &fLeaf{Key: leaf.Key[1:], Value: leaf.Value}
		})
	}
	return n
}

// onBranch applies fn to a copy of the topmost branch of n, if it has one, and
// returns n with the copy in its place (the extensions above it copied too).
func onBranch(n fnode, fn func(*fBranch)) fnode {
	switch x := n.(type) {
	case *fBranch:
		c := *x
		fn(&c)
		return &c
	case *fExt:
		c := *x
		c.Child = onBranch(x.Child, fn)
		return &c
	}
	return n
}

// badValue is a leaf value that is not what the trie's kind stores.
func badValue(v []byte, kind byte, account bool) []byte {
	switch kind % 6 {
	case 0:
		return append(slices.Clone(v), 0) // trailing byte
	case 1:
		return rlpBytes([]byte{0}) // a zero slot, or an account of one byte
	case 2:
		return rlpBytes(bytes.Repeat([]byte{1}, 33))
	case 3:
		return rlpList(rlpBytes([]byte{1})) // a list
	case 4:
		return []byte{}
	default:
		if account {
			return slotValueN(7)
		}
		return rlpBytes(append([]byte{0}, 1))
	}
}

// genNode generates a node at depth from the program, its leaves on paths.
func (p *trieProgram) genNode(depth int, paths [][]byte) fnode {
	p.count++
	if p.count > 96 || depth > 70 {
		return nil
	}
	op := p.next() % 16
	path := paths[int(p.next())%len(paths)]
	var n fnode
	switch op {
	case 0:
		return nil
	case 1, 2, 3: // a leaf on a path, its value honest or not
		value := slotValueN(uint64(p.next()) + 1)
		if op == 3 {
			value = badValue(value, p.next(), false)
		}
		n = &fLeaf{Key: nibblesFrom(path, depth, 64-depth), Value: value}
	case 4, 5: // an extension along a path
		l := 1 + int(p.next()%8)
		if op == 5 {
			l = 1 + int(p.next()%64)
		}
		n = &fExt{Key: nibblesFrom(path, depth, l), Child: p.genNode(depth+l, paths)}
	case 6, 7, 8: // a branch
		mask := uint16(p.next()) | uint16(p.next())<<8
		b := new(fBranch)
		for i := range 16 {
			if mask&(1<<i) != 0 {
				b.Children[i] = p.genNode(depth+1, paths)
			}
		}
		if op == 8 {
			b.Value = []byte{p.next()}
		}
		n = b
	case 9: // rlp([k, ""]): an extension without a child
		return evilExt(p.next() % 16)
	case 10:
		return fEmbed{p.genNode(depth, paths)}
	case 11:
		return fHashed{p.genNode(depth, paths)}
	case 12: // a node made before, at whatever depth it was made
		if len(p.made) == 0 {
			return nil
		}
		return p.made[int(p.next())%len(p.made)]
	case 13: // raw bytes, a list header of the right size over filler
		size := int(p.next()) * 4
		body := bytes.Repeat([]byte{p.next()}, size)
		return fHashed{fRaw(rlpList(body))}
	case 14: // a leaf of a given encoded size, up to past the 532-byte bound
		size := int(p.next()) * 3
		n = &fLeaf{Key: nibblesFrom(path, depth, 64-depth), Value: rlpBytes(bytes.Repeat([]byte{0x11}, size))}
	case 15: // a node the witness lacks
		return fHash(common.BytesToHash([]byte{p.next(), 1}))
	}
	p.made = append(p.made, n)
	return n
}

// nibblesFrom is n nibbles of path from depth on, zeros past its end.
func nibblesFrom(path []byte, depth, n int) []byte {
	out := make([]byte, max(n, 0))
	for i := range out {
		if depth+i < len(path) {
			out[i] = path[depth+i]
		}
	}
	return out
}

// ---- seeds ----

// Program bytes for a storage spec's mode.
const (
	progEmpty, progHonest, progGenerated, progOneSlot = 0, 1, 2, 3
)

func progEdits(n byte) byte { return progHonest | n<<2 }

// trieProgramSeeds are programs that reach deep code: honest tries (which must
// execute) and, unless without, the crash shapes of the review.
func trieProgramSeeds() [][]byte {
	seeds := [][]byte{
		{},
		// honest tries everywhere, no transaction / each kind of transaction
		{0, progHonest, 1, 0, 5, 1, 9, progHonest, 0, 0, 7, progHonest, 3, 0, 3, 1, 1, 2, 2, 3, 2,
			progHonest, 0, 1, 0, progHonest, 3, 0, 1, 1, 1, 2, 2, 3, 3},
		{1, progOneSlot, progOneSlot, progOneSlot, progOneSlot, progHonest, 1, 0, 1, 1, 2},
		{5, progEmpty, progEmpty, progEmpty, progEmpty, progHonest, 3, 0, 1, 1, 2, 2, 3, 3, 4},
		{9, progOneSlot, progOneSlot, progOneSlot, progOneSlot, progOneSlot},
		{0x10, progHonest, 1, 1, 9, 0, 4},
	}
	return append(seeds, trieProgramCrashSeeds()...)
}

// trieProgramCrashSeeds are the review's crash shapes as programs. They are
// apart so that the time the fuzzer takes to find a crash on code without
// witness validation can be measured without them.
func trieProgramCrashSeeds() [][]byte {
	s := newForgedState()
	timeSlot, rootSlot := s.beaconSlots()
	// Two nibbles no beacon-roots write starts with.
	a := freeNibble(0, slotPath(timeSlot), slotPath(rootSlot))
	b := freeNibble(0, slotPath(timeSlot), slotPath(rootSlot), []byte{a})
	mask := uint16(1)<<a | uint16(1)<<b
	first, second := []byte{9, 0, 5}, []byte{1, 0, 0} // rlp([0x15, ""]); a leaf
	if b < a {
		first, second = second, first
	}
	beacon := append([]byte{0, progGenerated, 6, 0, byte(mask), byte(mask >> 8)}, append(first, second...)...)
	// A nibble of the root branch no account of a program uses.
	var paths [][]byte
	for _, addr := range []common.Address{programContract, programEmpty, l2.DevAddress(0), params.BeaconRootsAddress,
		params.HistoryStorageAddress, params.WithdrawalQueueAddress, params.ConsolidationQueueAddress} {
		paths = append(paths, accountPath(addr))
	}
	free := freeNibble(0, paths...)
	return [][]byte{
		// (b) beacon roots: a generated branch (op 6) with rlp([0x15, ""]) (op 9,
		// key 5) and a leaf (op 1) at nibbles the system call does not write
		beacon,
		// (a) withdrawal queue: honest {slot 1: 1}, one edit on slot 1: an
		// extension of 1 nibble over the leaf; the system call clears slot 1
		{0, progEmpty, progEmpty, progEdits(1), 0, 1, 0, 1, 0, 0, 0},
		// (a) beacon roots: the same on the root slot (3 nibbles), which a zero
		// anchor clears
		{0x10, progEdits(1), 0, 1, 0, 1, 0, 2},
		// (b) account trie: rlp([0x15, ""]) into a free nibble of the root branch
		{1 << 5, 0, 0, 0, 0, 0, 0, 1, free, 5},
		// (a) account trie: the empty account's leaf under an extension of 2
		// nibbles, touched by a zero-value transfer (transaction 9)
		{9 | 1<<5, 0, 0, 0, 0, 0, 1, 0, 1, 0},
	}
}
