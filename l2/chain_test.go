package l2_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
)

func TestConfigs(t *testing.T) {
	l1 := l2.L1Config()
	require.True(t, l1.IsOsaka(big.NewInt(0), 0), "the pinned L1 runs Osaka from genesis")
	require.Nil(t, l1.BogotaTime, "the unreleased Bogota fork changes gas and stays off")
	require.Nil(t, l1.AmsterdamTime)

	cfg := l2.Config(l2.DefaultChainID)
	require.Equal(t, uint64(l2.DefaultChainID), cfg.ChainID.Uint64())
	cfg.ChainID = l1.ChainID
	require.Equal(t, l1, cfg, "an L2 config is the L1 config but for the chain id")

	g := l2.Genesis(l2.DefaultChainID, l2.DevAlloc(2))
	for _, addr := range []common.Address{params.BeaconRootsAddress, params.HistoryStorageAddress, params.WithdrawalQueueAddress, params.ConsolidationQueueAddress, l2.DevAddress(0), l2.DevAddress(1)} {
		require.Contains(t, g.Alloc, addr)
	}
}

// TestBuiltBlocksVerify: every block the builder makes comes with a witness and an
// input that EXECUTE accepts, claiming exactly the block.
func TestBuiltBlocksVerify(t *testing.T) {
	chain, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(2))
	require.NoError(t, err)
	defer chain.Close()
	signer := types.LatestSigner(chain.Genesis.Config)
	to := l2.DevAddress(1)
	blocks, err := chain.AddBlocks(3, func(i int, b *core.BlockGen) {
		b.SetParentBeaconRoot(common.Hash{byte(i + 1)})
		b.AddTx(types.MustSignNewTx(l2.DevKey(0), signer, &types.DynamicFeeTx{
			ChainID: chain.Genesis.Config.ChainID, Nonce: uint64(i), Gas: params.TxGas, To: &to, Value: big.NewInt(1),
			GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
		}))
	})
	require.NoError(t, err)
	require.Len(t, blocks, 3)
	exec := precompile.NewExecute(l2.L1Config())
	require.Equal(t, chain.Head().Hash(), blocks[len(blocks)-1].Block.Hash())
	for i, b := range blocks {
		v, err := exec.Verify(context.Background(), b.Input.Encode())
		require.NoError(t, err, "block %d", i+1)
		require.True(t, v.Valid)
		require.Equal(t, b.Block.Hash(), v.BlockHash)
		require.Equal(t, common.Hash{byte(i + 1)}, *b.Block.BeaconRoot(), "the anchor is the block's parent beacon root")
	}
}
