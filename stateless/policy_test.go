package stateless_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// craftedState commits alloc into a fresh trie and returns a witness holding all
// of it under a made-up parent header: the pre-state a caller of EXECUTE can choose.
func craftedState(t *testing.T, alloc types.GenesisAlloc) (*stateless.Input, *stateless.Witness) {
	t.Helper()
	db := rawdb.NewMemoryDatabase()
	tdb := triedb.NewDatabase(db, triedb.HashDefaults)
	genesis := &core.Genesis{Config: params.MergedTestChainConfig, Alloc: alloc, GasLimit: 30_000_000, BaseFee: big.NewInt(params.InitialBaseFee), Difficulty: common.Big0}
	block, err := genesis.Commit(db, tdb, nil)
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
		if len(acc.Code) > 0 {
			w.Codes = append(w.Codes, acc.Code)
		}
	}
	return emptyChild(block.Header()), w
}

// emptyChild is a block without transactions on top of parent.
func emptyChild(parent *types.Header) *stateless.Input {
	return &stateless.Input{
		ParentHash:   parent.Hash(),
		PreStateRoot: parent.Root,
		Env: stateless.Env{
			Timestamp: parent.Time + 12, GasLimit: parent.GasLimit,
			ParentBeaconRoot: &common.Hash{}, Withdrawals: types.Withdrawals{},
		},
	}
}

func TestPolicyCanonicalSystemContracts(t *testing.T) {
	alloc := core.SystemContractAllocs()
	in, w := craftedState(t, alloc)
	in.Policy.CanonicalSystemContracts = true
	_, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.NoError(t, err, "go-ethereum's own system contracts pass")

	// Other code at the beacon-roots address: L1 rules run it, for free.
	other := core.SystemContractAllocs()
	other[params.BeaconRootsAddress] = types.Account{Nonce: 1, Code: []byte{0x00}, Balance: common.Big0}
	in, w = craftedState(t, other)
	_, err = stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.NoError(t, err, "without the policy, L1's rules accept any code there")
	in.Policy.CanonicalSystemContracts = true
	res, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.ErrorIs(t, err, stateless.ErrSystemContractCode)
	require.ErrorContains(t, err, params.BeaconRootsAddress.Hex())
	require.Nil(t, res)

	// A system contract the witness does not prove is missing data, not a verdict.
	in, w = craftedState(t, alloc)
	w.Codes = nil
	in.Policy.CanonicalSystemContracts = true
	w.State = w.State[:0]
	_, err = stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.ErrorIs(t, err, stateless.ErrMissingWitnessData)
}

// TestPolicyRepeatedTrieBytesBoundary: two contracts with the same storage share
// one storage trie, which execution loads once per account. The bound passes at
// exactly the repeated bytes and fails one byte below.
func TestPolicyRepeatedTrieBytesBoundary(t *testing.T) {
	storage := map[common.Hash]common.Hash{{1}: {2}, {3}: {4}, {5}: {6}}
	code := []byte{0x60, 0x01, 0x54, 0x00} // PUSH1 1 SLOAD STOP
	alloc := core.SystemContractAllocs()
	alloc[common.Address{0xaa}] = types.Account{Code: code, Storage: storage, Balance: common.Big0}
	alloc[common.Address{0xbb}] = types.Account{Code: code, Storage: storage, Balance: common.Big0}
	in, w := craftedState(t, alloc)
	in.Policy.CanonicalSystemContracts = true

	res, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.NoError(t, err)
	require.NotZero(t, res.RepeatedTrieBytes, "the shared storage trie is reached from two accounts")

	in.Policy.MaxRepeatedTrieBytes = res.RepeatedTrieBytes
	again, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.NoError(t, err)
	require.Equal(t, res.Hash, again.Hash)

	in.Policy.MaxRepeatedTrieBytes = res.RepeatedTrieBytes - 1
	_, err = stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.ErrorIs(t, err, stateless.ErrTrieExpansion)
}

