package stateless_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/internal/cputime"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/eest"
	"github.com/nativerollup/nr/tests/eestexecute"
)

// BenchmarkStatelessVsImport verifies every block three ways in one process and
// reports the process CPU time (getrusage) per gas of each, so that the ratios
// between them hold on a loaded machine:
//
//   - import: go-ethereum's sequential import of the block on a database holding
//     its pre-state: StateProcessor.Process and BlockValidator.ValidateState
//     (gas, bloom, receipts root, state root) on BlockChain.StateAt(parent root),
//     on one goroutine, with the fresh jump-destination and precompile result
//     caches go-ethereum has for a block it has not seen (its precompile cache
//     would otherwise answer every round after the first), without the
//     speculative prefetcher and without the commit to disk, which the other
//     paths do not do either;
//   - stateless: stateless.DecodeWitnessRLP and stateless.VerifyBlock from the
//     witness bytes;
//   - EXECUTE: precompile.Execute.Run on the block's EXECUTE input
//     (precompile.InputFromBlock) under eestexecute.L1StandIn of its config.
//
// The paths are interleaved (import, stateless, EXECUTE, import, ...) so that
// whatever else runs on the machine falls on all three alike; a full garbage
// collection before each run keeps one path's garbage off the next one's bill.
// Every run decodes a fresh copy of the block outside the measurement, so each
// path recovers every sender.
//
// The blocks: the generated transfer, storage and call blocks (benchShapes, on
// their BlockChain); mainnet block 15537394 from the shared corpus, whose parent
// state the corpus does not hold, so its import runs on a hash-scheme trie
// database holding the witness's nodes and codes, without the flat snapshot a
// synced node reads from; and every block of the EEST benchmark corpus
// (../shared/bench or NR_BENCH_CORPUS), one sub-benchmark per gas size, each
// fixture on go-ethereum's BlockChain over its genesis (default config: hash
// scheme, snapshot) with go-ethereum's recorded witness.
//
// -benchtime Nx runs N rounds per block (more for blocks of a few milliseconds,
// see minRoundsCPU), each path's figure being the median of its rounds. A
// progress line per block goes to stderr; the markdown tables, with the load
// average before and after, to stdout at the end:
//
//	go test ./stateless -run '^$' -bench StatelessVsImport -benchtime 1x -timeout 3h
//
// The whole corpus took 35 minutes on the 2-core reference machine at load
// average 12-24; -bench 'StatelessVsImport/(block=|eest=(10M|30M)$)' selects
// the generated and mainnet blocks and two gas sizes (about 12 minutes there).
func BenchmarkStatelessVsImport(b *testing.B) {
	load := cputime.LoadAverage()
	var (
		groups  []string
		results = map[string][]importResult{}
	)
	// A sub-benchmark the framework calls again with more rounds replaces its
	// earlier figures.
	record := func(group string, rows []importResult) {
		if _, ok := results[group]; !ok {
			groups = append(groups, group)
		}
		results[group] = rows
		reportRatios(b, rows)
	}
	for _, shape := range benchShapes {
		b.Run("block="+shape.name, func(b *testing.B) {
			blk := benchChain(b, shape.name)
			record(shape.name, []importResult{measurePaths(b, shape.name, 1, 1, newImportCase(b, blk, chainImport(blk.chain, blk.preStateRoot)))})
		})
	}
	b.Run("block="+benchMainnetBlock, func(b *testing.B) {
		blk := benchMainnet(b)
		imp, err := witnessImport(blk)
		require.NoError(b, err)
		record(benchMainnetBlock, []importResult{measurePaths(b, benchMainnetBlock, 1, 1, newImportCase(b, blk, imp))})
	})
	for _, size := range []string{"1M", "5M", "10M", "30M", "60M", "100M", "150M"} {
		b.Run("eest="+size, func(b *testing.B) {
			dir, rows := benchCorpusRows(b, "-gas-value_"+size+"]")
			var out []importResult
			for i, row := range rows {
				err := eest.EachChainBlock(b.Context(), dir, row, func(cb *eest.ChainBlock) error {
					witnessRLP, err := stateless.EncodeWitnessRLP(cb.Witness)
					if err != nil {
						return err
					}
					blk := &benchBlock{
						name: cb.Name, config: cb.Config, blockRLP: cb.RLP, witnessRLP: witnessRLP,
						preStateRoot: cb.Parent.Root, gasUsed: cb.Block.GasUsed(), chain: cb.Chain,
					}
					out = append(out, measurePaths(b, "eest "+size, i+1, len(rows), newImportCase(b, blk, chainImport(blk.chain, blk.preStateRoot))))
					return nil
				})
				require.NoError(b, err, row.Test)
			}
			record("EEST "+size, out)
		})
	}
	writeImportTables(os.Stdout, groups, results, load, cputime.LoadAverage())
}

