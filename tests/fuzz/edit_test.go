package fuzz

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestApplyEdits(t *testing.T) {
	base := []byte{10, 11, 12, 13}
	for _, c := range []struct {
		name  string
		b     []byte
		edits []byte
		want  []byte
	}{
		{"no edit", base, nil, base},
		{"set", base, []byte{EditSet, 0, 1, 0xff}, []byte{10, 0xff, 12, 13}},
		{"set, position modulo the length", base, []byte{EditSet, 0x01, 0x02, 0xff}, []byte{10, 11, 0xff, 13}}, // 258 % 4
		{"insert", base, []byte{EditInsert, 0, 1, 0xff}, []byte{10, 0xff, 11, 12, 13}},
		{"insert after the last byte", base, []byte{EditInsert, 0, 4, 0xff}, []byte{10, 11, 12, 13, 0xff}},
		{"insert into nothing", []byte{}, []byte{EditInsert, 0x12, 0x34, 0xff}, []byte{0xff}},
		{"delete", base, []byte{EditDelete, 0, 0, 0}, []byte{11, 12, 13}},
		{"truncate", base, []byte{EditTruncate, 0, 3, 0}, []byte{10, 11, 12}},
		{"kind modulo EditKinds", base, []byte{EditKinds + EditDelete, 0, 3, 0}, []byte{10, 11, 12}},
		{"set on nothing", []byte{}, []byte{EditSet, 0, 0, 0xff}, []byte{}},
		{"edits in turn", base, []byte{EditTruncate, 0, 2, 0, EditSet, 0, 1, 0xee}, []byte{10, 0xee}},
		{"a partial edit is ignored", base, []byte{EditSet, 0, 0, 0xff, EditDelete, 0, 0}, []byte{0xff, 11, 12, 13}},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := append([]byte{}, c.b...)
			require.Equal(t, c.want, ApplyEdits(c.b, c.edits))
			require.Equal(t, before, c.b, "ApplyEdits changed its argument")
		})
	}
}
