package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/solidity/bindings"
)

// ChallengerConfig says who challenges and how much it bonds.
type ChallengerConfig struct {
	Key  *ecdsa.PrivateKey
	Host common.Address
	// Bond is the host's challengerBond.
	Bond *big.Int
	// InvalidData, if set, names proposals whose blobs do not derive to the
	// blocks they claim, and the first block of the first such blob
	// (BlobFollower.InvalidData); they are challenged and the game is steered
	// to that block, where proveBlockData defeats them.
	InvalidData func(proposal uint64) (firstBlock uint64, invalid bool)
}

// ChallengeEvent is one thing the challenger did or saw.
type ChallengeEvent struct {
	Proposal uint64
	Game     uint64
	What     string
	Gas      uint64
	// Won is set once a game of ours is resolved in our favor.
	Won bool
}

// Challenger is an honest challenger of an OptimisticNativeRollup: it checks the
// end output of every proposal against its own L2 view (an engine that built
// the same blocks: the sequencer's, or a BlobFollower's that derived them from
// the blobs), disputes a wrong one whose start it agrees with (a game takes the
// start as agreed) with a bond, and plays the game to the end:
// at each bisection it selects the first section whose end output differs from
// its own, it ends a game whose proposer lets the clock run out (timeout), takes
// back its bond from a game another challenger already won (reclaim), and
// withdraws what it won (withdrawCredit). At one block the proposer must derive
// the block from its blob and execute it with EXECUTE (proveBlockData, step);
// a wrong claim cannot pass step, so the proposer loses there or by timeout.
type Challenger struct {
	cfg     ChallengerConfig
	actor   *hostActor
	truth   Engine
	forced  *optimisticQueue
	walks   map[uint64]*proposalWalk // proposals' forced indices in the truth, by id
	from    uint64                   // next L1 block to scan for proposals
	wait    map[uint64]uint64        // proposals seen but not yet checked: id -> end block
	games   map[uint64]uint64        // our open games: game id -> proposal id
	lagging map[uint64]bool          // proposals waited for (warned once)
	failed  map[uint64]string        // proposals whose walk's trial failed: the failure last reported
}

// NewChallenger disputes proposals of cfg.Host on the L1 node rc from L1 block
// fromL1 on, judging them by the L2 blocks in truth.
func NewChallenger(ctx context.Context, cfg ChallengerConfig, rc *rpc.Client, truth Engine, fromL1 uint64) (*Challenger, error) {
	a, err := newHostActor(ctx, rc, cfg.Key, cfg.Host)
	if err != nil {
		return nil, err
	}
	q, err := newOptimisticQueue(ctx, a.l1, cfg.Host)
	if err != nil {
		return nil, err
	}
	c := &Challenger{cfg: cfg, actor: a, truth: truth, forced: q, walks: map[uint64]*proposalWalk{}, from: fromL1, wait: map[uint64]uint64{}, games: map[uint64]uint64{}, lagging: map[uint64]bool{}, failed: map[uint64]string{}}
	return c, c.resume(ctx)
}

// resume takes up the challenger's games still open on L1 (after a restart):
// the Challenged events naming it as challenger, in games not resolved.
func (c *Challenger) resume(ctx context.Context) error {
	head, err := c.actor.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	logs, err := filterLogs(ctx, c.actor.l1, ethereum.FilterQuery{
		Addresses: []common.Address{c.actor.host},
		Topics:    [][]common.Hash{{c.actor.abi.GetABI().Events["Challenged"].ID}, nil, nil, {common.BytesToHash(c.actor.from.Bytes())}},
	}, c.from, head, maxLogQueryBlocks)
	if err != nil {
		return fmt.Errorf("reading the challenger's games: %w", err)
	}
	for i := range logs {
		ev, err := c.actor.abi.UnpackChallengedEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("L1 block %d: a Challenged event that does not decode: %w", logs[i].BlockNumber, err)
		}
		g, err := c.actor.game(ctx, ev.GameId.Uint64())
		if err != nil {
			return err
		}
		if g.Turn != turnResolved {
			c.games[ev.GameId.Uint64()] = ev.ProposalId.Uint64()
		}
	}
	return nil
}