// The three paths, in the order they run.
const (
	pathImport = iota
	pathStateless
	pathExecute
	numPaths
)

// importCase is one block ready for the three paths.
type importCase struct {
	blk *benchBlock
	// importBlock is go-ethereum's sequential import of the block.
	importBlock func(context.Context, *types.Block) error
	exec        *precompile.Execute
	// input is the block's EXECUTE input, nil when none can express the block.
	input   []byte
	refused string
}

// importResult is one block's figures: the median CPU time of each path, zero
// where the path has none, and why.
type importResult struct {
	name         string
	gasUsed      uint64
	witnessBytes int
	cpu          [numPaths]time.Duration
	notes        [numPaths]string
}

func newImportCase(b *testing.B, blk *benchBlock, importBlock func(context.Context, *types.Block) error) *importCase {
	c := &importCase{blk: blk, importBlock: importBlock, exec: precompile.NewExecute(eestexecute.L1StandIn(blk.config))}
	w, err := stateless.DecodeWitnessRLP(blk.witnessRLP)
	require.NoError(b, err)
	in, err := precompile.InputFromBlock(benchDecodeBlocks(b, blk, 1)[0], blk.config.ChainID.Uint64(), blk.preStateRoot, w)
	if err != nil {
		c.refused = shortError(err)
		return c
	}
	c.input = in.Encode()
	return c
}

// measurePaths runs the three paths b.N rounds on c, interleaved, and returns the
// median of each. A path that fails has no figure but the error; the benchmark
// goes on, so that a block EXECUTE refuses (an L2 policy) still has the others.
func measurePaths(b *testing.B, group string, index, total int, c *importCase) importResult {
	ctx := context.Background()
	res := importResult{name: c.blk.name, gasUsed: c.blk.gasUsed, witnessBytes: len(c.blk.witnessRLP)}
	res.notes[pathExecute] = c.refused
	paths := [numPaths]func(*types.Block) error{
		pathImport: func(block *types.Block) error { return c.importBlock(ctx, block) },
		pathStateless: func(block *types.Block) error {
			w, err := stateless.DecodeWitnessRLP(c.blk.witnessRLP)
			if err != nil {
				return err
			}
			_, err = stateless.VerifyBlock(ctx, c.blk.config, block, c.blk.preStateRoot, w)
			return err
		},
		pathExecute: func(*types.Block) error {
			out, err := c.exec.Run(c.input)
			if err == nil && out[31] != 1 {
				err = errors.New("EXECUTE returned false")
			}
			return err
		},
	}
	var samples [numPaths][]time.Duration
	start := time.Now()
	rounds := b.N
	for round := 0; round < rounds; round++ {
		for p, run := range paths {
			if res.notes[p] != "" {
				continue
			}
			block := benchDecodeBlocks(b, c.blk, 1)[0]
			runtime.GC()
			before := cputime.Process()
			err := run(block)
			spent := cputime.Process() - before
			if err != nil {
				res.notes[p] = shortError(err)
				continue
			}
			samples[p] = append(samples[p], spent)
		}
		if round == 0 && len(samples[pathStateless]) == 1 {
			// CPU time is exact to the microsecond, but a block of a few
			// milliseconds still moves by tens of percent from run to run:
			// small blocks run until each path has had minRoundsCPU.
			rounds = max(rounds, min(int(minRoundsCPU/max(samples[pathStateless][0], 1)), maxRounds))
		}
	}
	for p := range res.cpu {
		if res.notes[p] == "" {
			res.cpu[p] = median(samples[p])
		}
	}
	fmt.Fprintf(os.Stderr, "stateless-vs-import [%s %d/%d] %s: %.1fM gas; ns/gas import %s, stateless %s, EXECUTE %s (%s)\n",
		group, index, total, res.name, float64(res.gasUsed)/1e6, res.nsPerGas(pathImport), res.nsPerGas(pathStateless), res.nsPerGas(pathExecute),
		time.Since(start).Round(time.Millisecond))
	return res
}

