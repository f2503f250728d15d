package rollupnode_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
)

// TestFollowerRebuildsFromL1: a second L2 engine, given only the devnet's L2
// genesis, L1's JSON-RPC and the host's address, rebuilds every settled L2 block
// (transfers and a contract deployment among them) from the host's events and
// the advance calldata, reaches the host's head hash, and holds the same state
// as the sequencer's engine.
func TestFollowerRebuildsFromL1(t *testing.T) {
	d := startDevnet(t)
	ctx := context.Background()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	to := common.Address{0xf0, 0x11}
	for k := 2; k <= 4; k++ {
		sendL2(t, l2c, l2.DevKey(k), &to, big.NewInt(params.GWei), params.TxGas, nil)
	}
	deploy := sendL2(t, l2c, l2.DevKey(5), nil, nil, 200_000, storeCode)
	r := waitReceipt(t, l2c, deploy.Hash())
	d.waitSettled(t, r.BlockNumber.Uint64()+1, 60*time.Second)

	genesis, _, err := rollupnode.DevnetGenesis(d.Host, rollupnode.DefaultDevnetConfig())
	require.NoError(t, err)
	fnode, err := rollupnode.NewEngineNode(rollupnode.EngineConfig{Genesis: genesis, HTTPAddr: "127.0.0.1", AuthAddr: "127.0.0.1"})
	require.NoError(t, err)
	defer fnode.Close()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	f, err := rollupnode.NewFollower(ctx, d.Host, l1c, rollupnode.NewRPCEngine(fnode.Attach()), 0)
	require.NoError(t, err)

	// The host's head at this moment, then everything up to it from L1 alone.
	hostNumber, hostHash := hostAt(t, l1c, d.Host, mustHead(t, l1c).Hash())
	txs := 0
	for f.Head().Number.Uint64() < hostNumber {
		_, err := f.Sync(ctx, func(b rollupnode.Followed) {
			txs += b.Txs
			seq, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
			require.NoError(t, err)
			require.Equal(t, seq.Hash(), b.Hash, "rebuilt L2 block %d is the sequencer's", b.Number)
		})
		require.NoError(t, err)
	}
	require.GreaterOrEqual(t, txs, 4, "the transfers and the deployment were rebuilt")
	fc, err := ethclient.Dial(fnode.HTTPEndpoint())
	require.NoError(t, err)
	defer fc.Close()
	at, err := fc.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
	require.NoError(t, err)
	require.Equal(t, hostHash, at.Hash(), "the follower reached the host's head hash")
	code, err := fc.CodeAt(ctx, r.ContractAddress, nil)
	require.NoError(t, err)
	require.Equal(t, storeCode[12:], code, "the deployed contract exists on the follower")
	bal, err := fc.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(3*params.GWei), bal)
}
