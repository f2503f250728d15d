package rollupnode_test

import (
	"context"
	"io"
	"math/big"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity/bindings"
)

// optimisticDevnet is an in-memory `nr devnet --host optimistic` on free ports
// that records what its proposer and challenger report.
type optimisticDevnet struct {
	*rollupnode.Devnet
	mu         sync.Mutex
	proposals  []rollupnode.ProposerEvent
	challenges []rollupnode.ChallengeEvent
	claimed    []rollupnode.Claimed
}

// blobFollower is a blob follower of d's host on an L2 engine node of its own
// (closed with the test), reading blobs from src.
func (d *optimisticDevnet) blobFollower(t *testing.T, l1c *ethclient.Client, src rollupnode.BlobSource) (*rollupnode.BlobFollower, *rollupnode.EngineNode) {
	t.Helper()
	genesis, _, err := rollupnode.DevnetGenesis(d.Host, rollupnode.DefaultDevnetConfig())
	require.NoError(t, err)
	node, err := rollupnode.NewEngineNode(rollupnode.EngineConfig{Genesis: genesis, HTTPAddr: "127.0.0.1", AuthAddr: "127.0.0.1"})
	require.NoError(t, err)
	t.Cleanup(func() { node.Close() })
	f, err := rollupnode.NewBlobFollower(context.Background(), d.Host, l1c, src, rollupnode.NewRPCEngine(node.Attach()), 0)
	require.NoError(t, err)
	return f, node
}

func startOptimistic(t *testing.T, opts ...func(*rollupnode.DevnetConfig)) *optimisticDevnet {
	t.Helper()
	cfg := rollupnode.DefaultDevnetConfig()
	cfg.Host = rollupnode.HostOptimistic
	cfg.Optimistic.ChallengeWindow = 6 * time.Second
	cfg.L1.HTTPPort, cfg.L1.WSPort, cfg.L2HTTPPort, cfg.L2AuthPort = 0, 0, 0, 0
	cfg.BlobsAddr = "127.0.0.1:0"
	for _, o := range opts {
		o(&cfg)
	}
	d := &optimisticDevnet{}
	cfg.OnProposal = func(e rollupnode.ProposerEvent) {
		d.mu.Lock()
		d.proposals = append(d.proposals, e)
		d.mu.Unlock()
		t.Log(rollupnode.ProposalLine(e))
	}
	cfg.OnChallenge = func(e rollupnode.ChallengeEvent) {
		d.mu.Lock()
		d.challenges = append(d.challenges, e)
		d.mu.Unlock()
		t.Log(rollupnode.ChallengeLine(e))
	}
	cfg.OnClaimed = func(c rollupnode.Claimed) {
		d.mu.Lock()
		d.claimed = append(d.claimed, c)
		d.mu.Unlock()
	}
	var err error
	d.Devnet, err = rollupnode.StartDevnet(cfg)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, d.Close()) })
	t.Log("\n" + d.Banner())
	return d
}

