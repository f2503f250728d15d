package l1node_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/execute"
	"github.com/nativerollup/nr/tests/vectors"
)

// engineClient plays a consensus client against one node's authenticated
// Engine API over HTTP.
type engineClient struct {
	t  *testing.T
	rc *rpc.Client
}

func dialEngine(t *testing.T, url string, secret [32]byte) *engineClient {
	t.Helper()
	rc, err := rpc.DialOptions(context.Background(), url, rpc.WithHTTPAuth(node.NewJWTAuth(secret)))
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	return &engineClient{t: t, rc: rc}
}

// forkchoice moves the head to hash (and final), optionally starting a payload.
func (e *engineClient) forkchoice(hash common.Hash, attrs *engine.PayloadAttributes) *engine.PayloadID {
	e.t.Helper()
	var resp engine.ForkChoiceResponse
	state := engine.ForkchoiceStateV1{HeadBlockHash: hash, SafeBlockHash: hash, FinalizedBlockHash: hash}
	require.NoError(e.t, e.rc.Call(&resp, "engine_forkchoiceUpdatedV3", state, attrs))
	require.Equal(e.t, engine.VALID, resp.PayloadStatus.Status, "forkchoiceUpdatedV3 to %s", hash)
	return resp.PayloadID
}

func (e *engineClient) getPayload(id engine.PayloadID) *engine.ExecutionPayloadEnvelope {
	e.t.Helper()
	var env engine.ExecutionPayloadEnvelope
	require.NoError(e.t, e.rc.Call(&env, "engine_getPayloadV5", id)) // Osaka
	return &env
}

func (e *engineClient) newPayload(env *engine.ExecutionPayloadEnvelope, beaconRoot common.Hash) {
	e.t.Helper()
	requests := make([]hexutil.Bytes, len(env.Requests))
	for i, r := range env.Requests {
		requests[i] = r
	}
	var status engine.PayloadStatusV1
	require.NoError(e.t, e.rc.Call(&status, "engine_newPayloadV4", env.ExecutionPayload, []common.Hash{}, beaconRoot, requests))
	require.Equal(e.t, engine.VALID, status.Status, "newPayloadV4: %v", status.ValidationError)
}

