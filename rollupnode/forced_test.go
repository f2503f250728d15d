package rollupnode_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity/bindings"
)

// TestDevnetForcedTransaction: L2 transactions that never reach the L2's
// transaction pool, only the host's forced-inclusion queue on L1, are handled by
// the devnet's sequencer long before they are due: one that cannot execute (its
// nonce is ahead of its sender's) is proven so on L1 and skipped, and the one
// queued after it is put first in an L2 block, which takes it off the queue when
// it settles.
func TestDevnetForcedTransaction(t *testing.T) {
	d := startDevnet(t)
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	key := l2.DevKey(2)
	nonce, err := l2c.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	require.NoError(t, err)
	head, err := l2c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	to := common.HexToAddress("0x00000000000000000000000000000000000f0ace")
	sign := func(nonce uint64) (*types.Transaction, []byte) {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei)),
			Gas:       params.TxGas, To: &to, Value: big.NewInt(params.GWei),
		})
		require.NoError(t, err)
		raw, err := tx.MarshalBinary()
		require.NoError(t, err)
		return tx, raw
	}
	_, aheadRaw := sign(nonce + 5)
	tx, raw := sign(nonce)

	_, err = rollupnode.QueueForcedTransaction(ctx, l1c, d.Host, l2.DevKey(3), aheadRaw)
	require.NoError(t, err)
	queued, err := rollupnode.QueueForcedTransaction(ctx, l1c, d.Host, l2.DevKey(3), raw)
	require.NoError(t, err)
	require.Equal(t, tx.Hash(), common.Hash(queued.TxHash))
	require.Equal(t, uint64(1), queued.Index.Uint64())

	r := waitReceipt(t, l2c, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Zero(t, r.TransactionIndex, "a queued transaction goes first in its block")
	d.waitSettled(t, r.BlockNumber.Uint64(), 60*time.Second)
	block, err := l2c.HeaderByNumber(ctx, r.BlockNumber)
	require.NoError(t, err)
	require.Less(t, block.Time, queued.DueAt.Uint64(), "included before the deadline")

	my := bindings.NewMyRollup()
	out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: my.PackForcedHead()}, nil)
	require.NoError(t, err)
	forcedHead, err := my.UnpackForcedHead(out)
	require.NoError(t, err)
	require.Equal(t, uint64(2), forcedHead, "the skip and the settled block took both off the queue")
	logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Host}, FromBlock: big.NewInt(0),
		Topics: [][]common.Hash{{my.GetABI().Events["ForcedTransactionSkipped"].ID}}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	skipped, err := my.UnpackForcedTransactionSkippedEvent(&logs[0])
	require.NoError(t, err)
	require.Zero(t, skipped.Index.Uint64())
	require.Equal(t, uint8(0), skipped.Reason, "skipped for its nonce")
}
