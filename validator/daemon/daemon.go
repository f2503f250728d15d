// Package daemon is `nr validator`: it follows an L1 node over JSON-RPC,
// finds every EXECUTE call of every block by call tracing (package l1calls),
// decides each as the policy says with validator.Judge on a pool of workers
// (one re-execution budget per L1 block), records a verdict per call and per
// block in a pebble database so a restart resumes where it stopped,
// re-verifies from the fork point after an L1 reorg, and serves the verdicts
// over HTTP (api.go) and Prometheus metrics (metrics.go). spec/validator.md,
// "The daemon", is its description.
package daemon

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/metrics"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/l1calls"
	"github.com/nativerollup/nr/validator/proofsource"
)

// Config is what the daemon runs with.
type Config struct {
	Policy validator.Policy
	// L1 is the chain config EXECUTE runs with on L1 (l2.L1Config()).
	L1 *params.ChainConfig
	// Source gives a prover's proof source; nil: proofsource.New(prover.Source).
	Source func(validator.Prover) validator.ProofSource
	// Reexec re-executes calls; nil: validator.NewReexecVerifier(L1).
	Reexec validator.Verifier
	// Workers bounds the re-executions run at once; 0: runtime.NumCPU().
	Workers int
	// Judges bounds the calls prechecked and awaiting proofs at once, all
	// blocks together, and the goroutines a block's calls run on: a block
	// of more EXECUTE calls holds at most Judges decoded inputs and
	// Judges × provers proof fetches; 0: DefaultJudges.
	Judges int
	// From is the first L1 block verified when the store is empty (0: block 1).
	From uint64
	// Poll is how often the L1 head is read once caught up; 0: 1s.
	Poll time.Duration
	// Progress is the interval of the progress line while catching up; 0: 8s.
	Progress time.Duration
	// Registry receives the metrics; nil: a new one (Metrics()).
	Registry metrics.Registry
}

// MaxWorkers and MaxJudges bound Config.Workers and Config.Judges (nr
// validator refuses more): Workers blocks are read, traced and held in
// memory at once while catching up, and Judges decoded inputs.
const (
	MaxWorkers = 256
	MaxJudges  = 4096
)

// DefaultJudges is Config.Judges when unset: about as many calls as a
// 60M-gas L1 block can make (each pays EXECUTE's 50,000 base gas), so the
// calls of a block wait for their proofs together, not proof_timeout after
// one another, while a lying node's block of many more calls is judged in
// rounds. The sockets of their proof fetches are bounded apart
// (proofsource.MaxConnsPerHost).
const DefaultJudges = 1024

// ErrOtherChain: the store holds the verdicts of another L1 than the node's.
var ErrOtherChain = errors.New("the verdict store belongs to another L1 chain")

// ErrHalted: a decision asked to halt (on_disagreement = halt).
var ErrHalted = errors.New("halted on a disagreement (on_disagreement = halt)")

// Daemon is a running validator.
type Daemon struct {
	cfg     Config
	l1      *l1calls.Client
	store   *Store
	provers []*validator.ProofVerifier
	reexec  validator.Verifier
	workers chan struct{}
	judges  chan struct{}
	m       *meters

	mu     sync.RWMutex
	head   uint64
	halted string
	// Verified counts the blocks verified by this process (a restart that
	// resumes verifies none of the stored ones again).
	verified uint64
}

