package solidity

import (
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nativerollup/nr/derive"
)

// BlockDigest is Derive.digestOf for a block as DERIVE outputs it:
// keccak256(abi.encode(timestamp, gasLimit, feeRecipient, prevRandao, extraData,
// transactions)), with transactions as EXECUTE takes them (derive.Block.TransactionsRLP).
func BlockDigest(b derive.Block) common.Hash {
	enc, err := blockDigestArgs.Pack(b.Timestamp, b.GasLimit, b.FeeRecipient, b.PrevRandao, b.ExtraData, b.TransactionsRLP())
	if err != nil {
		panic(err) // the argument types are fixed above and match the values
	}
	return crypto.Keccak256Hash(enc)
}

var blockDigestArgs = func() abi.Arguments {
	var args abi.Arguments
	for _, typ := range []string{"uint64", "uint64", "address", "bytes32", "bytes", "bytes"} {
		ty, err := abi.NewType(typ, "", nil)
		if err != nil {
			panic(err)
		}
		args = append(args, abi.Argument{Type: ty})
	}
	return args
}()

// BlockTree is the Merkle tree OptimisticNativeRollup records for one blob
// (Derive.deriveBlocksRoot): the digests of the blob's blocks, padded with zero
// leaves to a power of two, node = keccak256(left || right).
type BlockTree struct {
	levels [][]common.Hash // levels[0] are the padded leaves, the last level the root
}

// NewBlockTree builds the tree over the digests of a blob's blocks, in order.
func NewBlockTree(digests []common.Hash) *BlockTree {
	width := 1
	for width < len(digests) {
		width *= 2
	}
	level := make([]common.Hash, width)
	copy(level, digests)
	t := &BlockTree{levels: [][]common.Hash{level}}
	for len(level) > 1 {
		next := make([]common.Hash, len(level)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(level[2*i][:], level[2*i+1][:])
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t
}

// BlobBlockTree is the tree of a blob holding blocks.
func BlobBlockTree(blocks []derive.Block) *BlockTree {
	digests := make([]common.Hash, len(blocks))
	for i, b := range blocks {
		digests[i] = BlockDigest(b)
	}
	return NewBlockTree(digests)
}

// Root is what proveBlockData records (event BlockDataProven's blocksRoot).
func (t *BlockTree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Proof is step's proof for block index of the blob: its siblings, leaf up.
func (t *BlockTree) Proof(index int) [][32]byte {
	proof := make([][32]byte, 0, len(t.levels)-1)
	for _, level := range t.levels[:len(t.levels)-1] {
		proof = append(proof, level[index^1])
		index /= 2
	}
	return proof
}
