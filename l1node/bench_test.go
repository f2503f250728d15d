package l1node_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
)

// BenchmarkExecuteCall compares an eth_call of EXECUTE over HTTP JSON-RPC on
// the dev node with the same call in process (precompile.Execute.Run), in the
// same run, for L2 blocks declaring about 1M and 10M gas (EXECUTE charges one
// L1 gas per declared L2 gas). docs/BENCHMARKS.md "nr geth" has the figures:
//
//	go test ./l1node -run '^$' -bench ExecuteCall -benchtime 2s
func BenchmarkExecuteCall(b *testing.B) {
	n := startNode(b, devConfig())
	_, rc := client(b, n.HTTPEndpoint())
	exec := precompile.NewExecute(n.ChainConfig())
	for _, gasLimit := range []uint64{1_000_000, 10_000_000} {
		input := transfersBlockInput(b, gasLimit, 20)
		gas := exec.RequiredGas(input)
		name := fmt.Sprintf("%dM", gasLimit/1_000_000)
		b.Run(name+"/http", func(b *testing.B) {
			args := map[string]any{"to": precompile.ExecuteAddress, "data": hexutil.Bytes(input), "gas": hexutil.Uint64(gas + 1_000_000)}
			for b.Loop() {
				var out hexutil.Bytes
				if err := rc.CallContext(context.Background(), &out, "eth_call", args, "latest"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(gas), "gas")
		})
		b.Run(name+"/inprocess", func(b *testing.B) {
			for b.Loop() {
				if _, err := exec.Run(input); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(gas), "gas")
		})
	}
}

// transfersBlockInput is the EXECUTE input of an L2 block with gasLimit and
// txs value transfers, built by package l2.
func transfersBlockInput(b testing.TB, gasLimit uint64, txs int) []byte {
	b.Helper()
	genesis := l2.Genesis(l2.DefaultChainID, l2.DevAlloc(1))
	genesis.GasLimit = gasLimit
	chain, err := l2.NewChainFromGenesis(l2.DefaultChainID, genesis)
	require.NoError(b, err)
	defer chain.Close()
	blocks, err := chain.AddBlocks(1, func(_ int, g *core.BlockGen) {
		for i := range txs {
			to := l2.DevAddress(100 + i)
			tx, err := types.SignNewTx(l2.DevKey(0), g.Signer(), &types.DynamicFeeTx{
				ChainID: big.NewInt(l2.DefaultChainID), Nonce: g.TxNonce(l2.DevAddress(0)),
				GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Add(g.BaseFee(), big.NewInt(1)),
				Gas: 21_000, To: &to, Value: big.NewInt(params.GWei),
			})
			require.NoError(b, err)
			g.AddTx(tx)
		}
	})
	require.NoError(b, err)
	return blocks[0].Input.Encode()
}
