package l1node_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// TestMyRollupOverRPC deploys the example rollup with a plain
// eth_sendRawTransaction to `nr geth --dev`, builds an L2 block anchored to the
// node's head with package l2, and advances the rollup with it: the rollup
// calls EXECUTE inside a real L1 block, over real JSON-RPC, and its head becomes
// the L2 block.
func TestMyRollupOverRPC(t *testing.T) {
	n := startNode(t, devConfig())
	ec, _ := client(t, n.HTTPEndpoint())
	ctx := context.Background()
	deployer, sequencer := l1node.DevKey(0), l1node.DevKey(1)

	nonce, err := ec.PendingNonceAt(ctx, addr(deployer))
	require.NoError(t, err)
	host := crypto.CreateAddress(addr(deployer), nonce)
	l2Chain := newL2(t, host)
	genesis := l2Chain.Head()

	art, err := solidity.LoadArtifact("MyRollup")
	require.NoError(t, err)
	my := bindings.NewMyRollup()
	code := append(common.CopyBytes(art.Bytecode), my.PackConstructor(genesis.Hash(), genesis.Root(), genesis.Time(), addr(sequencer))...)
	r := sendAndWait(t, ec, signTx(t, ec, deployer, nil, 5_000_000, code))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "deploying MyRollup")
	require.Equal(t, host, r.ContractAddress)

	anchor, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	blocks, err := l2Chain.AddBlocks(1, func(_ int, b *core.BlockGen) {
		b.SetParentBeaconRoot(anchor.Hash())
		to := l2.DevAddress(3)
		tx, err := types.SignNewTx(l2.DevKey(2), b.Signer(), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: b.TxNonce(l2.DevAddress(2)),
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
			Gas: 21_000, To: &to, Value: big.NewInt(params.GWei),
		})
		require.NoError(t, err)
		b.AddTx(tx)
	})
	require.NoError(t, err)
	block := blocks[0]
	in := block.Input
	env, claims := solidity.ExecuteArgs(in)
	data := my.PackAdvance(env, anchor.Number.Uint64(), claims, in.Transactions, in.Witness)
	// The anchor must be an ancestor of the block advance runs in; eth_estimateGas
	// runs on the latest block, so seal one more first.
	to := l2.DevAddress(4)
	sendAndWait(t, ec, signTx(t, ec, deployer, &to, 21_000, nil))
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: addr(sequencer), To: &host, Data: data})
	require.NoError(t, err, "eth_estimateGas of advance")
	r = sendAndWait(t, ec, signTx(t, ec, sequencer, &host, min(gas*11/10, maxTxGas), data))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "advance")
	require.Greater(t, r.GasUsed, in.GasLimit, "advance paid EXECUTE's declared L2 gas")

	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &host, Data: my.PackBlockHash()}, nil)
	require.NoError(t, err)
	head, err := my.UnpackBlockHash(out)
	require.NoError(t, err)
	require.Equal(t, block.Block.Hash(), common.Hash(head), "MyRollup's head is the L2 block")
}

// newL2 is the example rollup's L2 (chain 901) with its predeploys bound to the
// L1 host contract and the dev keys funded.
func newL2(t testing.TB, host common.Address) *l2.Chain {
	t.Helper()
	alloc := l2.DevAlloc(8)
	predeploys, err := solidity.Predeploys(host, new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether)))
	require.NoError(t, err)
	for a, acc := range predeploys {
		alloc[a] = acc
	}
	c, err := l2.NewChain(l2.DefaultChainID, alloc)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}
