package rollupnode

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/l2"
)

// ChallengerKeyIndex is the L1 dev key of the devnet's honest challenger
// (--host optimistic): the one after the dev accounts, funded on L1 only, so
// that no one sending with a dev key races its nonce.
func ChallengerKeyIndex(cfg DevnetConfig) int { return cfg.DevAccounts + 1 }

// optimistic sets up the optimistic host's side of the devnet: the proposer
// (which also pins the sequencer's anchors, see Proposer.Anchor), the honest
// challenger judging proposals by the sequencer's engine, and the blob archive
// with its HTTP endpoint. The returned function runs both until ctx ends.
func (d *Devnet) optimistic(ctx context.Context, cfg DevnetConfig, l1rpc *rpc.Client, eng Engine, seq *SequencerConfig, m *Metrics) (func(context.Context, <-chan *Sealed) error, error) {
	blobsDir := ""
	if cfg.DataDir != "" {
		blobsDir = filepath.Join(cfg.DataDir, "blobs")
	}
	var err error
	if d.Blobs, err = NewBlobArchive(blobsDir); err != nil {
		return nil, err
	}
	if cfg.BlobsAddr != "" {
		ln, err := net.Listen("tcp", cfg.BlobsAddr)
		if err != nil {
			return nil, fmt.Errorf("--blobs.addr/--blobs.port %s: %w (pass another port, 0 for a free one)", cfg.BlobsAddr, err)
		}
		mux := http.NewServeMux()
		mux.Handle("/blobs/", d.Blobs)
		d.blobsSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		d.blobsURL = "http://" + ln.Addr().String()
		go d.blobsSrv.Serve(ln)
	}
	o := cfg.Optimistic
	l1 := ethclient.NewClient(l1rpc)
	if d.forcedQueue, err = ForcedQueueAddress(ctx, l1, d.Host); err != nil {
		return nil, err
	}
	// The sequencer puts queued transactions first as soon as it sees them.
	seq.Forced = NewOptimisticForcedQueue(l1, d.forcedQueue, d.l2rpc)
	proposer, err := NewProposer(ctx, ProposerConfig{Key: l2.DevKey(SequencerKeyIndex), Host: d.Host, Bond: o.ProposerBond, FaultyProposal: o.FaultyProposal, SilentFaulty: o.SilentFaulty, FaultyData: o.FaultyData, FaultyForced: o.FaultyForced, FaultyForcedLate: o.FaultyForcedLate, Blobs: d.Blobs}, l1rpc, eng)
	if err != nil {
		return nil, err
	}
	if o.FaultyForced {
		seq.Forced.withhold = proposer.Withholding
	}
	if err := proposer.Resume(ctx); err != nil {
		return nil, err
	}
	seq.Anchor = proposer.Anchor
	challenger, err := NewChallenger(ctx, ChallengerConfig{Key: l2.DevKey(ChallengerKeyIndex(cfg)), Host: d.Host, Bond: o.ChallengerBond}, l1rpc, eng, 0)
	if err != nil {
		return nil, err
	}
	var mu sync.Mutex // one writer of status lines at a time
	print := func(line string) {
		if cfg.Out != nil {
			mu.Lock()
			fmt.Fprintln(cfg.Out, line)
			mu.Unlock()
		}
	}
	return func(ctx context.Context, blocks <-chan *Sealed) error {
		errc := make(chan error, 1)
		go func() {
			errc <- challenger.Run(ctx, 250*time.Millisecond, func(e ChallengeEvent) {
				print(ChallengeLine(e))
				if cfg.OnChallenge != nil {
					cfg.OnChallenge(e)
				}
			})
		}()
		err := proposer.Run(ctx, blocks, func(e ProposerEvent) {
			print(ProposalLine(e))
			if e.Kind == "finalized" {
				m.onFinalized(e.Proposal)
				for _, s := range e.Proposal.Blocks {
					print(FinalizedLine(e.Proposal, s))
				}
			}
			if cfg.OnProposal != nil {
				cfg.OnProposal(e)
			}
		})
		if err != nil {
			return fmt.Errorf("proposer: %w", err)
		}
		if err := <-errc; err != nil {
			return fmt.Errorf("challenger: %w", err)
		}
		return nil
	}, nil
}

