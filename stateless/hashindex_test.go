package stateless

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"maps"
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestHashIndex compares the index with a Go map over the same entries:
// repeated entries (the later one wins, as in a map), hashes of no entry, and
// no entries at all.
func TestHashIndex(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 1000, 5000} {
		entries := make([][]byte, n)
		for i := range entries {
			e := make([]byte, 32)
			binary.BigEndian.PutUint64(e, uint64(i%(n/3+1))) // every third entry or so repeats
			entries[i] = e
		}
		x := newHashIndex(entries)
		want := map[common.Hash]int32{}
		for i, e := range entries {
			want[crypto.Keccak256Hash(e)] = int32(i)
		}
		for h, wi := range want {
			if i, ok := x.get(h); !ok || i != wi {
				t.Fatalf("n=%d: get(%x) = %d, %v; want %d, true", n, h, i, ok, wi)
			}
		}
		for i := range 100 {
			h := crypto.Keccak256Hash([]byte{byte(i), 1, 2, 3})
			if i, ok := x.get(h); ok {
				t.Fatalf("n=%d: get of an absent hash found entry %d", n, i)
			}
		}
		if len(x.slots) < 2*n {
			t.Fatalf("n=%d: %d slots, more than half full", n, len(x.slots))
		}
	}
}

// TestHashIndexSeeded shows why the slot is a seeded hash: entries whose
// hashes share their first bytes (what grinding buys an attacker) spread over
// the table as others do, where a slot taken from the hash's leading bits would
// put them all in one probe run.
func TestHashIndexSeeded(t *testing.T) {
	const n = 4096
	x := &hashIndex{hashes: make([]common.Hash, n), slots: make([]int32, 2*n)}
	x.seed = newHashIndex(nil).seed
	for i := range x.hashes {
		x.hashes[i][31] = byte(i) // the same first 30 bytes
		x.hashes[i][30] = byte(i >> 8)
		x.add(int32(i))
	}
	longest, run := 0, 0
	for _, s := range x.slots {
		if s == 0 {
			run = 0
			continue
		}
		run++
		longest = max(longest, run)
	}
	if longest > 64 { // a random half-full table of 8192 slots has runs of ~20
		t.Fatalf("longest probe run %d over %d entries", longest, n)
	}
}

// BenchmarkHashIndex is indexing a witness of 65,536 minimum-size entries,
// keccak included, against the Go map it replaced.
func BenchmarkHashIndex(b *testing.B) {
	entries := make([][]byte, 65536)
	for i := range entries {
		entries[i] = crypto.Keccak256(binary.BigEndian.AppendUint64(nil, uint64(i)))
	}
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			newHashIndex(entries)
		}
	})
	b.Run("map", func(b *testing.B) {
		hashes := make([]common.Hash, len(entries))
		for b.Loop() {
			hashEntries(entries, hashes)
			m := make(map[common.Hash]int32, len(entries))
			for i, h := range hashes {
				m[h] = int32(i)
			}
		}
	})
}

// maxIndexedEntries is the most state entries an index can hold on the
// consensus path: EXECUTE refuses a witness of more than 2^16 nodes
// (precompile.MaxWitnessNodes), and its 4 MiB input holds at most 2^17 entries of
// the 32-byte minimum.
const maxIndexedEntries = 1 << 17

// indexOfHashes indexes chosen hashes as newHashIndex indexes entries' keccak
// hashes, table size and seed included: it lets a test try hashes no one can
// grind (shared 30-byte prefixes, the zero hash).
func indexOfHashes(hashes []common.Hash) *hashIndex {
	x := newHashIndex(make([][]byte, len(hashes)))
	clear(x.slots)
	copy(x.hashes, hashes)
	for i := range hashes {
		x.add(int32(i))
	}
	return x
}

