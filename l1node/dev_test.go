package l1node_test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/execute"
	"github.com/nativerollup/nr/tests/vectors"
)

// TestDevNode starts `nr geth --dev`'s node in memory on free ports and checks
// what a newcomer relies on over real HTTP and WebSocket JSON-RPC: the pinned
// chain, funded dev keys, on-demand sealing, the native tracers and
// debug_executionWitness.
func TestDevNode(t *testing.T) {
	n := startNode(t, devConfig())
	banner := n.Banner()
	for _, want := range []string{
		"chain id      1337",
		"EXECUTE       " + precompile.ExecuteAddress.Hex() + " active",
		"DERIVE        " + precompile.DeriveAddress.Hex() + " active",
		"HTTP RPC      " + n.HTTPEndpoint(),
		"WS RPC        " + n.WSEndpoint(),
		hexutil.Encode(crypto.FromECDSA(l1node.DevKey(0))),
		hexutil.Encode(crypto.FromECDSA(l1node.DevKey(3))),
	} {
		require.Contains(t, banner, want)
	}
	require.NotContains(t, n.HTTPEndpoint(), ":0", "port 0 must be replaced by the real port")
	require.Equal(t, l2.L1Config(), n.ChainConfig(), "the dev chain runs nr's pinned config, not geth's dev default")

	ec, rc := client(t, n.HTTPEndpoint())
	ctx := context.Background()
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, l2.L1Config().ChainID, chainID)
	for i := range 4 {
		bal, err := ec.BalanceAt(ctx, l2.DevAddress(i), nil)
		require.NoError(t, err)
		require.Equal(t, l1node.DevBalance, bal, "dev key %d", i)
	}

	ws, err := rpc.Dial(n.WSEndpoint())
	require.NoError(t, err)
	defer ws.Close()
	var wsChainID hexutil.Big
	require.NoError(t, ws.Call(&wsChainID, "eth_chainId"))
	require.Equal(t, chainID, wsChainID.ToInt())

	// Sealed on demand (period 0): the transfer is mined without waiting.
	to := l2.DevAddress(1)
	r := sendAndWait(t, ec, signTx(t, ec, l1node.DevKey(0), &to, 21_000, nil))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, uint64(2), r.BlockNumber.Uint64(), "block 1 is sealed at start")

	var call struct {
		Type string         `json:"type"`
		From common.Address `json:"from"`
		To   common.Address `json:"to"`
	}
	require.NoError(t, rc.Call(&call, "debug_traceTransaction", r.TxHash, map[string]any{"tracer": "callTracer"}))
	require.Equal(t, "CALL", call.Type)
	require.Equal(t, to, call.To)
	var prestate map[common.Address]json.RawMessage
	require.NoError(t, rc.Call(&prestate, "debug_traceTransaction", r.TxHash, map[string]any{"tracer": "prestateTracer"}))
	require.Contains(t, prestate, l2.DevAddress(0))

	var witness struct {
		Headers []json.RawMessage `json:"headers"`
		State   []hexutil.Bytes   `json:"state"`
	}
	require.NoError(t, rc.Call(&witness, "debug_executionWitness", hexutil.Uint64(r.BlockNumber.Uint64())))
	require.NotEmpty(t, witness.Headers)
	require.NotEmpty(t, witness.State)

	var status map[string]hexutil.Uint
	require.NoError(t, rc.Call(&status, "txpool_status"))
	require.Contains(t, status, "pending")
	var version string
	require.NoError(t, rc.Call(&version, "web3_clientVersion"))
	require.True(t, strings.HasPrefix(version, "Geth/nr/v1.17.10"), version)
}

// TestDevExecuteOverRPC runs every committed EXECUTE vector against the dev
// node over HTTP, as `nr conformance run --rpc` does: eth_call outcome and
// output, eth_estimateGas price. Then it mines the example vector in a real
// transaction to 0x…0101 and checks that a call given one gas too little fails
// (spec/execute.md, "Gas": the price is charged up front).
func TestDevExecuteOverRPC(t *testing.T) {
	n := startNode(t, devConfig())
	ec, rc := client(t, n.HTTPEndpoint())
	ctx := context.Background()

	set, err := execute.LoadFS(vectors.Execute())
	require.NoError(t, err)
	target := execute.RPC{Client: rc, Rules: n.ChainConfig().Rules(common.Big1, true, 0)}
	ref := execute.Reference{Execute: precompile.NewExecute(n.ChainConfig())}
	var example *execute.Vector
	for i := range set {
		c := execute.Check(ctx, target, &set[i])
		if want := execute.Check(ctx, ref, &set[i]); !want.Passed() {
			// A vector the in-process precompile fails is stale (tests/execute
			// reports it); the node must then fail it too, not disagree.
			t.Logf("vector %s is stale against the precompile: %s", want.Name, want.Failure)
			require.False(t, c.Passed(), "%s: the reference fails it but the node passes", c.Name)
			continue
		}
		require.True(t, c.Passed(), "%s: %s", c.Name, c.Failure)
		if set[i].Name+".json" == vectors.ExampleExecute {
			example = &set[i]
		}
	}
	require.NotNil(t, example)
	require.True(t, example.Success, "the example vector is a valid block")

	exec := precompile.ExecuteAddress
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{To: &exec, Data: example.Input})
	require.NoError(t, err)
	r := sendAndWait(t, ec, signTx(t, ec, l1node.DevKey(1), &exec, gas, example.Input))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "EXECUTE in a mined transaction")
	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &exec, Data: example.Input}, r.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, []byte(example.Output), out)

	_, err = ec.CallContract(ctx, ethereum.CallMsg{To: &exec, Data: example.Input, Gas: gas - gas/100}, nil)
	require.Error(t, err, "EXECUTE with less gas than it charges must fail")
}

