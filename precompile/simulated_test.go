package precompile_test

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/stretchr/testify/require"
)

// executeCallerRuntime copies its calldata to memory, STATICCALLs EXECUTE with
// all gas, reverts if the call failed, and otherwise stores the two output words
// (valid, blockHash) in slots 0 and 1 and returns them:
//
//	CALLDATASIZE PUSH1 0 PUSH1 0 CALLDATACOPY
//	PUSH1 64 PUSH1 0 CALLDATASIZE PUSH1 0 PUSH2 0x0101 GAS STATICCALL
//	ISZERO PUSH1 0x27 JUMPI
//	PUSH1 0 MLOAD PUSH1 0 SSTORE PUSH1 32 MLOAD PUSH1 1 SSTORE PUSH1 64 PUSH1 0 RETURN
//	JUMPDEST PUSH1 0 PUSH1 0 REVERT
var executeCallerRuntime = common.FromHex("0x366000600037" + "604060003660006101015afa" + "15602757" +
	"600051600055602051600155" + "60406000f3" + "5b60006000fd")

// freePort asks the kernel for an unused TCP port for the node's HTTP server.
func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestSimulatedBackend runs EXECUTE inside go-ethereum's simulated L1 (pinned
// config): a contract STATICCALLs it in mined transactions for a valid L2 block,
// a false claim and a truncated witness; eth_call, eth_estimateGas and
// eth_createAccessList see it as a warm precompile.
func TestSimulatedBackend(t *testing.T) {
	ctx := context.Background()
	port := freePort(t)
	sim := simulated.NewBackend(l2.DevAlloc(1), func(nodeConf *node.Config, ethConf *ethconfig.Config) {
		ethConf.Genesis.Config = l2.L1Config()
		nodeConf.HTTPHost, nodeConf.HTTPPort, nodeConf.HTTPModules = "127.0.0.1", port, []string{"eth"}
	})
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	raw, err := rpc.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", port))
	require.NoError(t, err)
	t.Cleanup(raw.Close)

	chainID, err := client.ChainID(ctx)
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(chainID)
	send := func(t *testing.T, to *common.Address, data []byte, gas uint64) *types.Receipt {
		nonce, err := client.PendingNonceAt(ctx, l2.DevAddress(0))
		require.NoError(t, err)
		tx, err := types.SignNewTx(l2.DevKey(0), signer, &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
			Gas: gas, To: to, Data: data,
		})
		require.NoError(t, err)
		require.NoError(t, client.SendTransaction(ctx, tx))
		sim.Commit()
		receipt, err := client.TransactionReceipt(ctx, tx.Hash())
		require.NoError(t, err)
		return receipt
	}
	deployed := send(t, nil, deployCode(executeCallerRuntime), 200_000)
	require.Equal(t, types.ReceiptStatusSuccessful, deployed.Status)
	caller := deployed.ContractAddress

	blocks := testChain(t)
	valid := blocks[1].Input.Encode()
	falseClaim := *blocks[1].Input
	falseClaim.PostStateRoot[31] ^= 1
	truncated := *blocks[1].Input
	truncated.Witness = reencodeWitness(t, truncated.Witness, func(w *stateless.Witness) { w.State = w.State[:len(w.State)/2] })

	// eth_call straight to the precompile, and the gas estimate covers RequiredGas.
	out, err := client.CallContract(ctx, ethereum.CallMsg{To: &precompile.ExecuteAddress, Data: valid}, nil)
	require.NoError(t, err)
	require.Equal(t, byte(1), out[31])
	require.Equal(t, blocks[1].Block.Hash(), common.BytesToHash(out[32:]))
	estimate, err := client.EstimateGas(ctx, ethereum.CallMsg{From: l2.DevAddress(0), To: &precompile.ExecuteAddress, Data: valid})
	require.NoError(t, err)
	require.GreaterOrEqual(t, estimate, precompile.RequiredGas(valid)+params.TxGas)

	// eth_createAccessList must not list a warm precompile.
	list, _, vmErr, err := gethclient.New(raw).CreateAccessList(ctx, ethereum.CallMsg{From: l2.DevAddress(0), To: &caller, Data: valid})
	require.NoError(t, err)
	require.Empty(t, vmErr)
	for _, tuple := range *list {
		require.NotEqual(t, precompile.ExecuteAddress, tuple.Address, "EXECUTE must be warm, not in access lists")
	}

	// EIP-7825 caps an L1 transaction at 2^24 gas; stay just under it.
	gas := params.MaxTxGas - 1_000_000
	require.Greater(t, gas, precompile.RequiredGas(valid)+params.TxGas+params.TxCostFloorPerToken*4*uint64(len(valid)))
	t.Run("valid block", func(t *testing.T) {
		receipt := send(t, &caller, valid, gas)
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
		requireSlots(t, ctx, client, caller, common.BigToHash(common.Big1), blocks[1].Block.Hash())
	})
	t.Run("false claim", func(t *testing.T) {
		receipt := send(t, &caller, falseClaim.Encode(), gas)
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
		requireSlots(t, ctx, client, caller, common.Hash{}, blocks[1].Block.Hash())
	})
	t.Run("truncated witness fails the call", func(t *testing.T) {
		input := truncated.Encode()
		receipt := send(t, &caller, input, gas)
		require.Equal(t, types.ReceiptStatusFailed, receipt.Status)
		require.GreaterOrEqual(t, receipt.GasUsed, gas-gas/64, "a failing precompile consumes all gas forwarded to it")
	})
}

func requireSlots(t *testing.T, ctx context.Context, client simulated.Client, addr common.Address, valid, hash common.Hash) {
	t.Helper()
	slot0, err := client.StorageAt(ctx, addr, common.Hash{}, nil)
	require.NoError(t, err)
	slot1, err := client.StorageAt(ctx, addr, common.BigToHash(common.Big1), nil)
	require.NoError(t, err)
	require.Equal(t, valid, common.BytesToHash(slot0), "valid")
	require.Equal(t, hash, common.BytesToHash(slot1), "blockHash")
}