// structuredHashes are hash sets an attacker would aim at a slot taken from
// fixed bits of the hash: all but 16 bits equal, the varying bits at the end,
// the start, the middle, or one per 16 bits across the word. n is at most 2^16.
var structuredHashes = map[string]func(i int) common.Hash{
	"last bytes": func(i int) (h common.Hash) {
		binary.BigEndian.PutUint16(h[30:], uint16(i))
		return h
	},
	"first bytes": func(i int) (h common.Hash) {
		binary.BigEndian.PutUint16(h[0:], uint16(i))
		return h
	},
	"middle bytes": func(i int) (h common.Hash) {
		binary.BigEndian.PutUint16(h[15:], uint16(i))
		return h
	},
	"spread bits": func(i int) (h common.Hash) {
		for j := range 16 {
			h[2*j] = byte(i>>j&1) << 7
		}
		return h
	},
}

func randomHash(i int) common.Hash {
	return crypto.Keccak256Hash(binary.BigEndian.AppendUint64([]byte("random"), uint64(i)))
}

// checkMatchesMap checks x finds what a map assigned hashes[i] = i in order
// finds (the later of equal hashes), and nothing for the absent hashes.
func checkMatchesMap(t *testing.T, name string, x *hashIndex, hashes, absent []common.Hash) {
	t.Helper()
	want := make(map[common.Hash]int32, len(hashes))
	for i, h := range hashes {
		want[h] = int32(i)
	}
	for h, wi := range want {
		if i, ok := x.get(h); !ok || i != wi {
			t.Fatalf("%s: get(%x) = %d, %v; the map has %d", name, h, i, ok, wi)
		}
	}
	for _, h := range absent {
		if _, inMap := want[h]; inMap {
			continue
		}
		if i, ok := x.get(h); ok {
			t.Fatalf("%s: get(%x) found entry %d; the map has no such hash", name, h, i)
		}
	}
}

// TestHashIndexMatchesMap compares the index with the Go map it replaced over
// entry sets of every table-size boundary up to the input bound, with repeated
// entries in every arrangement (adjacent, far apart, all one entry), and over
// chosen hashes no grinding reaches (shared prefixes, the zero hash). Lookups
// of absent hashes include the zero hash, all ones and one-bit neighbours of
// present hashes.
func TestHashIndexMatchesMap(t *testing.T) {
	sizes := []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 255, 256, 257}
	for k := 10; k <= 17; k++ {
		sizes = append(sizes, 1<<k-1, 1<<k, 1<<k+1)
	}
	repeats := map[string]func(i, n int) int{
		"distinct":         func(i, n int) int { return i },
		"all one entry":    func(i, n int) int { return 0 },
		"adjacent pairs":   func(i, n int) int { return i / 2 },
		"every fifth":      func(i, n int) int { return i % (n/5 + 1) },
		"first half twice": func(i, n int) int { return i % (n/2 + 1) },
	}
	for _, n := range sizes {
		for name, which := range repeats {
			if n > 1<<12 && name != "distinct" && name != "every fifth" {
				continue // the large sizes are for the table's bounds, not every arrangement
			}
			entries := make([][]byte, n)
			for i := range entries {
				entries[i] = binary.BigEndian.AppendUint64(make([]byte, 24, MinNodeSize), uint64(which(i, n)))
			}
			x := newHashIndex(entries)
			hashes := make([]common.Hash, n)
			for i, e := range entries {
				hashes[i] = crypto.Keccak256Hash(e)
			}
			absent := []common.Hash{{}, common.HexToHash("0x" + strings.Repeat("ff", 32)), crypto.Keccak256Hash(nil)}
			for i := range min(n, 64) {
				h := hashes[i*n/min(n, 64)]
				h[i%32] ^= 1 << (i % 8)
				absent = append(absent, h, randomHash(i))
			}
			checkMatchesMap(t, fmt.Sprintf("%d entries, %s", n, name), x, hashes, absent)
		}
	}
	for name, hash := range structuredHashes {
		for _, n := range []int{1, 2, 1000, 1<<12 + 1} { // 2^16 of them: TestHashIndexAdversarialProbes
			hashes := make([]common.Hash, n)
			for i := range hashes {
				hashes[i] = hash(i)
			}
			hashes = append(hashes, hashes[:n/3]...) // repeats, the later one wins
			absent := []common.Hash{{1}}
			for i := range 64 {
				absent = append(absent, hash(n+i), randomHash(i))
			}
			checkMatchesMap(t, fmt.Sprintf("%d %s hashes", len(hashes), name), indexOfHashes(hashes), hashes, absent)
		}
	}
	zero := []common.Hash{{}, {1}, {}, {2}} // the zero hash present, and repeated
	checkMatchesMap(t, "the zero hash", indexOfHashes(zero), zero, []common.Hash{{3}})
}

