package l1node_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
)

// maxTxGas is Osaka's per-transaction gas cap (EIP-7825).
const maxTxGas = 1 << 24

// devConfig is an in-memory dev node on free ports.
func devConfig() l1node.Config {
	cfg := l1node.DefaultConfig()
	cfg.Dev = true
	cfg.DevAccounts = 3
	cfg.HTTPPort, cfg.WSPort = 0, 0
	return cfg
}

// startNode starts cfg's node and stops it when the test ends.
func startNode(t testing.TB, cfg l1node.Config) *l1node.Node {
	t.Helper()
	n, err := l1node.New(cfg)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, n.Close()) })
	require.NoError(t, n.Start())
	return n
}

// client dials the node's HTTP endpoint: every call goes over real JSON-RPC.
func client(t testing.TB, url string) (*ethclient.Client, *rpc.Client) {
	t.Helper()
	rc, err := rpc.Dial(url)
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	return ethclient.NewClient(rc), rc
}

func addr(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }

// signTx signs a dynamic-fee transaction from key with its pending nonce.
func signTx(t testing.TB, ec *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, gas uint64, data []byte) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	nonce, err := ec.PendingNonceAt(ctx, addr(key))
	require.NoError(t, err)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei),
		Gas: gas, To: to, Value: new(big.Int), Data: data,
	})
	require.NoError(t, err)
	return tx
}

// sendAndWait sends tx with eth_sendRawTransaction and waits for its receipt.
func sendAndWait(t testing.TB, ec *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	require.NoError(t, ec.SendTransaction(context.Background(), tx))
	return waitReceipt(t, ec, tx.Hash())
}

func waitReceipt(t testing.TB, ec *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := ec.TransactionReceipt(context.Background(), hash)
		if err == nil {
			return r
		}
		require.True(t, time.Now().Before(deadline), "transaction %s not mined after 20s: %v", hash, err)
		time.Sleep(20 * time.Millisecond)
	}
}
