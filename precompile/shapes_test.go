package precompile_test

import (
	"bytes"
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/trie/trienode"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// Adversarial EXECUTE inputs for the gas calibration: pre-states a caller
// chooses, built node by node, each with one transaction that burns the block's
// gas on them.

// shapeGasLimit is the declared gas limit of every shape: l2.GenesisGasLimit.
const shapeGasLimit = l2.GenesisGasLimit

// target is the contract each shape's transaction calls.
var target = common.HexToAddress("0x7a76e7")

// sloadLoopRuntime loads slot 1, 2, 3, ... until the gas runs out; every key
// (keccak of the slot) is a fresh path through the storage trie:
// JUMPDEST PUSH1 0 MLOAD PUSH1 1 ADD DUP1 PUSH1 0 MSTORE SLOAD POP PUSH1 0 JUMP
var sloadLoopRuntime = common.FromHex("0x5b600051600101806000525450600056")

// sloadUpToRuntime loads slots 1..n, n the first calldata word:
// JUMPDEST PUSH1 0 MLOAD PUSH1 1 ADD DUP1 PUSH1 0 MSTORE DUP1 SLOAD POP
// PUSH1 0 CALLDATALOAD GT PUSH1 0 JUMPI STOP
var sloadUpToRuntime = common.FromHex("0x5b6000516001018060005280545060003511600057" + "00")

// balanceLoopRuntime reads the balance of address 1, 2, 3, ... until the gas runs
// out: every address is a cold account access on a fresh account-trie path.
// JUMPDEST PUSH1 0 MLOAD PUSH1 1 ADD DUP1 PUSH1 0 MSTORE BALANCE POP PUSH1 0 JUMP
var balanceLoopRuntime = common.FromHex("0x5b600051600101806000523150600056")

// forgedState is a pre-state: go-ethereum's system contracts, dev account 0
// funded, and target with runtime and a storage trie given as its root and
// nodes. accounts adds more accounts to the account trie. Without a runtime the
// block is empty, at the least gas limit (5,000): a shape that only loads a
// witness pays for nothing else.
type forgedState struct {
	runtime      []byte
	calldata     []byte
	gasLimit     uint64 // shapeGasLimit if zero
	storageRoot  common.Hash
	storageNodes [][]byte
	accounts     int
}

// input returns the EXECUTE input of a block whose one transaction calls target
// with all the block's gas, with claims set to what execution computes, so that
// EXECUTE returns true.
func (s forgedState) input(tb testing.TB, pad func(*stateless.Witness)) []byte {
	tb.Helper()
	tdb := triedb.NewDatabase(rawdb.NewMemoryDatabase(), triedb.HashDefaults)
	tr, err := trie.NewStateTrie(trie.StateTrieID(types.EmptyRootHash), tdb)
	require.NoError(tb, err)
	w := &stateless.Witness{}
	put := func(addr common.Address, balance *uint256.Int, nonce uint64, code []byte, root common.Hash) {
		codeHash := types.EmptyCodeHash
		if len(code) > 0 {
			codeHash = crypto.Keccak256Hash(code)
			w.Codes = append(w.Codes, code)
		}
		require.NoError(tb, tr.UpdateAccount(addr, &types.StateAccount{Nonce: nonce, Balance: balance, Root: root, CodeHash: codeHash.Bytes()}, len(code)))
	}
	for addr, acc := range core.SystemContractAllocs() {
		put(addr, new(uint256.Int), acc.Nonce, acc.Code, types.EmptyRootHash)
	}
	put(l2.DevAddress(0), uint256.NewInt(params.Ether), 0, nil, types.EmptyRootHash)
	root := s.storageRoot
	if root == (common.Hash{}) {
		root = types.EmptyRootHash
	}
	put(target, new(uint256.Int), 1, s.runtime, root)
	for i := 1; i <= s.accounts; i++ {
		put(common.BigToAddress(big.NewInt(int64(i))), uint256.NewInt(1), 0, nil, types.EmptyRootHash)
	}
	stateRoot, set := tr.Commit(false)
	set.ForEachWithOrder(func(_ string, n *trienode.Node) { w.State = append(w.State, n.Blob) })
	w.State = append(w.State, s.storageNodes...)

	gasLimit := uint64(shapeGasLimit)
	if s.gasLimit != 0 {
		gasLimit = s.gasLimit
	}
	if s.runtime == nil {
		gasLimit = params.MinGasLimit
	}
	zero := uint64(0)
	parent := &types.Header{
		Number: big.NewInt(1), Difficulty: common.Big0, GasLimit: gasLimit, BaseFee: big.NewInt(params.InitialBaseFee),
		Root: stateRoot, Time: 100, ExcessBlobGas: &zero, BlobGasUsed: &zero, UncleHash: types.EmptyUncleHash,
		WithdrawalsHash: &types.EmptyWithdrawalsHash, ParentBeaconRoot: &common.Hash{}, RequestsHash: &types.EmptyRequestsHash,
	}
	w.Headers = []*types.Header{parent}
	if pad != nil {
		pad(w)
	}
	var list types.Transactions
	if s.runtime != nil {
		signer := types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID))
		tx, err := types.SignNewTx(l2.DevKey(0), signer, &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Gas: gasLimit - 100_000, To: &target, Data: s.calldata,
			GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2 * params.InitialBaseFee),
		})
		require.NoError(tb, err)
		list = append(list, tx)
	}
	txs, err := rlp.EncodeToBytes(list)
	require.NoError(tb, err)
	witness, err := stateless.EncodeWitnessRLP(w)
	require.NoError(tb, err)
	in := &precompile.Input{
		ChainID: l2.DefaultChainID, ParentHash: parent.Hash(), PreStateRoot: stateRoot, Timestamp: parent.Time + 12,
		GasLimit: gasLimit, Transactions: txs, Witness: witness,
	}
	v, err := precompile.NewExecute(l2.L1Config()).Verify(tb.Context(), in.Encode())
	require.NoError(tb, err)
	in.PostStateRoot, in.ReceiptsRoot, in.GasUsed = v.Result.StateRoot, v.Result.ReceiptsRoot, v.Result.GasUsed
	return in.Encode()
}