// TestHashIndexTableSize checks the table for every entry count up to 300 and
// at every power of two up to the input bound: a power of two (the slot mask
// is its size less one), at most half full so every probe run ends at an empty
// slot, and under four slots per entry so its memory stays proportional.
func TestHashIndexTableSize(t *testing.T) {
	sizes := []int{}
	for n := range 301 {
		sizes = append(sizes, n)
	}
	for k := 9; k <= 17; k++ {
		sizes = append(sizes, 1<<k-1, 1<<k, 1<<k+1)
	}
	for _, n := range sizes {
		slots := len(newHashIndex(make([][]byte, n)).slots)
		switch {
		case slots&(slots-1) != 0:
			t.Fatalf("%d entries: %d slots, not a power of two", n, slots)
		case n == 0 && slots != 1:
			t.Fatalf("no entries: %d slots, want 1", slots)
		case n > 0 && (slots < 2*n || slots >= 4*n):
			t.Fatalf("%d entries: %d slots, want [%d, %d)", n, slots, 2*n, 4*n)
		}
	}
}

// probeStats measures x as an attacker would feel it: the mean probes to find
// a present hash, the mean probes to miss an absent one (over every starting
// slot, which is where a seeded hash sends a lookup), and the longest probe run.
func probeStats(x *hashIndex) (hit, miss float64, longest int) {
	mask := len(x.slots) - 1
	present, empty := 0, -1
	for s, e := range x.slots {
		if e == 0 {
			empty = s
			continue
		}
		present++
		hit += float64((s-x.slot(x.hashes[e-1]))&mask + 1)
	}
	run, misses := 0, 0
	for k := 1; k <= len(x.slots); k++ { // from just after an empty slot, round the table
		if x.slots[(empty+k)&mask] != 0 {
			run++
			longest = max(longest, run)
			continue
		}
		misses += (run + 1) * (run + 2) / 2 // a miss from each slot of the run and from the empty one
		run = 0
	}
	return hit / float64(present), float64(misses) / float64(len(x.slots)), longest
}

// TestHashIndexAdversarialProbes indexes 2^16 hashes (the most nodes a witness
// may hold) of each structured set, which a slot taken from fixed bits of the
// hash would pile into one probe run, and compares the probes of finding and of
// missing a hash, and the longest run, with those of random hashes in the same
// run. Probe counts, not time: the machine's load cannot move them.
func TestHashIndexAdversarialProbes(t *testing.T) {
	const n = 1 << 16
	index := func(hash func(int) common.Hash) *hashIndex {
		hashes := make([]common.Hash, n)
		for i := range hashes {
			hashes[i] = hash(i)
		}
		return indexOfHashes(hashes)
	}
	baseHit, baseMiss, baseLongest := probeStats(index(randomHash))
	for name, hash := range structuredHashes {
		hit, miss, longest := probeStats(index(hash))
		// At half full a random table averages 1.5 probes to find and 2.5 to
		// miss, each within 1% over 2^16 entries; its longest run is 30-50.
		if hit > 1.1*baseHit || miss > 1.2*baseMiss || longest > 4*baseLongest {
			t.Errorf("%s: %.2f probes to find, %.2f to miss, longest run %d; random hashes: %.2f, %.2f, %d", name, hit, miss, longest, baseHit, baseMiss, baseLongest)
		}
	}
}

// TestHashIndexSeedPerIndex checks each index draws its own seed, so nothing an
// attacker learns of one index's layout (by timing) carries to the next, and a
// zero seed (an unseeded hash anyone can compute) is never used.
func TestHashIndexSeedPerIndex(t *testing.T) {
	entries := make([][]byte, 4096)
	for i := range entries {
		entries[i] = randomHash(i).Bytes()
	}
	a, b := newHashIndex(entries), newHashIndex(entries)
	if a.seed == (maphash.Seed{}) || b.seed == (maphash.Seed{}) {
		t.Fatal("an index uses the zero seed")
	}
	if a.seed == b.seed || slices.Equal(a.slots, b.slots) {
		t.Fatal("two indexes of the same entries share their seed and layout")
	}
}

