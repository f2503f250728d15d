package precompile_test

import (
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
)

// Honest blocks that are heavy on state: any L2 user can send their
// transactions, so EXECUTE must accept each (true), or the L2 could never settle
// again. The retired trie read budget refused the first one.

// clearLoopRuntime clears slots from+1..n, n the first calldata word and from
// the second:
// PUSH1 32 CALLDATALOAD PUSH1 0 MSTORE
// JUMPDEST PUSH1 0 MLOAD PUSH1 1 ADD DUP1 PUSH1 0 MSTORE PUSH1 0 DUP2 SSTORE
// PUSH1 0 CALLDATALOAD GT PUSH1 6 JUMPI STOP
var clearLoopRuntime = common.FromHex("0x602035600052" + "5b60005160010180600052600081556000351160065700")

// balanceUpToRuntime reads the balance of addresses 1..n, n the first calldata word:
// JUMPDEST PUSH1 0 MLOAD PUSH1 1 ADD DUP1 PUSH1 0 MSTORE DUP1 BALANCE POP
// PUSH1 0 CALLDATALOAD GT PUSH1 0 JUMPI STOP
var balanceUpToRuntime = common.FromHex("0x5b600051600101806000528031506000351160005700")

// heavyBlock builds, on an L2 with the given genesis gas limit, a block whose
// transactions call runtime (installed at target with storage) with n as their
// first calldata word, each with at most EIP-7825's 2^24 gas, until the block's
// gas is spent; the second word of transaction i is i*n/count (where a clearing
// loop starts). It returns the block and its EXECUTE input.
func heavyBlock(t *testing.T, gasLimit uint64, runtime []byte, storage map[common.Hash]common.Hash, accounts, n int) (*l2.Block, []byte) {
	t.Helper()
	alloc := l2.DevAlloc(1)
	alloc[target] = types.Account{Code: runtime, Storage: storage, Balance: common.Big0, Nonce: 1}
	for i := 1; i <= accounts; i++ {
		alloc[common.BigToAddress(big.NewInt(int64(i)))] = types.Account{Balance: common.Big1}
	}
	genesis := l2.Genesis(l2.DefaultChainID, alloc)
	genesis.GasLimit = gasLimit
	chain, err := l2.NewChainFromGenesis(l2.DefaultChainID, genesis)
	require.NoError(t, err)
	t.Cleanup(chain.Close)
	count := int((gasLimit + params.MaxTxGas - 1) / params.MaxTxGas)
	blocks, err := chain.AddBlocks(1, func(_ int, b *core.BlockGen) {
		for i := range count {
			data := append(common.BigToHash(big.NewInt(int64((i+1)*n/count))).Bytes(), common.BigToHash(big.NewInt(int64(i*n/count))).Bytes()...)
			b.AddTx(dynTx(t, b, l2.DefaultChainID, 0, &target, nil, min(b.Gas(), params.MaxTxGas), data))
		}
	})
	require.NoError(t, err)
	for _, r := range blocks[0].Receipts {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "every transaction must run to its end")
	}
	return blocks[0], blocks[0].Input.Encode()
}

// slots returns slots 1..n, each holding 1.
func slots(n int) map[common.Hash]common.Hash {
	s := make(map[common.Hash]common.Hash, n)
	for i := 1; i <= n; i++ {
		s[common.BigToHash(big.NewInt(int64(i)))] = common.BigToHash(common.Big1)
	}
	return s
}

// groundSlots returns pairs of slots whose storage keys (keccak of the slot)
// share long prefixes, found by trying the given number of slots: the deepest
// honest storage paths a user can buy with that much hashing.
func groundSlots(tries int) (map[common.Hash]common.Hash, int) {
	seen := make(map[uint64]uint64, tries)
	storage := make(map[common.Hash]common.Hash)
	deepest := 0
	for i := uint64(1); i <= uint64(tries); i++ {
		key := crypto.Keccak256(common.BigToHash(new(big.Int).SetUint64(i)).Bytes())
		prefix := binary.BigEndian.Uint64(key) >> 24 // 40 bits: 10 nibbles
		if j, ok := seen[prefix]; ok {
			storage[common.BigToHash(new(big.Int).SetUint64(i))] = common.BigToHash(common.Big1)
			storage[common.BigToHash(new(big.Int).SetUint64(j))] = common.BigToHash(common.Big1)
			other := crypto.Keccak256(common.BigToHash(new(big.Int).SetUint64(j)).Bytes())
			deepest = max(deepest, commonNibbles(key, other))
		}
		seen[prefix] = i
	}
	return storage, deepest
}

func commonNibbles(a, b []byte) int {
	for i := range 2 * len(a) {
		if (a[i/2]>>(4*(1-i%2)))&0xf != (b[i/2]>>(4*(1-i%2)))&0xf {
			return i
		}
	}
	return 2 * len(a)
}

func TestHonestHeavyBlocksVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("builds genesis states of up to 300,000 slots")
	}
	ground, depth := groundSlots(1 << 21)
	t.Logf("ground %d slots, deepest shared key prefix %d nibbles", len(ground), depth)
	cases := []struct {
		name     string
		gasLimit uint64
		runtime  []byte
		storage  map[common.Hash]common.Hash
		accounts int
		n        int
	}{
		// The block the trie read budget refused: 1,900 of 50,000 slots cleared.
		{"clear 1,900 of 50,000 slots", l2.GenesisGasLimit, clearLoopRuntime, slots(50_000), 0, 1_900},
		{"clear 1,900 of 300,000 slots", l2.GenesisGasLimit, clearLoopRuntime, slots(300_000), 0, 1_900},
		{"cold BALANCE of 3,700 of 50,000 accounts", l2.GenesisGasLimit, balanceUpToRuntime, nil, 50_000, 3_700},
		{"clear ground slots sharing 10+ nibbles", l2.GenesisGasLimit, groundClearRuntime(ground), ground, 0, 0},
		{"30M gas: clear 5,800 of 300,000 slots", 30_000_000, clearLoopRuntime, slots(300_000), 0, 5_800},
	}
	exec := precompile.NewExecute(l2.L1Config())
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			block, input := heavyBlock(t, tc.gasLimit, tc.runtime, tc.storage, tc.accounts, tc.n)
			t.Logf("gas used %d of %d, input %d bytes, witness %d nodes", block.Block.GasUsed(), tc.gasLimit, len(input), len(block.Witness.State))
			v, err := exec.Verify(t.Context(), input)
			require.NoError(t, err)
			require.True(t, v.Valid)
			require.Equal(t, block.Block.Hash(), v.BlockHash)
			require.Zero(t, v.Result.RepeatedTrieBytes, "an honest trie repeats no node")
		})
	}
}

// groundClearRuntime clears each of the given slots, one SSTORE each:
// PUSH32 slot PUSH1 0 SWAP1 SSTORE ... STOP
func groundClearRuntime(storage map[common.Hash]common.Hash) []byte {
	var code []byte
	for slot := range storage {
		code = append(code, 0x7f)
		code = append(code, slot.Bytes()...)
		code = append(code, 0x60, 0x00, 0x90, 0x55)
	}
	return append(code, 0x00)
}
