package eest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/report"
)

// Block is one decoded fixture block with everything a Verifier needs to judge it.
type Block struct {
	Index    int                 // position in the fixture, for messages
	Expected Expectation         // what the manifest says must happen to it
	Config   *params.ChainConfig // the fixture's chain config
	Block    *types.Block
	// Tip is the last block the verifier accepted (the genesis at first); Block
	// runs on its post-state.
	Tip *types.Header
	// Witness is go-ethereum's recorded witness when it accepted Block, the full
	// pre-state otherwise, after the RLP/JSON round trip.
	Witness *stateless.Witness
	// GethErr is go-ethereum's import error, nil when it accepted Block.
	GethErr error
}

// Judgement is a Verifier's outcome for one block.
type Judgement struct {
	// Note is counted in the summary, e.g. "reject:tx rejected by ErrInvalidTransaction"; empty for none.
	Note string
	// Failure says how the expectation is unmet; empty when it is met.
	Failure string
	// Next is the header later blocks run on; nil keeps the chain at Tip.
	Next *types.Header
}

// Verifier verifies one block and checks it against b.Expected. The runner owns
// loading, go-ethereum's reference chain and the witnesses; a Verifier decides
// what is run on them, so the same corpus can exercise several paths
// (Stateless here, the EXECUTE precompile in tests/eestexecute).
type Verifier func(ctx context.Context, b *Block) Judgement

// RunRows runs rows through Stateless. See RunRowsWith.
func RunRows(ctx context.Context, dir string, rows []Row, workers int, onCase func(report.Case)) []report.Case {
	return RunRowsWith(ctx, dir, rows, workers, Stateless, onCase)
}

// RunRowsWith runs rows through verify on a pool of workers (GOMAXPROCS when
// workers <= 0) and returns one case per row, in row order whatever order the
// workers finish in. onCase, if set, is called from the workers as each case
// finishes (for a progress bar). A canceled ctx makes the remaining rows fail fast.
func RunRowsWith(ctx context.Context, dir string, rows []Row, workers int, verify Verifier, onCase func(report.Case)) []report.Case {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		cases = make([]report.Case, len(rows))
		next  = make(chan int)
		wg    sync.WaitGroup
	)
	for range min(workers, len(rows)) {
		wg.Go(func() {
			for i := range next {
				cases[i] = runCase(ctx, dir, rows[i], verify)
				if onCase != nil {
					onCase(cases[i])
				}
			}
		})
	}
	for i := range rows {
		next <- i
	}
	close(next)
	wg.Wait()
	return cases
}

// RunTest runs one manifest row: it builds the fixture's chain config and genesis,
// then takes every block through witness production and stateless.VerifyBlock and
// checks the manifest's expectation. Every problem, including a panic anywhere
// below, becomes the case's failure text.
func RunTest(ctx context.Context, dir string, r Row) report.Case {
	return runCase(ctx, dir, r, Stateless)
}

// runCase runs one manifest row through verify; see RunTest.
func runCase(ctx context.Context, dir string, r Row, verify Verifier) (c report.Case) {
	start := time.Now()
	c = report.Case{Name: r.Test, Fork: r.Network, Group: r.Group()}
	defer func() {
		if p := recover(); p != nil {
			c.Failure = fmt.Sprintf("panic: %v\n%s", p, debug.Stack())
		}
		c.Duration = time.Since(start)
	}()
	if err := ctx.Err(); err != nil {
		c.Failure = fmt.Sprintf("not run: %v", err)
		return c
	}
	notes, failures := runTest(ctx, dir, r, verify)
	c.Notes = notes
	c.Failure = strings.Join(failures, "\n")
	return c
}

// runTest returns the notes of the blocks it judged and the failures it found.
func runTest(ctx context.Context, dir string, r Row, verify Verifier) (notes, failures []string) {
	f, err := loadFixture(dir, r)
	if err != nil {
		return nil, []string{err.Error()}
	}
	if f.Network != r.Network {
		return nil, []string{fmt.Sprintf("%v: manifest network %q, fixture network %q", ErrManifestDisagrees, r.Network, f.Network)}
	}
	cfg, err := ChainConfig(f.Network, f.Config)
	if err != nil {
		return nil, []string{err.Error()}
	}
	g, err := Genesis(f, cfg)
	if err != nil {
		return nil, []string{err.Error()}
	}
	ref, err := newReferenceChain(g)
	if err != nil {
		return nil, []string{err.Error()}
	}
	defer ref.stop()

	// The verified chain: each block runs on the post-state of the last block the
	// verifier accepted, starting from the genesis.
	tip := ref.head()
	for i, fb := range f.Blocks {
		j, err := runBlock(ctx, verify, &Block{Index: i, Expected: r.Expected[i], Config: cfg, Tip: tip}, ref, fb)
		if err != nil {
			return notes, append(failures, fmt.Sprintf("block %d: %v", i, err))
		}
		if j.Note != "" {
			notes = append(notes, j.Note)
		}
		if j.Failure != "" {
			failures = append(failures, j.Failure)
		}
		if j.Next != nil {
			tip = j.Next
		}
	}
	if tip.Hash() != f.LastBlockHash {
		failures = append(failures, fmt.Sprintf("the stateless chain ends at block %d %s, the fixture's lastblockhash is %s",
			tip.Number, tip.Hash(), f.LastBlockHash))
	}
	return notes, failures
}

