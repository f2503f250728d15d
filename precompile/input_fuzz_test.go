package precompile

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
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
// inputs accepted with the same values, and the same sentinel for the rest. The
// seeds are canonical inputs with fields of every padding class and one
// mutation of each rule decodeCanonical checks.
func FuzzDecodeInput(f *testing.F) {
	for _, n := range []int{0, 1, 31, 32, 33, 64} {
		in := &Input{
			ChainID: 7, ParentHash: common.Hash{1}, PreStateRoot: common.Hash{2}, Timestamp: 1 << 40,
			GasLimit: 30_000_000, FeeRecipient: common.Address{3}, PrevRandao: common.Hash{4},
			ExtraData: bytes.Repeat([]byte{5}, n), Anchor: common.Hash{6}, PostStateRoot: common.Hash{7},
			ReceiptsRoot: common.Hash{8}, GasUsed: 21_000, Transactions: bytes.Repeat([]byte{9}, n+1),
			Witness: bytes.Repeat([]byte{10}, 2*n),
		}
		enc := in.Encode()
		f.Add(enc)
		mutate := func(pos int, b byte) {
			bad := bytes.Clone(enc)
			bad[pos] ^= b
			f.Add(bad)
		}
		for word := 1; word < headWords; word++ {
			mutate(32*word, 0x80) // high byte of every head word
			mutate(32*word+31, 0x20)
		}
		mutate(len(enc)-1, 1) // the witness's padding or last byte
		f.Add(append(bytes.Clone(enc), make([]byte, 32)...))
		f.Add(enc[:len(enc)-32])
	}
	f.Fuzz(func(t *testing.T, input []byte) {
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