// Run checks and plays every poll interval until ctx ends. A move L1 rejects
// is logged and retried on the next round, and so is a proposal whose walk's
// settleability trial failed (ErrTrial, reported); errors reading L1 or the
// L2 view stop it.
func (c *Challenger) Run(ctx context.Context, poll time.Duration, report func(ChallengeEvent)) error {
	return everyPoll(ctx, poll, func() error { return c.Step(ctx, report) })
}

// Step reads new proposals, challenges the wrong ones and moves in its games.
func (c *Challenger) Step(ctx context.Context, report func(ChallengeEvent)) error {
	head, err := c.actor.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	if head >= c.from {
		logs, err := c.actor.events(ctx, "Proposed", c.from, head, nil)
		if err != nil {
			return err
		}
		for i := range logs {
			ev, err := c.actor.abi.UnpackProposedEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("L1 block %d: a Proposed event that does not decode: %w", logs[i].BlockNumber, err)
			}
			c.wait[ev.ProposalId.Uint64()] = ev.EndNumber
		}
		c.from = head + 1
	}
	for id, end := range c.wait {
		done, err := c.check(ctx, id, end, report)
		if errors.Is(err, ErrTrial) {
			c.trialFailed(id, 0, err, report)
			continue
		}
		if err != nil {
			return err
		}
		if done {
			delete(c.wait, id)
			delete(c.failed, id)
		}
	}
	for gid, pid := range c.games {
		done, err := c.play(ctx, gid, pid, report)
		if err != nil {
			if errors.Is(err, errHostReverted) {
				log.Warn("Challenger move rejected; retrying", "game", gid, "err", err)
				continue
			}
			if errors.Is(err, ErrTrial) {
				c.trialFailed(pid, gid, err, report)
				continue
			}
			return err
		}
		if done {
			delete(c.games, gid)
			delete(c.failed, pid)
		}
	}
	return nil
}

// trialFailed reports that proposal pid (in game gid, if set) cannot be judged
// now because a settleability trial of its walk failed (ErrTrial), once per
// distinct failure; the proposal stays waiting (or the game open) and is tried
// again next round, and the other proposals and games go on.
func (c *Challenger) trialFailed(pid, gid uint64, err error, report func(ChallengeEvent)) {
	log.Warn("Challenger cannot judge a proposal's forced walk; retrying", "proposal", pid, "game", gid, "err", err)
	if c.failed[pid] == err.Error() {
		return
	}
	c.failed[pid] = err.Error()
	report(ChallengeEvent{Proposal: pid, Game: gid, What: fmt.Sprintf("cannot judge it yet: %v (retrying every poll)", err)})
}

