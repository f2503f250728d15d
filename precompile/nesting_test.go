package precompile_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/stretchr/testify/require"
)

// TestNestedExecute is the L3 case of spec/execute.md "Nesting": an L2 block
// whose transaction STATICCALLs EXECUTE on an L3 block is itself verified by
// EXECUTE, and the L2 state records the L3 verdict.
func TestNestedExecute(t *testing.T) {
	const l3ChainID = 902
	l3Genesis := l2.Genesis(l3ChainID, l2.DevAlloc(2))
	l3Genesis.GasLimit = 1_000_000 // the L3's declared gas must fit in an L2 transaction
	l3, err := l2.NewChainFromGenesis(l3ChainID, l3Genesis)
	require.NoError(t, err)
	t.Cleanup(l3.Close)
	to := l2.DevAddress(1)
	l3Blocks, err := l3.AddBlocks(1, func(_ int, b *core.BlockGen) {
		b.AddTx(dynTx(t, b, l3ChainID, 0, &to, common.Big1, 21_000, nil))
	})
	require.NoError(t, err)
	l3Input := l3Blocks[0].Input.Encode()

	chain, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(1))
	require.NoError(t, err)
	t.Cleanup(chain.Close)
	caller := crypto.CreateAddress(l2.DevAddress(0), 0)
	blocks, err := chain.AddBlocks(2, func(i int, b *core.BlockGen) {
		switch i {
		case 0:
			b.AddTx(dynTx(t, b, l2.DefaultChainID, 0, nil, nil, 200_000, deployCode(executeCallerRuntime)))
		case 1:
			b.AddTx(dynTx(t, b, l2.DefaultChainID, 0, &caller, nil, 2*precompile.RequiredGas(l3Input), l3Input))
		}
	})
	require.NoError(t, err)
	require.Equal(t, uint64(1), blocks[1].Receipts[0].Status, "the L2 transaction calling EXECUTE succeeds")

	state, err := chain.BlockChain().StateAt(blocks[1].Block.Root(), blocks[1].Block.Number(), blocks[1].Block.Time())
	require.NoError(t, err)
	require.Equal(t, common.BigToHash(common.Big1), state.GetState(caller, common.Hash{}), "L3 verdict stored on L2")
	require.Equal(t, l3Blocks[0].Block.Hash(), state.GetState(caller, common.BigToHash(common.Big1)), "L3 block hash stored on L2")

	out, err := precompile.NewExecute(l2.L1Config()).Run(blocks[1].Input.Encode())
	require.NoError(t, err)
	require.Equal(t, byte(1), out[31], "L1 EXECUTE verifies the L2 block that verified the L3 block")
	require.Equal(t, blocks[1].Block.Hash(), common.BytesToHash(out[32:]))
}
