package eest

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/nativerollup/nr/stateless"
)

// referenceChain is go-ethereum's own blockchain over an in-memory database. It
// judges which fixture blocks go-ethereum accepts and supplies the witnesses; the
// stateless executor never sees it.
type referenceChain struct {
	db ethdb.Database
	bc *core.BlockChain
}

func newReferenceChain(g *core.Genesis) (*referenceChain, error) {
	db := rawdb.NewMemoryDatabase()
	cfg := core.DefaultConfig().WithArchive(true) // keep every state: a rejected block needs its parent's
	cfg.TrieCleanLimit = 0
	cfg.SnapshotLimit = 0
	bc, err := core.NewBlockChain(db, g, beacon.New(ethash.NewFaker()), cfg)
	if err != nil {
		return nil, fmt.Errorf("starting go-ethereum's chain on the fixture genesis: %w", err)
	}
	return &referenceChain{db: db, bc: bc}, nil
}

func (c *referenceChain) stop() { c.bc.Stop() }

// head is the last block go-ethereum accepted.
func (c *referenceChain) head() *types.Header { return c.bc.CurrentBlock() }

// insert imports b with full validation (header, body, execution, state root) and
// makes it the head. An error means go-ethereum rejects the block.
func (c *referenceChain) insert(b *types.Block) error {
	_, err := c.bc.InsertChain(types.Blocks{b})
	return err
}

// recordWitness re-executes an accepted block on its parent's state with
// go-ethereum's witness recorder on and converts the witness to the cross-client form.
func (c *referenceChain) recordWitness(ctx context.Context, parent *types.Header, b *types.Block) (*stateless.Witness, error) {
	res, err := c.bc.ProcessBlock(ctx, parent.Root, b, core.ExecuteConfig{MakeWitness: true})
	if err != nil {
		return nil, fmt.Errorf("recording the witness of block %d with go-ethereum: %w", b.NumberU64(), err)
	}
	return stateless.FromGeth(res.Witness()), nil
}

// fullWitness is the witness for a block go-ethereum rejects, where no recorder
// runs: every trie node of parent's state (the account trie and every storage trie),
// every contract code, and the ancestor headers up to stateless.MaxHeaders, oldest
// first and parent last. It is a superset of any block's needs on that parent.
func (c *referenceChain) fullWitness(parent *types.Header) (*stateless.Witness, error) {
	nodes, codes, err := c.stateContents(parent.Root)
	if err != nil {
		return nil, err
	}
	return &stateless.Witness{
		Headers: c.ancestors(parent),
		Codes:   codes,
		State:   nodes,
	}, nil
}

// ancestors returns parent and up to stateless.MaxHeaders-1 of its ancestors, oldest first.
func (c *referenceChain) ancestors(parent *types.Header) []*types.Header {
	headers := []*types.Header{parent}
	for h := parent; len(headers) < stateless.MaxHeaders && h.Number.Sign() > 0; {
		h = c.bc.GetHeader(h.ParentHash, h.Number.Uint64()-1)
		if h == nil {
			break
		}
		headers = append(headers, h)
	}
	slices.Reverse(headers)
	return headers
}

// stateContents walks the whole state at root and returns its hashed trie nodes and
// its codes, each sorted bytewise. Nodes embedded in their parent (shorter than 32
// bytes) have no hash of their own and travel inside the parent's encoding.
func (c *referenceChain) stateContents(root common.Hash) (nodes, codes [][]byte, err error) {
	var (
		nodeSet = map[string]struct{}{}
		codeSet = map[string]struct{}{}
	)
	accounts, err := trie.New(trie.StateTrieID(root), c.bc.TrieDB())
	if err != nil {
		return nil, nil, fmt.Errorf("%w: account trie %s: %v", ErrIncompleteReferenceState, root, err)
	}
	err = walkTrie(accounts, nodeSet, func(key, leaf []byte) error {
		var acc types.StateAccount
		if err := rlp.DecodeBytes(leaf, &acc); err != nil {
			return fmt.Errorf("account %x: %v", key, err)
		}
		if acc.Root != types.EmptyRootHash {
			storage, err := trie.New(trie.StorageTrieID(root, common.BytesToHash(key), acc.Root), c.bc.TrieDB())
			if err != nil {
				return fmt.Errorf("storage trie of account %x: %v", key, err)
			}
			if err := walkTrie(storage, nodeSet, nil); err != nil {
				return fmt.Errorf("storage trie of account %x: %v", key, err)
			}
		}
		if !bytes.Equal(acc.CodeHash, types.EmptyCodeHash.Bytes()) {
			code := rawdb.ReadCode(c.db, common.BytesToHash(acc.CodeHash))
			if len(code) == 0 {
				return fmt.Errorf("code %x of account %x not in the database", acc.CodeHash, key)
			}
			codeSet[string(code)] = struct{}{}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("%w: state %s: %v", ErrIncompleteReferenceState, root, err)
	}
	return sortedKeys(nodeSet), sortedKeys(codeSet), nil
}

// walkTrie adds every hashed node of t to nodes and calls onLeaf, if set, with each
// leaf's key and value.
func walkTrie(t *trie.Trie, nodes map[string]struct{}, onLeaf func(key, leaf []byte) error) error {
	it, err := t.NodeIterator(nil)
	if err != nil {
		return err
	}
	for it.Next(true) {
		if it.Hash() != (common.Hash{}) {
			nodes[string(it.NodeBlob())] = struct{}{}
		}
		if it.Leaf() && onLeaf != nil {
			if err := onLeaf(it.LeafKey(), it.LeafBlob()); err != nil {
				return err
			}
		}
	}
	return it.Error()
}

func sortedKeys(set map[string]struct{}) [][]byte {
	out := make([][]byte, 0, len(set))
	for k := range set {
		out = append(out, []byte(k))
	}
	slices.SortFunc(out, bytes.Compare)
	return out
}
