package rollupnode_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/internal/jstest"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
)

// TestEthersClientOnDevnet has a JavaScript client, ethers v6 from npm (pinned
// by testdata/js/package-lock.json), use the devnet as a wallet would: an L2
// transfer, a contract deployment and a call through the L2 JSON-RPC, and a
// deposit into the host on L1. The transfer's block settles on L1, the
// contract holds the value, and the devnet's relayer claims the deposit on L2.
func TestEthersClientOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	js := jstest.Install(ctx, t, filepath.Join("testdata", "js"), "nr devnet against ethers v6")

	var mu sync.Mutex
	var claimed []rollupnode.Claimed
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) {
		c.OnClaimed = func(cl rollupnode.Claimed) { mu.Lock(); claimed = append(claimed, cl); mu.Unlock() }
	})
	recipient := common.HexToAddress("0x00000000000000000000000000000000000e7e75")
	run := exec.CommandContext(ctx, "node", "devnet.mjs", d.L2.HTTPEndpoint(), d.L1.HTTPEndpoint(), d.Host.Hex(),
		hexutil.Encode(crypto.FromECDSA(l2.DevKey(6))), recipient.Hex())
	run.Dir = js
	out, err := run.Output()
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		t.Fatalf("node devnet.mjs: %v\n%s", err, exitErr.Stderr)
	}
	require.NoError(t, err)
	var got struct {
		Transfer      common.Hash    `json:"transfer"`
		TransferBlock uint64         `json:"transferBlock"`
		Contract      common.Address `json:"contract"`
		Stored        string         `json:"stored"`
		Deposit       common.Hash    `json:"deposit"`
	}
	require.NoError(t, json.Unmarshal(out, &got), "%s", out)
	require.Equal(t, "4242", got.Stored, "the call stored its argument")

	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	r, err := l2c.TransactionReceipt(ctx, got.Transfer)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	code, err := l2c.CodeAt(ctx, got.Contract, nil)
	require.NoError(t, err)
	require.Equal(t, storeCode[12:], code)
	d.waitSettled(t, got.TransferBlock, 60*time.Second)

	deadline := time.Now().Add(60 * time.Second)
	for {
		mu.Lock()
		n := len(claimed)
		mu.Unlock()
		if n > 0 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the ethers deposit was not claimed on L2 in 60s")
		time.Sleep(100 * time.Millisecond)
	}
	bal, err := l2c.BalanceAt(ctx, recipient, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(big.NewInt(params.Ether/2), big.NewInt(params.Ether)), bal, "0.5 ETH transferred on L2 + 1 ETH deposited on L1")
}