// TestDevBlobsAndDerive sends an Osaka blob transaction with cell proofs
// (sidecar version 1) carrying a DERIVE batch, checks it is mined, and runs
// DERIVE over eth_call on the same blobs and on the calldata form.
func TestDevBlobsAndDerive(t *testing.T) {
	n := startNode(t, devConfig())
	ec, _ := client(t, n.HTTPEndpoint())
	ctx := context.Background()

	payload := derivePayload(t)
	blobs, err := derive.EncodeBlobs(payload)
	require.NoError(t, err)
	sidecar, err := derive.Sidecar(blobs, types.BlobSidecarVersion1)
	require.NoError(t, err)
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	key := l1node.DevKey(2)
	nonce, err := ec.PendingNonceAt(ctx, addr(key))
	require.NoError(t, err)
	to := common.Address{0xb1, 0x0b}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: uint256.NewInt(params.GWei), GasFeeCap: uint256.NewInt(50 * params.GWei),
		Gas: 21_000, To: to, Value: new(uint256.Int), BlobFeeCap: uint256.NewInt(params.GWei),
		BlobHashes: sidecar.BlobHashes(), Sidecar: sidecar,
	})
	require.NoError(t, err)
	r := sendAndWait(t, ec, tx)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, uint64(len(blobs))*params.BlobTxBlobGasPerBlob, r.BlobGasUsed)

	deriveAddr := precompile.DeriveAddress
	blobData := make([]byte, 0, len(blobs)*derive.BlobSize)
	for i := range blobs {
		blobData = append(blobData, blobs[i][:]...)
	}
	for name, in := range map[string]precompile.DeriveInput{
		"blobs":    {Data: blobData, BlobHashes: sidecar.BlobHashes()},
		"calldata": {Data: payload},
	} {
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &deriveAddr, Data: in.Encode()}, nil)
		require.NoError(t, err, name)
		o, err := precompile.DecodeDeriveOutput(out)
		require.NoError(t, err, name)
		require.Equal(t, uint8(derive.ReasonOK), o.Reason, name)
		require.Len(t, o.Blocks, 1, name)
	}
}

// derivePayload is a DERIVE payload of one L2 block with one transfer.
func derivePayload(t testing.TB) []byte {
	t.Helper()
	to := l2.DevAddress(1)
	tx, err := types.SignNewTx(l2.DevKey(0), types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2.DefaultChainID), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei), Gas: 21_000, To: &to, Value: big.NewInt(1),
	})
	require.NoError(t, err)
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	payload, err := derive.EncodePayload(derive.Batch{Blocks: []derive.Block{{
		Timestamp: 1_800_000_000, GasLimit: l2.GenesisGasLimit, FeeRecipient: common.Address{0x42}, Transactions: [][]byte{raw},
	}}})
	require.NoError(t, err)
	return payload
}

// TestDevPeriod: with --dev.period 1 the simulated beacon seals a block every
// second without transactions.
func TestDevPeriod(t *testing.T) {
	cfg := devConfig()
	cfg.DevPeriod = 1
	n := startNode(t, cfg)
	require.Contains(t, n.Banner(), "every 1s")
	ec, _ := client(t, n.HTTPEndpoint())
	start, err := ec.BlockNumber(context.Background())
	require.NoError(t, err)
	deadline := time.Now().Add(10 * time.Second)
	for {
		head, err := ec.BlockNumber(context.Background())
		require.NoError(t, err)
		if head >= start+2 {
			return
		}
		require.True(t, time.Now().Before(deadline), "no new blocks in 10s at period 1 (head %d)", head)
		time.Sleep(100 * time.Millisecond)
	}
}
