package precompile

// Attacks on DecodeWitness (issue 14: strict in-place RLP splitting and a
// re-encoding per header, instead of go-ethereum's reflective decoder and one
// re-encoding of the whole witness): a differential test against the decoder
// it replaced, on canonical witnesses and on every single-byte and structural
// mutation of them.

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/nativerollup/nr/stateless"
	"github.com/stretchr/testify/require"
)

// oldDecodeWitness is DecodeWitness as of 0ceb92d: the counts, go-ethereum's
// reflective decoder, then the whole witness re-encoded and compared.
func oldDecodeWitness(b []byte) (*stateless.Witness, error) {
	content, rest, err := rlp.SplitList(b)
	if err != nil || len(rest) != 0 {
		return nil, ErrMalformedWitness
	}
	for _, limit := range []int{MaxWitnessHeaders, MaxWitnessCodes, MaxWitnessNodes, MaxWitnessKeys} {
		var list []byte
		if list, content, err = rlp.SplitList(content); err != nil {
			return nil, ErrMalformedWitness
		}
		n, err := rlp.CountValues(list)
		if err != nil {
			return nil, ErrMalformedWitness
		}
		if n > limit {
			return nil, ErrWitnessTooLarge
		}
	}
	if len(content) != 0 {
		return nil, ErrMalformedWitness
	}
	w := new(stateless.Witness)
	if err := rlp.DecodeBytes(b, w); err != nil {
		return nil, ErrMalformedWitness
	}
	if enc, _ := rlp.EncodeToBytes(w); !bytes.Equal(enc, b) {
		return nil, ErrMalformedWitness
	}
	return w, nil
}

// rawList wraps already encoded items in a list header; long forces the long
// (0xf8...) header form, which is non-canonical under 56 bytes.
func rawList(long bool, items ...[]byte) []byte {
	content := bytes.Join(items, nil)
	if long && len(content) < 56 {
		return append([]byte{0xf8, byte(len(content))}, content...)
	}
	var hdr []byte
	switch n := len(content); {
	case n < 56:
		hdr = []byte{0xc0 + byte(n)}
	default:
		var lb []byte
		for ; n > 0; n >>= 8 {
			lb = append([]byte{byte(n)}, lb...)
		}
		hdr = append([]byte{0xf7 + byte(len(lb))}, lb...)
	}
	return append(hdr, content...)
}

func rawString(b []byte) []byte {
	enc, _ := rlp.EncodeToBytes(b)
	return enc
}

// nonCanonicalStrings returns encodings of b that go-ethereum's rlp rejects.
func nonCanonicalStrings(b []byte) [][]byte {
	var out [][]byte
	if len(b) == 1 && b[0] < 0x80 {
		out = append(out, []byte{0x81, b[0]})
	}
	if len(b) < 56 {
		out = append(out, append([]byte{0xb8, byte(len(b))}, b...))
	} else if len(b) < 256 {
		out = append(out, append([]byte{0xb9, 0, byte(len(b))}, b...))
	}
	return out
}

func attackHeaders() []*types.Header {
	h := func(n int64) *types.Header {
		return &types.Header{ParentHash: common.Hash{byte(n)}, UncleHash: types.EmptyUncleHash, Root: common.Hash{2},
			Difficulty: big.NewInt(n), Number: big.NewInt(n), GasLimit: 30_000_000, GasUsed: 21_000, Time: uint64(n) * 12,
			Extra: bytes.Repeat([]byte{byte(n)}, int(n)%33)}
	}
	legacy := h(1)
	london := h(2)
	london.BaseFee = big.NewInt(0) // zero, encoded 0x80
	full := h(3)
	full.BaseFee = big.NewInt(1 << 40)
	wh, blobUsed, excess, beacon, reqs := common.Hash{4}, uint64(0), uint64(1<<20), common.Hash{5}, common.Hash{6}
	full.WithdrawalsHash, full.BlobGasUsed, full.ExcessBlobGas, full.ParentBeaconRoot, full.RequestsHash = &wh, &blobUsed, &excess, &beacon, &reqs
	return []*types.Header{legacy, london, full}
}

// witnessItems are the encoded items of a witness's four lists.
type witnessItems [4][][]byte

func (it witnessItems) encode(longLists [5]bool) []byte {
	var lists [][]byte
	for i := range it {
		lists = append(lists, rawList(longLists[i], it[i]...))
	}
	return rawList(longLists[4], lists...)
}

func canonicalItems(t testing.TB) witnessItems {
	r := rand.New(rand.NewPCG(14, 14))
	bytesOf := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	var it witnessItems
	for _, h := range attackHeaders() {
		enc, err := rlp.EncodeToBytes(h)
		require.NoError(t, err)
		it[0] = append(it[0], enc)
	}
	for _, c := range [][]byte{{}, {0x00}, {0x7f}, {0x80}, {0xff}, bytesOf(55), bytesOf(56), bytesOf(300)} {
		it[1] = append(it[1], rawString(c))
	}
	for _, n := range []int{32, 55, 56, 200, 532} {
		it[2] = append(it[2], rawString(bytesOf(n)))
	}
	it[2] = append(it[2], it[2][0]) // a duplicate entry
	for _, n := range []int{20, 32} {
		it[3] = append(it[3], rawString(bytesOf(n)))
	}
	return it
}

