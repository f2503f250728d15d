package derive

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"
)

func TestClassifyTx(t *testing.T) {
	mix := newTxMix(t, 11)
	var legacy, accessList, dynamic []byte
	for legacy == nil || accessList == nil || dynamic == nil {
		raw := mix.next(t)
		switch {
		case raw[0] >= 0xc0:
			legacy = raw
		case raw[0] == types.AccessListTxType:
			accessList = raw
		case raw[0] == types.DynamicFeeTxType:
			dynamic = raw
		}
	}
	setCode := mix.signedSetCodeTx(t)
	blob := mix.signedBlobTx(t)
	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"legacy", legacy, nil},
		{"access list", accessList, nil},
		{"dynamic fee", dynamic, nil},
		{"set code", setCode, nil},
		{"empty", []byte{}, ErrTxEmpty},
		{"blob", blob, ErrTxBlob},
		{"blob type, garbage body", []byte{0x03, 0x01}, ErrTxBlob},
		{"type 0x00", append([]byte{0x00}, dynamic[1:]...), ErrTxUnknownType},
		{"type 0x05", append([]byte{0x05}, dynamic[1:]...), ErrTxUnknownType},
		{"deposit type 0x7e", append([]byte{0x7e}, dynamic[1:]...), ErrTxUnknownType},
		{"type 0x7f", []byte{0x7f}, ErrTxUnknownType},
		{"RLP string, not a legacy list", rlpBytes(t, []byte("legacy")), ErrTxUnknownType},
		{"dynamic fee, truncated", dynamic[:len(dynamic)-1], ErrTxUndecodable},
		{"dynamic fee, trailing byte", append(append([]byte{}, dynamic...), 0x00), ErrTxUndecodable},
		{"dynamic fee body as access list", append([]byte{types.AccessListTxType}, dynamic[1:]...), ErrTxUndecodable},
		{"type byte only", []byte{types.DynamicFeeTxType}, ErrTxTooSmall},
		{"legacy, empty list", []byte{0xc0}, ErrTxTooSmall},
		{"legacy of MIN_TX_BYTES", minSizeLegacyTx(t, MinTxBytes), nil},
		{"legacy one byte short, would decode", minSizeLegacyTx(t, MinTxBytes-1), ErrTxTooSmall},
		{"all-empty legacy, would decode", []byte{0xc9, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80}, ErrTxTooSmall},
		{"blob type beats too small", []byte{types.BlobTxType}, ErrTxBlob},
		{"unknown type beats too small", []byte{0x05, 0xc0}, ErrTxUnknownType},
		{"legacy of MIN_TX_BYTES, trailing byte", append(minSizeLegacyTx(t, MinTxBytes), 0x80), ErrTxUndecodable},
		{"legacy, trailing byte", append(append([]byte{}, legacy...), 0x80), ErrTxUndecodable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx, err := ClassifyTx(tt.raw)
			if tt.want == nil {
				require.NoError(t, err)
				enc, err := tx.MarshalBinary()
				require.NoError(t, err)
				require.Equal(t, tt.raw, enc)
				return
			}
			require.ErrorIs(t, err, tt.want)
			require.Nil(t, tx)
		})
	}
}

func rlpBytes(t *testing.T, b []byte) []byte {
	enc, err := rlp.EncodeToBytes(b)
	require.NoError(t, err)
	return enc
}

// minSizeLegacyTx is a legacy transaction of exactly n bytes that go-ethereum
// decodes (its signature values are 1: DERIVE does not check signatures).
func minSizeLegacyTx(t testing.TB, n int) []byte {
	to := common.Address{0xbe, 0xef}
	one := big.NewInt(1)
	for data := 0; data < n; data++ {
		raw, err := types.NewTx(&types.LegacyTx{Nonce: 1, GasPrice: one, Gas: 21000, To: &to, Value: one,
			Data: make([]byte, data), V: big.NewInt(27), R: one, S: one}).MarshalBinary()
		require.NoError(t, err)
		if len(raw) == n {
			require.NoError(t, new(types.Transaction).UnmarshalBinary(raw))
			return raw
		}
	}
	t.Fatalf("no %d-byte legacy transaction", n)
	return nil
}
