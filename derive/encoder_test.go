package derive

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }

func TestCalldataCost(t *testing.T) {
	// 2 zero bytes (1 token each) and 3 non-zero bytes (4 tokens each): 14 tokens.
	got := CalldataCost([]byte{0, 1, 0, 2, 3}, big.NewInt(7))
	require.Equal(t, big.NewInt((21000+10*14)*7), got)
	require.Equal(t, big.NewInt(21000*3+2*131072*5), BlobCost(2, Fees{BaseFee: big.NewInt(3), BlobBaseFee: big.NewInt(5)}))
}

func TestEncodeChoosesCheaperCarrier(t *testing.T) {
	mix := newTxMix(t, 14)
	small := mix.batch(t, 2, 5)
	large := mix.batch(t, 20, 100) // compresses to more than MaxCalldataPayload
	tests := []struct {
		name  string
		batch Batch
		fees  Fees
		want  Carrier
	}{
		{"cheap blobs", small, Fees{BaseFee: gwei(10), BlobBaseFee: big.NewInt(1)}, CarrierBlobs},
		{"expensive blobs", small, Fees{BaseFee: gwei(1), BlobBaseFee: gwei(50)}, CarrierCalldata},
		{"too large for calldata", large, Fees{BaseFee: big.NewInt(1), BlobBaseFee: gwei(1000)}, CarrierBlobs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, err := Encode(tt.batch, tt.fees)
			require.NoError(t, err)
			require.Equal(t, tt.want, enc.Carrier)
			require.Greater(t, enc.RawSize, len(enc.Payload))
			var result Result
			if enc.Carrier == CarrierBlobs {
				require.NotNil(t, enc.BlobCost)
				if enc.CalldataCost != nil {
					require.Equal(t, -1, enc.BlobCost.Cmp(enc.CalldataCost))
				}
				result = DeriveBlobs(enc.Blobs)
			} else {
				require.Equal(t, -1, enc.CalldataCost.Cmp(enc.BlobCost))
				result = DeriveCalldata(enc.Payload)
			}
			require.Equal(t, ReasonOK, result.Reason)
			require.Empty(t, result.Drops)
			require.Equal(t, normalize(tt.batch), normalize(Batch{Blocks: result.Blocks}))
		})
	}
}

func TestEncodeRefuses(t *testing.T) {
	_, err := Encode(Batch{Blocks: []Block{{}}}, Fees{BaseFee: big.NewInt(1)})
	require.ErrorContains(t, err, "blob base fee must be set")
	_, err = Encode(Batch{}, Fees{BaseFee: big.NewInt(1), BlobBaseFee: big.NewInt(1)})
	require.ErrorIs(t, err, ErrNoBlocks)
}