// headerVariants returns encodings of h's fields with one field changed to a
// form the decoder must reject or must keep apart: leading zeros in integers,
// a missing or an extra trailing field, a field as a list.
func headerVariants(enc []byte) [][]byte {
	content, _, _ := rlp.SplitList(enc)
	var fields [][]byte
	for len(content) > 0 {
		_, _, rest, _ := rlp.Split(content)
		fields = append(fields, content[:len(content)-len(rest)])
		content = rest
	}
	var out [][]byte
	with := func(i int, f []byte) {
		fs := append([][]byte(nil), fields...)
		fs[i] = f
		out = append(out, rawList(false, fs...))
	}
	for i, f := range fields {
		_, c, _, _ := rlp.Split(f)
		with(i, rawString(append([]byte{0}, c...))) // leading zero / longer field
		for _, nc := range nonCanonicalStrings(c) {
			with(i, nc)
		}
		with(i, rawList(false, f))
		if len(c) > 0 {
			with(i, rawString(c[1:]))
		}
	}
	out = append(out, rawList(false, fields[:len(fields)-1]...))
	out = append(out, rawList(false, append(append([][]byte(nil), fields...), rawString([]byte{1}))...))
	out = append(out, rawList(false, append(append([][]byte(nil), fields...), rawString(nil))...))
	out = append(out, rawList(true, fields...))
	return out
}

func compareWitnessDecoders(t *testing.T, b []byte, what string) (accepted bool) {
	t.Helper()
	got, err := DecodeWitness(b)
	want, wantErr := oldDecodeWitness(b)
	if (err == nil) != (wantErr == nil) {
		t.Fatalf("%s: new decoder err %v, old decoder err %v (input %x)", what, err, wantErr, b)
	}
	if err != nil {
		for _, sentinel := range []error{ErrMalformedWitness, ErrWitnessTooLarge} {
			if errors.Is(err, sentinel) != errors.Is(wantErr, sentinel) {
				t.Fatalf("%s: new decoder err %v, old decoder err %v", what, err, wantErr)
			}
		}
		return false
	}
	gotEnc, err := rlp.EncodeToBytes(got)
	require.NoError(t, err)
	wantEnc, err := rlp.EncodeToBytes(want)
	require.NoError(t, err)
	require.Equal(t, wantEnc, gotEnc, what)
	require.Equal(t, b, gotEnc, what)
	return true
}

// TestAttackWitnessDecoderMatchesOld checks the in-place decoder accepts
// exactly what the reflective decode plus whole re-encoding accepted, with the
// same values, over: the canonical witness; every byte of it flipped three ways,
// deleted and duplicated; every item and list re-encoded in each non-canonical
// form; every header field made non-canonical, dropped, extended or nested.
func TestAttackWitnessDecoderMatchesOld(t *testing.T) {
	it := canonicalItems(t)
	canonical := it.encode([5]bool{})
	require.True(t, compareWitnessDecoders(t, canonical, "canonical"))

	var accepted, total int
	try := func(b []byte, what string) {
		total++
		if compareWitnessDecoders(t, b, what) {
			accepted++
		}
	}
	for i := range canonical {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			b := bytes.Clone(canonical)
			b[i] ^= x
			try(b, "flip")
		}
		try(append(bytes.Clone(canonical[:i]), canonical[i+1:]...), "delete")
		try(append(bytes.Clone(canonical[:i+1]), canonical[i:]...), "duplicate")
	}
	try(append(bytes.Clone(canonical), 0x00), "trailing byte")
	try(append(bytes.Clone(canonical), 0xc0), "trailing list")
	for l := range 5 {
		var long [5]bool
		long[l] = true
		try(it.encode(long), "long list header")
	}
	for l := 1; l < 4; l++ {
		for k := range it[l] {
			_, c, _, _ := rlp.Split(it[l][k])
			for _, nc := range nonCanonicalStrings(c) {
				mut := it
				mut[l] = append([][]byte(nil), it[l]...)
				mut[l][k] = nc
				try(mut.encode([5]bool{}), "non-canonical item")
			}
			mut := it
			mut[l] = append([][]byte(nil), it[l]...)
			mut[l][k] = rawList(false, it[l][k])
			try(mut.encode([5]bool{}), "item as a list")
		}
	}
	for k := range it[0] {
		for _, v := range headerVariants(it[0][k]) {
			mut := it
			mut[0] = append([][]byte(nil), it[0]...)
			mut[0][k] = v
			try(mut.encode([5]bool{}), "header variant")
		}
		mut := it
		mut[0] = append([][]byte(nil), it[0]...)
		mut[0][k] = rawString(it[0][k])
		try(mut.encode([5]bool{}), "header as a string")
	}
	// Five lists, three lists, a list too long for its limit.
	try(rawList(false, rawList(false, it[0]...), rawList(false, it[1]...), rawList(false, it[2]...), rawList(false, it[3]...), rawList(false)), "five lists")
	try(rawList(false, rawList(false, it[0]...), rawList(false, it[1]...), rawList(false, it[2]...)), "three lists")
	tooMany := make([][]byte, MaxWitnessCodes+1)
	for i := range tooMany {
		tooMany[i] = []byte{0x01}
	}
	mut := it
	mut[1] = tooMany
	try(mut.encode([5]bool{}), "too many codes")
	t.Logf("%d inputs, %d accepted", total, accepted)
}
