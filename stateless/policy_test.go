package stateless_test

import (
	"context"
	"errors"
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

// TestPolicyTrieReadBudgetBoundary: the budget counts every trie node execution
// loads; an honest block passes with exactly its count and fails with one less.
func TestPolicyTrieReadBudgetBoundary(t *testing.T) {
	c := generateTestChain(t)
	for i, block := range c.blocks {
		in := stateless.InputFromBlock(block, c.parent(i).Root)
		res, err := stateless.Execute(context.Background(), c.config, in, c.witnesses[i])
		require.NoError(t, err)
		require.NotZero(t, res.TrieReads)

		in.Policy.TrieReadBudget = res.TrieReads
		again, err := stateless.Execute(context.Background(), c.config, in, c.witnesses[i])
		require.NoError(t, err)
		require.Equal(t, res.Hash, again.Hash)

		in.Policy.TrieReadBudget = res.TrieReads - 1
		_, err = stateless.Execute(context.Background(), c.config, in, c.witnesses[i])
		require.ErrorIs(t, err, stateless.ErrTrieReadBudget, "block %d", block.NumberU64())
		require.NotErrorIs(t, err, stateless.ErrMissingWitnessData, "a refused read is not missing data")
	}
}

// TestPolicyTrieReadBudgetStopsForgedTrie: a pre-state trie whose every branch
// points all sixteen children at one node is 64 nodes of witness, yet every
// account lookup walks all 64 levels. Gas pays per access, not per level; the
// budget is what bounds the work.
func TestPolicyTrieReadBudgetStopsForgedTrie(t *testing.T) {
	in, w := forgedTrie(t)
	// The system calls alone look up three accounts, 64 nodes each.
	in.Policy.TrieReadBudget = 100
	res, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.ErrorIs(t, err, stateless.ErrTrieReadBudget)
	require.Nil(t, res)
	// With room for them, the walk completes and finds no withdrawal-queue code.
	in.Policy.TrieReadBudget = 1000
	_, err = stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
	require.ErrorIs(t, err, stateless.ErrInvalidBlock)
}

// BenchmarkForgedTrieRead measures the worst cost of one trie read, on the
// forged trie, next to ecrecover in the same run: EXECUTE's GAS_PER_TRIE_READ
// (precompile.GasPerTrieRead) must buy a read at no more CPU per gas than
// ecrecover's 3,000 gas buys (docs/BENCHMARKS.md, "EXECUTE").
func BenchmarkForgedTrieRead(b *testing.B) {
	b.Run("forged-read", func(b *testing.B) {
		in, w := forgedTrie(b)
		in.Policy.TrieReadBudget = 1 << 20
		reads := 0
		for b.Loop() {
			_, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w)
			require.ErrorIs(b, err, stateless.ErrInvalidBlock)
			reads++
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(reads)/float64(forgedWalkReads(b)), "ns/read")
	})
	b.Run("ecrecover", func(b *testing.B) {
		key, _ := crypto.GenerateKey()
		hash := crypto.Keccak256([]byte("nr"))
		sig, err := crypto.Sign(hash, key)
		require.NoError(b, err)
		for b.Loop() {
			_, err := crypto.Ecrecover(hash, sig)
			require.NoError(b, err)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/3000, "ns/gas")
	})
}

// forgedWalkReads is how many trie reads one execution on the forged trie makes:
// the smallest budget it does not exceed.
func forgedWalkReads(tb testing.TB) uint64 {
	in, w := forgedTrie(tb)
	for budget := uint64(1); ; budget++ {
		in.Policy.TrieReadBudget = budget
		if _, err := stateless.Execute(context.Background(), params.MergedTestChainConfig, in, w); !errors.Is(err, stateless.ErrTrieReadBudget) {
			return budget
		}
	}
}

// forgedTrie is an empty block on a pre-state trie of 64 levels in which every
// branch points its sixteen children at the same node.
func forgedTrie(tb testing.TB) (*stateless.Input, *stateless.Witness) {
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
	for level := 0; level < 64; level++ {
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
