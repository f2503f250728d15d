package rollupnode

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity/bindings"
)

// devnetState is what a devnet in a data directory needs to restart: the host
// it deployed and the L2 genesis bound to it.
type devnetState struct {
	Host      common.Address `json:"host"`
	L2Genesis common.Hash    `json:"l2Genesis"`
	// Kind is DevnetConfig.Host (empty in older files: HostNative).
	Kind string `json:"kind,omitempty"`
}

const devnetStateFile = "devnet.json"

func loadDevnetState(cfg DevnetConfig) (*devnetState, error) {
	if cfg.DataDir == "" {
		return nil, nil
	}
	b, err := os.ReadFile(filepath.Join(cfg.DataDir, devnetStateFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the devnet's state: %w", err)
	}
	var s devnetState
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s is not a devnet state file: %w (use a new --datadir)", filepath.Join(cfg.DataDir, devnetStateFile), err)
	}
	return &s, nil
}

func saveDevnetState(cfg DevnetConfig, s *devnetState) error {
	if cfg.DataDir == "" {
		return nil
	}
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(cfg.DataDir, devnetStateFile), append(b, '\n'), 0o644)
}

// unsettled rebuilds the Sealed form of every L2 block after the host's head
// (blocks sealed before a restart whose advance never landed): each block with
// its witness (debug_executionWitness) and EXECUTE input, anchored where it was.
// The host's head must be the engine's block of that number. An anchor an L1
// reorg took meanwhile is found when the block is settled (ErrResync).
func (d *Devnet) unsettled(ctx context.Context, l1 *ethclient.Client, eng Engine) ([]*Sealed, error) {
	l1Head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	h, err := readHostHead(ctx, l1, bindings.NewMyRollup(), d.Host, l1Head.Hash())
	if err != nil {
		return nil, err
	}
	l2c := ethclient.NewClient(d.l2rpc)
	parent, err := engineAt(ctx, l2c, h)
	if err != nil {
		return nil, err
	}
	head, err := eng.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	var blocks []*Sealed
	for n := h.Number + 1; n <= head.Number.Uint64(); n++ {
		b, err := l2c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("reading unsettled L2 block %d: %w", n, err)
		}
		if b.BeaconRoot() == nil {
			return nil, fmt.Errorf("unsettled L2 block %d has no parent beacon root, so no L1 anchor: the L2 data directory is not this devnet's (start over with a new --datadir)", n)
		}
		anchor, err := l1.HeaderByHash(ctx, *b.BeaconRoot())
		if err != nil {
			return nil, fmt.Errorf("L2 block %d's anchor %s is not an L1 block: %w", n, *b.BeaconRoot(), err)
		}
		sealed, err := reseal(ctx, eng, l2.DefaultChainID, b, parent.Root, anchor.Number.Uint64())
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, sealed)
		parent = b.Header()
	}
	return blocks, nil
}