// truthHeader is L2 block n in the challenger's view, or false if its view
// does not have the block yet.
func (c *Challenger) truthHeader(ctx context.Context, n uint64) (*types.Header, bool, error) {
	h, err := c.truth.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil || h == nil {
		head, herr := c.truth.HeaderByNumber(ctx, nil)
		if herr != nil {
			return nil, false, fmt.Errorf("reading the challenger's L2 head: %w", herr)
		}
		if head.Number.Uint64() < n {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("reading L2 block %d: %w", n, err)
	}
	return h, true, nil
}

// proposalWalk is the forced index after each L2 block of a proposal, from its
// start block on, in the challenger's view, and by block the settleability
// proofs that view rests on and L1 lacked (a block may not skip a late entry
// that settles alone: step agrees once the proof is recorded).
type proposalWalk struct {
	start   uint64
	indices []uint64
	proofs  map[uint64][]reliedProof
}

// truthRoot is the output root of L2 block n (from proposal pid's start to its
// end, which the view has) in the challenger's view: the block's, with the
// forced index of the queue's walk over pid's blocks from the index pid starts
// from to the end index it claims, as step computes it.
func (c *Challenger) truthRoot(ctx context.Context, pid, n uint64) (common.Hash, error) {
	h, ok, err := c.truthHeader(ctx, n)
	if err != nil {
		return common.Hash{}, err
	}
	if !ok {
		return common.Hash{}, fmt.Errorf("proposal %d: the challenger's L2 view lacks block %d, below the end of the proposal it checked", pid, n)
	}
	w, err := c.walk(ctx, pid)
	if err != nil {
		return common.Hash{}, err
	}
	if n < w.start || n-w.start >= uint64(len(w.indices)) {
		return common.Hash{}, fmt.Errorf("L2 block %d is not in proposal %d (blocks %d..%d)", n, pid, w.start+1, w.start+uint64(len(w.indices))-1)
	}
	return outputRoot(outputOf(h, w.indices[n-w.start])), nil
}

// walk is proposal pid's forced indices in the truth (proposalWalk), computed
// once the view has its blocks.
func (c *Challenger) walk(ctx context.Context, pid uint64) (*proposalWalk, error) {
	if w := c.walks[pid]; w != nil {
		return w, nil
	}
	head, err := c.actor.l1.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	topic := common.BigToHash(new(big.Int).SetUint64(pid))
	logs, err := c.actor.events(ctx, "Proposed", 0, head, &topic)
	if err != nil {
		return nil, err
	}
	if len(logs) != 1 {
		return nil, fmt.Errorf("L1 holds %d Proposed events for proposal %d", len(logs), pid)
	}
	ev, err := c.actor.abi.UnpackProposedEvent(&logs[0])
	if err != nil {
		return nil, fmt.Errorf("decoding the Proposed event of proposal %d: %w", pid, err)
	}
	p, err := c.actor.proposal(ctx, pid)
	if err != nil {
		return nil, err
	}
	from, err := proposalForcedStart(ctx, c.actor.l1, c.actor.host, &logs[0])
	if err != nil {
		return nil, err
	}
	proofs := map[uint64][]reliedProof{}
	after, err := c.forced.walkEngine(ctx, c.truth, p.StartNumber+1, p.EndNumber, from, ev.EndForcedIndex, func(r reliedProof) {
		proofs[r.block] = append(proofs[r.block], r)
	})
	if err != nil {
		return nil, fmt.Errorf("proposal %d: %w", pid, err)
	}
	w := &proposalWalk{start: p.StartNumber, indices: append([]uint64{from}, after...), proofs: proofs}
	c.walks[pid] = w
	return w, nil
}

// proveBlock records on the queue the settleability proofs the challenger's
// walk of proposal pid rests on at L2 block n and L1 lacks, before the game
// reaches n's step (else step would let the block skip those entries); it
// says what it recorded, and the L1 gas.
func (c *Challenger) proveBlock(ctx context.Context, pid, n uint64, why string) (string, uint64, error) {
	w, err := c.walk(ctx, pid)
	if err != nil {
		return "", 0, err
	}
	var recorded []string
	var gas uint64
	for _, r := range w.proofs[n] {
		sent, g, err := c.forced.proveSettleable(ctx, c.actor, r, why)
		if err != nil {
			return "", 0, err
		}
		if sent {
			gas += g
			recorded = append(recorded, fmt.Sprintf("%d", r.index))
		}
	}
	if len(recorded) == 0 {
		return "", 0, nil
	}
	return fmt.Sprintf("; recorded forced entry %s settleable alone in L2 block %d (proveForcedSettleable)", strings.Join(recorded, ", "), n), gas, nil
}

// check compares proposal id's end output with the challenger's and challenges
// it if they differ and its start output agrees, or if its blobs do not hold its
// blocks (InvalidData, which a game reaches whatever the start); done
// once decided. Only a pending proposal (the host's pending(id): undefeated,
// not finalized, not void) can be challenged, so one that is no longer pending
// is only reported. While the
// challenger's view lacks the proposal's blocks it waits: a view that lags
// (a follower catching up) must not lead to a dispute it would lose.
func (c *Challenger) check(ctx context.Context, id, end uint64, report func(ChallengeEvent)) (bool, error) {
	p, err := c.actor.proposal(ctx, id)
	if err != nil {
		return false, err
	}
	if p.Defeated {
		return true, nil
	}
	out, err := c.actor.view(ctx, c.actor.abi.PackPending(new(big.Int).SetUint64(id)))
	if err != nil {
		return false, fmt.Errorf("reading whether proposal %d is pending: %w", id, err)
	}
	isPending, err := c.actor.abi.UnpackPending(out)
	if err != nil {
		return false, err
	}
	_, invalid := c.invalid(id)
	_, ok, err := c.truthHeader(ctx, end)
	if err != nil {
		return false, err
	}
	var root common.Hash
	if ok && !invalid {
		if root, err = c.truthRoot(ctx, id, end); err != nil {
			return false, err
		}
	}
	var why string
	switch {
	case invalid:
		why = "its blobs do not derive to the blocks it claims"
	case !ok:
		if !isPending {
			return false, nil // judged (and reported) once the view has it
		}
		if !c.lagging[id] {
			c.lagging[id] = true
			log.Warn("The challenger's L2 view lacks a proposed block: waiting for it", "proposal", id, "block", end)
		}
		return false, nil
	case root == common.Hash(p.EndOutputRoot):
		report(ChallengeEvent{Proposal: id, What: fmt.Sprintf("checked L2 blocks %d..%d: output %s agrees", p.StartNumber+1, end, root.TerminalString())})
		return true, nil
	default:
		why = fmt.Sprintf("it claims %s for L2 block %d, the challenger computes %s", common.Hash(p.EndOutputRoot).TerminalString(), end, root.TerminalString())
		// A game takes the proposal's start as agreed: over a wrong start (a wrong
		// parent's end) the proposer may defend every block from that start and win
		// the bond. Such a proposal finalizes only after one ending at its start
		// does, and that one is judged on its own (spec/host.md, "Dispute game").
		start, err := c.truthRoot(ctx, id, p.StartNumber) // the view has it: it has end
		if err != nil {
			return false, err
		}
		if start != common.Hash(p.StartOutputRoot) {
			report(ChallengeEvent{Proposal: id, What: fmt.Sprintf("not challenged: wrong (%s), but it builds on output %s for L2 block %d, where the challenger computes %s; it cannot finalize unless a proposal ending there does",
				why, common.Hash(p.StartOutputRoot).TerminalString(), p.StartNumber, start.TerminalString())})
			return true, nil
		}
	}
	if !isPending {
		report(ChallengeEvent{Proposal: id, What: "wrong (" + why + ") but no longer pending: it cannot be challenged"})
		return true, nil
	}
	var proved string
	var provedGas uint64
	if !invalid && p.EndNumber == p.StartNumber+1 {
		// The game starts at its one block: the proposer's next move is step.
		if proved, provedGas, err = c.proveBlock(ctx, id, p.EndNumber, fmt.Sprintf("before challenging proposal %d", id)); err != nil {
			return false, err
		}
	}
	r, err := c.actor.send(ctx, fmt.Sprintf("challenging proposal %d", id), c.cfg.Bond, c.actor.abi.PackChallenge(new(big.Int).SetUint64(id)), nil)
	if err != nil {
		if errors.Is(err, errHostReverted) {
			// The window closed meanwhile: nothing more to do here.
			report(ChallengeEvent{Proposal: id, What: fmt.Sprintf("wrong (%s) but cannot be challenged: %v", why, err)})
			return true, nil
		}
		return false, err
	}
	for _, lg := range r.Logs {
		if ev, err := c.actor.abi.UnpackChallengedEvent(lg); err == nil {
			pid := ev.ProposalId.Uint64()
			c.games[ev.GameId.Uint64()] = pid
			report(ChallengeEvent{Proposal: pid, Game: ev.GameId.Uint64(), Gas: r.GasUsed + provedGas, What: "challenged: " + why + proved})
		}
	}
	return true, nil
}

// invalid is what ChallengerConfig.InvalidData says of proposal id.
func (c *Challenger) invalid(id uint64) (uint64, bool) {
	if c.cfg.InvalidData == nil {
		return 0, false
	}
	return c.cfg.InvalidData(id)
}

// play makes the challenger's move in game gid, if any; done once resolved.
func (c *Challenger) play(ctx context.Context, gid, pid uint64, report func(ChallengeEvent)) (bool, error) {
	g, err := c.actor.game(ctx, gid)
	if err != nil {
		return false, err
	}
	bid := new(big.Int).SetUint64(gid)
	if g.Turn == turnResolved {
		return true, c.collect(ctx, gid, pid, report)
	}
	p, err := c.actor.proposal(ctx, pid)
	if err != nil {
		return false, err
	}
	if p.Defeated {
		r, err := c.actor.send(ctx, fmt.Sprintf("reclaiming the bond of game %d", gid), nil, c.actor.abi.PackReclaim(bid), nil)
		if err != nil {
			return false, err
		}
		what, gas, err := c.withdraw(ctx)
		if err != nil {
			return false, err
		}
		report(ChallengeEvent{Proposal: pid, Game: gid, Gas: r.GasUsed + gas, What: "reclaim: another game defeated the proposal, the bond is returned" + what})
		return true, nil
	}
	next, _, err := c.actor.nextTime(ctx)
	if err != nil {
		return false, err
	}
	if g.Turn == turnProposer {
		if _, invalid := c.invalid(pid); !invalid && g.Hi == g.Lo+1 {
			// Recorded by the move that narrowed the game to one block; again
			// here only if that was lost (a restart between the two).
			proved, gas, err := c.proveBlock(ctx, pid, g.Hi, fmt.Sprintf("game %d", gid))
			if err != nil {
				return false, err
			}
			if proved != "" {
				report(ChallengeEvent{Proposal: pid, Game: gid, Gas: gas, What: fmt.Sprintf("awaiting the proposer's step on L2 block %d%s", g.Hi, proved)})
			}
		}
		if _, err := c.actor.view(ctx, c.actor.abi.PackSync(bid)); err == nil {
			// The proposer made this move in another game of the proposal (a
			// bisection of this range, or the execution of this block): it stands
			// here too, and the challenger's clock may already run.
			r, err := c.actor.send(ctx, fmt.Sprintf("syncing game %d with the proposer's move in another game", gid), nil, c.actor.abi.PackSync(bid), nil)
			if err != nil {
				return false, err
			}
			report(ChallengeEvent{Proposal: pid, Game: gid, Gas: r.GasUsed, What: fmt.Sprintf("sync: the proposer's move on (%d, %d] in another game stands in this one", g.Lo, g.Hi)})
			return false, nil
		}
		if next <= g.Deadline {
			return false, nil
		}
		r, err := c.actor.send(ctx, fmt.Sprintf("timing out game %d", gid), nil, c.actor.abi.PackTimeout(bid), nil)
		if err != nil {
			return false, err
		}
		report(ChallengeEvent{Proposal: pid, Game: gid, Gas: r.GasUsed, What: fmt.Sprintf("timeout: the proposer did not move on (%d, %d] in time", g.Lo, g.Hi)})
		return false, nil
	}
	roots, err := c.bisection(ctx, gid, pid, g)
	if err != nil {
		return false, err
	}
	points := sections(g.Lo, g.Hi)
	if len(roots) != len(points) {
		return false, fmt.Errorf("game %d: the last bisection posted %d outputs, (%d, %d] needs %d", gid, len(roots), g.Lo, g.Hi, len(points))
	}
	section := len(points) // the last section ends at hi, which we dispute
	why := "the first section whose end output is wrong"
	if bad, invalid := c.invalid(pid); invalid {
		why = fmt.Sprintf("the section holding L2 block %d, the first of the blob that does not derive", bad)
		// Steer to the first block of the first blob that does not derive.
		for i, n := range points {
			if bad <= n {
				section = i
				break
			}
		}
	} else {
		for i, n := range points {
			root, err := c.truthRoot(ctx, pid, n)
			if err != nil {
				return false, fmt.Errorf("game %d: %w", gid, err)
			}
			if roots[i] != root {
				section = i
				break
			}
		}
	}
	lo := g.Lo
	if section > 0 {
		lo = points[section-1]
	}
	hi := g.Hi
	if section < len(points) {
		hi = points[section]
	}
	var proved string
	var provedGas uint64
	if _, invalid := c.invalid(pid); !invalid && hi == lo+1 {
		// The last narrowing move: the proposer's next is step on block hi,
		// which must find the proofs the challenger's walk rests on.
		if proved, provedGas, err = c.proveBlock(ctx, pid, hi, fmt.Sprintf("game %d", gid)); err != nil {
			return false, err
		}
	}
	r, err := c.actor.send(ctx, fmt.Sprintf("selecting a section of game %d", gid), nil, c.actor.abi.PackSelect(bid, roots, big.NewInt(int64(section))), nil)
	if err != nil {
		return false, err
	}
	report(ChallengeEvent{Proposal: pid, Game: gid, Gas: r.GasUsed + provedGas, What: fmt.Sprintf("select (%d, %d]: %s%s", lo, hi, why, proved)})
	return false, nil
}

// bisection is the proposer's outputs at the split points of game g's range:
// the Bisected event of proposal pid over (g.Lo, g.Hi], posted in this game or,
// if the game reused it (BisectionReused), in another game of the proposal.
func (c *Challenger) bisection(ctx context.Context, gid, pid uint64, g bindings.GamesOutput) ([][32]byte, error) {
	head, err := c.actor.l1.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := filterLogs(ctx, c.actor.l1, ethereum.FilterQuery{
		Addresses: []common.Address{c.actor.host},
		Topics:    [][]common.Hash{{c.actor.abi.GetABI().Events["Bisected"].ID}, nil, {common.BigToHash(new(big.Int).SetUint64(pid))}},
	}, 0, head, maxLogQueryBlocks)
	if err != nil {
		return nil, fmt.Errorf("reading the Bisected events of proposal %d: %w", pid, err)
	}
	for i := range logs {
		ev, err := c.actor.abi.UnpackBisectedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decoding a Bisected event of proposal %d: %w", pid, err)
		}
		if ev.Lo == g.Lo && ev.Hi == g.Hi {
			return ev.OutputRoots, nil
		}
	}
	return nil, fmt.Errorf("game %d is at the challenger's turn over (%d, %d] but proposal %d has no Bisected event for that range", gid, g.Lo, g.Hi, pid)
}

