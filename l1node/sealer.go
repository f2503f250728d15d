package l1node

import (
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
)

// errStopped: the node stopped before the sealer ran a request.
var errStopped = errors.New("the dev node stopped")

// devSealer drives the dev chain's simulated beacon from one goroutine: it
// seals a block whenever transactions arrive (--dev.period 0) or every period,
// and runs other work on the chain (Reorg's Fork) between two seals.
//
// go-ethereum's own drivers (the beacon's period loop, the on-demand loop
// catalyst.RegisterSimulatedBeaconAPIs starts) would seal beside any Fork
// called from another goroutine: both call the transaction pool's Sync, which
// answers one waiter at a time, so one of them can wait forever and the chain
// stops sealing. The beacon is therefore made with period 0 and never given
// those loops; this is the only caller of its Commit and Fork.
type devSealer struct {
	beacon *catalyst.SimulatedBeacon
	eth    *eth.Ethereum
	period time.Duration // 0: seal when transactions arrive
	reqs   chan func()
	quit   chan struct{}
	done   chan struct{}
}

func newDevSealer(beacon *catalyst.SimulatedBeacon, backend *eth.Ethereum, period uint64) *devSealer {
	return &devSealer{beacon: beacon, eth: backend, period: time.Duration(period) * time.Second,
		reqs: make(chan func()), quit: make(chan struct{}), done: make(chan struct{})}
}

// Start implements node.Lifecycle.
func (s *devSealer) Start() error {
	go s.loop()
	return nil
}

// Stop implements node.Lifecycle; it returns once no seal is running.
func (s *devSealer) Stop() error {
	close(s.quit)
	<-s.done
	return nil
}

// do runs f on the sealer's goroutine, between two seals.
func (s *devSealer) do(f func()) error {
	ran := make(chan struct{})
	select {
	case s.reqs <- func() { f(); close(ran) }:
	case <-s.done:
		return errStopped
	}
	select {
	case <-ran:
		return nil
	case <-s.done:
		return errStopped
	}
}

func (s *devSealer) loop() {
	defer close(s.done)
	newTxs := make(chan core.NewTxsEvent, 64)
	sub := s.eth.TxPool().SubscribeTransactions(newTxs, true)
	defer sub.Unsubscribe()
	var tick <-chan time.Time
	if s.period > 0 {
		t := time.NewTicker(s.period)
		defer t.Stop()
		tick = t.C
		s.beacon.Commit() // the first block at once, as the beacon's own loop does
	}
	for {
		select {
		case <-s.quit:
			return
		case <-sub.Err():
			return
		case <-newTxs:
			if s.period == 0 {
				s.sealPending(newTxs)
			}
		case <-tick:
			s.beacon.Commit()
		case f := <-s.reqs:
			f()
		}
	}
}

// sealPending seals blocks while executable transactions wait, and stops
// when a seal includes none of them (the miner leaves them out: too low a
// tip, say) instead of sealing empty blocks in a loop; the next transaction
// to arrive tries again.
func (s *devSealer) sealPending(newTxs <-chan core.NewTxsEvent) {
	for {
		drainTxs(newTxs)
		if executable, _ := s.eth.TxPool().Stats(); executable == 0 {
			return
		}
		before := s.eth.BlockChain().CurrentBlock().Hash()
		s.beacon.Commit()
		s.eth.TxPool().Sync()
		if head := s.eth.BlockChain().CurrentBlock(); head.Hash() == before || head.GasUsed == 0 {
			return
		}
	}
}

func drainTxs(c <-chan core.NewTxsEvent) {
	for {
		select {
		case <-c:
		default:
			return
		}
	}
}
