package precompile_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

func TestMaxRepeatedTrieBytes(t *testing.T) {
	require.Equal(t, uint64(0), precompile.MaxRepeatedTrieBytes(0))
	require.Equal(t, uint64(10_000_000/precompile.GasPerRepeatedTrieByte), precompile.MaxRepeatedTrieBytes(10_000_000))
}

// TestExecuteRequiresCanonicalSystemContracts: whoever calls EXECUTE chooses the
// pre-state. One whose EIP-4788 contract runs other code would have EXECUTE run
// that code for free (system calls are outside the block's gas), so EXECUTE fails.
func TestExecuteRequiresCanonicalSystemContracts(t *testing.T) {
	for _, tc := range []struct {
		name string
		code []byte
		want error
	}{
		{"go-ethereum's code", params.BeaconRootsCode, nil},
		{"other code", []byte{0x5b, 0x60, 0x00, 0x56}, stateless.ErrSystemContractCode}, // JUMPDEST PUSH1 0 JUMP: loops until its 30M gas run out
	} {
		t.Run(tc.name, func(t *testing.T) {
			alloc := core.SystemContractAllocs()
			alloc[params.BeaconRootsAddress] = types.Account{Nonce: 1, Code: tc.code, Balance: common.Big0}
			input := emptyBlockOn(t, alloc)
			v, err := precompile.NewExecute(l2.L1Config()).Verify(t.Context(), input)
			if tc.want == nil {
				require.NoError(t, err)
				require.True(t, v.Valid)
				return
			}
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// emptyBlockOn starts an L2 with alloc as its genesis state and returns the
// EXECUTE input of an empty first block, claiming what the chain computed.
func emptyBlockOn(t *testing.T, alloc types.GenesisAlloc) []byte {
	t.Helper()
	genesis := l2.Genesis(l2.DefaultChainID, nil)
	genesis.Alloc = alloc
	chain, err := l2.NewChainFromGenesis(l2.DefaultChainID, genesis)
	require.NoError(t, err)
	defer chain.Close()
	blocks, err := chain.AddBlocks(1, nil)
	require.NoError(t, err)
	return blocks[0].Input.Encode()
}

// TestExecuteRefusesL1ChainID: an L2 sharing L1's chain id would accept every L1
// transaction, and L1 every L2 one.
func TestExecuteRefusesL1ChainID(t *testing.T) {
	in := sampleInput()
	in.ChainID = l2.L1Config().ChainID.Uint64()
	_, err := precompile.NewExecute(l2.L1Config()).Verify(t.Context(), in.Encode())
	require.ErrorIs(t, err, precompile.ErrL1ChainID)
}
