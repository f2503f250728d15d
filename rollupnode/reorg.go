package rollupnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity/bindings"
)

// ErrResync: the L2 block to settle no longer follows the host's head on L1's
// canonical chain, or its anchor is no longer one the host takes. An L1 reorg
// took back advances or the L1 block an L2 block is anchored to, or another
// transaction advanced the host (an advance the reorg put back in the pool).
// Settlement with a sequencer then lines the L2 up with the host again
// (Settler.resync); without one it stops with this error.
var ErrResync = errors.New("settlement must resync with the host")

// blockhashWindow is how far back BLOCKHASH, and so the host's anchor, reaches.
const blockhashWindow = 256

// hostHead is the host's last accepted L2 block as of one L1 block.
type hostHead struct {
	Number uint64
	Hash   common.Hash
	Anchor uint64 // anchorBlockNumber: the next anchor may not be older
}

// readHostHead reads the host's head in the state of L1 block at, so the
// three values belong together.
func readHostHead(ctx context.Context, l1 *ethclient.Client, my *bindings.MyRollup, host common.Address, at common.Hash) (hostHead, error) {
	call := func(data []byte) ([]byte, error) {
		out, err := l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &host, Data: data}, at)
		if err != nil {
			return nil, fmt.Errorf("reading the host %s at L1 block %s: %w", host, at, err)
		}
		return out, nil
	}
	var h hostHead
	out, err := call(my.PackBlockNumber())
	if err == nil {
		h.Number, err = my.UnpackBlockNumber(out)
	}
	if err != nil {
		return h, err
	}
	if out, err = call(my.PackBlockHash()); err == nil {
		var hash [32]byte
		hash, err = my.UnpackBlockHash(out)
		h.Hash = hash
	}
	if err != nil {
		return h, err
	}
	if out, err = call(my.PackAnchorBlockNumber()); err == nil {
		h.Anchor, err = my.UnpackAnchorBlockNumber(out)
	}
	return h, err
}

// engineAt is the L2 engine's block the host's head names, which must be the
// engine's canonical block of that number.
func engineAt(ctx context.Context, l2c *ethclient.Client, h hostHead) (*types.Header, error) {
	at, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(h.Number))
	if err != nil {
		return nil, fmt.Errorf("the host has accepted L2 block %d, which the L2 engine does not have: %w (the L2 data directory lost blocks; start over with a new --datadir)", h.Number, err)
	}
	if at.Hash() != h.Hash {
		return nil, fmt.Errorf("the host accepted L2 block %d %s, the L2 engine holds %s: the chains diverged (another sequencer advanced the host, or the data directory is another devnet's; start over with a new --datadir)", h.Number, h.Hash, at.Hash())
	}
	return at, nil
}

// anchorProblem says why L1 block number, with hash, cannot anchor an advance
// landing after L1 block head, or "" if it can. The host (RollupHost._anchor)
// takes the anchor by number, below the advance's block and within BLOCKHASH's
// 256 blocks, and uses the canonical hash there: a block an L1 reorg replaced
// no longer has it.
func anchorProblem(ctx context.Context, l1 *ethclient.Client, number uint64, hash common.Hash, head *types.Header) (string, error) {
	if number > head.Number.Uint64() {
		return fmt.Sprintf("L1 block %d is past L1's head %d", number, head.Number), nil
	}
	if head.Number.Uint64()+1-number > blockhashWindow {
		return fmt.Sprintf("L1 block %d is older than the %d blocks BLOCKHASH reaches from L1 block %d", number, blockhashWindow, head.Number.Uint64()+1), nil
	}
	canon, err := l1.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if errors.Is(err, ethereum.NotFound) {
		return fmt.Sprintf("L1 block %d is gone", number), nil
	}
	if err != nil {
		return "", fmt.Errorf("reading L1 block %d, an anchor: %w", number, err)
	}
	if canon.Hash() != hash {
		return fmt.Sprintf("L1 block %d %s was reorged out (block %d is now %s)", number, hash, number, canon.Hash()), nil
	}
	return "", nil
}

// follows returns an ErrResync error saying why b cannot be settled on the
// host as L1 stands at head (nil: L1's head now): the host's head is not b's
// parent, or b's anchor is not one the host takes.
func (s *Settler) follows(ctx context.Context, b *Sealed, head *types.Header) error {
	var err error
	if head == nil {
		if head, err = s.l1.HeaderByNumber(ctx, nil); err != nil {
			return fmt.Errorf("reading the L1 head: %w", err)
		}
	}
	h, err := readHostHead(ctx, s.l1, s.abi, s.cfg.Host, head.Hash())
	if err != nil {
		return err
	}
	n := b.Block.NumberU64()
	if h.Number != n-1 || h.Hash != b.Block.ParentHash() {
		return fmt.Errorf("%w: L2 block %d builds on %s, the host's head is L2 block %d %s (L1 block %d)", ErrResync, n, b.Block.ParentHash(), h.Number, h.Hash, head.Number)
	}
	if b.Anchor < h.Anchor {
		return fmt.Errorf("%w: L2 block %d is anchored to L1 block %d, older than the host's last anchor %d", ErrResync, n, b.Anchor, h.Anchor)
	}
	root := b.Block.BeaconRoot()
	if root == nil {
		return fmt.Errorf("L2 block %d has no parent beacon root, so no anchor: not a block of this rollup", n)
	}
	why, err := anchorProblem(ctx, s.l1, b.Anchor, *root, head)
	if err != nil {
		return err
	}
	if why != "" {
		return fmt.Errorf("%w: the anchor of L2 block %d: %s", ErrResync, n, why)
	}
	return nil
}

