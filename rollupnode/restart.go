package rollupnode

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
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
// The host's head must be the engine's block of that number.
func (d *Devnet) unsettled(ctx context.Context, l1 *ethclient.Client, eng Engine) ([]*Sealed, error) {
	my := bindings.NewMyRollup()
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: my.PackBlockNumber()}, nil)
	if err != nil {
		return nil, err
	}
	hostNumber, err := my.UnpackBlockNumber(out)
	if err != nil {
		return nil, err
	}
	out, err = l1.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: my.PackBlockHash()}, nil)
	if err != nil {
		return nil, err
	}
	hostHash, err := my.UnpackBlockHash(out)
	if err != nil {
		return nil, err
	}
	l2c := ethclient.NewClient(d.L2.Attach())
	at, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
	if err != nil {
		return nil, fmt.Errorf("the host has accepted L2 block %d, which the L2 engine does not have: %w (the L2 data directory lost blocks; start over with a new --datadir)", hostNumber, err)
	}
	if at.Hash() != common.Hash(hostHash) {
		return nil, fmt.Errorf("the host accepted L2 block %d %s, the L2 engine holds %s: the chains diverged (start over with a new --datadir)", hostNumber, common.Hash(hostHash), at.Hash())
	}
	head, err := eng.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	var blocks []*Sealed
	parent := at
	for n := hostNumber + 1; n <= head.Number.Uint64(); n++ {
		b, err := l2c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("reading unsettled L2 block %d: %w", n, err)
		}
		w, err := eng.Witness(ctx, b.Hash())
		if err != nil {
			return nil, err
		}
		input, err := precompile.InputFromBlock(b, l2.DefaultChainID, parent.Root, w)
		if err != nil {
			return nil, err
		}
		anchor, err := l1.HeaderByHash(ctx, *b.BeaconRoot())
		if err != nil {
			return nil, fmt.Errorf("L2 block %d's anchor %s is not an L1 block: %w", n, *b.BeaconRoot(), err)
		}
		blocks = append(blocks, &Sealed{Block: b, Anchor: anchor.Number.Uint64(), Input: input, WitnessBytes: len(input.Witness), SealedAt: time.Now()})
		parent = b.Header()
	}
	return blocks, nil
}
