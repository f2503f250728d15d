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

// RunRows runs rows on a pool of workers (GOMAXPROCS when workers <= 0) and returns
// one case per row, in row order whatever order the workers finish in. onCase, if
// set, is called from the workers as each case finishes (for a progress bar). A
// canceled ctx makes the remaining rows fail fast.
func RunRows(ctx context.Context, dir string, rows []Row, workers int, onCase func(report.Case)) []report.Case {
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
				cases[i] = RunTest(ctx, dir, rows[i])
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
func RunTest(ctx context.Context, dir string, r Row) (c report.Case) {
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
	notes, failures := runTest(ctx, dir, r)
	c.Notes = notes
	c.Failure = strings.Join(failures, "\n")
	return c
}

// runTest returns the notes of the blocks it judged and the failures it found.
func runTest(ctx context.Context, dir string, r Row) (notes, failures []string) {
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

	// The stateless chain: each block runs on the post-state of the last block the
	// executor accepted, starting from the genesis.
	tip := ref.head()
	for i, fb := range f.Blocks {
		v, err := runBlock(ctx, cfg, ref, tip, fb)
		if err != nil {
			return notes, append(failures, fmt.Sprintf("block %d: %v", i, err))
		}
		note, failure := judge(i, r.Expected[i], v)
		if note != "" {
			notes = append(notes, note)
		}
		if failure != "" {
			failures = append(failures, failure+v.geth())
		}
		if v.accepted {
			tip = v.header
		}
	}
	if tip.Hash() != f.LastBlockHash {
		failures = append(failures, fmt.Sprintf("the stateless chain ends at block %d %s, the fixture's lastblockhash is %s",
			tip.Number, tip.Hash(), f.LastBlockHash))
	}
	return notes, failures
}

// runBlock decodes one fixture block, has go-ethereum judge it and produce its
// witness, and runs it through the stateless executor on top of tip. The error is
// for harness problems only; the block's fate is in the verdict.
//
// Witnesses: for a block go-ethereum accepts, the one its recorder makes while
// executing the block; for a block it rejects, the full pre-state (see fullWitness).
func runBlock(ctx context.Context, cfg *params.ChainConfig, ref *referenceChain, tip *types.Header, fb FixtureBlock) (verdict, error) {
	block, err := decodeBlock(fb.RLP)
	if err != nil {
		return verdict{reason: decodeRejection, err: err}, nil
	}
	parent := ref.head()
	gethErr := ref.insert(block)
	var w *stateless.Witness
	if gethErr == nil {
		w, err = ref.recordWitness(ctx, parent, block)
	} else {
		w, err = ref.fullWitness(parent)
	}
	if err != nil {
		return verdict{}, err
	}
	if w, err = roundTrip(w); err != nil {
		return verdict{}, err
	}
	res, err := stateless.VerifyBlock(ctx, cfg, block, tip.Root, w)
	if err != nil {
		name, _ := sentinelName(err)
		return verdict{reason: name, err: err, gethErr: gethErr}, nil
	}
	return verdict{accepted: true, header: res.Header, gethErr: gethErr}, nil
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