// runBlock decodes one fixture block, has go-ethereum judge it and produce its
// witness, completes b and hands it to verify. The error is for harness problems
// only; the block's fate is in the judgement. A block whose RLP does not decode
// never reaches verify: no path can run it.
//
// Witnesses: for a block go-ethereum accepts, the one its recorder makes while
// executing the block; for a block it rejects, the full pre-state (see fullWitness).
func runBlock(ctx context.Context, verify Verifier, b *Block, ref *referenceChain, fb FixtureBlock) (Judgement, error) {
	block, err := decodeBlock(fb.RLP)
	if err != nil {
		note, failure := judge(b.Index, b.Expected, verdict{reason: decodeRejection, err: err})
		return Judgement{Note: note, Failure: failure}, nil
	}
	parent := ref.head()
	b.Block, b.GethErr = block, ref.insert(block)
	if b.GethErr == nil {
		b.Witness, err = ref.recordWitness(ctx, parent, block)
	} else {
		b.Witness, err = ref.fullWitness(parent)
	}
	if err != nil {
		return Judgement{}, err
	}
	if b.Witness, err = roundTrip(b.Witness); err != nil {
		return Judgement{}, err
	}
	return verify(ctx, b), nil
}

// Stateless is the Verifier of this package: stateless.VerifyBlock on b's
// witness, whose executed header must be the block's own, judged by judge.
func Stateless(ctx context.Context, b *Block) Judgement {
	v := verdict{gethErr: b.GethErr}
	res, err := stateless.VerifyBlock(ctx, b.Config, b.Block, b.Tip.Root, b.Witness)
	if err != nil {
		v.reason, _ = SentinelName(err)
		v.err = err
	} else {
		v.accepted, v.header = true, res.Header
	}
	note, failure := judge(b.Index, b.Expected, v)
	if failure != "" {
		failure += v.geth()
	}
	return Judgement{Note: note, Failure: failure, Next: v.header}
}

// decodeBlock decodes a fixture block's hex RLP.
func decodeBlock(hexRLP string) (*types.Block, error) {
	data, err := hexutil.Decode(hexRLP)
	if err != nil {
		return nil, fmt.Errorf("block rlp is not hex: %w", err)
	}
	var b types.Block
	if err := rlp.DecodeBytes(data, &b); err != nil {
		return nil, fmt.Errorf("block rlp does not decode: %w", err)
	}
	return &b, nil
}

// roundTrip sends w through the RLP codec and then the JSON codec and returns what
// comes out, after checking it re-encodes to the same RLP bytes. The executor then
// runs on the decoded copy, so a codec that loses or alters data fails the test.
func roundTrip(w *stateless.Witness) (*stateless.Witness, error) {
	enc, err := stateless.EncodeWitnessRLP(w)
	if err != nil {
		return nil, fmt.Errorf("%w: RLP encoding: %v", ErrWitnessRoundTrip, err)
	}
	fromRLP, err := stateless.DecodeWitnessRLP(enc)
	if err != nil {
		return nil, fmt.Errorf("%w: RLP decoding: %v", ErrWitnessRoundTrip, err)
	}
	js, err := json.Marshal(fromRLP)
	if err != nil {
		return nil, fmt.Errorf("%w: JSON encoding: %v", ErrWitnessRoundTrip, err)
	}
	fromJSON := new(stateless.Witness)
	if err := json.Unmarshal(js, fromJSON); err != nil {
		return nil, fmt.Errorf("%w: JSON decoding: %v", ErrWitnessRoundTrip, err)
	}
	again, err := stateless.EncodeWitnessRLP(fromJSON)
	if err != nil {
		return nil, fmt.Errorf("%w: RLP re-encoding: %v", ErrWitnessRoundTrip, err)
	}
	if !bytes.Equal(enc, again) {
		return nil, fmt.Errorf("%w: %d RLP bytes in, %d out", ErrWitnessRoundTrip, len(enc), len(again))
	}
	return fromJSON, nil
}
