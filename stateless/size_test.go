package stateless

import (
	"encoding/json"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// TestBlockSize checks that blockSize, which finish uses for the EIP-7934 bound
// instead of encoding the block, equals types.Block.Size (the length of the
// block's RLP encoding) for every block of the EEST corpus and the real blocks
// of the shared corpus that decodes and has no uncles, every stateless vector
// and a block built here (transactions signed, not decoded, so their sizes come
// from encoding rather than from decoding). Under CI=true a missing corpus
// fails the test.
func TestBlockSize(t *testing.T) {
	blocks := []*types.Block{builtBlock(t)}
	vectors, err := filepath.Glob(filepath.Join("..", "tests", "vectors", "stateless", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, vectors)
	for _, path := range vectors {
		var v struct{ Block hexutil.Bytes }
		readJSON(t, path, &v)
		blocks = append(blocks, decodeBlocks(v.Block)...)
	}
	fromVectors := len(blocks)

	dir := os.Getenv("NR_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and the corpus is missing: %v", err)
		}
		t.Logf("corpus not found (%v): set NR_CORPUS to check its blocks", err)
	} else {
		real, err := filepath.Glob(filepath.Join(dir, "real-blocks", "*.block.rlp"))
		require.NoError(t, err)
		require.NotEmpty(t, real)
		for _, path := range real {
			enc, err := os.ReadFile(path)
			require.NoError(t, err)
			blocks = append(blocks, decodeBlocks(enc)...)
		}
		err = filepath.WalkDir(filepath.Join(dir, "eest-v5.4.0"), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
				return err
			}
			var tests map[string]struct {
				Blocks []struct{ RLP hexutil.Bytes }
			}
			readJSON(t, path, &tests)
			for _, test := range tests {
				for _, b := range test.Blocks {
					blocks = append(blocks, decodeBlocks(b.RLP)...)
				}
			}
			return nil
		})
		require.NoError(t, err)
		require.Greater(t, len(blocks)-fromVectors, 691, "the corpus has a block per test at least")
	}
	var typed, withdrawals int
	for _, b := range blocks {
		header, err := rlp.EncodeToBytes(b.Header())
		require.NoError(t, err)
		size, err := blockSize(uint64(len(header)), b.Transactions(), b.Withdrawals())
		require.NoError(t, err)
		require.Equal(t, b.Size(), size, "block %d (%x)", b.NumberU64(), b.Hash())
		for _, tx := range b.Transactions() {
			if tx.Type() != types.LegacyTxType {
				typed++
			}
		}
		if len(b.Withdrawals()) > 0 {
			withdrawals++
		}
	}
	t.Logf("%d blocks, %d typed transactions, %d blocks with withdrawals", len(blocks), typed, withdrawals)
	require.NotZero(t, typed)
	require.NotZero(t, withdrawals)
}

// decodeBlocks returns the block enc encodes, if it decodes and has no uncles
// (an executed block never has any); invalid corpus blocks need not decode.
func decodeBlocks(enc []byte) []*types.Block {
	b := new(types.Block)
	if rlp.DecodeBytes(enc, b) != nil || len(b.Uncles()) != 0 {
		return nil
	}
	return []*types.Block{b}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	enc, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(enc, v), path)
}

// builtBlock is a block of freshly signed transactions of every type but blob,
// with sizes of each length class, and withdrawals.
func builtBlock(t *testing.T) *types.Block {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(big.NewInt(1))
	to := common.Address{1}
	var txs types.Transactions
	for i, data := range [][]byte{nil, {1}, make([]byte, 54), make([]byte, 300), make([]byte, 70_000)} {
		for _, inner := range []types.TxData{
			&types.LegacyTx{Nonce: uint64(i), To: &to, Gas: 21_000, GasPrice: big.NewInt(1), Data: data},
			&types.AccessListTx{ChainID: big.NewInt(1), Nonce: uint64(i), To: &to, Gas: 21_000, GasPrice: big.NewInt(1), Data: data},
			&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: uint64(i), To: &to, Gas: 21_000, GasFeeCap: big.NewInt(1), Data: data},
			&types.SetCodeTx{ChainID: uint256.NewInt(1), Nonce: uint64(i), To: to, Gas: 21_000, GasFeeCap: uint256.NewInt(1), Data: data,
				AuthList: []types.SetCodeAuthorization{{ChainID: *uint256.NewInt(1), Address: to}}},
		} {
			tx, err := types.SignNewTx(key, signer, inner)
			require.NoError(t, err)
			txs = append(txs, tx)
		}
	}
	header := &types.Header{Number: big.NewInt(1), Difficulty: new(big.Int), BaseFee: big.NewInt(7)}
	withdrawals := types.Withdrawals{{Index: 1, Validator: 2, Address: to, Amount: 3}}
	return types.NewBlock(header, &types.Body{Transactions: txs, Withdrawals: withdrawals}, nil, trie.NewStackTrie(nil))
}