// TestNetworkEngineAPI initialises two network nodes from one genesis file,
// peers them by a static node, sends transactions calling EXECUTE and DERIVE to
// the first, and plays the consensus client of both over the JWT-authenticated
// HTTP Engine API: the first builds the blocks (forkchoiceUpdatedV3 with
// attributes, getPayloadV5), both import them (newPayloadV4) and move their
// head (forkchoiceUpdatedV3). The second node receives the transactions by
// gossip, and both reach the same head hash with the same receipts.
func TestNetworkEngineAPI(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	genesis := l1node.DevGenesis(3, l1node.DefaultDevGasLimit)
	var secret [32]byte
	copy(secret[:], "nr geth engine api test secret!!")
	jwt := filepath.Join(dir, "jwt.hex")
	require.NoError(t, os.WriteFile(jwt, []byte(hexutil.Encode(secret[:])), 0o600))

	start := func(name string, static ...string) *l1node.Node {
		dataDir := filepath.Join(dir, name)
		_, err := l1node.InitGenesis(dataDir, genesis, "full")
		require.NoError(t, err)
		cfg := l1node.DefaultConfig()
		cfg.DataDir, cfg.JWTSecret = dataDir, jwt
		cfg.HTTPPort, cfg.WS, cfg.AuthPort, cfg.P2PPort = 0, false, 0, 0
		cfg.NoDiscover, cfg.StaticNodes = true, static
		return startNode(t, cfg)
	}
	a := start("a")
	b := start("b", a.Enode())
	require.Contains(t, a.Banner(), "Engine API    "+a.AuthEndpoint())
	engA, engB := dialEngine(t, a.AuthEndpoint(), secret), dialEngine(t, b.AuthEndpoint(), secret)
	ecA, _ := client(t, a.HTTPEndpoint())
	ecB, _ := client(t, b.HTTPEndpoint())

	// Without the JWT the Engine API refuses.
	plain, err := rpc.Dial(a.AuthEndpoint())
	require.NoError(t, err)
	var caps []string
	require.Error(t, plain.Call(&caps, "engine_exchangeCapabilities", []string{}))
	plain.Close()

	// A consensus client's first call: the genesis is the head (the nodes then
	// count as synced and accept gossiped transactions).
	head := a.Eth().BlockChain().Genesis().Hash()
	require.Equal(t, head, b.Eth().BlockChain().Genesis().Hash())
	engA.forkchoice(head, nil)
	engB.forkchoice(head, nil)
	waitFor(t, "the nodes to peer", func() bool {
		return a.Stack().Server().PeerCount() == 1 && b.Stack().Server().PeerCount() == 1
	})

	set, err := execute.LoadFS(vectors.Execute())
	require.NoError(t, err)
	var example *execute.Vector
	for i := range set {
		if set[i].Name+".json" == vectors.ExampleExecute {
			example = &set[i]
		}
	}
	require.NotNil(t, example)
	exec, der := precompile.ExecuteAddress, precompile.DeriveAddress
	deriveInput := (&precompile.DeriveInput{Data: derivePayload(t)}).Encode()
	var txs []*types.Transaction
	for i, call := range []struct {
		to   common.Address
		data []byte
	}{{exec, example.Input}, {der, deriveInput}} {
		gas, err := ecA.EstimateGas(ctx, ethereum.CallMsg{From: addr(l1node.DevKey(i)), To: &call.to, Data: call.data})
		require.NoError(t, err)
		tx := signTx(t, ecA, l1node.DevKey(i), &call.to, gas, call.data)
		require.NoError(t, ecA.SendTransaction(ctx, tx))
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		waitFor(t, "gossip of "+tx.Hash().Hex()+" to the second node", func() bool {
			_, pending, err := ecB.TransactionByHash(ctx, tx.Hash())
			return err == nil && pending
		})
	}

	// Block 1 holds both transactions; block 2 is empty.
	for number, want := range []int{2, 0} {
		parent := a.Eth().BlockChain().CurrentBlock()
		beaconRoot := common.Hash{byte(number + 1)}
		env := buildPayload(t, engA, parent.Hash(), parent.Time, beaconRoot, want)
		engA.newPayload(env, beaconRoot)
		engB.newPayload(env, beaconRoot)
		engA.forkchoice(env.ExecutionPayload.BlockHash, nil)
		engB.forkchoice(env.ExecutionPayload.BlockHash, nil)
	}
	hA, err := ecA.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	hB, err := ecB.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(2), hA.Number.Uint64())
	require.Equal(t, hA.Hash(), hB.Hash(), "both nodes reach the same head")
	for i, tx := range txs {
		for name, ec := range map[string]*ethclient.Client{"first": ecA, "second": ecB} {
			r, err := ec.TransactionReceipt(ctx, tx.Hash())
			require.NoError(t, err, "%s node", name)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "%s node, transaction %d", name, i)
			require.Equal(t, uint64(1), r.BlockNumber.Uint64())
		}
	}
	out, err := ecB.CallContract(ctx, ethereum.CallMsg{To: &exec, Data: example.Input}, big1)
	require.NoError(t, err)
	require.Equal(t, []byte(example.Output), out, "EXECUTE on the second node at block 1")
}

// buildPayload asks the node for a payload on parent and returns it once it
// holds want transactions (go-ethereum fills a payload in the background, so
// one asked too early may be empty; another timestamp starts a fresh one).
func buildPayload(t *testing.T, e *engineClient, parent common.Hash, parentTime uint64, beaconRoot common.Hash, want int) *engine.ExecutionPayloadEnvelope {
	t.Helper()
	for try := range 20 {
		id := e.forkchoice(parent, &engine.PayloadAttributes{
			Timestamp: parentTime + 12 + uint64(try), Random: common.Hash{0x7a}, SuggestedFeeRecipient: common.Address{0xfe},
			Withdrawals: []*types.Withdrawal{}, BeaconRoot: &beaconRoot,
		})
		require.NotNil(t, id, "forkchoiceUpdatedV3 with attributes returned no payload id")
		time.Sleep(200 * time.Millisecond)
		env := e.getPayload(*id)
		if len(env.ExecutionPayload.Transactions) == want {
			return env
		}
	}
	t.Fatalf("no payload with %d transactions after 20 tries", want)
	return nil
}

var big1 = common.Big1

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		require.True(t, time.Now().Before(deadline), "timed out waiting for %s", what)
		time.Sleep(20 * time.Millisecond)
	}
}