// dagStorage is a storage trie of depth levels of branches, each pointing its
// sixteen children at the same node of the next level, ending in one leaf: every
// key walks all levels, from a witness of depth+1 nodes. Its positions repeat
// 16^level times at each level; depth 4 is the deepest the 10M-gas bound admits.
func dagStorage(tb testing.TB, depth int) (common.Hash, [][]byte) {
	leaf, err := rlp.EncodeToBytes([]any{append([]byte{0x20}, make([]byte, (64-depth)/2)...), []byte{0x01}})
	require.NoError(tb, err)
	nodes := [][]byte{leaf}
	child := crypto.Keccak256Hash(leaf)
	for range depth {
		branch := make([]any, 17)
		for i := range 16 {
			branch[i] = child.Bytes()
		}
		branch[16] = []byte{}
		enc, err := rlp.EncodeToBytes(branch)
		require.NoError(tb, err)
		nodes = append(nodes, enc)
		child = crypto.Keccak256Hash(enc)
	}
	return child, nodes
}

// deepStorage is a storage trie in which each of the keys of slots 1..n has a
// path of its own down to depth 64: a branch at every level, with one dummy
// child (absent from the witness) where the keys do not fork. Every node is
// canonical and at one position, so the witness pays for every level each read
// walks.
func deepStorage(tb testing.TB, n int) (common.Hash, [][]byte) {
	keys := make([][]byte, n)
	for i := range keys {
		keys[i] = crypto.Keccak256(common.BigToHash(big.NewInt(int64(i + 1))).Bytes())
	}
	var nodes [][]byte
	var build func(keys [][]byte, depth int) common.Hash
	build = func(keys [][]byte, depth int) common.Hash {
		var enc []byte
		var err error
		if depth == 64 {
			value, _ := rlp.EncodeToBytes(bytes.Repeat([]byte{0x01}, 30))
			enc, err = rlp.EncodeToBytes([]any{[]byte{0x20}, value})
		} else {
			groups := make([][][]byte, 16)
			for _, k := range keys {
				nibble := k[depth/2] >> (4 * (1 - depth%2)) & 0xf
				groups[nibble] = append(groups[nibble], k)
			}
			branch := make([]any, 17)
			used := 0
			for i, g := range groups {
				branch[i] = []byte{}
				if len(g) > 0 {
					branch[i] = build(g, depth+1).Bytes()
					used++
				}
			}
			if used == 1 {
				for i := range groups {
					if len(groups[i]) == 0 {
						branch[i] = crypto.Keccak256([]byte{byte(depth)})
						break
					}
				}
			}
			branch[16] = []byte{}
			enc, err = rlp.EncodeToBytes(branch)
		}
		require.NoError(tb, err)
		nodes = append(nodes, enc)
		return crypto.Keccak256Hash(enc)
	}
	return build(keys, 0), nodes
}