// Small blocks run more rounds than -benchtime asks for: until the stateless
// path has had minRoundsCPU, and at most maxRounds.
const (
	minRoundsCPU = 150 * time.Millisecond
	maxRounds    = 10
)

// chainImport is go-ethereum's sequential import of a block on bc's state at root.
func chainImport(bc *core.BlockChain, root common.Hash) func(context.Context, *types.Block) error {
	return func(ctx context.Context, block *types.Block) error {
		statedb, err := bc.StateAt(root, block.Number(), block.Time())
		if err != nil {
			return err
		}
		res, err := bc.Processor().Process(ctx, block, statedb, core.NewJumpDestCache(), vm.NewPrecompileCache(), vm.Config{}, nil)
		if err != nil {
			return err
		}
		return bc.Validator().ValidateState(block, statedb, res, false)
	}
}

// witnessImport is go-ethereum's sequential import of a block whose parent state
// exists only as its witness: the same processing and validation as chainImport,
// on a hash-scheme trie database holding the witness's nodes and codes.
func witnessImport(blk *benchBlock) (func(context.Context, *types.Block) error, error) {
	w, err := stateless.DecodeWitnessRLP(blk.witnessRLP)
	if err != nil {
		return nil, err
	}
	db := rawdb.NewMemoryDatabase()
	for _, node := range w.State {
		rawdb.WriteLegacyTrieNode(db, crypto.Keccak256Hash(node), node)
	}
	for _, code := range w.Codes {
		rawdb.WriteCode(db, crypto.Keccak256Hash(code), code)
	}
	sdb := state.NewDatabase(triedb.NewDatabase(db, triedb.HashDefaults), state.NewCodeDB(db))
	processor := core.NewStateProcessor(newWitnessHeaders(blk.config, w.Headers))
	validator := core.NewBlockValidator(blk.config, nil)
	return func(ctx context.Context, block *types.Block) error {
		statedb, err := state.New(blk.preStateRoot, sdb)
		if err != nil {
			return err
		}
		res, err := processor.Process(ctx, block, statedb, core.NewJumpDestCache(), vm.NewPrecompileCache(), vm.Config{}, nil)
		if err != nil {
			return err
		}
		return validator.ValidateState(block, statedb, res, false)
	}, nil
}

// witnessHeaders serves a witness's headers to go-ethereum's state processor,
// the chain a stateful node would read them from.
type witnessHeaders struct {
	config *params.ChainConfig
	engine consensus.Engine
	byHash map[common.Hash]*types.Header
	last   *types.Header
}

func newWitnessHeaders(config *params.ChainConfig, headers []*types.Header) *witnessHeaders {
	c := &witnessHeaders{config: config, engine: beacon.New(ethash.NewFaker()), byHash: make(map[common.Hash]*types.Header, len(headers))}
	for _, h := range headers {
		c.byHash[h.Hash()] = h
		c.last = h
	}
	return c
}

func (c *witnessHeaders) Config() *params.ChainConfig  { return c.config }
func (c *witnessHeaders) Engine() consensus.Engine     { return c.engine }
func (c *witnessHeaders) CurrentHeader() *types.Header { return c.last }
func (c *witnessHeaders) GetHeaderByHash(hash common.Hash) *types.Header {
	return c.byHash[hash]
}
func (c *witnessHeaders) GetHeader(hash common.Hash, number uint64) *types.Header {
	if h := c.byHash[hash]; h != nil && h.Number.Uint64() == number {
		return h
	}
	return nil
}
func (c *witnessHeaders) GetHeaderByNumber(number uint64) *types.Header {
	for _, h := range c.byHash {
		if h.Number.Uint64() == number {
			return h
		}
	}
	return nil
}

