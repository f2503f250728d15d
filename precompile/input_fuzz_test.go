package precompile

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/tests/fuzz"
)

// decodeByReencoding is DecodeInput as the spec states it, and as it was
// written before decodeCanonical: go-ethereum's ABI decoder, then re-encoding
// the values and comparing the bytes.
func decodeByReencoding(input []byte) (*Input, error) {
	if len(input) > MaxInputSize || len(input) < 32 || common.BytesToHash(input[:32]) != common.BigToHash(common.Big1) {
		return DecodeInput(input) // the size and version checks come first in both
	}
	values, err := inputArguments.UnpackValues(input)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedInput, err)
	}
	in := &Input{
		ChainID:       values[1].(uint64),
		ParentHash:    values[2].([32]byte),
		PreStateRoot:  values[3].([32]byte),
		Timestamp:     values[4].(uint64),
		GasLimit:      values[5].(uint64),
		FeeRecipient:  values[6].(common.Address),
		PrevRandao:    values[7].([32]byte),
		ExtraData:     values[8].([]byte),
		Anchor:        values[9].([32]byte),
		PostStateRoot: values[10].([32]byte),
		ReceiptsRoot:  values[11].([32]byte),
		GasUsed:       values[12].(uint64),
		Transactions:  values[13].([]byte),
		Witness:       values[14].([]byte),
	}
	if !bytes.Equal(in.Encode(), input) {
		return nil, ErrNonCanonicalInput
	}
	return in, nil
}

// FuzzDecodeInput checks DecodeInput against decoding and re-encoding: the same
// inputs accepted with the same values, and the same sentinel for the rest.
//
// The fuzz value is a canonical input (an index into its templates, with fields
// of every padding class) and byte edits to it (fuzz.ApplyEdits), not the input
// itself: minimizing a whole input of 576-864 bytes at each new coverage took
// most of the run. The seeds are each template unedited and one edit breaking
// each rule decodeCanonical checks.
func FuzzDecodeInput(f *testing.F) {
	var templates [][]byte
	for _, n := range []int{0, 1, 31, 32, 33, 64} {
		in := &Input{
			ChainID: 7, ParentHash: common.Hash{1}, PreStateRoot: common.Hash{2}, Timestamp: 1 << 40,
			GasLimit: 30_000_000, FeeRecipient: common.Address{3}, PrevRandao: common.Hash{4},
			ExtraData: bytes.Repeat([]byte{5}, n), Anchor: common.Hash{6}, PostStateRoot: common.Hash{7},
			ReceiptsRoot: common.Hash{8}, GasUsed: 21_000, Transactions: bytes.Repeat([]byte{9}, n+1),
			Witness: bytes.Repeat([]byte{10}, 2*n),
		}
		templates = append(templates, in.Encode())
	}
	for i, enc := range templates {
		edit := func(kind byte, pos int, b byte) []byte {
			return []byte{kind, byte(pos >> 8), byte(pos), b}
		}
		f.Add(uint8(i), []byte{})
		flip := func(pos int, b byte) {
			f.Add(uint8(i), edit(fuzz.EditSet, pos, enc[pos]^b))
		}
		for word := 1; word < headWords; word++ {
			flip(32*word, 0x80) // high byte of every head word
			flip(32*word+31, 0x20)
		}
		flip(len(enc)-1, 1) // the witness's padding or last byte
		var padding []byte  // 32 more bytes at the end
		for range 32 {
			padding = append(padding, edit(fuzz.EditInsert, len(enc), 0)...)
		}
		f.Add(uint8(i), padding)
		f.Add(uint8(i), edit(fuzz.EditTruncate, len(enc)-32, 0))
	}
	f.Fuzz(func(t *testing.T, template uint8, edits []byte) {
		input := fuzz.ApplyEdits(templates[int(template)%len(templates)], edits)
		got, err := DecodeInput(input)
		want, wantErr := decodeByReencoding(input)
		if wantErr != nil {
			require.Error(t, err, "accepted an input decoding and re-encoding rejects (%v)", wantErr)
			for _, sentinel := range []error{ErrInputTooLarge, ErrUnsupportedVersion, ErrMalformedInput, ErrNonCanonicalInput} {
				require.Equal(t, errors.Is(wantErr, sentinel), errors.Is(err, sentinel), "%v vs %v", err, wantErr)
			}
			return
		}
		require.NoError(t, err)
		require.Equal(t, want, got)
	})
}
