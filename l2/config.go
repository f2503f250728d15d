package l2

import (
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"

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

// ErrUnbackedETH is returned for a rollup genesis that allocates ETH outside the
// bridge predeploy.
var ErrUnbackedETH = errors.New("the L2 genesis allocates ETH outside the bridge")

// Unbacked says whether a rollup genesis may allocate ETH outside its bridge.
type Unbacked bool

const (
	// RefuseUnbacked is the rule for every real rollup: the only ETH in the L2
	// genesis is the bridge's pre-minted deposit capacity.
	RefuseUnbacked Unbacked = false
	// DevUnbacked allows ETH outside the bridge, for dev and test chains only. Every
	// such wei can be withdrawn on L1 from the host's balance, which is other users'
	// deposits (spec/host.md, "Unbacked L2 ETH"), unless the same total is deposited
	// into the host and never claimed, as nr devnet does.
	DevUnbacked Unbacked = true
)

// BridgedGenesis is Genesis(chainID, alloc) for a rollup whose L1 host pays
// withdrawals out of deposits: alloc must hold the bridge predeploy at bridge,
// whose balance is the deposit capacity, and, unless unbacked is DevUnbacked, no
// other account may hold ETH. ETH minted anywhere else in the genesis was never
// deposited, yet the bridge on L2 accepts it for withdrawal and the host on L1 pays
// it out of the ETH other users deposited.
func BridgedGenesis(chainID uint64, alloc types.GenesisAlloc, bridge common.Address, unbacked Unbacked) (*core.Genesis, error) {
	if _, ok := alloc[bridge]; !ok {
		return nil, fmt.Errorf("the L2 genesis has no bridge predeploy at %s", bridge)
	}
	if unbacked == RefuseUnbacked {
		// Sorted, so the error names the same account every time.
		accounts := slices.SortedFunc(maps.Keys(alloc), func(a, b common.Address) int { return a.Cmp(b) })
		for _, a := range accounts {
			if b := alloc[a].Balance; a != bridge && b != nil && b.Sign() != 0 {
				return nil, fmt.Errorf("%w: %s holds %s wei; deposit it through the host instead (l2.DevUnbacked allows it on dev chains)", ErrUnbackedETH, a, b)
			}
		}
	}
	return Genesis(chainID, alloc), nil
}