// benchCorpusRows returns the EEST benchmark corpus directory and its rows
// whose test id contains match, or skips when the corpus is not there.
func benchCorpusRows(b *testing.B, match string) (string, []eest.Row) {
	dir, err := eest.ResolveBenchCorpus()
	if errors.Is(err, eest.ErrCorpusMissing) {
		b.Skip(err)
	}
	require.NoError(b, err)
	rows, err := eest.LoadManifest(dir)
	require.NoError(b, err)
	var out []eest.Row
	for _, r := range rows {
		if strings.Contains(r.Test, match) {
			out = append(out, r)
		}
	}
	return dir, out
}

// speedup is import CPU over stateless CPU: above 1, stateless is faster.
func (r importResult) speedup() float64 { return ratio(r.cpu[pathImport], r.cpu[pathStateless]) }

// executeOverhead is EXECUTE CPU over stateless CPU: above 1, EXECUTE costs more.
func (r importResult) executeOverhead() float64 {
	return ratio(r.cpu[pathExecute], r.cpu[pathStateless])
}

func ratio(a, b time.Duration) float64 {
	if a == 0 || b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (r importResult) nsPerGas(p int) string {
	switch {
	case r.cpu[p] == 0:
		return "n/a (" + r.notes[p] + ")"
	case r.gasUsed == 0:
		return fmt.Sprintf("%d µs/block", r.cpu[p].Microseconds())
	}
	return fmt.Sprintf("%.2f", float64(r.cpu[p].Nanoseconds())/float64(max(r.gasUsed, 1)))
}

// reportRatios reports a group's median ratios as benchmark metrics.
func reportRatios(b *testing.B, rows []importResult) {
	if s := column(rows, importResult.speedup); len(s) > 0 {
		b.ReportMetric(median(s), "import/stateless")
	}
	if e := column(rows, importResult.executeOverhead); len(e) > 0 {
		b.ReportMetric(median(e), "EXECUTE/stateless")
	}
}

// column is f of every row that has both figures f divides.
func column(rows []importResult, f func(importResult) float64) []float64 {
	var out []float64
	for _, r := range rows {
		if v := f(r); v != 0 {
			out = append(out, v)
		}
	}
	return out
}

// writeImportTables prints the per-block table and the per-group summary.
func writeImportTables(w io.Writer, groups []string, results map[string][]importResult, loadBefore, loadAfter string) {
	fmt.Fprintf(w, "\nCPU time per gas (getrusage, median of rounds); load average %s before, %s after; GOMAXPROCS %d.\n",
		loadBefore, loadAfter, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "import/stateless above 1: stateless is faster; EXECUTE/stateless above 1: EXECUTE costs more.\n\n")
	fmt.Fprintln(w, "| group | block | gas used | witness KB | import ns/gas | stateless ns/gas | EXECUTE ns/gas | import/stateless | EXECUTE/stateless |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, g := range groups {
		for _, r := range results[g] {
			fmt.Fprintf(w, "| %s | %s | %d | %.0f | %s | %s | %s | %s | %s |\n", g, r.name, r.gasUsed, float64(r.witnessBytes)/1000,
				r.nsPerGas(pathImport), r.nsPerGas(pathStateless), r.nsPerGas(pathExecute), fixed(r.speedup()), fixed(r.executeOverhead()))
		}
	}
	fmt.Fprintln(w, "\n| group | blocks | import/stateless median | min | max | EXECUTE/stateless median | max |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|")
	for _, g := range groups {
		s, e := column(results[g], importResult.speedup), column(results[g], importResult.executeOverhead)
		lo, hi := bounds(s)
		_, eHi := bounds(e)
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s (%d blocks) | %s |\n", g, len(results[g]),
			fixed(median(s)), fixed(lo), fixed(hi), fixed(median(e)), len(e), fixed(eHi))
	}
}

func fixed(v float64) string {
	if v == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", v)
}

// median is the middle value of v, the mean of the two middle ones for an even
// count, zero for none.
func median[T ~int64 | ~float64](v []T) T {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	return (s[(len(s)-1)/2] + s[len(s)/2]) / 2
}

// bounds is the least and the greatest of v, zero for none.
func bounds(v []float64) (lo, hi float64) {
	if len(v) == 0 {
		return 0, 0
	}
	return slices.Min(v), slices.Max(v)
}

// shortError is the first line of err without hashes, cut to a table cell's width.
func shortError(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	s = hexRun.ReplaceAllString(s, "…")
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}

var hexRun = regexp.MustCompile(`\(?0x[0-9a-fA-F]{16,}\)?`)