// New builds a daemon reading L1 through c and keeping verdicts in store.
func New(cfg Config, c *l1calls.Client, store *Store) *Daemon {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Judges <= 0 {
		cfg.Judges = DefaultJudges
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Progress <= 0 {
		cfg.Progress = 8 * time.Second
	}
	if cfg.From == 0 {
		cfg.From = 1
	}
	if cfg.Registry == nil {
		cfg.Registry = metrics.NewRegistry()
	}
	if cfg.Reexec == nil {
		cfg.Reexec = validator.NewReexecVerifier(cfg.L1)
	}
	d := &Daemon{cfg: cfg, l1: c, store: store, reexec: cfg.Reexec, workers: make(chan struct{}, cfg.Workers), judges: make(chan struct{}, cfg.Judges)}
	d.m = newMeters(cfg.Registry)
	source := cfg.Source
	if source == nil {
		source = func(p validator.Prover) validator.ProofSource { return proofsource.New(p.Source) }
	}
	inner := source
	source = func(p validator.Prover) validator.ProofSource { return proofsource.Dedup(inner(p)) }
	d.provers = cfg.Policy.ProofVerifiers(cfg.L1, func(p validator.Prover) validator.ProofSource {
		return &timedSource{inner: source(p), m: d.m}
	})
	return d
}

// Metrics is the registry the daemon reports to.
func (d *Daemon) Metrics() metrics.Registry { return d.cfg.Registry }

// Store is the daemon's verdict store.
func (d *Daemon) Store() *Store { return d.store }

// Verified is how many blocks this process has verified.
func (d *Daemon) Verified() uint64 {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.verified
}

// Run follows L1 until ctx ends (nil), a decision halts (ErrHalted), or the
// store holds another chain's verdicts (ErrOtherChain).
func (d *Daemon) Run(ctx context.Context) error {
	if err := d.sameChain(ctx); err != nil || ctx.Err() != nil {
		return err
	}
	// Which tracer the node offers (nrExecuteTracer, or callTracer with a
	// warning), decided once, before any block.
	for {
		_, err := d.l1.DetectTracer(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		d.retry(ctx, "detecting the L1 node's tracer", err)
	}
	tip, err := d.store.Tip()
	if err != nil {
		return err
	}
	next := d.cfg.From
	if tip != nil {
		next = tip.Number + 1
		log.Info("Resuming from the stored verdicts", "verified", tip.Number, "hash", tip.Hash, "next", next)
	}
	lastProgress := time.Now()
	progressFrom := next
	for {
		if ctx.Err() != nil {
			return nil
		}
		head, err := d.l1.Head(ctx)
		if err != nil {
			d.retry(ctx, "reading the L1 head", err)
			continue
		}
		d.mu.Lock()
		d.head = head
		d.mu.Unlock()
		d.m.head.Update(int64(head))
		if next > head {
			// Caught up: is the tip still canonical (a reorg to an equal or
			// shorter chain brings no new block to notice it by)?
			if tip != nil {
				h, err := d.l1.HeaderByNumber(ctx, tip.Number)
				if err != nil && !errors.Is(err, l1calls.ErrNoBlock) {
					d.retry(ctx, "reading the L1 tip", err)
					continue
				}
				if h == nil || h.Hash != tip.Hash {
					if tip, next, err = d.reorg(ctx, tip, head); err != nil {
						d.retry(ctx, "handling a reorg", err)
					}
					continue
				}
			}
			lastProgress, progressFrom = time.Now(), next
			d.sleep(ctx, d.cfg.Poll)
			continue
		}
		// Read up to Workers blocks (headers linked by parent hash, and
		// their traces), verify them concurrently, store them in order.
		batch, err := d.readBatch(ctx, tip, next, min(head-next+1, uint64(d.cfg.Workers)))
		if errors.Is(err, errReorg) {
			if tip, next, err = d.reorg(ctx, tip, head); err != nil {
				d.retry(ctx, "handling a reorg", err)
			}
			continue
		}
		if len(batch) == 0 {
			if err != nil && !errors.Is(err, l1calls.ErrNoBlock) {
				d.retry(ctx, "reading L1", err)
			} else {
				d.sleep(ctx, d.cfg.Poll) // the head moved back: caught up next round
			}
			continue
		}
		type result struct {
			rec   *BlockRecord
			calls []*CallRecord
			halt  string
		}
		results := make([]result, len(batch))
		parallel(len(batch), nil, func(i int) {
			r := &results[i]
			r.rec, r.calls, r.halt = d.VerifyTraced(ctx, batch[i].h, batch[i].calls)
		})
		if ctx.Err() != nil {
			return nil // verdicts cut short by shutdown are not stored
		}
		h := batch[len(batch)-1].h
		for i, r := range results {
			if err := d.store.PutBlock(r.rec, r.calls); err != nil {
				return err
			}
			d.mu.Lock()
			d.verified++
			d.mu.Unlock()
			d.m.blocks.Inc(1)
			d.m.tip.Update(int64(r.rec.Number))
			tip = &Tip{Number: r.rec.Number, Hash: r.rec.Hash}
			next = r.rec.Number + 1
			if r.halt != "" {
				d.mu.Lock()
				d.halted = r.halt
				d.mu.Unlock()
				log.Error("Validator halted", "block", r.rec.Number, "reason", r.halt)
				if i < len(results)-1 {
					log.Info("Verdicts of the blocks after the halting one are not stored", "from", r.rec.Number+1, "to", h.Number)
				}
				return fmt.Errorf("%w: %s", ErrHalted, r.halt)
			}
		}
		if head > h.Number && time.Since(lastProgress) >= d.cfg.Progress {
			rate := float64(h.Number+1-progressFrom) / time.Since(lastProgress).Seconds()
			log.Info("Catching up with L1", "verified", h.Number, "head", head, "left", head-h.Number, "blocks/s", fmt.Sprintf("%.1f", rate))
			lastProgress, progressFrom = time.Now(), h.Number+1
		}
	}
}

// sameChain checks that the node follows the chain whose verdicts the store
// holds (by genesis hash), and records it in a new store. A store of another
// chain is ErrOtherChain before anything is verified: by the reorg rules
// every stored block would differ from the node's, and the walk back would
// delete every verdict. It waits (retrying) while the node does not answer.
func (d *Daemon) sameChain(ctx context.Context) error {
	var genesis *l1calls.Header
	for ctx.Err() == nil {
		h, err := d.l1.HeaderByNumber(ctx, 0)
		if err == nil {
			genesis = h
			break
		}
		d.retry(ctx, "reading the L1 genesis block", err)
	}
	if genesis == nil {
		return nil // ctx ended
	}
	stored, ok, err := d.store.Genesis()
	switch {
	case err != nil:
		return err
	case !ok:
		return d.store.SetGenesis(genesis.Hash)
	case stored != genesis.Hash:
		return fmt.Errorf("%w: its verdicts are of the L1 with genesis %s, the node's genesis is %s: use another --datadir for this chain, or a node of that one",
			ErrOtherChain, stored, genesis.Hash)
	}
	return nil
}

// errReorg: the first block read does not build on the verified tip.
var errReorg = errors.New("the next L1 block does not build on the verified tip")

type read struct {
	h     *l1calls.Header
	calls *l1calls.Block
}

// readBatch reads up to n blocks from next on, each the child of the one
// before (the first of tip): errReorg if the first is not; a later block
// that is not, or an error after the first block, ends the batch early (the
// next round sees it). Headers are read in order, the traces concurrently.
func (d *Daemon) readBatch(ctx context.Context, tip *Tip, next, n uint64) ([]read, error) {
	var out []read
	var err error
	parent := tip
	for k := uint64(0); k < n; k++ {
		var h *l1calls.Header
		if h, err = d.l1.HeaderByNumber(ctx, next+k); err != nil {
			break
		}
		if parent != nil && h.ParentHash != parent.Hash {
			if k == 0 {
				return nil, errReorg
			}
			break
		}
		out = append(out, read{h: h})
		parent = &Tip{Number: h.Number, Hash: h.Hash}
	}
	errs := make([]error, len(out))
	parallel(len(out), nil, func(i int) { out[i].calls, errs[i] = d.l1.Block(ctx, out[i].h) })
	for i, e := range errs {
		if e != nil {
			return out[:i], e
		}
	}
	return out, err
}

// reorg finds the highest stored block still canonical, deletes the records
// above it and returns the new tip and the next block to verify. Only a
// different hash at a height is a reorg: a height the node does not serve
// (above its head, or ErrNoBlock: resyncing, lagging behind a load balancer)
// decides nothing, and if no served height differs from the stored one the
// records are kept and reorg returns an error (wait and look again).
func (d *Daemon) reorg(ctx context.Context, tip *Tip, head uint64) (*Tip, uint64, error) {
	fork := min(tip.Number, head) // the node's chain does not reach above its head
	differs := false
	for {
		if fork < d.cfg.From {
			break
		}
		rec, err := d.store.Block(fork)
		if errors.Is(err, errNotFound) {
			break
		}
		if err != nil {
			return tip, tip.Number + 1, err
		}
		h, err := d.l1.HeaderByNumber(ctx, fork)
		if errors.Is(err, l1calls.ErrNoBlock) {
			return tip, tip.Number + 1, fmt.Errorf("the node does not serve block %d (its head is %d): waiting for it, the stored verdicts are kept", fork, head)
		}
		if err != nil {
			return tip, tip.Number + 1, err
		}
		if h.Hash == rec.Hash {
			break
		}
		differs = true
		if fork == 0 {
			break
		}
		fork--
	}
	if fork == tip.Number {
		// The tip is canonical (again): nothing to undo; the node served a
		// child that does not build on it, a transient state.
		return tip, tip.Number + 1, fmt.Errorf("the node's block %d is the verified one but its next block does not build on it", tip.Number)
	}
	if !differs {
		return tip, tip.Number + 1, fmt.Errorf("the node's head %d is below the verified tip %d and its blocks up to there are the verified ones (resyncing or lagging): waiting, the stored verdicts are kept", head, tip.Number)
	}
	var removed int
	var err error
	newTip := &Tip{Number: fork}
	if rec, rerr := d.store.Block(fork); rerr == nil {
		newTip.Hash = rec.Hash
	} else {
		newTip = nil
	}
	if removed, err = d.store.Rewind(fork); err != nil {
		return tip, tip.Number + 1, err
	}
	d.m.reorgs.Inc(1)
	next := fork + 1
	if newTip == nil {
		next = d.cfg.From
	}
	log.Warn("L1 reorg: re-verifying from the fork point", "old tip", tip.Number, "old hash", tip.Hash, "fork", fork, "dropped blocks", removed, "next", next)
	return newTip, next, nil
}

func (d *Daemon) retry(ctx context.Context, what string, err error) {
	if ctx.Err() != nil {
		return
	}
	log.Warn("Validator: "+what+" failed; retrying", "err", err)
	d.sleep(ctx, d.cfg.Poll)
}

func (d *Daemon) sleep(ctx context.Context, dur time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(dur):
	}
}

// VerifyBlock decides every call of block h: the precheck and the proofs of
// all calls concurrently (validator.Prejudge, at most Config.Judges calls at
// once), then the block's re-execution budget taken in call order by the
// calls the policy wants re-executed, then those re-executions on the worker
// pool, each decided again (validator.Decide). Each input is decoded once:
// re-execution runs the precheck's decoding. It returns the records and, if
// a decision asks to halt, why.
func (d *Daemon) VerifyBlock(ctx context.Context, h *l1calls.Header, calls []l1calls.Found) (*BlockRecord, []*CallRecord, string) {
	return d.VerifyTraced(ctx, h, &l1calls.Block{Calls: calls})
}

// VerifyTraced is VerifyBlock of a block's trace: its calls, and its frames
// that never ran EXECUTE (b.NotRun: below its price, mostly), counted on
// the block's record: each failed before EXECUTE ran, as L1 says (l1calls
// refuses a trace where one succeeded), so they agree with L1 without a
// verdict, a record or a re-execution each.
func (d *Daemon) VerifyTraced(ctx context.Context, h *l1calls.Header, b *l1calls.Block) (*BlockRecord, []*CallRecord, string) {
	start := time.Now()
	calls := b.Calls
	p := &d.cfg.Policy
	n := len(calls)
	decisions := make([]validator.Decision, n)
	verdicts := make([][]validator.Verdict, n)
	decoded := make([]*precompile.Decoded, n)
	ids := make([]common.Hash, n)
	took := make([]time.Duration, n)
	parallel(n, d.judges, func(i int) {
		t := time.Now()
		f := &calls[i]
		ids[i] = f.Call.ID() // for the record: hashed here, in parallel, not in the loop below
		if why := f.NotRun(d.cfg.L1, h); why != "" {
			decisions[i] = validator.Decision{Result: validator.Unverified, Reason: why}
			return
		}
		decisions[i], verdicts[i], decoded[i] = validator.Prejudge(ctx, p, d.cfg.L1, &f.Call, d.provers)
		took[i] = time.Since(t)
	})
	budget := &validator.ReexecBudget{Cap: p.ReexecGasCap}
	var run []int
	for i := range calls {
		if decoded[i] == nil || !decisions[i].NeedReexec {
			continue
		}
		if budget.Take(decoded[i].Input.GasLimit) {
			run = append(run, i)
			continue
		}
		skipped := validator.OverBudget()
		decisions[i] = validator.Decide(p, nil, verdicts[i], &skipped)
		verdicts[i] = append(verdicts[i], skipped)
		decoded[i] = nil // not needed any more
	}
	var gas atomic.Uint64
	reStart := time.Now()
	d.recoverSenders(decoded, run)
	parallel(len(run), d.workers, func(j int) {
		i := run[j]
		t := time.Now()
		rv := d.reexec.Verify(ctx, &calls[i].Call, decoded[i])
		took[i] += time.Since(t)
		decisions[i] = validator.Decide(p, nil, verdicts[i], &rv)
		verdicts[i] = append(verdicts[i], rv)
		// The claimed gas used, capped by the declared limit the caller paid
		// for, so a false claim cannot inflate the throughput metric.
		gas.Add(min(decoded[i].Input.GasUsed, decoded[i].Input.GasLimit))
		decoded[i] = nil
	})
	if len(run) > 0 {
		secs := time.Since(reStart).Seconds()
		d.m.reexecGas.Inc(int64(gas.Load()))
		d.m.reexecSeconds.Inc(secs)
		if secs > 0 {
			d.m.reexecMgas.Update(float64(gas.Load()) / 1e6 / secs)
		}
	}

	rec := &BlockRecord{Number: h.Number, Hash: h.Hash, ParentHash: h.ParentHash, NotRun: b.NotRun, Calls: []CallRef{}}
	d.m.notRun.Inc(int64(b.NotRun))
	crecs := make([]*CallRecord, n)
	halt := ""
	for i := range calls {
		f := &calls[i]
		dec := decisions[i]
		c := &CallRecord{Block: h.Number, BlockHash: h.Hash, Tx: f.Tx, TxIndex: f.TxIndex, Index: f.Index, Depth: f.Depth, Type: f.Type,
			Call: ids[i], InputSize: len(f.Call.Input), L1: OutcomeRecord{Success: f.Call.Success, Output: f.Call.Output},
			Result: dec.Result.String(), Reason: dec.Reason, Alarm: string(dec.Alarm), Conflict: dec.Conflict,
			Systems: dec.Systems, Ignored: dec.Ignored, Verdicts: []VerdictRecord{}, DurationMs: ms(took[i])}
		for _, v := range verdicts[i] {
			vr := VerdictRecord{Prover: v.Prover, System: v.System, Result: v.Result.String(), Reason: v.Reason}
			if v.Expected != nil {
				vr.Expected = &OutcomeRecord{Success: v.Expected.Success, Output: v.Expected.Output}
			}
			c.Verdicts = append(c.Verdicts, vr)
		}
		crecs[i] = c
		rec.Calls = append(rec.Calls, CallRef{Tx: f.Tx, Index: f.Index})
		d.m.calls.Inc(1)
		switch dec.Result {
		case validator.Agree:
			rec.Agree++
			d.m.agree.Inc(1)
		case validator.Disagree:
			rec.Disagree++
			d.m.disagree.Inc(1)
		default:
			rec.Unverified++
			d.m.unverified.Inc(1)
		}
		if dec.Alarm != validator.AlarmNone {
			log.Error("EXECUTE call: L1 and the validator differ", "alarm", dec.Alarm, "result", dec.Result, "conflict", dec.Conflict,
				"block", h.Number, "hash", h.Hash, "tx", f.Tx, "index", f.Index, "call", c.Call, "reason", dec.Reason)
			if dec.Alarm == validator.AlarmHalt && halt == "" {
				halt = fmt.Sprintf("block %d tx %s call %d: %s", h.Number, f.Tx, f.Index, dec.Reason)
			}
		} else if dec.Result == validator.Unverified {
			log.Warn("EXECUTE call unverified", "block", h.Number, "tx", f.Tx, "index", f.Index, "reason", dec.Reason)
		}
	}
	switch {
	case rec.Disagree > 0:
		rec.Result = validator.Disagree.String()
		rec.Reason = fmt.Sprintf("%d of %d EXECUTE calls disagree with L1", rec.Disagree, n)
	case rec.Unverified > 0:
		rec.Result = validator.Unverified.String()
		rec.Reason = fmt.Sprintf("%d of %d EXECUTE calls unverified", rec.Unverified, n)
	case n == 0:
		rec.Result, rec.Reason = validator.Agree.String(), "no EXECUTE calls"
	default:
		rec.Result, rec.Reason = validator.Agree.String(), fmt.Sprintf("all %d EXECUTE calls agree with L1", n)
	}
	if b.NotRun > 0 {
		rec.Reason += fmt.Sprintf("; %d calls failed before EXECUTE ran (given less gas than its price, mostly), as on L1", b.NotRun)
	}
	rec.VerifiedAt = time.Now().UTC()
	rec.DurationMs = ms(time.Since(start))
	d.m.blockLatency.Update(time.Since(start).Milliseconds())
	if n > 0 || b.NotRun > 0 {
		log.Info("Verified L1 block", "number", h.Number, "hash", h.Hash, "calls", n, "notrun", b.NotRun, "result", rec.Result, "took", time.Since(start).Round(time.Millisecond))
	}
	return rec, crecs, halt
}

// recoverSenders recovers the senders of the transactions of the calls to be
// re-executed, one transaction at a time on the worker pool: recovery is most
// of re-executing a block of transfers (about 80%), and spread this way even
// one call's block uses every worker. types.Sender caches each sender in its
// transaction for the signer the L2 block runs with, where re-execution
// (core.StateProcessor) finds it; a transaction whose signature does not
// recover is left to re-execution, which fails it as EXECUTE does. The
// cache changes no result: a sender cached for another signer is recovered
// again.
func (d *Daemon) recoverSenders(decoded []*precompile.Decoded, run []int) {
	type job struct {
		signer types.Signer
		tx     *types.Transaction
	}
	var jobs []job
	for _, i := range run {
		dec := decoded[i]
		parent := dec.Witness.Headers[len(dec.Witness.Headers)-1] // the precheck checked the chain ends at the parent
		number := new(big.Int).Add(parent.Number, common.Big1)
		signer := types.MakeSigner(precompile.L2Config(d.cfg.L1, dec.Input.ChainID), number, dec.Input.Timestamp)
		for _, tx := range dec.Transactions {
			jobs = append(jobs, job{signer, tx})
		}
	}
	parallel(len(jobs), d.workers, func(k int) { types.Sender(jobs[k].signer, jobs[k].tx) })
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// parallel runs fn(0..n-1) concurrently. With slots, on at most cap(slots)
// goroutines, each holding a slot while fn runs: slots shared by several
// parallel runs bound them together (the daemon's judges and workers), and
// n in the thousands never means thousands of goroutines. Without slots
// (nil), one goroutine per index: only for n already bounded (the blocks of
// a batch, at most Workers).
func parallel(n int, slots chan struct{}, fn func(i int)) {
	workers := n
	if slots != nil {
		workers = min(n, cap(slots))
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if slots != nil {
					slots <- struct{}{}
				}
				fn(i)
				if slots != nil {
					<-slots
				}
			}
		}()
	}
	wg.Wait()
}

