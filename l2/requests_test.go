package l2_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
)

// TestRequestsBlockVerifies: an L2 user queues an EIP-7002 withdrawal request and
// an EIP-7251 consolidation request, each paying the fee its contract asks. The
// builder makes the block, its header commits to exactly those requests, and
// EXECUTE accepts it with its own hash.
func TestRequestsBlockVerifies(t *testing.T) {
	chain, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(1))
	require.NoError(t, err)
	defer chain.Close()
	withdrawalFee, err := chain.RequestFee(params.WithdrawalQueueAddress)
	require.NoError(t, err)
	consolidationFee, err := chain.RequestFee(params.ConsolidationQueueAddress)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1), withdrawalFee, "EIP-7002's minimum fee, with no excess requests")
	require.Equal(t, big.NewInt(1), consolidationFee, "EIP-7251's minimum fee, with no excess requests")

	var source, target [48]byte
	copy(source[:], bytes.Repeat([]byte{0xaa}, 48))
	copy(target[:], bytes.Repeat([]byte{0xbb}, 48))
	const amount = 32_000_000_000 // Gwei
	withdrawal := l2.WithdrawalRequestData(source, amount)
	consolidation := l2.ConsolidationRequestData(source, target)
	require.Len(t, withdrawal, 56)
	require.Len(t, consolidation, 96)

	sender := l2.DevAddress(0)
	signer := types.LatestSigner(chain.Genesis.Config)
	request := func(b *core.BlockGen, queue common.Address, fee *big.Int, data []byte) *types.Transaction {
		return types.MustSignNewTx(l2.DevKey(0), signer, &types.DynamicFeeTx{
			ChainID: chain.Genesis.Config.ChainID, Nonce: b.TxNonce(sender), Gas: 500_000, To: &queue, Value: fee, Data: data,
			GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
		})
	}
	blocks, err := chain.AddBlocks(1, func(_ int, b *core.BlockGen) {
		b.AddTx(request(b, params.WithdrawalQueueAddress, withdrawalFee, withdrawal))
		b.AddTx(request(b, params.ConsolidationQueueAddress, consolidationFee, consolidation))
		// One wei short of the fee: the contract reverts and queues nothing.
		b.AddTx(request(b, params.WithdrawalQueueAddress, new(big.Int).Sub(withdrawalFee, common.Big1), withdrawal))
	})
	require.NoError(t, err)
	b := blocks[0]
	require.Len(t, b.Receipts, 3)
	require.Equal(t, types.ReceiptStatusSuccessful, b.Receipts[0].Status)
	require.Equal(t, types.ReceiptStatusSuccessful, b.Receipts[1].Status)
	require.Equal(t, types.ReceiptStatusFailed, b.Receipts[2].Status)

	// EIP-7685: type ‖ data per request type. A withdrawal request is source
	// address ‖ pubkey ‖ amount (little-endian in the request, EIP-7002); a
	// consolidation request source address ‖ source pubkey ‖ target pubkey.
	withdrawalRequest := append(append([]byte{0x01}, sender.Bytes()...), source[:]...)
	withdrawalRequest = binary.LittleEndian.AppendUint64(withdrawalRequest, amount)
	want := types.CalcRequestsHash([][]byte{
		withdrawalRequest,
		append(append([]byte{0x02}, sender.Bytes()...), consolidation...),
	})
	require.NotEqual(t, types.EmptyRequestsHash, *b.Block.RequestsHash())
	require.Equal(t, want, *b.Block.RequestsHash())

	v, err := precompile.NewExecute(l2.L1Config()).Verify(context.Background(), b.Input.Encode())
	require.NoError(t, err)
	require.True(t, v.Valid)
	require.Equal(t, b.Block.Hash(), v.BlockHash)
	require.Equal(t, want, *v.Result.Header.RequestsHash)

	// The fees stay with the system contracts on L2.
	head := chain.BlockChain().CurrentBlock()
	st, err := chain.BlockChain().StateAt(head.Root, head.Number, head.Time)
	require.NoError(t, err)
	require.Equal(t, withdrawalFee, st.GetBalance(params.WithdrawalQueueAddress).ToBig())
	require.Equal(t, consolidationFee, st.GetBalance(params.ConsolidationQueueAddress).ToBig())
}
