package l2

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/nativerollup/nr/precompile"
)

// DefaultChainID is the chain id of nr's example L2.
const DefaultChainID = 901

// GenesisGasLimit is the L2 genesis gas limit. With EXECUTE charging one L1 gas
// per declared L2 gas, an L2 block must fit in one L1 transaction, which Osaka
// caps at 2^24 gas (EIP-7825); 10M leaves room for the per-byte charge and the
// host contract.
const GenesisGasLimit = 10_000_000

// L1Config returns nr's pinned L1 chain config: go-ethereum's dev config with every
// fork up to Osaka at genesis and the future Bogota fork disabled (it changes
// gas costs and is not a released fork). It returns a fresh copy on each call.
func L1Config() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.BogotaTime = nil
	c.ChainID = new(big.Int).Set(params.AllDevChainProtocolChanges.ChainID)
	return &c
}

// Config returns the config of L2 chainID settling on nr's pinned L1.
func Config(chainID uint64) *params.ChainConfig {
	return precompile.L2Config(L1Config(), chainID)
}

// Genesis returns the genesis of L2 chainID with go-ethereum's system contracts
// (the L2 runs Prague and Osaka rules, whose system calls need them) plus alloc.
func Genesis(chainID uint64, alloc types.GenesisAlloc) *core.Genesis {
	all := core.SystemContractAllocs()
	for addr, acc := range alloc {
		all[addr] = acc
	}
	return &core.Genesis{
		Config:     Config(chainID),
		GasLimit:   GenesisGasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc:      all,
	}
}