// honestStorage is the storage trie of slots 1..n each holding 1, as go-ethereum
// commits it.
func honestStorage(tb testing.TB, n int) (common.Hash, [][]byte) {
	tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), triedb.HashDefaults))
	for i := 1; i <= n; i++ {
		key := crypto.Keccak256(common.BigToHash(big.NewInt(int64(i))).Bytes())
		require.NoError(tb, tr.Update(key, []byte{0x01}))
	}
	root, set := tr.Commit(false)
	var nodes [][]byte
	set.ForEachWithOrder(func(_ string, n *trienode.Node) { nodes = append(nodes, n.Blob) })
	return root, nodes
}

// calibrationShapes are the adversarial inputs BenchmarkGasCalibration prices,
// each returning true.
func calibrationShapes() []struct {
	name  string
	input func(testing.TB) []byte
} {
	return []struct {
		name  string
		input func(testing.TB) []byte
	}{
		{"repeated-positions-dag-sload", func(tb testing.TB) []byte {
			root, nodes := dagStorage(tb, 4)
			return forgedState{runtime: sloadLoopRuntime, storageRoot: root, storageNodes: nodes}.input(tb, nil)
		}},
		{"deep-paths-sload-600-keys", func(tb testing.TB) []byte {
			root, nodes := deepStorage(tb, 600)
			n := common.BigToHash(big.NewInt(600)).Bytes()
			return forgedState{runtime: sloadUpToRuntime, calldata: n, gasLimit: 1_500_000, storageRoot: root, storageNodes: nodes}.input(tb, nil)
		}},
		{"honest-storage-sload-4k-slots", func(tb testing.TB) []byte {
			root, nodes := honestStorage(tb, 4096)
			return forgedState{runtime: sloadLoopRuntime, storageRoot: root, storageNodes: nodes}.input(tb, nil)
		}},
		{"honest-accounts-balance-4k", func(tb testing.TB) []byte {
			return forgedState{runtime: balanceLoopRuntime, accounts: 4096}.input(tb, nil)
		}},
		{"min-size-entries-65536", func(tb testing.TB) []byte {
			return forgedState{}.input(tb, func(w *stateless.Witness) {
				for len(w.State) < precompile.MaxWitnessNodes {
					node := make([]byte, stateless.MinNodeSize)
					_, _ = rand.Read(node)
					w.State = append(w.State, node)
				}
			})
		}},
		{"one-byte-keys-65536", func(tb testing.TB) []byte {
			return forgedState{}.input(tb, func(w *stateless.Witness) {
				for len(w.Keys) < precompile.MaxWitnessKeys {
					w.Keys = append(w.Keys, []byte{byte(len(w.Keys))})
				}
			})
		}},
		{"max-size-nodes-4MiB", func(tb testing.TB) []byte {
			return forgedState{}.input(tb, func(w *stateless.Witness) {
				for range (precompile.MaxInputSize - 20_000) / (stateless.MaxNodeSize + 3) {
					node := make([]byte, stateless.MaxNodeSize)
					_, _ = rand.Read(node)
					w.State = append(w.State, node)
				}
			})
		}},
		{"max-codes-4096", func(tb testing.TB) []byte {
			return forgedState{}.input(tb, func(w *stateless.Witness) {
				for len(w.Codes) < precompile.MaxWitnessCodes {
					code := make([]byte, 64)
					_, _ = rand.Read(code)
					w.Codes = append(w.Codes, code)
				}
			})
		}},
		{"max-headers-256", func(tb testing.TB) []byte {
			return forgedState{}.input(tb, func(w *stateless.Witness) {
				parent := w.Headers[0]
				chain := make([]*types.Header, 0, stateless.MaxHeaders)
				prev := (*types.Header)(nil)
				for i := range stateless.MaxHeaders - 1 {
					h := types.CopyHeader(parent)
					h.Number = big.NewInt(int64(i) + 1)
					h.Time = uint64(i)
					if prev != nil {
						h.ParentHash = prev.Hash()
					}
					chain = append(chain, h)
					prev = h
				}
				parent.Number = big.NewInt(stateless.MaxHeaders)
				parent.ParentHash = prev.Hash()
				w.Headers = append(chain, parent)
			})
		}},
	}
}

// TestCalibrationShapesAreValid: every shape the calibration prices is a block
// EXECUTE accepts (true), so its cost is what an attacker can actually buy.
func TestCalibrationShapesAreValid(t *testing.T) {
	exec := precompile.NewExecute(l2.L1Config())
	for _, s := range calibrationShapes() {
		t.Run(s.name, func(t *testing.T) {
			input := s.input(t)
			v, err := exec.Verify(t.Context(), input)
			require.NoError(t, err)
			require.True(t, v.Valid)
			t.Logf("%d bytes, gas %d, L2 gas used %d, repeated trie bytes %d", len(input), exec.RequiredGas(input), v.Result.GasUsed, v.Result.RepeatedTrieBytes)
		})
	}
}
