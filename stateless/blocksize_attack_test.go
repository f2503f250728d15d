package stateless

// Attacks on blockSize (issue 14: the EIP-7934 size computed from the block's
// parts): the edges TestBlockSize's corpus may lack.

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// TestAttackBlockSizeEdges compares blockSize with the encoded length for
// blocks built the way Execute builds them (NewBlockWithHeader(...).WithBody):
// no transactions, withdrawals absent, empty and many, transactions whose sizes
// come from decoding (the EXECUTE path) and from encoding, payloads at the RLP
// header length boundaries (55/56 bytes, 2^8, 2^16, 2^24 bytes of content),
// and blob transactions with and without a sidecar.
func TestAttackBlockSizeEdges(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(big.NewInt(1))
	to := common.Address{1}
	sign := func(inner types.TxData) *types.Transaction {
		tx, err := types.SignNewTx(key, signer, inner)
		require.NoError(t, err)
		return tx
	}
	decoded := func(tx *types.Transaction) *types.Transaction {
		bin, err := tx.MarshalBinary()
		require.NoError(t, err)
		out := new(types.Transaction)
		require.NoError(t, out.UnmarshalBinary(bin))
		return out
	}
	var blob kzg4844.Blob
	commit, err := kzg4844.BlobToCommitment(&blob)
	require.NoError(t, err)
	proof, err := kzg4844.ComputeBlobProof(&blob, commit)
	require.NoError(t, err)
	sidecar := types.NewBlobTxSidecar(types.BlobSidecarVersion0, []kzg4844.Blob{blob}, []kzg4844.Commitment{commit}, []kzg4844.Proof{proof})
	blobTx := func(withSidecar bool) *types.Transaction {
		inner := &types.BlobTx{ChainID: uint256.NewInt(1), To: to, Gas: 21_000, GasFeeCap: uint256.NewInt(1),
			BlobFeeCap: uint256.NewInt(1), BlobHashes: sidecar.BlobHashes()}
		if withSidecar {
			inner.Sidecar = sidecar
		}
		return sign(inner)
	}

	var txSets = map[string]types.Transactions{"none": nil, "empty": {}}
	for _, n := range []int{0, 1, 10, 11, 12, 200, 256, 65_000, 65_536} {
		legacy := sign(&types.LegacyTx{To: &to, Gas: 21_000, GasPrice: big.NewInt(1), Data: make([]byte, n)})
		dynamic := sign(&types.DynamicFeeTx{ChainID: big.NewInt(1), To: &to, Gas: 21_000, GasFeeCap: big.NewInt(1), Data: make([]byte, n)})
		txSets["signed"] = append(txSets["signed"], legacy, dynamic)
		txSets["decoded"] = append(txSets["decoded"], decoded(legacy), decoded(dynamic))
		if n < 1<<16 {
			txSets["one legacy "+string(rune('a'+len(txSets)))] = types.Transactions{legacy}
			txSets["one decoded dynamic "+string(rune('a'+len(txSets)))] = types.Transactions{decoded(dynamic)}
		}
	}
	// A transaction list of more than 2^24 bytes (a four-byte list length).
	txSets["huge"] = types.Transactions{decoded(sign(&types.LegacyTx{To: &to, Gas: 21_000, GasPrice: big.NewInt(1), Data: make([]byte, 1<<24)}))}
	txSets["blob without sidecar"] = types.Transactions{blobTx(false), decoded(blobTx(false))}
	txSets["blob with sidecar"] = types.Transactions{blobTx(true)}
	txSets["blob with sidecar, decoded"] = types.Transactions{decoded(blobTx(true))}

	many := make(types.Withdrawals, 3000)
	for i := range many {
		many[i] = &types.Withdrawal{Index: uint64(i), Validator: uint64(i) << 40, Address: to, Amount: 1 << 63}
	}
	withdrawalSets := map[string]types.Withdrawals{"absent": nil, "empty": {}, "one": {{Index: 1}}, "many": many}

	for tname, txs := range txSets {
		for wname, ws := range withdrawalSets {
			header := &types.Header{Number: big.NewInt(1), Difficulty: new(big.Int), BaseFee: big.NewInt(7), Extra: make([]byte, 32)}
			block := types.NewBlockWithHeader(header).WithBody(types.Body{Transactions: txs, Withdrawals: ws})
			enc, err := rlp.EncodeToBytes(block.Header())
			require.NoError(t, err)
			size, err := blockSize(uint64(len(enc)), block.Transactions(), block.Withdrawals())
			require.NoError(t, err)
			full, err := rlp.EncodeToBytes(block)
			require.NoError(t, err)
			require.Equal(t, uint64(len(full)), size, "txs %s, withdrawals %s", tname, wname)
		}
	}
}