// waitFor polls cond until it holds, failing on a devnet error or after timeout.
func (d *optimisticDevnet) waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.After(timeout)
	for {
		d.mu.Lock()
		ok := cond()
		d.mu.Unlock()
		if ok {
			return
		}
		select {
		case err := <-d.Err():
			t.Fatalf("the devnet stopped while waiting for %s: %v", what, err)
		case <-deadline:
			t.Fatalf("%s: not within %s", what, timeout)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// finalizedThrough is the last L2 block of the finalized proposals (0: none).
func (d *optimisticDevnet) finalizedThrough() uint64 {
	var last uint64
	for _, e := range d.proposals {
		if e.Kind == "finalized" {
			last = max(last, e.Proposal.Last())
		}
	}
	return last
}

// TestOptimisticDevnet: `nr devnet --host optimistic` end to end. L2 transfers,
// a contract deployment and calls go through the L2 RPC; the proposer posts the
// blocks in blobs and proposes them with a bond; proposal 2 is faulty (wrong
// state roots from its middle block on), the honest challenger disputes it and
// the game runs down to one block (bisect, select, proveBlockData, step) where
// EXECUTE defeats it; the proposer proposes the same blocks honestly and they
// finalize. A deposit is claimed on L2 and a withdrawal is paid on L1 once its
// block is final. A follower with its own engine rebuilds the chain from the
// blobs (fetched over HTTP, bound to L1's versioned hashes) and DERIVE, flags
// the faulty proposal, and reaches the host's finalized head hash.
func TestOptimisticDevnet(t *testing.T) {
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) { c.Optimistic.FaultyProposal, c.MetricsAddr = 2, "127.0.0.1:0" })
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	// L1 -> L2: a deposit for an address with no L2 ETH.
	newcomerKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-optimistic-newcomer")))
	require.NoError(t, err)
	newcomer := crypto.PubkeyToAddress(newcomerKey.PublicKey)
	fee := big.NewInt(params.Ether / 10)
	dep, err := rollupnode.Deposit(ctx, l1c, d.Host, l2.DevKey(3), newcomer, ether(5), fee)
	require.NoError(t, err)

	// Transfers, a deployment and calls over several blocks.
	var txs []*types.Transaction
	var contract common.Address
	for round := range 5 {
		for k := 2; k <= 4; k++ {
			to := common.BigToAddress(big.NewInt(int64(0xb000 + 16*round + k)))
			txs = append(txs, sendL2(t, l2c, l2.DevKey(k), &to, big.NewInt(params.GWei), params.TxGas, nil))
		}
		if round == 0 {
			deploy := sendL2(t, l2c, l2.DevKey(5), nil, nil, 200_000, storeCode)
			contract = waitReceipt(t, l2c, deploy.Hash()).ContractAddress
			txs = append(txs, deploy)
		} else {
			txs = append(txs, sendL2(t, l2c, l2.DevKey(5), &contract, nil, 100_000, common.BigToHash(big.NewInt(int64(round))).Bytes()))
		}
		waitReceipt(t, l2c, txs[len(txs)-1].Hash())
	}
	for _, tx := range txs {
		require.Equal(t, types.ReceiptStatusSuccessful, waitReceipt(t, l2c, tx.Hash()).Status)
	}

	d.waitFor(t, "the deposit claimed on L2", 90*time.Second, func() bool { return len(d.claimed) > 0 })
	require.Equal(t, common.Hash(dep.DepositHash), d.claimed[0].Hash)
	bal, err := l2c.BalanceAt(ctx, newcomer, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(ether(5), fee), bal)

	// L2 -> L1: withdraw, wait for its block to be final, prove and pay.
	l1Recipient := common.HexToAddress("0x00000000000000000000000000000000c0ffee02")
	w, wBlock, err := rollupnode.Withdraw(ctx, l2c, newcomerKey, l1Recipient, ether(1))
	require.NoError(t, err)

	// The faulty proposal is disputed and defeated; the same blocks finalize.
	d.waitFor(t, "the challenger winning against proposal 2", 90*time.Second, func() bool {
		for _, e := range d.challenges {
			if e.Proposal == 2 && e.Won {
				return true
			}
		}
		return false
	})
	target := max(uint64(20), wBlock)
	d.waitFor(t, "L2 blocks finalized", 90*time.Second, func() bool { return d.finalizedThrough() >= target })

	d.mu.Lock()
	var faulty *rollupnode.Proposal
	moves := map[string]bool{}
	var next uint64 = 1
	for _, e := range d.proposals {
		switch e.Kind {
		case "proposed":
			require.Equal(t, next, e.Proposal.First(), "proposal %d starts after the last final block", e.Proposal.ID)
			require.NotZero(t, e.Proposal.BlobGas, "the batch travelled in blobs")
			if e.Proposal.Faulty {
				faulty = e.Proposal
			}
		case "move":
			moves[strings.Fields(e.Move)[0]] = true
		case "finalized":
			require.False(t, e.Proposal.Faulty)
			next = e.Proposal.Last() + 1
		}
	}
	d.mu.Unlock()
	require.NotNil(t, faulty)
	require.Equal(t, uint64(2), faulty.ID)
	require.True(t, moves["proveBlockData"] && moves["step"], "the game reached one block and EXECUTE settled it: %v", moves)
	if faulty.Last()-faulty.First() >= 1 {
		require.True(t, moves["bisect"], "a multi-block proposal is bisected: %v", moves)
	}

	// The host's finalized head is the sequencer's block.
	opt := bindings.NewOptimisticNativeRollup()
	view := func(data []byte) []byte {
		out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
	hostNumber, err := opt.UnpackBlockNumber(view(opt.PackBlockNumber()))
	require.NoError(t, err)
	require.GreaterOrEqual(t, hostNumber, target)
	hostHash, err := opt.UnpackBlockHash(view(opt.PackBlockHash()))
	require.NoError(t, err)
	seqHeader, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
	require.NoError(t, err)
	require.Equal(t, seqHeader.Hash(), common.Hash(hostHash))
	credit, err := opt.UnpackCredit(view(opt.PackCredit(l2.DevAddress(rollupnode.ChallengerKeyIndex(rollupnode.DefaultDevnetConfig())))))
	require.NoError(t, err)
	require.Zero(t, credit.Sign(), "the challenger withdrew the bonds it won")

	res, err := http.Get(d.MetricsURL())
	require.NoError(t, err)
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^nr_rollup_settlement_head (\d+)`).FindSubmatch(body)
	require.NotNil(t, m, "the settled head metric in:\n%s", body)
	settledHead, err := strconv.ParseUint(string(m[1]), 10, 64)
	require.NoError(t, err)
	require.GreaterOrEqual(t, settledHead, target, "the settled head metric counts finalized L2 blocks")

	l2rpc := d.L2.Attach()
	defer l2rpc.Close()
	fr, err := rollupnode.FinalizeWithdrawal(ctx, l1c, l2rpc, d.Host, l2.DevKey(4), w.Withdrawal, common.Hash(w.WithdrawalHash), wBlock)
	require.NoError(t, err)
	require.NotZero(t, fr.GasUsed)
	got, err := l1c.BalanceAt(ctx, l1Recipient, nil)
	require.NoError(t, err)
	require.Equal(t, ether(1), got, "the withdrawal was paid on L1 after finalization")

	// A follower rebuilds the chain from the blobs alone.
	f, fnode := d.blobFollower(t, l1c, &rollupnode.HTTPBlobs{URL: d.BlobsURL()})
	var checks []rollupnode.ProposalCheck
	deadline := time.Now().Add(60 * time.Second)
	for f.Head().Number.Uint64() < hostNumber {
		require.NoError(t, f.Sync(ctx, func(b rollupnode.Followed) {
			seq, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
			require.NoError(t, err)
			require.Equal(t, seq.Hash(), b.Hash, "L2 block %d derived from the blobs is the sequencer's", b.Number)
		}, func(c rollupnode.ProposalCheck) {
			t.Log(rollupnode.CheckLine(c))
			checks = append(checks, c)
		}))
		require.True(t, time.Now().Before(deadline), "the follower did not reach L2 block %d in 60s", hostNumber)
	}
	fc, err := ethclient.Dial(fnode.HTTPEndpoint())
	require.NoError(t, err)
	defer fc.Close()
	at, err := fc.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
	require.NoError(t, err)
	require.Equal(t, common.Hash(hostHash), at.Hash(), "the follower reached the host's finalized head hash")
	for _, c := range checks {
		require.Empty(t, c.DataInvalid)
		require.Equal(t, c.ID != faulty.ID, c.Honest(), "proposal %d: claimed %s, derived %s", c.ID, c.Claimed, c.Computed)
	}
	require.GreaterOrEqual(t, len(checks), 3)

	// A blob source that answers other blobs is caught by the KZG binding.
	lf, _ := d.blobFollower(t, l1c, lyingBlobs{})
	require.ErrorContains(t, lf.Sync(ctx, nil, nil), "not the one L1 committed to")
	require.Zero(t, lf.Head().Number.Uint64(), "nothing was built from it")
}

// lyingBlobs answers every request with a valid DERIVE blob that is not the
// one asked for.
type lyingBlobs struct{}

func (lyingBlobs) Blobs(_ context.Context, hashes []common.Hash) ([]kzg4844.Blob, error) {
	payload, err := derive.EncodePayload(derive.Batch{Blocks: []derive.Block{{Timestamp: 1, GasLimit: l2.GenesisGasLimit}}})
	if err != nil {
		return nil, err
	}
	one, err := derive.EncodeBlobs(payload)
	if err != nil {
		return nil, err
	}
	out := make([]kzg4844.Blob, len(hashes))
	for i := range out {
		out[i] = one[0]
	}
	return out, nil
}

// TestOptimisticTimeout: the faulty proposal 1 is not defended; the challenger
// disputes it and, when the proposer's move timeout has passed, ends the game
// with timeout and wins both bonds; the proposer proposes the blocks again and
// they finalize.
func TestOptimisticTimeout(t *testing.T) {
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) {
		c.Optimistic.FaultyProposal, c.Optimistic.SilentFaulty, c.Optimistic.MoveTimeout = 1, true, 3*time.Second
	})
	d.waitFor(t, "the challenger winning by timeout", 90*time.Second, func() bool {
		for _, e := range d.challenges {
			if e.Proposal == 1 && e.Won {
				return true
			}
		}
		return false
	})
	d.waitFor(t, "the blocks proposed again and finalized", 90*time.Second, func() bool { return d.finalizedThrough() >= 1 })
	d.mu.Lock()
	defer d.mu.Unlock()
	timedOut := false
	for _, e := range d.challenges {
		timedOut = timedOut || (e.Proposal == 1 && strings.HasPrefix(e.What, "timeout"))
	}
	require.True(t, timedOut, "the game ended by timeout")
	for _, e := range d.proposals {
		require.NotEqual(t, "move", e.Kind, "the faulty proposer stayed silent")
		if e.Kind == "finalized" {
			require.Greater(t, e.Proposal.ID, uint64(1))
		}
	}
}

// secondChallenger is an independent challenger (L1 dev key 3) judging by a
// BlobFollower's engine, which derives the chain from the devnet's blobs alone.
type secondChallenger struct {
	mu     sync.Mutex
	events []rollupnode.ChallengeEvent
	checks []rollupnode.ProposalCheck // the follower's
	errc   chan error
}

func startSecondChallenger(t *testing.T, d *optimisticDevnet) *secondChallenger {
	return startSecondChallengerOn(t, d, func(e *rollupnode.RPCEngine) rollupnode.Engine { return e })
}

// withoutBuildOn is an engine that does not serve nr_buildBlockOn, as an
// external go-ethereum (--l2.engine) does not: every settleability trial on it
// fails with ErrNoBuildOn.
type withoutBuildOn struct{ *rollupnode.RPCEngine }

func (withoutBuildOn) BuildOn(context.Context, common.Hash, *engine.PayloadAttributes, []hexutil.Bytes, []byte) (*engine.ExecutionPayloadEnvelope, error) {
	return nil, rollupnode.ErrNoBuildOn
}

// startSecondChallengerOn is startSecondChallenger whose follower and
// challenger use truth(the follower's engine).
func startSecondChallengerOn(t *testing.T, d *optimisticDevnet, truthOf func(*rollupnode.RPCEngine) rollupnode.Engine) *secondChallenger {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	genesis, _, err := rollupnode.DevnetGenesis(d.Host, rollupnode.DefaultDevnetConfig())
	require.NoError(t, err)
	fnode, err := rollupnode.NewEngineNode(rollupnode.EngineConfig{Genesis: genesis, HTTPAddr: "127.0.0.1", AuthAddr: "127.0.0.1"})
	require.NoError(t, err)
	truth := truthOf(rollupnode.NewRPCEngine(fnode.Attach()))
	f, err := rollupnode.NewBlobFollower(ctx, d.Host, l1c, d.Blobs, truth, 0)
	require.NoError(t, err)
	l1rpc := d.L1.Attach()
	c, err := rollupnode.NewChallenger(ctx, rollupnode.ChallengerConfig{Key: l2.DevKey(3), Host: d.Host, Bond: rollupnode.DefaultOptimisticConfig().ChallengerBond, InvalidData: f.InvalidData}, l1rpc, truth, 0)
	require.NoError(t, err)
	s := &secondChallenger{errc: make(chan error, 2)}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		s.errc <- f.Run(ctx, 200*time.Millisecond, nil, func(c rollupnode.ProposalCheck) {
			t.Log("follower " + rollupnode.CheckLine(c))
			s.mu.Lock()
			s.checks = append(s.checks, c)
			s.mu.Unlock()
		})
	}()
	go func() {
		defer wg.Done()
		s.errc <- c.Run(ctx, 200*time.Millisecond, func(e rollupnode.ChallengeEvent) {
			t.Log("second " + rollupnode.ChallengeLine(e))
			s.mu.Lock()
			s.events = append(s.events, e)
			s.mu.Unlock()
		})
	}()
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		l1rpc.Close()
		fnode.Close()
		l1c.Close()
	})
	return s
}

// outcome says whether these events show a won game against proposal id, a
// reclaimed bond, and a challenge of it.
func outcome(events []rollupnode.ChallengeEvent, id uint64) (won, reclaimed, challenged bool) {
	for _, e := range events {
		if e.Proposal == id {
			won = won || e.Won
			reclaimed = reclaimed || strings.HasPrefix(e.What, "reclaim")
			challenged = challenged || strings.HasPrefix(e.What, "challenged")
		}
	}
	return won, reclaimed, challenged
}

// TestOptimisticSecondChallenger: both the devnet's challenger and a second
// one deriving from the blobs dispute the faulty proposal 2; one game defeats
// it and the other challenger gets its bond back with reclaim.
func TestOptimisticSecondChallenger(t *testing.T) {
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) {
		c.Optimistic.FaultyProposal, c.Optimistic.ChallengeWindow = 2, 10*time.Second
	})
	s := startSecondChallenger(t, d)
	d.waitFor(t, "both challengers done with proposal 2", 120*time.Second, func() bool {
		select {
		case err := <-s.errc:
			t.Fatalf("the second challenger or its follower stopped: %v", err)
		default:
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		devWon, devReclaimed, _ := outcome(d.challenges, 2)
		won, reclaimed, _ := outcome(s.events, 2)
		return (devWon && reclaimed) || (won && devReclaimed)
	})
	s.mu.Lock()
	defer s.mu.Unlock()
	_, _, challenged := outcome(s.events, 2)
	require.True(t, challenged, "the second challenger disputed proposal 2 from the blobs alone")
	_, _, challenged = outcome(s.events, 1)
	require.False(t, challenged, "proposal 1 is honest")
}

// TestOptimisticInvalidData: the faulty proposal 2 claims the right outputs,
// but its blob holds no DERIVE batch. The devnet's challenger, judging by the
// sequencer's engine, finds the outputs right; the second challenger, whose
// follower cannot derive the blob, disputes it, steers the game into that
// blob, and the proposer's own proveBlockData defeats it (BlockDataInvalid).
// The blocks are proposed again and finalize.
func TestOptimisticInvalidData(t *testing.T) {
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) {
		c.Optimistic.FaultyProposal, c.Optimistic.FaultyData, c.Optimistic.ChallengeWindow = 2, true, 10*time.Second
	})
	s := startSecondChallenger(t, d)
	d.waitFor(t, "the second challenger winning against proposal 2", 120*time.Second, func() bool {
		select {
		case err := <-s.errc:
			t.Fatalf("the second challenger or its follower stopped: %v", err)
		default:
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		won, _, _ := outcome(s.events, 2)
		return won
	})
	var last uint64
	d.waitFor(t, "proposal 2's blocks finalized", 90*time.Second, func() bool {
		for _, e := range d.proposals {
			if e.Kind == "proposed" && e.Proposal.ID == 2 {
				last = e.Proposal.Last()
			}
		}
		return last > 0 && d.finalizedThrough() >= last
	})
	d.mu.Lock()
	defer d.mu.Unlock()
	_, _, devChallenged := outcome(d.challenges, 2)
	require.False(t, devChallenged, "the outputs are right: the sequencer's view sees nothing wrong")
	proved := false
	for _, e := range d.proposals {
		proved = proved || (e.Kind == "move" && e.Proposal.ID == 2 && strings.HasPrefix(e.Move, "proveBlockData"))
	}
	require.True(t, proved, "the game reached proveBlockData on the bad blob")
}

// TestOptimisticRestart: `nr devnet --host optimistic --datadir` stops while
// the faulty proposal 2 is pending and starts again on the same directory: the
// proposer takes the pending proposal up again (its blobs from the archive,
// its blocks from the L2 engine), the challenger disputes it or resumes its
// game and wins, the same blocks are proposed again and finalize, and the
// chain goes on from there with no L2 block lost.
func TestOptimisticRestart(t *testing.T) {
	dir := t.TempDir()
	withDir := func(c *rollupnode.DevnetConfig) {
		c.DataDir, c.Optimistic.FaultyProposal, c.Optimistic.ChallengeWindow = dir, 2, 20*time.Second
	}
	first := startOptimistic(t, withDir)
	l2c, err := ethclient.Dial(first.L2.HTTPEndpoint())
	require.NoError(t, err)
	to := common.Address{0x7e, 0x57}
	tx := sendL2(t, l2c, l2.DevKey(2), &to, big.NewInt(params.GWei), params.TxGas, nil)
	r := waitReceipt(t, l2c, tx.Hash())
	l2c.Close()
	var pending *rollupnode.Proposal
	first.waitFor(t, "proposal 2 proposed", 90*time.Second, func() bool {
		for _, e := range first.proposals {
			if e.Kind == "proposed" && e.Proposal.ID == 2 {
				pending = e.Proposal
			}
		}
		return pending != nil
	})
	host := first.Host
	require.NoError(t, first.Close())
	t.Logf("stopped with proposal 2 (L2 blocks %d..%d) pending", pending.First(), pending.Last())

	second := startOptimistic(t, withDir)
	require.Equal(t, host, second.Host)
	second.waitFor(t, "the blocks of proposal 2 and more finalized", 120*time.Second, func() bool {
		return second.finalizedThrough() > pending.Last()
	})
	second.mu.Lock()
	resumed, defeated := false, false
	next := pending.First()
	for _, e := range second.proposals {
		switch {
		case e.Kind == "resumed":
			require.Equal(t, uint64(2), e.Proposal.ID)
			require.Equal(t, pending.Hashes, e.Proposal.Hashes, "the same blobs, from the archive")
			resumed = true
		case e.Kind == "defeated":
			defeated = defeated || e.Proposal.ID == 2
		case e.Kind == "proposed":
			require.Equal(t, next, e.Proposal.First(), "proposal %d continues the chain", e.Proposal.ID)
		case e.Kind == "finalized":
			next = e.Proposal.Last() + 1
		}
	}
	second.mu.Unlock()
	require.True(t, resumed, "the pending proposal was taken up after the restart")
	require.True(t, defeated, "the faulty proposal was defeated after the restart")

	ctx := context.Background()
	l2c, err = ethclient.Dial(second.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	again, err := l2c.TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err, "the transfer survives the restart")
	require.Equal(t, r.BlockHash, again.BlockHash)
	l1c, err := ethclient.Dial(second.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	n, hash := hostAt(t, l1c, host, mustHead(t, l1c).Hash())
	h, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	require.NoError(t, err)
	require.Equal(t, h.Hash(), hash, "the host's finalized head is the restarted engine's block %d", n)
}

// TestOptimisticChallengerJudgesTheStart: an attacker (L1 dev key 3) proposes P
// over the finalized head with a wrong end, and C over P's end with a wrong end.
// A game takes C's start (P's wrong end) as agreed, so C's proposer can defend C
// from there and win the challenger's bond
// (solidity.TestOptimisticChallengeOverWrongStartLoses). The devnet's challenger
// disputes P and leaves C alone: C cannot finalize unless P, or another proposal
// with P's end, does.
func TestOptimisticChallengerJudgesTheStart(t *testing.T) {
	d := startOptimistic(t, func(c *rollupnode.DevnetConfig) { c.Optimistic.ChallengeWindow = 20 * time.Second })
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	opt := bindings.NewOptimisticNativeRollup()
	view := func(data []byte) []byte {
		out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
	attacker := l2.DevKey(3)
	chainID, err := l1c.ChainID(ctx)
	require.NoError(t, err)
	payload, err := derive.EncodePayload(derive.Batch{Blocks: []derive.Block{{Timestamp: 1, GasLimit: l2.GenesisGasLimit}}})
	require.NoError(t, err)
	blobs, err := derive.EncodeBlobs(payload)
	require.NoError(t, err)
	// propose sends propose(parentId, end, garbage output, [count]) with one blob;
	// false if the host refused it.
	propose := func(parentID, end uint64, count uint32, garbage byte) (uint64, bool) {
		t.Helper()
		head, err := l1c.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		out := bindings.OptimisticNativeRollupOutput{BlockHash: common.Hash{garbage}, StateRoot: common.Hash{garbage}}
		data := opt.PackPropose(new(big.Int).SetUint64(parentID), end, out, []uint32{count}, head.Number.Uint64())
		sidecar, err := derive.Sidecar(blobs, types.BlobSidecarVersion1)
		require.NoError(t, err)
		nonce, err := l1c.PendingNonceAt(ctx, l2.DevAddress(3))
		require.NoError(t, err)
		blobFee, err := l1c.BlobBaseFee(ctx)
		require.NoError(t, err)
		bond, err := opt.UnpackProposerBond(view(opt.PackProposerBond()))
		require.NoError(t, err)
		tip := big.NewInt(params.GWei)
		tx, err := types.SignNewTx(attacker, types.LatestSignerForChainID(chainID), &types.BlobTx{
			ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip),
			GasFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)),
			Gas:       2_000_000, To: d.Host, Value: uint256.MustFromBig(bond), Data: data,
			BlobFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(blobFee, big.NewInt(2)), big.NewInt(1))),
			BlobHashes: sidecar.BlobHashes(), Sidecar: sidecar,
		})
		require.NoError(t, err)
		require.NoError(t, l1c.SendTransaction(ctx, tx))
		r, err := rollupnode.WaitIncluded(ctx, l1c, tx.Hash(), 30*time.Second)
		require.NoError(t, err)
		if r.Status != types.ReceiptStatusSuccessful {
			return 0, false
		}
		ev, err := opt.UnpackProposedEvent(r.Logs[0])
		require.NoError(t, err)
		return ev.ProposalId.Uint64(), true
	}
	// P covers the two blocks after the finalized head, which may move on
	// between reading it and proposing: then P is refused and tried again.
	var parent uint64
	for attempt := 0; parent == 0; attempt++ {
		require.Less(t, attempt, 5, "the finalized head kept moving")
		start, err := opt.UnpackBlockNumber(view(opt.PackBlockNumber()))
		require.NoError(t, err)
		d.waitFor(t, "three L2 blocks past the finalized head", 60*time.Second, func() bool {
			n, err := l2c.BlockNumber(ctx)
			return err == nil && n >= start+3
		})
		if id, ok := propose(0, start+2, 2, 0xaa); ok {
			parent = id
		}
	}
	p, err := opt.UnpackProposals(view(opt.PackProposals(new(big.Int).SetUint64(parent))))
	require.NoError(t, err)
	child, ok := propose(parent, p.EndNumber+1, 1, 0xbb)
	require.True(t, ok, "C over P's end")

	d.waitFor(t, "the challenger's verdict on P and C", 60*time.Second, func() bool {
		var parentChallenged, childJudged bool
		for _, e := range d.challenges {
			parentChallenged = parentChallenged || (e.Proposal == parent && strings.HasPrefix(e.What, "challenged"))
			childJudged = childJudged || (e.Proposal == child && strings.Contains(e.What, "challenged"))
		}
		return parentChallenged && childJudged
	})
	d.mu.Lock()
	defer d.mu.Unlock()
	_, _, challenged := outcome(d.challenges, child)
	require.False(t, challenged, "C builds on P's wrong end: its game could not be won")
}
