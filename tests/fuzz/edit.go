package fuzz

import (
	"encoding/binary"
	"slices"
)

// Byte edits are a fuzz value that stands for a whole real input. Go's fuzzer
// minimizes every value that finds new coverage before it mutates further, and
// minimizing a real input of several KB (a block with its witness) took a whole
// run; a fuzz target that takes (which real input, edits to it) mutates and
// minimizes only the few edit bytes, and with no edit runs the real input itself.
//
// An edit is EditSize bytes: an operation, a big-endian position and a byte.
// The operation's kind is op % EditKinds; a target may read op / EditKinds to
// choose what the edit applies to.
const EditSize = 4

// Edit kinds.
const (
	EditSet      = iota // replace the byte at the position
	EditInsert          // insert the byte before the position (or after the last byte)
	EditDelete          // delete the byte at the position
	EditTruncate        // cut at the position
	EditKinds
)

// ApplyEdits applies each whole edit in edits, in turn, to a copy of b.
// Trailing bytes that do not make a whole edit are ignored.
func ApplyEdits(b, edits []byte) []byte {
	out := slices.Clone(b)
	for ; len(edits) >= EditSize; edits = edits[EditSize:] {
		out = ApplyEdit(out, edits[:EditSize])
	}
	return out
}

// ApplyEdit applies one edit (EditSize bytes) to b, which it may modify in
// place, and returns the result. The position is taken modulo len(b) (modulo
// len(b)+1 for an insertion, so that an empty b can grow); an edit other than an
// insertion leaves an empty b empty.
func ApplyEdit(b, edit []byte) []byte {
	pos, value := int(binary.BigEndian.Uint16(edit[1:3])), edit[3]
	kind := edit[0] % EditKinds
	if kind == EditInsert {
		return slices.Insert(b, pos%(len(b)+1), value)
	}
	if len(b) == 0 {
		return b
	}
	pos %= len(b)
	switch kind {
	case EditSet:
		b[pos] = value
	case EditDelete:
		b = slices.Delete(b, pos, pos+1)
	case EditTruncate:
		b = b[:pos]
	}
	return b
}