// indexWithMap is the index newHashIndex replaced (checkTries before
// d9b06dc): the entries hashed a batch of 4096 at a time into a map.
func indexWithMap(entries [][]byte) map[common.Hash]int32 {
	const batch = 4096
	index := make(map[common.Hash]int32, len(entries))
	hashes := make([]common.Hash, min(len(entries), batch))
	for start := 0; start < len(entries); start += batch {
		b := entries[start:min(start+batch, len(entries))]
		hashEntries(b, hashes)
		for i := range b {
			index[hashes[i]] = int32(start + i)
		}
	}
	return index
}

// TestHashIndexMemoryNoMoreThanMap checks indexing allocates no more bytes than
// the map it replaced at any table-size boundary up to the most nodes a
// witness may hold, where the table is emptiest (just past a power of two).
// Each side is the least of three runs: the runtime allocates a little of its
// own now and then.
func TestHashIndexMemoryNoMoreThanMap(t *testing.T) {
	allocated := func(f func()) uint64 {
		least := uint64(math.MaxUint64)
		for range 3 {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			f()
			runtime.ReadMemStats(&after)
			least = min(least, after.TotalAlloc-before.TotalAlloc)
		}
		return least
	}
	for k := 8; k <= 16; k++ {
		for _, n := range []int{1 << k, 1<<(k-1) + 1, 3 << (k - 2)} {
			entries := make([][]byte, n)
			for i := range entries {
				entries[i] = randomHash(i).Bytes()
			}
			index := allocated(func() { newHashIndex(entries) })
			old := allocated(func() { indexWithMap(entries) })
			if index > old {
				t.Errorf("%d entries: the index allocates %d bytes, the map %d", n, index, old)
			}
		}
	}
}

// TestHashIndexWorstCaseTime times indexing and finding 2^14 structured hashes
// (see structuredHashes) and 2^14 copies of one hash against random hashes, and
// each against the map it replaced, in the same run: a piled-up probe run
// would cost about 10^3 times more, where scheduling on a loaded machine moves
// the least of seven timings by well under the factors allowed. (2^14, not the
// 2^16 of TestHashIndexAdversarialProbes, so that a quadratic index fails in
// seconds.) It and TestHashIndexMemoryNoMoreThanMap are worth running with
// -tags purego too, where the standard library's hashes take other paths.
func TestHashIndexWorstCaseTime(t *testing.T) {
	const n, reps = 1 << 14, 7
	sets := map[string]func(int) common.Hash{"random": randomHash, "one hash": func(int) common.Hash { return common.Hash{1} }}
	maps.Copy(sets, structuredHashes)
	slots := len(newHashIndex(make([][]byte, n)).slots)
	least := func(f func()) time.Duration {
		d := time.Duration(math.MaxInt64)
		for range reps {
			start := time.Now()
			f()
			d = min(d, time.Since(start))
		}
		return d
	}
	indexTime, mapTime := map[string]time.Duration{}, map[string]time.Duration{}
	for name, hash := range sets {
		hashes := make([]common.Hash, n)
		for i := range hashes {
			hashes[i] = hash(i)
		}
		indexTime[name] = least(func() {
			x := &hashIndex{hashes: hashes, slots: make([]int32, slots), seed: maphash.MakeSeed()}
			for i := range hashes {
				x.add(int32(i))
			}
			for _, h := range hashes {
				x.get(h)
			}
		})
		mapTime[name] = least(func() {
			m := make(map[common.Hash]int32, n)
			for i, h := range hashes {
				m[h] = int32(i)
			}
			for _, h := range hashes {
				_ = m[h]
			}
		})
	}
	for name := range sets {
		// Measured on 2 loaded cores: each set 0.5-1.2x random, the index 0.3-0.6x the map.
		if indexTime[name] > 3*indexTime["random"] || indexTime[name] > 2*mapTime[name] {
			t.Errorf("%s: the index takes %v, %v for random hashes, the map %v", name, indexTime[name], indexTime["random"], mapTime[name])
		}
	}
}