// ForcedQueue is where the optimistic host's forced-inclusion queue is (zero
// for the other hosts, which hold their queue themselves).
func (d *Devnet) ForcedQueue() common.Address { return d.forcedQueue }

// BlobsURL is where the devnet serves the blobs it posted (empty if nowhere).
func (d *Devnet) BlobsURL() string { return d.blobsURL }

func (d *Devnet) optimisticBanner(b *strings.Builder) {
	o := d.cfg.Optimistic
	fmt.Fprintf(b, "  host          OptimisticNativeRollup at %s on L1 (DevOptimisticRollup: windows from 1s, dev L1 only; batches of L2 blocks in blobs, proposed with a %s ETH bond,\n", d.Host, ethFraction(o.ProposerBond))
	fmt.Fprintf(b, "                final after a %s challenge window; disputes bisect to one block, settled by DERIVE and EXECUTE)\n", o.ChallengeWindow)
	fmt.Fprintf(b, "  challenger    L1 dev key %d %s (honest: disputes any proposal whose end output differs from the L2 engine's and whose start agrees, %s ETH bond, %s per move)\n",
		ChallengerKeyIndex(d.cfg), crypto.PubkeyToAddress(l2.DevKey(ChallengerKeyIndex(d.cfg)).PublicKey), ethFraction(o.ChallengerBond), o.MoveTimeout)
	fmt.Fprintf(b, "  forced queue  OptimisticForcedQueue at %s on L1 (queue L2 transactions there, or nr force --host %s; due %s after queueing, taken by the proposal's blocks; fees to the proposer)\n", d.forcedQueue, d.Host, o.ForcedInclusionDelay)
	if d.blobsURL != "" {
		fmt.Fprintf(b, "  blobs         %s/blobs/<versioned hash> (every blob the proposer posted; nr l2 --follow --l1.blobs reads them)\n", d.blobsURL)
	}
	if o.FaultyProposal != 0 {
		fmt.Fprintf(b, "  FAULTY        proposal %d will claim wrong outputs (--dev.faulty-proposal): watch the challenger defeat it\n", o.FaultyProposal)
	}
}

// ethFraction prints wei as ETH with up to 18 decimals, without trailing zeros.
func ethFraction(wei *big.Int) string {
	whole, frac := new(big.Int).QuoRem(wei, big.NewInt(params.Ether), new(big.Int))
	if frac.Sign() == 0 {
		return whole.String()
	}
	return whole.String() + "." + strings.TrimRight(fmt.Sprintf("%018s", frac), "0")
}

// onFinalized counts a finalized proposal's L2 blocks as settled: the L1 gas is
// the proposal's (propose, its dispute moves, finalize), the latency that of
// its first block.
func (m *Metrics) onFinalized(pr *Proposal) {
	var txs, l2Gas int64
	for _, s := range pr.Blocks {
		txs += int64(len(s.Block.Transactions()))
		l2Gas += int64(s.Block.GasUsed())
	}
	m.settled.Inc(int64(len(pr.Blocks)))
	m.settledTxs.Inc(txs)
	m.l1Gas.Inc(int64(pr.L1Gas + pr.DefenseGas + pr.FinalizeGas))
	m.l2Gas.Inc(l2Gas)
	m.sends.Inc(2)
	m.settledHead.Update(int64(pr.Last()))
	m.settledL1.Update(int64(pr.L1Block))
	m.latencySeconds.Inc(pr.Latency.Seconds())
	m.lastLatency.Update(pr.Latency.Seconds())
}