// Resynced is what settlement did to line the L2 up with the host again.
type Resynced struct {
	Reason  error  // the ErrResync that started it
	Host    uint64 // the host's head L2 block as of L1 block L1Head
	L1Head  uint64
	Settle  int    // L2 blocks Host+1..Host+Settle, settled again
	OldHead uint64 // the L2 head before
	// RolledBack counts the L2 blocks dropped from the head because an L1
	// reorg took their anchor (or an ancestor's): the L2 head went back to
	// Host+Settle, and their transactions to the engine's pool. Dropped says
	// why the first of them could not stay.
	RolledBack uint64
	Dropped    string
}

func (r *Resynced) String() string {
	line := fmt.Sprintf("resync: %v; the host's head is L2 block %d on L1 block %d", r.Reason, r.Host, r.L1Head)
	if r.Settle > 0 {
		line += fmt.Sprintf("; settling L2 blocks %d..%d again", r.Host+1, r.Host+uint64(r.Settle))
	}
	if r.RolledBack > 0 {
		line += fmt.Sprintf("; L2 head rolled back from %d to %d, the transactions of the %d blocks dropped back in the pool (block %d's anchor: %s)",
			r.OldHead, r.OldHead-r.RolledBack, r.RolledBack, r.OldHead-r.RolledBack+1, r.Dropped)
	}
	return line
}

// resync lines settlement up with the host after reason (an ErrResync): it
// reads the host's head on L1's head, which must be the L2 engine's block of
// that number, keeps the engine's blocks after it while each one's anchor is
// still one the host takes, rolls the sequencer back to the last kept block,
// re-reads the settler's nonce on the canonical chain, and returns the kept
// blocks, rebuilt (witness, input), to settle again in order.
func (s *Settler) resync(ctx context.Context, reason error) ([]*Sealed, *Resynced, error) {
	seq, l2c := s.cfg.Sequencer, s.cfg.L2
	l1Head, err := s.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	h, err := readHostHead(ctx, s.l1, s.abi, s.cfg.Host, l1Head.Hash())
	if err != nil {
		return nil, nil, err
	}
	at, err := engineAt(ctx, l2c, h)
	if err != nil {
		return nil, nil, err
	}
	head, err := l2c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the L2 head: %w", err)
	}
	var kept []*Sealed
	var dropped string
	target, minAnchor := at, h.Anchor
	for n := h.Number + 1; n <= head.Number.Uint64(); n++ {
		blk, err := l2c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, nil, fmt.Errorf("reading L2 block %d: %w", n, err)
		}
		anchor, why, err := s.usableAnchor(ctx, blk, minAnchor, l1Head)
		if err != nil {
			return nil, nil, err
		}
		if why != "" {
			dropped = why
			break
		}
		b, err := reseal(ctx, seq.engine, seq.cfg.ChainID, blk, target.Root, anchor)
		if err != nil {
			return nil, nil, err
		}
		kept = append(kept, b)
		target, minAnchor = blk.Header(), anchor
	}
	if target.Hash() != head.Hash() {
		if err := seq.Rewind(ctx, target, minAnchor); err != nil {
			return nil, nil, err
		}
	}
	if s.nonce, err = s.l1.NonceAt(ctx, s.from, nil); err != nil {
		return nil, nil, fmt.Errorf("re-reading the sequencer's L1 nonce: %w", err)
	}
	return kept, &Resynced{Reason: reason, Host: h.Number, L1Head: l1Head.Number.Uint64(), Settle: len(kept),
		OldHead: head.Number.Uint64(), RolledBack: head.Number.Uint64() - target.Number.Uint64(), Dropped: dropped}, nil
}

// usableAnchor is the number of the L1 block blk is anchored to, or why the
// host would not take that anchor after an advance anchored at prev: unknown
// to L1, reorged out, older than prev, or out of BLOCKHASH's reach.
func (s *Settler) usableAnchor(ctx context.Context, blk *types.Block, prev uint64, l1Head *types.Header) (uint64, string, error) {
	root := blk.BeaconRoot()
	if root == nil {
		return 0, "", fmt.Errorf("L2 block %d has no parent beacon root, so no anchor: not a block of this rollup", blk.NumberU64())
	}
	hdr, err := s.l1.HeaderByHash(ctx, *root)
	if errors.Is(err, ethereum.NotFound) {
		return 0, fmt.Sprintf("L1 has no block %s", *root), nil
	}
	if err != nil {
		return 0, "", fmt.Errorf("reading L1 block %s, the anchor of L2 block %d: %w", *root, blk.NumberU64(), err)
	}
	n := hdr.Number.Uint64()
	if n < prev {
		return 0, fmt.Sprintf("L1 block %d is older than the previous anchor %d", n, prev), nil
	}
	why, err := anchorProblem(ctx, s.l1, n, *root, l1Head)
	return n, why, err
}

// reseal rebuilds the Sealed form of an L2 block the engine holds, on its
// parent's state root: its witness (debug_executionWitness) and EXECUTE input.
func reseal(ctx context.Context, eng Engine, chainID uint64, blk *types.Block, parentRoot common.Hash, anchor uint64) (*Sealed, error) {
	w, err := eng.Witness(ctx, blk.Hash())
	if err != nil {
		return nil, err
	}
	input, err := precompile.InputFromBlock(blk, chainID, parentRoot, w)
	if err != nil {
		return nil, fmt.Errorf("the EXECUTE input of L2 block %d: %w", blk.NumberU64(), err)
	}
	return &Sealed{Block: blk, Anchor: anchor, Input: input, WitnessBytes: len(input.Witness), SealedAt: time.Now()}, nil
}
