package precompile_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

func TestTrieReadBudget(t *testing.T) {
	require.Equal(t, uint64(precompile.TrieReadAllowance), precompile.TrieReadBudget(0))
	require.Equal(t, uint64(precompile.TrieReadAllowance+9_765), precompile.TrieReadBudget(10_000_000))
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

// emptyBlockOn commits alloc as an L2 genesis and returns the EXECUTE input of an
// empty child block with a witness holding the whole state.
func emptyBlockOn(t *testing.T, alloc types.GenesisAlloc) []byte {
	t.Helper()
	db := rawdb.NewMemoryDatabase()
	genesis := l2.Genesis(l2.DefaultChainID, nil)
	genesis.Alloc = alloc
	block, err := genesis.Commit(db, triedb.NewDatabase(db, triedb.HashDefaults), nil)
	require.NoError(t, err)
	w := &stateless.Witness{Headers: []*types.Header{block.Header()}}
	it := db.NewIterator(nil, nil)
	defer it.Release()
	for it.Next() {
		if len(it.Key()) == common.HashLength {
			w.State = append(w.State, common.CopyBytes(it.Value()))
		}
	}
	for _, acc := range alloc {
		w.Codes = append(w.Codes, acc.Code)
	}
	enc, err := stateless.EncodeWitnessRLP(w)
	require.NoError(t, err)
	in := &precompile.Input{
		ChainID: l2.DefaultChainID, ParentHash: block.Hash(), PreStateRoot: block.Root(),
		Timestamp: block.Time() + 12, GasLimit: block.GasLimit(), Transactions: []byte{0xc0}, Witness: enc,
	}
	v, err := precompile.NewExecute(l2.L1Config()).Verify(t.Context(), in.Encode())
	if err == nil {
		// Claim what execution computes, so only the policy can fail the call.
		in.PostStateRoot, in.ReceiptsRoot, in.GasUsed = v.Result.StateRoot, v.Result.ReceiptsRoot, v.Result.GasUsed
	}
	return in.Encode()
}

// TestExecuteRefusesL1ChainID: an L2 sharing L1's chain id would accept every L1
// transaction, and L1 every L2 one.
func TestExecuteRefusesL1ChainID(t *testing.T) {
	in := sampleInput()
	in.ChainID = l2.L1Config().ChainID.Uint64()
	_, err := precompile.NewExecute(l2.L1Config()).Verify(t.Context(), in.Encode())
	require.ErrorIs(t, err, precompile.ErrL1ChainID)
}
