package derive

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"
)

func TestDeriveDropsBadTransactions(t *testing.T) {
	mix := newTxMix(t, 12)
	good1, good2, good3 := mix.next(t), mix.next(t), mix.next(t)
	payload := payloadOf(rlpOf(t, []any{
		rawBlock(good1, []byte{}, mix.signedBlobTx(t), good2),
		rawBlock(),
		rawBlock([]byte{0x7e, 0x01}, []byte{0x02, 0xc0}, good3, append(bytes.Clone(good3), 0x00)),
	}))
	for name, result := range map[string]Result{
		"calldata": DeriveCalldata(payload),
		"blobs":    DeriveBlobs(mustBlobs(t, payload)),
	} {
		t.Run(name, func(t *testing.T) {
			require.Equal(t, ReasonOK, result.Reason)
			require.NoError(t, result.Err)
			require.Len(t, result.Blocks, 3)
			require.Equal(t, [][]byte{good1, good2}, result.Blocks[0].Transactions)
			require.Empty(t, result.Blocks[1].Transactions)
			require.Equal(t, [][]byte{good3}, result.Blocks[2].Transactions)
			require.Equal(t, []Drop{
				{Block: 0, Tx: 1, Reason: ReasonTxEmpty},
				{Block: 0, Tx: 2, Reason: ReasonTxBlob},
				{Block: 2, Tx: 0, Reason: ReasonTxUnknownType},
				{Block: 2, Tx: 1, Reason: ReasonTxTooSmall},
				{Block: 2, Tx: 3, Reason: ReasonTxUndecodable},
			}, result.Drops)
		})
	}
}

func mustBlobs(t *testing.T, payload []byte) []kzg4844.Blob {
	blobs, err := EncodeBlobs(payload)
	require.NoError(t, err)
	return blobs
}

func TestDeriveIsTotal(t *testing.T) {
	tests := []struct {
		name   string
		result Result
		want   Reason
	}{
		{"empty calldata", DeriveCalldata(nil), ReasonEmptyPayload},
		{"unknown batch version", DeriveCalldata([]byte{9, 9}), ReasonBatchVersion},
		{"not zlib", DeriveCalldata([]byte{BatchVersion, 1, 2, 3}), ReasonDecompress},
		{"no blobs", DeriveBlobs(nil), ReasonBlobCount},
		{"zero blob", DeriveBlobs(make([]kzg4844.Blob, 1)), ReasonBlobVersion},
		{"valid blob, invalid batch", DeriveBlobs(mustBlobs(t, []byte{BatchVersion})), ReasonDecompress},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, tt.result.Reason)
			require.Equal(t, tt.want, ReasonOf(tt.result.Err))
			require.Nil(t, tt.result.Blocks)
			require.Nil(t, tt.result.Drops)
		})
	}
}

// TestTransactionsRLP checks the EXECUTE transactions field is exactly the block
// body encoding geth produces for the same transactions.
func TestTransactionsRLP(t *testing.T) {
	mix := newTxMix(t, 13)
	block := mix.batch(t, 1, 40).Blocks[0]
	block.Transactions = append(block.Transactions, mix.signedSetCodeTx(t))
	var txs types.Transactions
	for _, raw := range block.Transactions {
		tx := new(types.Transaction)
		require.NoError(t, tx.UnmarshalBinary(raw))
		txs = append(txs, tx)
	}
	want, err := rlp.EncodeToBytes(txs)
	require.NoError(t, err)
	require.Equal(t, want, block.TransactionsRLP())
	require.Equal(t, []byte{0xc0}, Block{}.TransactionsRLP())
}

func TestReasonNames(t *testing.T) {
	require.Equal(t, "ok", ReasonOK.String())
	require.Equal(t, "blob transaction", ReasonTxBlob.String())
	require.Equal(t, "reason(200)", Reason(200).String())
	seen := map[Reason]bool{}
	for _, r := range reasons {
		require.False(t, seen[r.reason], "duplicate code %d", r.reason)
		seen[r.reason] = true
		require.Equal(t, r.reason, ReasonOf(r.err))
	}
	require.Panics(t, func() { ReasonOf(rlp.EOL) })
}
