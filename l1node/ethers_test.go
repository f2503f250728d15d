package l1node_test

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/internal/jstest"
	"github.com/nativerollup/nr/l1node"
)

// TestEthersClient has a JavaScript client, ethers v6 from npm (pinned by
// testdata/js/package-lock.json), deploy the example rollup from
// solidity/artifacts/MyRollup.json to `nr geth --dev` and read its head through
// the node's HTTP JSON-RPC.
func TestEthersClient(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	js := jstest.Install(ctx, t, filepath.Join("testdata", "js"), "nr geth against ethers v6")

	n := startNode(t, devConfig())
	ec, _ := client(t, n.HTTPEndpoint())
	deployer := l1node.DevKey(0)
	nonce, err := ec.PendingNonceAt(ctx, addr(deployer))
	require.NoError(t, err)
	host := crypto.CreateAddress(addr(deployer), nonce)
	genesis := newL2(t, host).Head()

	artifact, err := filepath.Abs(filepath.Join("..", "solidity", "artifacts", "MyRollup.json"))
	require.NoError(t, err)
	run := exec.CommandContext(ctx, "node", "deploy.mjs", n.HTTPEndpoint(), artifact, hexutil.Encode(crypto.FromECDSA(deployer)),
		genesis.Hash().Hex(), genesis.Root().Hex(), hexutil.EncodeUint64(genesis.Time()))
	run.Dir = js
	out, err := run.Output()
	var exitErr *exec.ExitError
	if err != nil && errorsAs(err, &exitErr) {
		t.Fatalf("node deploy.mjs: %v\n%s", err, exitErr.Stderr)
	}
	require.NoError(t, err)
	var got struct {
		Address     common.Address `json:"address"`
		ChainID     string         `json:"chainId"`
		BlockHash   common.Hash    `json:"blockHash"`
		BlockNumber string         `json:"blockNumber"`
		StateRoot   common.Hash    `json:"stateRoot"`
	}
	require.NoError(t, json.Unmarshal(out, &got), "%s", out)
	require.Equal(t, host, got.Address)
	require.Equal(t, n.ChainConfig().ChainID.String(), got.ChainID)
	require.Equal(t, genesis.Hash(), got.BlockHash, "MyRollup's head is the L2 genesis")
	require.Equal(t, "0", got.BlockNumber)
	require.Equal(t, genesis.Root(), got.StateRoot)
}

func errorsAs(err error, target **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	if ok {
		*target = e
	}
	return ok
}
