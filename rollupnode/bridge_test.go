package rollupnode_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// TestDepositAndWithdrawalRoundTrip: on the devnet, a deposit on L1 for an
// address with no L2 ETH is claimed on L2 by the devnet's relayer (earning the
// relayer fee), proven against the L1 block an L2 block anchored; the recipient
// withdraws part of it on L2 through L2Bridge, the block settles, and the
// withdrawal is paid on L1 against the state root EXECUTE accepted, once.
func TestDepositAndWithdrawalRoundTrip(t *testing.T) {
	var mu sync.Mutex
	var claimed []rollupnode.Claimed
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) {
		c.OnClaimed = func(cl rollupnode.Claimed) { mu.Lock(); claimed = append(claimed, cl); mu.Unlock() }
	})
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	newcomerKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-devnet-newcomer")))
	require.NoError(t, err)
	newcomer := crypto.PubkeyToAddress(newcomerKey.PublicKey)
	relayer := l2.DevAddress(rollupnode.SequencerKeyIndex)
	fee := big.NewInt(params.Ether / 10)
	ev, err := rollupnode.Deposit(ctx, l1c, d.Host, l2.DevKey(3), newcomer, ether(5), fee)
	require.NoError(t, err)
	require.Equal(t, newcomer, ev.Deposit.To)

	deadline := time.Now().Add(60 * time.Second)
	for {
		mu.Lock()
		n := len(claimed)
		mu.Unlock()
		if n > 0 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the deposit was not claimed on L2 in 60s")
		time.Sleep(100 * time.Millisecond)
	}
	require.Equal(t, common.Hash(ev.DepositHash), claimed[0].Hash)
	bal, err := l2c.BalanceAt(ctx, newcomer, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(ether(5), fee), bal, "the recipient had no L2 ETH and got the deposit less the fee")
	r, err := l2c.TransactionReceipt(ctx, claimed[0].L2Tx)
	require.NoError(t, err)
	before, err := l2c.BalanceAt(ctx, relayer, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	require.NoError(t, err)
	after, err := l2c.BalanceAt(ctx, relayer, r.BlockNumber)
	require.NoError(t, err)
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	// The relayer is also the L2 fee recipient: it gets back the priority fee of its own claim.
	block, err := l2c.BlockByNumber(ctx, r.BlockNumber)
	require.NoError(t, err)
	tips := new(big.Int)
	for _, tx := range block.Transactions() {
		rr, err := l2c.TransactionReceipt(ctx, tx.Hash())
		require.NoError(t, err)
		tips.Add(tips, new(big.Int).Mul(new(big.Int).SetUint64(rr.GasUsed), new(big.Int).Sub(rr.EffectiveGasPrice, block.BaseFee())))
	}
	want := new(big.Int).Add(new(big.Int).Sub(before, gasCost), new(big.Int).Add(fee, tips))
	require.Equal(t, want, after, "the relayer earned the fee")

	// L2 -> L1: withdraw 1 ETH to a fresh L1 address.
	l1Recipient := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	w, l2Block, err := rollupnode.Withdraw(ctx, l2c, newcomerKey, l1Recipient, ether(1))
	require.NoError(t, err)
	d.waitSettled(t, l2Block, 60*time.Second)
	l2rpc := d.L2.Attach()
	defer l2rpc.Close()
	fr, err := rollupnode.FinalizeWithdrawal(ctx, l1c, l2rpc, d.Host, l2.DevKey(4), w.Withdrawal, common.Hash(w.WithdrawalHash), l2Block)
	require.NoError(t, err)
	require.NotZero(t, fr.GasUsed)
	got, err := l1c.BalanceAt(ctx, l1Recipient, nil)
	require.NoError(t, err)
	require.Equal(t, ether(1), got, "the withdrawal was paid on L1")
	_, err = rollupnode.FinalizeWithdrawal(ctx, l1c, l2rpc, d.Host, l2.DevKey(4), w.Withdrawal, common.Hash(w.WithdrawalHash), l2Block)
	require.ErrorContains(t, err, "WithdrawalAlreadyFinalized")
}