// Status is what /v1/status reports.
type Status struct {
	Head       uint64            `json:"l1Head"`
	Tip        *Tip              `json:"verified"`
	Mode       string            `json:"mode"`
	K          int               `json:"k,omitempty"`
	Provers    []string          `json:"provers,omitempty"`
	Workers    int               `json:"workers"`
	Halted     string            `json:"halted,omitempty"`
	ThisRun    map[string]uint64 `json:"thisRun"`
	ReexecMgas float64           `json:"reexecMgasPerSecond"`
}

// Status is the daemon's state now.
func (d *Daemon) Status() (*Status, error) {
	tip, err := d.store.Tip()
	if err != nil {
		return nil, err
	}
	d.mu.RLock()
	s := &Status{Head: d.head, Tip: tip, Mode: string(d.cfg.Policy.Mode), K: d.cfg.Policy.K, Workers: d.cfg.Workers, Halted: d.halted}
	d.mu.RUnlock()
	for _, p := range d.cfg.Policy.Provers {
		s.Provers = append(s.Provers, p.ID+" ("+p.System+")")
	}
	s.ThisRun = map[string]uint64{
		"blocks": uint64(d.m.blocks.Snapshot().Count()), "calls": uint64(d.m.calls.Snapshot().Count()),
		"agree": uint64(d.m.agree.Snapshot().Count()), "disagree": uint64(d.m.disagree.Snapshot().Count()),
		"unverified": uint64(d.m.unverified.Snapshot().Count()), "reorgs": uint64(d.m.reorgs.Snapshot().Count()),
	}
	s.ReexecMgas = d.m.reexecMgas.Snapshot().Value()
	return s, nil
}

// timedSource reports, per prover, how long fetching a proof took.
type timedSource struct {
	inner validator.ProofSource
	m     *meters
}

func (t *timedSource) Proof(ctx context.Context, prover string, call common.Hash) (*validator.Proof, error) {
	start := time.Now()
	p, err := t.inner.Proof(ctx, prover, call)
	if err == nil {
		t.m.proofLatency(prover).Update(time.Since(start).Milliseconds())
	}
	return p, err
}
