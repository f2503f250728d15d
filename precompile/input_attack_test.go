package precompile

// Attacks on decodeCanonical (issue 14: the canonical ABI form read in place
// instead of decoding and re-encoding): hand-made shapes the fuzzer may take
// long to reach, each compared with the decode-and-re-encode reference.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func attackInput() []byte {
	in := &Input{
		ChainID: 7, ParentHash: common.Hash{1}, PreStateRoot: common.Hash{2}, Timestamp: 1 << 40,
		GasLimit: 30_000_000, FeeRecipient: common.Address{3}, PrevRandao: common.Hash{4},
		ExtraData: []byte("extra"), Anchor: common.Hash{6}, PostStateRoot: common.Hash{7},
		ReceiptsRoot: common.Hash{8}, GasUsed: 21_000, Transactions: bytes.Repeat([]byte{9}, 40),
		Witness: bytes.Repeat([]byte{10}, 64),
	}
	return in.Encode()
}

func putWord(b []byte, word int, v uint64) {
	w := b[32*word : 32*word+32]
	clear(w)
	binary.BigEndian.PutUint64(w[24:], v)
}

func offsetOf(b []byte, word int) int {
	return int(binary.BigEndian.Uint64(b[32*word+24 : 32*word+32]))
}

// TestAttackInputShapes: each shape is rejected, with the sentinel decoding
// and re-encoding gives it.
func TestAttackInputShapes(t *testing.T) {
	base := attackInput()
	ext, txs, wit := offsetOf(base, extraDataWord), offsetOf(base, transactionsWord), offsetOf(base, witnessWord)
	shapes := map[string]func(b []byte) []byte{
		"transactions aliasing extraData's bytes": func(b []byte) []byte { putWord(b, transactionsWord, uint64(ext)); return b },
		"witness aliasing transactions' bytes":    func(b []byte) []byte { putWord(b, witnessWord, uint64(txs)); return b },
		"offset 2^64 + the canonical offset": func(b []byte) []byte {
			b[32*extraDataWord+23] = 1
			return b
		},
		"offset 2^256 - 1": func(b []byte) []byte {
			copy(b[32*witnessWord:], bytes.Repeat([]byte{0xff}, 32))
			return b
		},
		"length 2^64 - 1": func(b []byte) []byte { putWord(b, wit/32, ^uint64(0)); return b },
		"length 2^63":     func(b []byte) []byte { putWord(b, wit/32, 1<<63); return b },
		"length 2^64 + the real length": func(b []byte) []byte {
			b[wit+23] = 1
			return b
		},
		"length one past the data": func(b []byte) []byte { putWord(b, wit/32, 65); return b },
		"length the whole input":   func(b []byte) []byte { putWord(b, wit/32, uint64(len(b))); return b },
		"witness without its padding": func(b []byte) []byte {
			putWord(b, wit/32, 63)
			return b[:len(b)-32]
		},
		"non-zero padding":         func(b []byte) []byte { b[ext+32+6] = 1; return b },
		"a trailing zero word":     func(b []byte) []byte { return append(b, make([]byte, 32)...) },
		"a trailing byte":          func(b []byte) []byte { return append(b, 0) },
		"one byte short":           func(b []byte) []byte { return b[:len(b)-1] },
		"gasLimit above 2^64":      func(b []byte) []byte { b[32*gasLimitWord+23] = 1; return b },
		"chainId above 2^64":       func(b []byte) []byte { b[32*chainIDWord] = 0x80; return b },
		"feeRecipient high bytes":  func(b []byte) []byte { b[32*feeRecipientWord+11] = 1; return b },
		"version 1 + 2^8":          func(b []byte) []byte { b[30] = 1; return b },
		"head only":                func(b []byte) []byte { return b[:32*headWords] },
		"offsets in reverse order": func(b []byte) []byte { return reverseFields(t, b) },
		"an extra word between fields": func(b []byte) []byte {
			out := append(bytes.Clone(b[:txs]), make([]byte, 32)...)
			out = append(out, b[txs:]...)
			putWord(out, transactionsWord, uint64(txs+32))
			putWord(out, witnessWord, uint64(wit+32))
			return out
		},
	}
	for name, shape := range shapes {
		t.Run(name, func(t *testing.T) {
			input := shape(bytes.Clone(base))
			_, err := DecodeInput(input)
			require.Error(t, err)
			_, want := decodeByReencoding(input)
			require.Error(t, want)
			for _, sentinel := range []error{ErrInputTooLarge, ErrUnsupportedVersion, ErrMalformedInput, ErrNonCanonicalInput} {
				require.Equal(t, errors.Is(want, sentinel), errors.Is(err, sentinel), "%v vs %v", err, want)
			}
		})
	}
}

// reverseFields puts the three bytes fields in reverse order, offsets fixed up:
// a valid ABI encoding of the same values, but not abi.encode's.
func reverseFields(t *testing.T, b []byte) []byte {
	ext, txs, wit := offsetOf(b, extraDataWord), offsetOf(b, transactionsWord), offsetOf(b, witnessWord)
	head := bytes.Clone(b[:ext])
	e, x, w := b[ext:txs], b[txs:wit], b[wit:]
	out := append(append(append(head, w...), x...), e...)
	putWord(out, witnessWord, uint64(ext))
	putWord(out, transactionsWord, uint64(ext+len(w)))
	putWord(out, extraDataWord, uint64(ext+len(w)+len(x)))
	values, err := inputArguments.UnpackValues(out)
	require.NoError(t, err, "the reversed layout still decodes")
	require.Equal(t, []byte("extra"), values[8])
	return out
}

// TestAttackDecodedFieldsCapped: the byte fields of an accepted input alias it
// with no spare capacity, so an append by any consumer reallocates instead of
// writing over the next field.
func TestAttackDecodedFieldsCapped(t *testing.T) {
	base := attackInput()
	backing := append(bytes.Clone(base), bytes.Repeat([]byte{0xee}, 64)...)
	input := backing[:len(base)]
	in, err := DecodeInput(input)
	require.NoError(t, err)
	for _, f := range [][]byte{in.ExtraData, in.Transactions, in.Witness} {
		require.Equal(t, len(f), cap(f))
		_ = append(f, 0xff, 0xff, 0xff)
	}
	require.Equal(t, append(bytes.Clone(base), bytes.Repeat([]byte{0xee}, 64)...), backing)
}
