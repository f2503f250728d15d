package precompile_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/stretchr/testify/require"
)

// TestRegisteredEverywhere checks that EXECUTE is active and warm under every chain
// config nr runs, at every fork of its schedule. It fails if a new geth adds a
// precompile map Register does not know.
func TestRegisteredEverywhere(t *testing.T) {
	configs := map[string]*params.ChainConfig{
		"pinned L1":       l2.L1Config(),
		"L2 901":          l2.Config(l2.DefaultChainID),
		"merged test":     params.MergedTestChainConfig,
		"dev with Bogota": params.AllDevChainProtocolChanges,
	}
	for name, config := range configs {
		t.Run(name, func(t *testing.T) {
			rules := config.Rules(big.NewInt(1), true, 0)
			contract, ok := vm.ActivePrecompiledContracts(rules)[precompile.ExecuteAddress]
			require.True(t, ok, "EXECUTE not active")
			require.Equal(t, "EXECUTE", contract.Name())
			require.True(t, slices.Contains(vm.ActivePrecompiles(rules), precompile.ExecuteAddress), "EXECUTE not warm")
			_, ok = vm.ActivePrecompiledContracts(rules)[precompile.DeriveAddress]
			require.True(t, ok, "Register must install DERIVE too")
		})
	}
}

func TestRegisterIsIdempotent(t *testing.T) {
	before := len(vm.ActivePrecompiles(l2.L1Config().Rules(big.NewInt(1), true, 0)))
	precompile.Register(l2.L1Config())
	require.Len(t, vm.ActivePrecompiles(l2.L1Config().Rules(big.NewInt(1), true, 0)), before)
}
