package l2

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// Chain is an in-memory L2 chain that records, for each block it builds, the
// witness and the EXECUTE input claiming it.
type Chain struct {
	ChainID uint64
	Genesis *core.Genesis
	engine  consensus.Engine
	genDB   ethdb.Database // state for core.GenerateChain
	chain   *core.BlockChain
	head    *types.Block
}

// Block is one built L2 block with what EXECUTE needs to verify it.
type Block struct {
	Block        *types.Block
	Receipts     types.Receipts
	PreStateRoot common.Hash
	Witness      *stateless.Witness
	// Input claims Block with its true post-state root, receipts root and gas used.
	Input *precompile.Input
}

// NewChain starts L2 chainID at Genesis(chainID, alloc).
func NewChain(chainID uint64, alloc types.GenesisAlloc) (*Chain, error) {
	return NewChainFromGenesis(chainID, Genesis(chainID, alloc))
}

// NewChainFromGenesis starts L2 chainID at genesis, typically Genesis(chainID,
// alloc) with a field changed (e.g. a smaller GasLimit for an L3 settling on an L2).
func NewChainFromGenesis(chainID uint64, genesis *core.Genesis) (*Chain, error) {
	engine := beacon.New(ethash.NewFaker())
	genDB, _, _ := core.GenerateChainWithGenesis(genesis, engine, 0, nil)
	bc, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), genesis, engine, core.DefaultConfig().WithArchive(true))
	if err != nil {
		return nil, fmt.Errorf("starting L2 chain %d: %w", chainID, err)
	}
	return &Chain{ChainID: chainID, Genesis: genesis, engine: engine, genDB: genDB, chain: bc, head: bc.Genesis()}, nil
}

// Close releases the chain.
func (c *Chain) Close() { c.chain.Stop() }

// Head is the latest block.
func (c *Chain) Head() *types.Block { return c.head }

// AddBlocks builds n blocks on the head with core.GenerateChain (gen adds
// transactions and sets the environment, e.g. b.SetParentBeaconRoot(anchor)),
// records each block's witness by re-processing it on a full node, imports it
// and returns the blocks with their EXECUTE inputs.
func (c *Chain) AddBlocks(n int, gen func(i int, b *core.BlockGen)) ([]*Block, error) {
	blocks, receipts := core.GenerateChain(c.Genesis.Config, c.head, c.engine, c.genDB, n, gen)
	out := make([]*Block, len(blocks))
	for i, block := range blocks {
		parent := c.head
		res, err := c.chain.ProcessBlock(context.Background(), parent.Root(), block, core.ExecuteConfig{MakeWitness: true})
		if err != nil {
			return nil, fmt.Errorf("recording the witness of block %d: %w", block.NumberU64(), err)
		}
		witness := stateless.FromGeth(res.Witness())
		if _, err := c.chain.InsertChain(types.Blocks{block}); err != nil {
			return nil, fmt.Errorf("importing block %d: %w", block.NumberU64(), err)
		}
		input, err := precompile.InputFromBlock(block, c.ChainID, parent.Root(), witness)
		if err != nil {
			return nil, err
		}
		out[i] = &Block{Block: block, Receipts: receipts[i], PreStateRoot: parent.Root(), Witness: witness, Input: input}
		c.head = block
	}
	return out, nil
}

// BlockChain is the full node holding every imported block. Pass it to
// BlockGen.AddTxWithChain for a transaction that runs BLOCKHASH on blocks built
// by earlier AddBlocks calls (BlockGen.AddTx has no chain to look them up in).
func (c *Chain) BlockChain() *core.BlockChain { return c.chain }