// TestPolicyRepeatedTrieBytesHonestChain: a chain go-ethereum built shares no
// node between positions, so its blocks repeat nothing.
func TestPolicyRepeatedTrieBytesHonestChain(t *testing.T) {
	c := generateTestChain(t)
	for i, block := range c.blocks {
		in := stateless.InputFromBlock(block, c.parent(i).Root)
		res, err := stateless.Execute(context.Background(), c.config, in, c.witnesses[i])
		require.NoError(t, err)
		require.Zero(t, res.RepeatedTrieBytes, "block %d", block.NumberU64())
	}
}

// TestForgedTries: the forged pre-states that once made every access walk 64
// levels. A branch with no children is not canonical; a canonical forged trie
// whose every branch points its sixteen children at one node passes the node
// rules but repeats each node 16^depth times, which the policy refuses.
func TestForgedTries(t *testing.T) {
	in, w := forgedTrie(t, false)
	_, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.ErrorIs(t, err, stateless.ErrNonCanonicalNode)
	require.ErrorContains(t, err, "is 18 bytes, outside [32, 532]")

	in, w = forgedTrie(t, true)
	in.Policy.MaxRepeatedTrieBytes = 1 << 40
	_, err = stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.ErrorIs(t, err, stateless.ErrTrieExpansion)
}

// forgedTrie is an empty block on a pre-state trie of 64 levels in which every
// branch points its sixteen children at the same node. With leaves, the bottom
// level holds an account leaf at depth 64 (every node canonical); without, it is
// a branch with no children.
func forgedTrie(tb testing.TB, leaves bool) (*stateless.Input, *stateless.Witness) {
	var (
		nodes [][]byte
		child = common.Hash{}
	)
	empty := make([]any, 17)
	for i := range empty {
		empty[i] = []byte{}
	}
	enc, err := rlp.EncodeToBytes(empty)
	require.NoError(tb, err)
	if leaves {
		account, err := rlp.EncodeToBytes(&types.StateAccount{Balance: new(uint256.Int), Root: types.EmptyRootHash, CodeHash: types.EmptyCodeHash.Bytes()})
		require.NoError(tb, err)
		enc, err = rlp.EncodeToBytes([]any{[]byte{0x20}, account})
		require.NoError(tb, err)
	}
	for level := 0; level < 65; level++ {
		if level > 0 {
			branch := make([]any, 17)
			for i := range 16 {
				branch[i] = child.Bytes()
			}
			branch[16] = []byte{}
			enc, err = rlp.EncodeToBytes(branch)
			require.NoError(tb, err)
		}
		nodes = append(nodes, enc)
		child = crypto.Keccak256Hash(enc)
	}
	zero := uint64(0)
	parent := &types.Header{
		Number: big.NewInt(1), Difficulty: common.Big0, GasLimit: 30_000_000, BaseFee: big.NewInt(params.InitialBaseFee),
		Root: child, Time: 100, ExcessBlobGas: &zero, BlobGasUsed: &zero, UncleHash: types.EmptyUncleHash,
		WithdrawalsHash: &types.EmptyWithdrawalsHash, ParentBeaconRoot: &common.Hash{}, RequestsHash: &types.EmptyRequestsHash,
	}
	return emptyChild(parent), &stateless.Witness{Headers: []*types.Header{parent}, State: nodes}
}

// TestPolicyBoundedBalances: a pre-state account at 2^128 wei fails under the
// policy, one wei less passes, and L1's rules (no policy) accept either.
func TestPolicyBoundedBalances(t *testing.T) {
	bound := new(big.Int).Lsh(common.Big1, stateless.MaxBalanceBits)
	for _, tc := range []struct {
		balance *big.Int
		want    error
	}{
		{new(big.Int).Sub(bound, common.Big1), nil},
		{bound, stateless.ErrBalanceBound},
	} {
		alloc := core.SystemContractAllocs()
		alloc[common.Address{0xba}] = types.Account{Balance: tc.balance}
		in, w := craftedState(t, alloc)
		_, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
		require.NoError(t, err, "L1's rules have no balance bound")
		in.Policy.BoundedBalances = true
		_, err = stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
		if tc.want == nil {
			require.NoError(t, err)
			continue
		}
		require.ErrorIs(t, err, tc.want)
		require.ErrorContains(t, err, bound.String())
	}
}
