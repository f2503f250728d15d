package precompile

import (
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// forkSets pairs each precompile map with the address list that makes its members
// warm (EIP-2929): Cancun, Prague (aliased as BLS) and Osaka (which Bogota also
// uses), so nr's precompiles exist from Cancun on, the forks whose blocks the
// executor runs with a beacon root. Paris and Shanghai share the Berlin map with
// every earlier fork and get nothing. TestRegisteredEverywhere fails if a new geth
// adds a map we do not know.
var forkSets = []struct {
	contracts vm.PrecompiledContracts
	addresses *[]common.Address
}{
	{vm.PrecompiledContractsCancun, &vm.PrecompiledAddressesCancun},
	{vm.PrecompiledContractsPrague, &vm.PrecompiledAddressesPrague},
	{vm.PrecompiledContractsOsaka, &vm.PrecompiledAddressesOsaka},
}

var registerMu sync.Mutex

// install adds p at addr to the Cancun, Prague and Osaka precompile sets and
// makes it warm there.
//
// geth's EVMs hold a reference to the package-level maps, so this must run before
// any EVM exists (from an init function or at the very start of main); writing a map
// while EVMs run is a data race. Installing the same name twice is a no-op;
// installing a different contract at a taken address panics, as that is a
// programming error, not an input.
func install(addr common.Address, p vm.PrecompiledContract) {
	registerMu.Lock()
	defer registerMu.Unlock()
	for _, set := range forkSets {
		if old, ok := set.contracts[addr]; ok {
			if old.Name() == p.Name() {
				continue
			}
			panic(fmt.Sprintf("precompile: %s already holds %s, cannot install %s", addr, old.Name(), p.Name()))
		}
		set.contracts[addr] = p
		if !slices.Contains(*set.addresses, addr) {
			*set.addresses = append(*set.addresses, addr)
		}
	}
}

// Register installs nr's precompiles, EXECUTE for an L1 running config l1 and
// DERIVE, warm, in the precompile sets from Cancun on. Call it once, before any EVM
// exists (from main or an init function), in every process that runs L1 or L2
// blocks: L1 nodes, L2 nodes (an L2 has L1's precompiles, see spec/execute.md
// "Nesting") and verifiers.
func Register(l1 *params.ChainConfig) {
	install(ExecuteAddress, NewExecute(l1))
	RegisterDerive()
}
