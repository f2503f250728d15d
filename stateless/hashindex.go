package stateless

import (
	"hash/maphash"

	"github.com/ethereum/go-ethereum/common"
)

// hashIndex finds a witness state entry by its keccak hash. It is an
// open-addressing table of entry numbers with linear probing, at most half
// full, beside the entries' hashes.
//
// Go's map does the same job at several times the cost per insert on a large
// witness: on an input of 65,536 minimum-size entries, inserting them into a
// map was a fifth of EXECUTE's CPU (docs/BENCHMARKS.md, "Witness-dominated
// inputs"). The hashes are attacker-chosen (entries can be ground to hashes of
// any chosen prefix), so a slot is never a fixed function of the hash, which
// would let a witness pile every entry onto one probe run and make indexing
// quadratic: the slot is the entry's hash under hash/maphash with a seed drawn
// per index, the seeded hash Go's own maps use. Which slot an entry lands in is
// not observable beyond timing, so the seed takes nothing from determinism.
type hashIndex struct {
	hashes []common.Hash // hashes[i] is the keccak hash of entry i
	slots  []int32       // entry number + 1 in each slot; 0: empty
	seed   maphash.Seed
}

// newHashIndex indexes entries, hashing them with hashEntries.
func newHashIndex(entries [][]byte) *hashIndex {
	size := 1
	for size < 2*len(entries) {
		size <<= 1
	}
	x := &hashIndex{hashes: make([]common.Hash, len(entries)), slots: make([]int32, size), seed: maphash.MakeSeed()}
	hashEntries(entries, x.hashes)
	for i := range entries {
		x.add(int32(i))
	}
	return x
}

// add indexes entry i under its hash. An entry with the hash of one added
// before (the same bytes) takes its place.
func (x *hashIndex) add(i int32) {
	h := x.hashes[i]
	s := x.slot(h)
	for x.slots[s] != 0 && x.hashes[x.slots[s]-1] != h {
		s = (s + 1) & (len(x.slots) - 1)
	}
	x.slots[s] = i + 1
}

// get returns the entry with hash h.
func (x *hashIndex) get(h common.Hash) (int32, bool) {
	for s := x.slot(h); x.slots[s] != 0; s = (s + 1) & (len(x.slots) - 1) {
		if i := x.slots[s] - 1; x.hashes[i] == h {
			return i, true
		}
	}
	return 0, false
}

// slot is where the probe for h starts. maphash.Bytes is the runtime's memhash
// under the index's seed, as maphash.Comparable of a common.Hash is, but it
// stays so in a build with the purego tag, where Comparable hashes through
// reflect at about 100 times the cost and an allocation per call (the index
// then took 6 times the CPU of the map it replaced).
func (x *hashIndex) slot(h common.Hash) int {
	return int(maphash.Bytes(x.seed, h[:]) & uint64(len(x.slots)-1))
}
