package precompile_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/nativerollup/nr/l2"
	"github.com/stretchr/testify/require"
)

// counterRuntime increments slot 0 and logs the new value (LOG0):
// PUSH1 0 SLOAD PUSH1 1 ADD DUP1 PUSH1 0 SSTORE PUSH1 0 MSTORE PUSH1 32 PUSH1 0 LOG0 STOP
var counterRuntime = common.FromHex("0x6000546001018060005560005260206000a000")

// deployCode returns init code that deploys runtime.
func deployCode(runtime []byte) []byte {
	// PUSH1 len PUSH1 12 PUSH1 0 CODECOPY PUSH1 len PUSH1 0 RETURN
	initCode := []byte{0x60, byte(len(runtime)), 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, byte(len(runtime)), 0x60, 0x00, 0xf3}
	return append(initCode, runtime...)
}

func dynTx(t testing.TB, b *core.BlockGen, chainID uint64, key int, to *common.Address, value *big.Int, gas uint64, data []byte) *types.Transaction {
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	tx, err := types.SignNewTx(l2.DevKey(key), signer, &types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(chainID),
		Nonce:     b.TxNonce(l2.DevAddress(key)),
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(2*params.GWei)),
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	require.NoError(t, err)
	return tx
}

// testChain builds a small L2: block 1 deploys the counter and transfers, block 2
// calls it (storage write + log) with an anchor.
func testChain(t testing.TB) []*l2.Block {
	t.Helper()
	chain, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(2))
	require.NoError(t, err)
	t.Cleanup(chain.Close)
	counter := common.Address{}
	blocks, err := chain.AddBlocks(2, func(i int, b *core.BlockGen) {
		switch i {
		case 0:
			tx := dynTx(t, b, l2.DefaultChainID, 0, nil, nil, 200_000, deployCode(counterRuntime))
			b.AddTx(tx)
			counter = crypto.CreateAddress(l2.DevAddress(0), tx.Nonce())
			to := l2.DevAddress(1)
			b.AddTx(dynTx(t, b, l2.DefaultChainID, 0, &to, big.NewInt(params.Ether), 21_000, nil))
		case 1:
			b.SetParentBeaconRoot(common.HexToHash("0xa1a1"))
			b.AddTx(dynTx(t, b, l2.DefaultChainID, 1, &counter, nil, 100_000, nil))
		}
	})
	require.NoError(t, err)
	return blocks
}

func l2Config() *params.ChainConfig { return l2.L1Config() }
