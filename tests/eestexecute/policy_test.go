package eestexecute

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/precompile"
)

var (
	testKey, _  = crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	testChainID = big.NewInt(1)
)

func signed(t *testing.T, inner types.TxData, signer types.Signer) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(testKey, signer, inner)
	require.NoError(t, err)
	return tx
}

func TestBodyPolicy(t *testing.T) {
	to := common.Address{1}
	var (
		protected   = signed(t, &types.LegacyTx{Nonce: 0, To: &to, Gas: 21000, GasPrice: big.NewInt(1)}, types.NewEIP155Signer(testChainID))
		unprotected = signed(t, &types.LegacyTx{Nonce: 1, To: &to, Gas: 21000, GasPrice: big.NewInt(1)}, types.HomesteadSigner{})
		otherChain  = signed(t, &types.DynamicFeeTx{ChainID: big.NewInt(2), To: &to, Gas: 21000}, types.LatestSignerForChainID(big.NewInt(2)))
		dynamic     = signed(t, &types.DynamicFeeTx{ChainID: testChainID, To: &to, Gas: 21000}, types.LatestSignerForChainID(testChainID))
		blob        = types.NewTx(&types.BlobTx{})
		withdrawal  = &types.Withdrawal{Index: 0, Validator: 1, Address: to, Amount: 1}
	)
	tests := []struct {
		name string
		body types.Body
		want error
	}{
		{"allowed", types.Body{Transactions: types.Transactions{protected, dynamic}, Withdrawals: types.Withdrawals{}}, nil},
		{"empty", types.Body{}, nil},
		{"withdrawals before any transaction rule", types.Body{Transactions: types.Transactions{blob}, Withdrawals: types.Withdrawals{withdrawal}}, precompile.ErrWithdrawalsNotAllowed},
		{"blob", types.Body{Transactions: types.Transactions{protected, blob}}, precompile.ErrBlobTransaction},
		{"unprotected legacy", types.Body{Transactions: types.Transactions{unprotected}}, precompile.ErrUnprotectedTransaction},
		{"other chain id", types.Body{Transactions: types.Transactions{dynamic, otherChain}}, precompile.ErrWrongChainID},
		{"first offending transaction wins", types.Body{Transactions: types.Transactions{unprotected, blob}}, precompile.ErrUnprotectedTransaction},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := types.NewBlock(&types.Header{Number: big.NewInt(1)}, &tt.body, nil, trie.NewStackTrie(nil))
			require.Equal(t, tt.want, bodyPolicy(b, testChainID))
			if len(tt.body.Withdrawals) > 0 {
				return // InputFromBlock refuses these before EXECUTE sees a transaction
			}
			// The corpus has no transaction for another chain; the prediction must
			// still be what EXECUTE's own transaction rules say.
			enc, err := rlp.EncodeToBytes(tt.body.Transactions)
			require.NoError(t, err)
			_, err = precompile.DecodeTransactions(enc, testChainID.Uint64(), 30_000_000)
			if tt.want == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.want)
			}
		})
	}
}
