package stateless

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// flatReader is the pre-state reader execution reads accounts and storage
// through. It answers from the leaves checkTries reached, one map lookup per
// read, as go-ethereum's import answers from its flat snapshot, instead of
// resolving and decoding every node from the root as the trie reader does (64
// nodes per read on a deep storage path). Codes come from the trie reader's
// code reader, and writes and the state root still go through the tries.
//
// A leaf is in the maps only under the key its path from the pre-state root
// spells, every node of that path present and checked, so the trie reader would
// return the very same value. What the maps lack, the trie reader answers: an
// absent key (proven by the trie, or not), a leaf the walk saw only through a
// node it had already checked at another position, or a read through a node the
// witness lacks, which fails there as missing data. The flat reader therefore
// changes how fast a read is answered, never what it answers.
type flatReader struct {
	state.Reader // the trie reader over the checked nodes, for codes and misses
	checked      *checkedState
}

func newFlatReader(checked *checkedState, trieReader state.Reader) *flatReader {
	return &flatReader{Reader: trieReader, checked: checked}
}

// Account returns the pre-state account at addr. The result is the caller's to
// modify, as state.StateReader requires.
func (r *flatReader) Account(addr common.Address) (*types.StateAccount, error) {
	if acc, ok := r.checked.accounts[crypto.Keccak256Hash(addr[:])]; ok {
		return acc.Copy(), nil
	}
	return r.Reader.Account(addr)
}

// Storage returns the pre-state value of addr's slot.
func (r *flatReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	acc, ok := r.checked.accounts[crypto.Keccak256Hash(addr[:])]
	if !ok {
		return r.Reader.Storage(addr, slot)
	}
	if acc.Root == types.EmptyRootHash {
		return common.Hash{}, nil // the trie reader opens an empty trie and finds nothing
	}
	if value, ok := r.checked.slots[slotKey{acc.Root, crypto.Keccak256Hash(slot[:])}]; ok {
		return value, nil
	}
	return r.Reader.Storage(addr, slot)
}
