package eest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/nativerollup/nr/stateless"
)

// EnvBenchCorpus names the environment variable that overrides the directory of
// the EEST benchmark corpus (the worst-case blocks client teams benchmark with,
// 1M to 150M gas), ../shared/bench beside the repository by default. It has the
// conformance corpus's layout, so the runner reads it unchanged; the
// benchmarks read it through ResolveBenchCorpus and EachChainBlock.
const EnvBenchCorpus = "NR_BENCH_CORPUS"

// ResolveBenchCorpus returns the benchmark corpus directory: $NR_BENCH_CORPUS if
// set, otherwise ../shared/bench beside the repository. It returns
// ErrCorpusMissing when that directory has no manifest.json.
func ResolveBenchCorpus() (string, error) {
	dir := os.Getenv(EnvBenchCorpus)
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, "..", "shared", "bench")
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
		return "", fmt.Errorf("%w: no %s in %s; set %s to the EEST benchmark corpus", ErrCorpusMissing, ManifestFile, dir, EnvBenchCorpus)
	}
	return dir, nil
}

// ChainBlock is one fixture block on go-ethereum's BlockChain, for benchmarks
// that set go-ethereum's own import of a block next to the stateless paths.
type ChainBlock struct {
	// Name is the test's short name (ShortName), with "block i/n" for a fixture
	// of several blocks.
	Name   string
	Config *params.ChainConfig
	// RLP is the block's encoding: a benchmark decodes a fresh copy per run, since
	// a decoded transaction caches its sender.
	RLP []byte
	// Block is RLP decoded, after go-ethereum processed it once.
	Block *types.Block
	// Parent is the block's parent header; Chain holds its state, so that
	// Chain.StateAt(Parent.Root, ...) is the pre-state.
	Parent *types.Header
	Chain  *core.BlockChain
	// Witness is what go-ethereum's recorder records for the block.
	Witness *stateless.Witness
}

// EachChainBlock builds r's fixture on go-ethereum's BlockChain over an
// in-memory database (go-ethereum's default configuration: hash scheme, flat
// snapshot) and calls fn with each of its blocks, on its parent's state and
// with its recorded witness; the chain then imports the block, so the next one
// runs on its post-state. The chain is stopped when EachChainBlock returns.
// Every block must be valid: the benchmark corpus holds no other.
func EachChainBlock(ctx context.Context, dir string, r Row, fn func(*ChainBlock) error) error {
	f, err := loadFixture(dir, r)
	if err != nil {
		return err
	}
	config, err := ChainConfig(f.Network, f.Config)
	if err != nil {
		return err
	}
	genesis, err := Genesis(f, config)
	if err != nil {
		return err
	}
	bc, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), genesis, beacon.New(ethash.NewFaker()), core.DefaultConfig())
	if err != nil {
		return fmt.Errorf("starting go-ethereum's chain on the fixture genesis: %w", err)
	}
	defer bc.Stop()
	name := ShortName(r.Test)
	for i, fb := range f.Blocks {
		enc, err := hexutil.Decode(fb.RLP)
		if err != nil {
			return fmt.Errorf("block %d: rlp is not hex: %w", i, err)
		}
		block := new(types.Block)
		if err := rlp.DecodeBytes(enc, block); err != nil {
			return fmt.Errorf("block %d: %w", i, err)
		}
		parent := bc.CurrentBlock()
		res, err := bc.ProcessBlock(ctx, parent.Root, block, core.ExecuteConfig{MakeWitness: true})
		if err != nil {
			return fmt.Errorf("block %d: go-ethereum rejects it: %w", i, err)
		}
		cb := &ChainBlock{Name: name, Config: config, RLP: enc, Block: block, Parent: parent, Chain: bc, Witness: stateless.FromGeth(res.Witness())}
		if len(f.Blocks) > 1 {
			cb.Name = fmt.Sprintf("%s, block %d/%d", name, i+1, len(f.Blocks))
		}
		if err := fn(cb); err != nil {
			return err
		}
		if i < len(f.Blocks)-1 {
			if _, err := bc.InsertChain(types.Blocks{block}); err != nil {
				return fmt.Errorf("block %d: %w", i, err)
			}
		}
	}
	return nil
}

// ShortName shortens an EEST test id to the test and its parameters, for
// tables: ".../test_shifts.py::test_shifts[fork_Osaka-blockchain_test-opcode_SAR-benchmark-gas-value_10M]"
// becomes "shifts[opcode_SAR]".
func ShortName(id string) string {
	if _, rest, ok := strings.Cut(id, "::"); ok {
		id = rest
	}
	fn, params, _ := strings.Cut(strings.TrimSuffix(id, "]"), "[")
	fn = strings.TrimPrefix(fn, "test_")
	if i := strings.Index(params, "benchmark-gas-value_"); i >= 0 {
		params = params[:i]
	}
	if _, rest, ok := strings.Cut(params, "blockchain_test"); ok {
		params = rest
	}
	params = strings.Trim(params, "-")
	if params == "" {
		return fn
	}
	return fn + "[" + params + "]"
}
