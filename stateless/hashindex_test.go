package stateless

import (
	"encoding/binary"
	"testing"

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
