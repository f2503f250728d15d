package stateless

import (
	"bytes"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// flatReader is the pre-state reader execution reads accounts and storage
// through. It answers as go-ethereum's import answers from its flat snapshot,
// without the trie reader's work of resolving and decoding every node from the
// root into a node object (64 nodes per read on a deep storage path):
//
//  1. from the leaves checkTries recorded (those stored under their own hash),
//     one map lookup per read;
//  2. failing that, by following the key down the checked nodes in place, as
//     the trie does (lookup): this finds an embedded leaf, a leaf the walk met
//     only through a node it had already checked at another position, and
//     proves an absent key;
//  3. failing that, when a node on the path is not in the witness, from the trie
//     reader, which reports the missing node as execution expects.
//
// Codes come from the trie reader's code reader; writes and the state root go
// through the tries.
//
// Both fast answers read only nodes the walk reached and checked canonical for
// their position, and follow the trie's own rules over them: a leaf is in the
// maps only under the key its path from the root spells, and lookup descends a
// branch by the key's next nibble and a leaf or extension only on a key that
// matches. Each therefore returns what the trie reader would return, and
// anything neither can settle is the trie reader's to answer: the flat reader
// changes how fast a read is answered, never what it answers (FuzzFlatReader).
type flatReader struct {
	state.Reader // the trie reader over the checked nodes: codes, missing nodes
	checked      *checkedState
	root         common.Hash // the pre-state root

	// lookedUp holds the accounts lookup settled, present or absent, by
	// hashed address. Every storage read needs its account's storage root, and
	// an account lookup can follow 64 nodes (an account on a deep path whose
	// leaf the walk recorded at another position): without this, each cold
	// SLOAD of that account walked them again, 7x the CPU per gas of reading it
	// from a recorded leaf, where go-ethereum's trie reader resolves an
	// account's storage root once. An entry costs about 100 bytes per account
	// read, which execution pays 2,600 gas (a cold account access) for.
	mu       sync.Mutex
	lookedUp map[common.Hash]lookedUpAccount
}

// lookedUpAccount is an account lookup settled: found reports whether the
// trie holds one.
type lookedUpAccount struct {
	acc   types.StateAccount
	found bool
}

func newFlatReader(checked *checkedState, root common.Hash, trieReader state.Reader) *flatReader {
	return &flatReader{Reader: trieReader, checked: checked, root: root, lookedUp: make(map[common.Hash]lookedUpAccount)}
}

// Account returns the pre-state account at addr. The result is the caller's to
// modify, as state.StateReader requires.
func (r *flatReader) Account(addr common.Address) (*types.StateAccount, error) {
	acc, found, ok := r.account(crypto.Keccak256Hash(addr[:]))
	if !ok {
		return r.Reader.Account(addr)
	}
	if !found {
		return nil, nil
	}
	return acc.Copy(), nil
}

// account returns the account under a hashed address, found reporting whether
// the trie holds one; ok is false when a node on its path is not in the witness.
// The returned account is shared: callers copy it before handing it out.
func (r *flatReader) account(key common.Hash) (acc types.StateAccount, found, ok bool) {
	if acc, ok := r.checked.accounts[key]; ok {
		return acc, true, true
	}
	if r.root == types.EmptyRootHash {
		return acc, false, true
	}
	r.mu.Lock()
	settled, ok := r.lookedUp[key]
	r.mu.Unlock()
	if ok {
		return settled.acc, settled.found, true
	}
	value, ok := r.checked.lookup(r.root, key)
	if !ok {
		return acc, false, false
	}
	if value != nil {
		if err := rlp.DecodeBytes(value, &acc); err != nil {
			return acc, false, false // never for a checked leaf; the trie reader decides
		}
	}
	r.mu.Lock()
	r.lookedUp[key] = lookedUpAccount{acc: acc, found: value != nil}
	r.mu.Unlock()
	return acc, value != nil, true
}

// Storage returns the pre-state value of addr's slot.
func (r *flatReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	acc, found, ok := r.account(crypto.Keccak256Hash(addr[:]))
	if !ok {
		return r.Reader.Storage(addr, slot)
	}
	if !found || acc.Root == types.EmptyRootHash {
		return common.Hash{}, nil // the trie reader opens an empty trie and finds nothing
	}
	key := crypto.Keccak256Hash(slot[:])
	if value, ok := r.checked.slots[slotKey{acc.Root, key}]; ok {
		return value, nil
	}
	value, ok := r.checked.lookup(acc.Root, key)
	switch {
	case !ok:
		return r.Reader.Storage(addr, slot)
	case value == nil:
		return common.Hash{}, nil
	}
	// A checked slot leaf's value is one RLP string of 1 to 32 bytes.
	content, _, err := rlp.SplitString(value)
	if err != nil {
		return r.Reader.Storage(addr, slot)
	}
	return common.BytesToHash(content), nil
}

// lookup follows key down the checked trie rooted at root, reading each node in
// place, and returns the leaf's value (its RLP string content), nil when the
// trie proves the key absent, and ok false when it cannot tell: a node on the
// path is not in the witness (or, which a checked node never is, malformed).
func (s *checkedState) lookup(root, key common.Hash) (value []byte, ok bool) {
	var nibbles [keyNibbles]byte
	for i, b := range key {
		nibbles[2*i], nibbles[2*i+1] = b>>4, b&0x0f
	}
	enc, ok := s.node(root)
	for depth := 0; ok; {
		content, _, err := rlp.SplitList(enc)
		if err != nil {
			return nil, false
		}
		count, err := rlp.CountValues(content)
		if err != nil {
			return nil, false
		}
		var child []byte
		switch count {
		case 17: // a branch: the child at the key's next nibble
			if depth >= keyNibbles {
				return nil, false
			}
			for range nibbles[depth] {
				if _, _, content, err = rlp.Split(content); err != nil {
					return nil, false
				}
			}
			child = content
			depth++
		case 2: // a leaf or an extension: the key must continue with its own
			compact, rest, err := rlp.SplitString(content)
			if err != nil {
				return nil, false
			}
			leaf, n, err := decodeCompact(compact)
			if err != nil || depth+n > keyNibbles {
				return nil, false
			}
			var own [keyNibbles]byte
			compactNibbles(compact, own[:n])
			if !bytes.Equal(own[:n], nibbles[depth:depth+n]) {
				return nil, true
			}
			if leaf {
				value, _, err := rlp.SplitString(rest)
				return value, err == nil && depth+n == keyNibbles
			}
			child = rest
			depth += n
		default:
			return nil, false
		}
		kind, ref, after, err := rlp.Split(child)
		switch {
		case err != nil:
			return nil, false
		case kind == rlp.String && len(ref) == 0:
			return nil, true // an empty branch slot
		case kind == rlp.String && len(ref) == common.HashLength:
			enc, ok = s.node(common.Hash(ref))
		case kind == rlp.List:
			enc = child[:len(child)-len(after)] // an embedded node
		default:
			return nil, false
		}
	}
	return nil, false
}
