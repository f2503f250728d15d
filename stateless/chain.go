package stateless

import (
	"fmt"
	"math"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// headerChain serves the witness headers to go-ethereum's state processor (parent
// lookup, BLOCKHASH) and remembers every lookup it could not answer.
//
// go-ethereum answers BLOCKHASH for an ancestor it cannot find with the zero hash,
// which would turn a missing header into a wrong but plausible state root. A
// headerChain instead records the miss, and Execute turns it into
// ErrMissingWitnessData.
type headerChain struct {
	config   *params.ChainConfig
	engine   consensus.Engine
	byHash   map[common.Hash]*types.Header
	byNumber map[uint64]*types.Header
	parent   *types.Header
	missed   atomic.Bool
}

// newHeaderChain checks the witness headers and indexes them.
//
// Spec code (spec/witness.md): the headers are ordered oldest first, each header's
// number is its predecessor's plus one, each header's parent_hash is the hash of its
// predecessor, there are at most 256 of them, and the last one is the parent of the
// block being executed.
func newHeaderChain(config *params.ChainConfig, headers []*types.Header, parentHash common.Hash) (*headerChain, error) {
	if len(headers) == 0 {
		return nil, ErrEmptyWitness
	}
	if len(headers) > MaxHeaders {
		return nil, fmt.Errorf("%w: %d headers, at most %d", ErrTooManyHeaders, len(headers), MaxHeaders)
	}
	c := &headerChain{
		config:   config,
		engine:   beacon.New(ethash.NewFaker()),
		byHash:   make(map[common.Hash]*types.Header, len(headers)),
		byNumber: make(map[uint64]*types.Header, len(headers)),
	}
	// Each header is hashed once: its hash is both its index key and what the
	// next header's parent hash must be.
	var (
		prev     *types.Header
		prevHash common.Hash
	)
	for i, h := range headers {
		if h == nil || h.Number == nil || h.Difficulty == nil || !h.Number.IsUint64() {
			return nil, fmt.Errorf("%w: header %d has no number or difficulty", ErrInvalidWitnessEncoding, i)
		}
		if prev != nil {
			if prev.Number.Uint64() == math.MaxUint64 || h.Number.Uint64() != prev.Number.Uint64()+1 {
				return nil, fmt.Errorf("%w: header %d has number %d after %d", ErrHeadersNotContiguous, i, h.Number, prev.Number)
			}
			if h.ParentHash != prevHash {
				return nil, fmt.Errorf("%w: header %d (number %d) has parent %x, previous header is %x", ErrHeadersNotLinked, i, h.Number, h.ParentHash, prevHash)
			}
		}
		hash := h.Hash()
		c.byHash[hash] = h
		c.byNumber[h.Number.Uint64()] = h
		prev, prevHash = h, hash
	}
	if prevHash != parentHash {
		return nil, fmt.Errorf("%w: last header %x (number %d), block parent %x", ErrParentMismatch, prevHash, prev.Number, parentHash)
	}
	c.parent = prev
	return c, nil
}

func (c *headerChain) Config() *params.ChainConfig  { return c.config }
func (c *headerChain) Engine() consensus.Engine     { return c.engine }
func (c *headerChain) CurrentHeader() *types.Header { return c.parent }

func (c *headerChain) GetHeader(hash common.Hash, number uint64) *types.Header {
	if h := c.byHash[hash]; h != nil && h.Number.Uint64() == number {
		return h
	}
	c.missed.Store(true)
	return nil
}

func (c *headerChain) GetHeaderByNumber(number uint64) *types.Header {
	if h := c.byNumber[number]; h != nil {
		return h
	}
	c.missed.Store(true)
	return nil
}

func (c *headerChain) GetHeaderByHash(hash common.Hash) *types.Header {
	if h := c.byHash[hash]; h != nil {
		return h
	}
	c.missed.Store(true)
	return nil
}

// CheckHeaders runs Execute's first checks, the pure ones on the witness
// headers, with Execute's own code: the headers are a non-empty chain of at
// most MaxHeaders, contiguous and hash-linked, whose last header hashes to
// parentHash; the parent's state root is preStateRoot; and the parent header
// is sane (number, gas, base fee, blob gas, fork fields). Execute fails with
// the same error on a witness failing them.
func CheckHeaders(config *params.ChainConfig, headers []*types.Header, parentHash, preStateRoot common.Hash) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %v", ErrExecutionFault, p)
		}
	}()
	_, err = checkHeaders(config, headers, parentHash, preStateRoot)
	return err
}

// checkHeaders is Execute's step 1: the header chain, the pre-state root bound
// to the parent, and the parent's sanity.
func checkHeaders(config *params.ChainConfig, headers []*types.Header, parentHash, preStateRoot common.Hash) (*headerChain, error) {
	chain, err := newHeaderChain(config, headers, parentHash)
	if err != nil {
		return nil, err
	}
	parent := chain.parent
	if parent.Root != preStateRoot {
		return nil, fmt.Errorf("%w: claimed %x, parent %d has %x", ErrPreStateRootMismatch, preStateRoot, parent.Number, parent.Root)
	}
	if err := checkParent(config, parent); err != nil {
		return nil, err
	}
	return chain, nil
}