// collect reports how game gid ended and withdraws the challenger's credit.
func (c *Challenger) collect(ctx context.Context, gid, pid uint64, report func(ChallengeEvent)) error {
	head, err := c.actor.l1.BlockNumber(ctx)
	if err != nil {
		return err
	}
	topic := common.BigToHash(new(big.Int).SetUint64(gid))
	logs, err := c.actor.events(ctx, "GameResolved", 0, head, &topic)
	if err != nil {
		return err
	}
	won := false
	for i := range logs {
		if ev, err := c.actor.abi.UnpackGameResolvedEvent(&logs[i]); err == nil {
			won = !ev.ProposerWon
		}
	}
	what := "lost: the proposer defended its output with EXECUTE; the bond is the proposer's"
	if won {
		what = "won: the proposal is defeated"
	}
	paid, gas, err := c.withdraw(ctx)
	if err != nil {
		return err
	}
	report(ChallengeEvent{Proposal: pid, Game: gid, Gas: gas, Won: won, What: what + paid})
	return nil
}

// withdraw pays out the challenger's credit, if any, and says how much.
func (c *Challenger) withdraw(ctx context.Context) (string, uint64, error) {
	out, err := c.actor.view(ctx, c.actor.abi.PackCredit(c.actor.from))
	if err != nil {
		return "", 0, fmt.Errorf("reading the challenger's credit: %w", err)
	}
	credit, err := c.actor.abi.UnpackCredit(out)
	if err != nil || credit.Sign() == 0 {
		return "", 0, err
	}
	r, err := c.actor.send(ctx, "withdrawing the challenger's credit", nil, c.actor.abi.PackWithdrawCredit(), nil)
	if err != nil {
		return "", 0, err
	}
	return fmt.Sprintf("; withdrew %s wei of bonds", credit), r.GasUsed, nil
}

// ChallengeLine is the status line of a challenger event.
func ChallengeLine(e ChallengeEvent) string {
	line := fmt.Sprintf("challenger  proposal %-3d", e.Proposal)
	if e.Game != 0 {
		line += fmt.Sprintf(" game %d", e.Game)
	}
	line += ": " + e.What
	if e.Gas != 0 {
		line += fmt.Sprintf(" (L1 gas %s)", commas(e.Gas))
	}
	return line
}
