package l1node

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrNotDev is returned by Reorg on a network node: only the dev chain's
// simulated beacon decides what is canonical in this process.
var ErrNotDev = errors.New("an L1 reorg can only be made on a dev node (the simulated beacon)")

// ErrFinalized: Reorg was asked to replace a finalized block.
var ErrFinalized = errors.New("a finalized block cannot be replaced")

// Reorged is an L1 reorg Reorg made: the old branch after Ancestor, ending at
// OldHead, is no longer canonical, and NewHead ends a branch on Ancestor one
// block longer.
type Reorged struct {
	Ancestor, OldHead, NewHead *types.Header
}

// Reorg makes an L1 reorg on a dev node, for tests and dev users who want to
// see a rollup follow one: the simulated beacon's Fork makes the block
// ancestor the head again, and the beacon at once seals a new branch on it
// one block longer than the branch it replaced. The transactions of the
// replaced blocks go back to the transaction pool, as on any reorg, and the
// new branch includes them with whatever else is pending.
//
// With drop, the transaction pool is emptied after the fork (go-ethereum's
// Clear), as when the replaced transactions never reach the new branch's
// proposers and nodes forget them: their senders must send them again. This
// also drops any transaction that arrives while Reorg runs.
//
// It runs on the sealer's goroutine, between two seals (see devSealer), after
// sealing what is pending (Fork refuses while transactions are). A finalized
// block is never replaced.
func (n *Node) Reorg(ctx context.Context, ancestor common.Hash, drop bool) (*Reorged, error) {
	if n.sealer == nil {
		return nil, ErrNotDev
	}
	var (
		r   *Reorged
		err error
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if serr := n.sealer.do(func() { r, err = n.reorg(ancestor, drop) }); serr != nil {
			err = serr
		}
	}()
	select {
	case <-done:
		return r, err
	case <-ctx.Done():
		return nil, fmt.Errorf("L1 reorg: %w (it goes on once the sealer takes it)", ctx.Err())
	}
}

// reorg is Reorg on the sealer's goroutine.
func (n *Node) reorg(ancestor common.Hash, drop bool) (*Reorged, error) {
	chain := n.eth.BlockChain()
	anc := chain.GetHeaderByHash(ancestor)
	if anc == nil {
		return nil, fmt.Errorf("L1 reorg: ancestor %s is not a block of this chain", ancestor)
	}
	if chain.GetCanonicalHash(anc.Number.Uint64()) != ancestor {
		return nil, fmt.Errorf("L1 reorg: ancestor %s (block %d) is not canonical: fork from a block of the current chain", ancestor, anc.Number)
	}
	if fin := chain.CurrentFinalBlock(); fin != nil && anc.Number.Cmp(fin.Number) < 0 {
		return nil, fmt.Errorf("L1 reorg: %w: block %d is finalized, so ancestor %d cannot become the head (fork from block %d or later)", ErrFinalized, fin.Number, anc.Number, fin.Number)
	}
	if n.cfg.DevPeriod == 0 {
		n.sealer.sealPending(nil)
	}
	if pending, _ := n.eth.TxPool().Pending(txpool.PendingFilter{}); len(pending) > 0 {
		// A period chain between two slots, or transactions the miner leaves out.
		n.beacon.Commit()
	}
	old := chain.CurrentBlock()
	if old.Number.Cmp(anc.Number) <= 0 {
		return nil, fmt.Errorf("L1 reorg: ancestor %d is the head: there is no branch to replace", anc.Number)
	}
	replaced := chain.GetCanonicalHash(anc.Number.Uint64() + 1)
	if err := n.beacon.Fork(ancestor); err != nil {
		if pending, _ := n.eth.TxPool().Stats(); pending > 0 {
			return nil, fmt.Errorf("L1 reorg: the simulated beacon's Fork to block %d: %w (%d pending transactions the miner does not include)", anc.Number, err, pending)
		}
		return nil, fmt.Errorf("L1 reorg: the simulated beacon's Fork to block %d: %w", anc.Number, err)
	}
	if drop {
		n.eth.TxPool().Clear() // after the reset that put the replaced transactions back
	}
	for chain.CurrentBlock().Number.Cmp(old.Number) <= 0 {
		before := chain.CurrentBlock().Hash()
		n.beacon.Commit()
		if chain.CurrentBlock().Hash() == before {
			return nil, fmt.Errorf("L1 reorg: the simulated beacon sealed no block on %d (go-ethereum's log says why)", chain.CurrentBlock().Number)
		}
	}
	head := chain.CurrentBlock()
	if chain.GetCanonicalHash(anc.Number.Uint64()+1) == replaced {
		return nil, fmt.Errorf("L1 reorg: block %d is still %s after the fork", anc.Number.Uint64()+1, replaced)
	}
	return &Reorged{Ancestor: anc, OldHead: old, NewHead: head}, nil
}
