package rollupnode

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// Devnet keys: L1 dev key 0 deploys the host and backs the L2 dev balances, L1
// dev key 1 is the host's sequencer. On L2, dev keys 0..DevAccounts hold
// DevL2Balance each.
const (
	DeployerKeyIndex  = 0
	SequencerKeyIndex = 1
)

// BurnAddress receives the backing deposit of the L2 dev balances (see
// DevnetConfig.DevL2Balance): no one holds its key, so the deposit's claim, if
// anyone makes it, pays no one.
var BurnAddress = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

// DevnetConfig is `nr devnet`'s setup.
type DevnetConfig struct {
	// L1 is the dev L1 node (Dev must be set; DevAccounts >= 1 for the sequencer).
	L1 l1node.Config
	// L2Remote, if set, is an external L2 engine the devnet drives instead of
	// running one in process (L2HTTPAddr, L2HTTPPort and L2AuthPort then unused).
	L2Remote *RemoteEngineConfig
	// L2HTTPAddr and L2HTTPPort serve the L2's JSON-RPC; L2AuthPort its Engine API.
	L2HTTPAddr string
	L2HTTPPort int
	L2AuthPort int
	// BlockTime between L2 blocks (at least 1s).
	BlockTime time.Duration
	// L2GasLimit is the L2 genesis gas limit, within MyRollup's 1M..12M policy.
	L2GasLimit uint64
	// DevAccounts funds L2 dev keys 0..DevAccounts with DevL2Balance each in the
	// L2 genesis. That ETH is minted outside the bridge, so the devnet backs it on
	// L1 at start: dev key 0 deposits the same total into the host for
	// BurnAddress. Every wei a withdrawal can take from the host on L1 was put
	// there by a deposit.
	DevAccounts  int
	DevL2Balance *big.Int
	// BridgeBalance is what L2Bridge holds at genesis: the rollup's deposit capacity.
	BridgeBalance *big.Int
	// MaxL1Gas is the most gas the settling L1 transaction may use (0:
	// MaxL1TxGas, Osaka's cap); the sequencer leaves out what would exceed it.
	MaxL1Gas uint64
	// DataDir keeps the L1 (DataDir/l1), the L2 (DataDir/l2), the host's
	// address and kind (DataDir/devnet.json) and the optimistic host's blobs
	// (DataDir/blobs) across restarts; empty: all in memory.
	DataDir string
	// Out receives one line per settled L2 block (nil: none).
	Out io.Writer
	// OnSettled, if set, is called for each settled L2 block, in order.
	OnSettled func(*Settled)
	// OnResync, if set, is called each time settlement lines the L2 up with
	// the host again after an L1 reorg (Settler.Run).
	OnResync func(*Resynced)
	// OnClaimed, if set, is called for each L1 deposit the relayer claimed on L2.
	OnClaimed func(Claimed)
	// OnConfirmed, if set, is called for each confirmation the market host's
	// second poster made (--host market).
	OnConfirmed func(Confirmed)
	// MetricsAddr, if set (host:port, port 0 for a free one), serves Prometheus
	// metrics at http://MetricsAddr/debug/metrics/prometheus.
	MetricsAddr string
	// Host is the host contract: HostNative (MyRollup, the default when empty),
	// HostOptimistic (OptimisticNativeRollup; see optimistic.go) or HostMarket
	// (MyMarketRollup, sequencer-signed blocks posted by anyone; see
	// devnet_market.go).
	Host string
	// HostArtifact, if set (HostNative only), is the user's own NativeRollup
	// compiled by solc, deployed instead of MyRollup (LoadHostArtifact).
	HostArtifact string
	// Optimistic configures the optimistic host; BlobsAddr (host:port) serves
	// the blobs its proposer posts (see BlobArchive).
	Optimistic OptimisticConfig
	BlobsAddr  string
	// OnProposal and OnChallenge, if set, receive the optimistic host's
	// proposer and challenger events.
	OnProposal  func(ProposerEvent)
	OnChallenge func(ChallengeEvent)
}

// DefaultDevnetConfig is `nr devnet`'s defaults: L1 on 8545/8546, L2 on 9545,
// the L2 Engine API on 9551, 1-second L2 blocks of 10M gas.
func DefaultDevnetConfig() DevnetConfig {
	l1 := l1node.DefaultConfig()
	l1.Dev, l1.DevAccounts = true, 7
	return DevnetConfig{
		L1:            l1,
		L2HTTPAddr:    "127.0.0.1",
		L2HTTPPort:    9545,
		L2AuthPort:    9551,
		BlockTime:     time.Second,
		L2GasLimit:    l2.GenesisGasLimit,
		DevAccounts:   7,
		DevL2Balance:  new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether)),
		BridgeBalance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether)),
		Host:          HostNative,
		Optimistic:    DefaultOptimisticConfig(),
		BlobsAddr:     "127.0.0.1:9552",
	}
}

// Devnet is a running native rollup: the dev L1, the host contract, the L2
// engine, the sequencer and settlement, all in one process.
type Devnet struct {
	cfg       DevnetConfig
	L1        *l1node.Node
	L2        *EngineNode
	Host      common.Address
	Genesis   *core.Genesis
	L2Genesis common.Hash
	Started   time.Duration // from StartDevnet to the first L2 block being built

	metricsURL string
	metricsSrv *http.Server
	// Blobs keeps what the optimistic host's proposer posted (nil for MyRollup).
	Blobs    *BlobArchive
	blobsURL string
	blobsSrv *http.Server
	// forcedQueue is the optimistic host's OptimisticForcedQueue (zero for the others).
	forcedQueue common.Address

	remote *RemoteEngine // with DevnetConfig.L2Remote; L2 is nil then
	l2rpc  *rpc.Client   // the L2's JSON-RPC, in process or remote

	cancel context.CancelFunc
	wg     sync.WaitGroup
	errc   chan error
	once   sync.Once
}

// StartDevnet starts L1, deploys MyRollup and backs the L2 dev balances, starts
// the L2 engine, the sequencer and settlement.
func StartDevnet(cfg DevnetConfig) (d *Devnet, err error) {
	begin := time.Now()
	if cfg.DataDir != "" {
		cfg.L1.DataDir = filepath.Join(cfg.DataDir, "l1")
	}
	if !cfg.L1.Dev {
		return nil, errors.New("the devnet runs its own dev L1 (L1.Dev)")
	}
	if cfg.L1.DevAccounts < SequencerKeyIndex {
		cfg.L1.DevAccounts = SequencerKeyIndex
	}
	if cfg.L2GasLimit < 1_000_000 || cfg.L2GasLimit > 12_000_000 {
		return nil, fmt.Errorf("--l2.gaslimit %d: MyRollup accepts L2 blocks of 1,000,000 to 12,000,000 gas", cfg.L2GasLimit)
	}
	switch cfg.Host {
	case "", HostNative:
		cfg.Host = HostNative
	case HostOptimistic:
		if cfg.HostArtifact != "" {
			return nil, fmt.Errorf("--rollup %s: a NativeRollup of your own runs with --host native, not optimistic", cfg.HostArtifact)
		}
		cfg.L1.DevAccounts = max(cfg.L1.DevAccounts, ChallengerKeyIndex(cfg))
	case HostMarket:
		if cfg.HostArtifact != "" {
			return nil, fmt.Errorf("--rollup %s: a NativeRollup of your own runs with --host native, not market", cfg.HostArtifact)
		}
		cfg.L1.DevAccounts = max(cfg.L1.DevAccounts, MarketSecondPosterKeyIndex(cfg))
	default:
		return nil, fmt.Errorf("--host %q: want %s (MyRollup), %s (OptimisticNativeRollup) or %s (MyMarketRollup)", cfg.Host, HostNative, HostOptimistic, HostMarket)
	}
	if cfg.BlockTime < time.Second {
		return nil, fmt.Errorf("--l2.blocktime %s: must be at least 1s (L2 timestamps are whole seconds, and the host accepts no L2 block from L1's future)", cfg.BlockTime)
	}
	d = &Devnet{cfg: cfg, errc: make(chan error, 2)}
	// Every failing return below gives a nil *Devnet; close what was started.
	started := d
	defer func() {
		if err != nil {
			started.Close()
		}
	}()
	// l1node.New registers EXECUTE and DERIVE for L1's config; the L2 config is
	// the same with chain id 901, so the process-wide registration serves both.
	if d.L1, err = l1node.New(cfg.L1); err != nil {
		return nil, err
	}
	if err = d.L1.Start(); err != nil {
		return nil, err
	}
	l1rpc := d.L1.Attach()
	l1 := ethclient.NewClient(l1rpc)
	ctx := context.Background()

	deployer, sequencer := l2.DevKey(DeployerKeyIndex), l2.DevKey(SequencerKeyIndex)
	my := bindings.NewMyRollup()
	saved, err := loadDevnetState(cfg)
	if err != nil {
		return nil, err
	}
	if saved != nil {
		// A restart: the host and the L2 genesis are the ones made the first time.
		if kind := cmp.Or(saved.Kind, HostNative); kind != cfg.Host {
			return nil, fmt.Errorf("the devnet in %s runs --host %s: pass it again, or use a new --datadir", cfg.DataDir, kind)
		}
		d.Host = saved.Host
		if d.Genesis, _, err = DevnetGenesis(d.Host, cfg); err != nil {
			return nil, err
		}
		d.L2Genesis = d.Genesis.ToBlock().Hash()
		if d.L2Genesis != saved.L2Genesis {
			return nil, fmt.Errorf("the devnet in %s has L2 genesis %s; these settings give %s: pass the --dev.accounts and --l2.gaslimit it was started with, or use a new --datadir",
				cfg.DataDir, saved.L2Genesis, d.L2Genesis)
		}
	} else if err := d.deploy(ctx, l1, cfg, deployer, sequencer); err != nil {
		return nil, err
	}
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: my.PackAnchorBlockNumber()}, nil)
	if err != nil {
		return nil, err
	}
	minAnchor, err := my.UnpackAnchorBlockNumber(out)
	if err != nil {
		return nil, err
	}

	l2dir := ""
	if cfg.DataDir != "" {
		l2dir = filepath.Join(cfg.DataDir, "l2")
	}
	eng, err := d.startEngine(ctx, cfg, l2dir)
	if err != nil {
		return nil, err
	}
	// L2 blocks sealed before a restart but not settled are settled first.
	unsettled, err := d.unsettled(ctx, l1, eng)
	if err != nil {
		return nil, err
	}
	for _, b := range unsettled {
		minAnchor = max(minAnchor, b.Anchor)
	}
	m := NewMetrics(nil)
	if cfg.MetricsAddr != "" {
		ln, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			return nil, fmt.Errorf("--metrics.addr/--metrics.port %s: %w (pass another port, 0 for a free one)", cfg.MetricsAddr, err)
		}
		mux := http.NewServeMux()
		mux.Handle("/debug/metrics/prometheus", m.Handler())
		d.metricsSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		d.metricsURL = "http://" + ln.Addr().String() + "/debug/metrics/prometheus"
		go d.metricsSrv.Serve(ln)
	}
	seqCfg := SequencerConfig{ChainID: l2.DefaultChainID, BlockTime: cfg.BlockTime, FeeRecipient: crypto.PubkeyToAddress(sequencer.PublicKey), MaxL1Gas: cfg.MaxL1Gas, OnSealed: m.onSealed}
	var (
		seq    *Sequencer
		settle func(ctx context.Context, blocks <-chan *Sealed) error
	)
	if cfg.Host == HostOptimistic {
		if settle, err = d.optimistic(ctx, cfg, l1rpc, eng, &seqCfg, m); err != nil {
			return nil, err
		}
		seq, err = NewSequencer(ctx, seqCfg, eng, l1, minAnchor)
	} else {
		// MyRollup's forced-inclusion queue (the optimistic host's is its own
		// contract, which d.optimistic follows).
		seqCfg.Forced = NewForcedQueue(l1, d.Host, d.l2rpc, deployer)
		if seq, err = NewSequencer(ctx, seqCfg, eng, l1, minAnchor); err != nil {
			return nil, err
		}
		settle, err = d.native(ctx, cfg, l1rpc, seq, m)
	}
	if err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	blocks := make(chan *Sealed, 16)
	d.Started = time.Since(begin)
	relayer := NewRelayer(d.Host, l1rpc, ethclient.NewClient(d.l2rpc), sequencer, 0, BurnAddress)
	d.wg.Add(3)
	go func() {
		defer d.wg.Done()
		relayer.Run(runCtx, 250*time.Millisecond, func(c Claimed) {
			m.onClaimed()
			if cfg.Out != nil {
				fmt.Fprintf(cfg.Out, "deposit %s: %s wei for %s claimed on L2 in block %d (relayer fee %s wei)\n",
					c.Hash, c.Deposit.Value, c.Deposit.To, c.L2Block, c.Deposit.RelayerFee)
			}
			if cfg.OnClaimed != nil {
				cfg.OnClaimed(c)
			}
		})
	}()
	go func() {
		defer d.wg.Done()
		for _, b := range unsettled {
			select {
			case blocks <- b:
			case <-runCtx.Done():
				return
			}
		}
		if err := seq.Run(runCtx, blocks); err != nil {
			d.fail(fmt.Errorf("sequencer: %w", err))
		}
	}()
	go func() {
		defer d.wg.Done()
		if err := settle(runCtx, blocks); err != nil {
			d.fail(fmt.Errorf("settlement: %w", err))
		}
	}()
	return d, nil
}

// native settles every L2 block with MyRollup.advance, lining the L2 up with
// the host again after an L1 reorg (seq rolls back what can no longer settle).
func (d *Devnet) native(ctx context.Context, cfg DevnetConfig, l1rpc *rpc.Client, seq *Sequencer, m *Metrics) (func(context.Context, <-chan *Sealed) error, error) {
	onResync := func(r *Resynced) {
		m.onResync(r)
		if cfg.Out != nil {
			fmt.Fprintln(cfg.Out, r)
		}
		if cfg.OnResync != nil {
			cfg.OnResync(r)
		}
	}
	sc := SettlerConfig{Key: l2.DevKey(SequencerKeyIndex), Host: d.Host, ResubmitAfter: 3 * time.Second,
		Sequencer: seq, L2: ethclient.NewClient(d.l2rpc), OnResync: onResync}
	if cfg.Host == HostMarket {
		// The sequencer signs, the poster sends: anyone could.
		sc.Key, sc.Signer = l2.DevKey(MarketPosterKeyIndex(cfg)), l2.DevKey(SequencerKeyIndex)
	}
	settler, err := NewSettler(ctx, sc, l1rpc)
	if err != nil {
		return nil, err
	}
	var confirmer *marketConfirmer
	if cfg.Host == HostMarket {
		confirmer = &marketConfirmer{l1: ethclient.NewClient(l1rpc), host: d.Host, key: l2.DevKey(MarketSecondPosterKeyIndex(cfg)), m: bindings.NewMyMarketRollup()}
	}
	onConfirmed := func(c Confirmed) {
		if cfg.Out != nil {
			fmt.Fprintln(cfg.Out, c)
		}
		if cfg.OnConfirmed != nil {
			cfg.OnConfirmed(c)
		}
	}
	return func(ctx context.Context, blocks <-chan *Sealed) error {
		posted := make(chan *Settled, 64)
		if confirmer != nil {
			var wg sync.WaitGroup
			ctx, cancel := context.WithCancel(ctx)
			defer wg.Wait()
			defer cancel() // before wg.Wait
			wg.Add(1)
			go func() {
				defer wg.Done()
				confirmer.run(ctx, posted, onConfirmed)
			}()
		}
		return settler.Run(ctx, blocks, func(s *Settled) {
			m.onSettled(s)
			if cfg.Out != nil {
				fmt.Fprintln(cfg.Out, StatusLine(s))
			}
			if cfg.OnSettled != nil {
				cfg.OnSettled(s)
			}
			if confirmer != nil {
				select {
				case posted <- s:
				default:
					log.Warn("The confirmer is behind: L2 block left unconfirmed", "l2block", s.Block.NumberU64())
				}
			}
		})
	}, nil
}

// startEngine starts the in-process L2 engine, or connects to the external one
// and checks it holds the devnet's L2 genesis.
func (d *Devnet) startEngine(ctx context.Context, cfg DevnetConfig, dataDir string) (*RPCEngine, error) {
	if cfg.L2Remote != nil {
		r, err := DialRemoteEngine(ctx, *cfg.L2Remote, d.L2Genesis, l2.DefaultChainID)
		if err != nil {
			return nil, err
		}
		d.remote, d.l2rpc = r, r.RPC
		return r.Engine, nil
	}
	var err error
	d.L2, err = NewEngineNode(EngineConfig{Genesis: d.Genesis, DataDir: dataDir, HTTPAddr: cfg.L2HTTPAddr, HTTPPort: cfg.L2HTTPPort, AuthAddr: cfg.L2HTTPAddr, AuthPort: cfg.L2AuthPort})
	if err != nil {
		return nil, err
	}
	if got := d.L2.Eth().BlockChain().Genesis().Hash(); got != d.L2Genesis {
		return nil, fmt.Errorf("the L2 engine's genesis is %s, the host's %s", got, d.L2Genesis)
	}
	d.l2rpc = d.L2.Attach()
	return NewRPCEngine(d.l2rpc), nil
}

// FirstHost is where a new devnet deploys MyRollup: dev key 0's first contract
// on a fresh dev L1. An external engine is initialised with the L2 genesis for it.
func FirstHost() common.Address {
	return crypto.CreateAddress(l2.DevAddress(DeployerKeyIndex), 0)
}

// L2Endpoint is the L2's JSON-RPC URL, where users send L2 transactions.
func (d *Devnet) L2Endpoint() string {
	if d.remote != nil {
		return d.cfg.L2Remote.RPCURL
	}
	return d.L2.HTTPEndpoint()
}

// deploy deploys MyRollup for the devnet's L2 genesis, backs the L2 dev
// balances with a deposit and, with a data directory, records what a restart
// needs.
func (d *Devnet) deploy(ctx context.Context, l1 *ethclient.Client, cfg DevnetConfig, deployer, sequencer *ecdsa.PrivateKey) error {
	nonce, err := l1.PendingNonceAt(ctx, crypto.PubkeyToAddress(deployer.PublicKey))
	if err != nil {
		return err
	}
	d.Host = crypto.CreateAddress(crypto.PubkeyToAddress(deployer.PublicKey), nonce)
	var backing *big.Int
	if d.Genesis, backing, err = DevnetGenesis(d.Host, cfg); err != nil {
		return err
	}
	genesisBlock := d.Genesis.ToBlock()
	d.L2Genesis = genesisBlock.Hash()
	my := bindings.NewMyRollup()
	name, args := "MyRollup", my.PackConstructor(d.L2Genesis, genesisBlock.Root(), genesisBlock.Time(), crypto.PubkeyToAddress(sequencer.PublicKey))
	switch cfg.Host {
	case HostOptimistic:
		// OptimisticNativeRollup with dev bounds on its windows, so a devnet's
		// dispute takes seconds (solidity/src/examples/DevOptimisticRollup.sol).
		name = "DevOptimisticRollup"
		if args, err = optimisticConstructor(genesisBlock, cfg); err != nil {
			return err
		}
	case HostMarket:
		name = "MyMarketRollup"
		args = bindings.NewMyMarketRollup().PackConstructor(d.L2Genesis, genesisBlock.Root(), genesisBlock.Time(), crypto.PubkeyToAddress(sequencer.PublicKey))
	}
	var creation []byte
	if cfg.HostArtifact != "" {
		name = cfg.HostArtifact
		if creation, err = LoadHostArtifact(cfg.HostArtifact); err != nil {
			return err
		}
	} else {
		art, err := solidity.LoadArtifact(name)
		if err != nil {
			return err
		}
		creation = art.Bytecode
	}
	code := append(common.CopyBytes(creation), args...)
	// The optimistic host deploys its forced queue in its constructor: the two
	// contracts' code deposits make it the costliest creation, ~8.4M gas.
	r, err := sendSigned(ctx, l1, deployer, nil, nil, 12_000_000, code)
	if err != nil {
		return fmt.Errorf("deploying %s: %w", name, err)
	}
	if r.ContractAddress != d.Host {
		return fmt.Errorf("%s deployed at %s, the L2 genesis expects %s", name, r.ContractAddress, d.Host)
	}
	if cfg.HostArtifact != "" {
		if err := checkUserHost(ctx, l1, d.Host, cfg); err != nil {
			return fmt.Errorf("--rollup %s: %w", cfg.HostArtifact, err)
		}
	}
	if backing.Sign() > 0 {
		if _, err := sendSigned(ctx, l1, deployer, &d.Host, backing, 300_000, my.PackDeposit(BurnAddress, new(big.Int))); err != nil {
			return fmt.Errorf("backing the L2 dev balances with a deposit: %w", err)
		}
	}
	if cfg.Host == HostMarket {
		if err := d.setupMarket(ctx, l1, deployer); err != nil {
			return err
		}
	}
	return saveDevnetState(cfg, &devnetState{Host: d.Host, L2Genesis: d.L2Genesis, Kind: cfg.Host})
}

// DevnetGenesis is the devnet's L2 genesis for a host at host: l2.Genesis
// (chain 901, the system contracts), L2 dev keys 0..DevAccounts with
// DevL2Balance each, the L2Bridge predeploy bound to host holding
// BridgeBalance, and the gas limit L2GasLimit. backing is the dev ETH minted
// outside the bridge, which the devnet deposits into the host on L1.
func DevnetGenesis(host common.Address, cfg DevnetConfig) (g *core.Genesis, backing *big.Int, err error) {
	alloc := types.GenesisAlloc{}
	backing = new(big.Int)
	for i := 0; i <= cfg.DevAccounts; i++ {
		alloc[l2.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(cfg.DevL2Balance)}
		backing.Add(backing, cfg.DevL2Balance)
	}
	predeploys, err := solidity.Predeploys(host, cfg.BridgeBalance)
	if err != nil {
		return nil, nil, err
	}
	for a, acc := range predeploys {
		alloc[a] = acc
	}
	// The dev balances are unbacked ETH, which withdrawals would pay out of other
	// users' deposits (spec/host.md, "Unbacked L2 ETH"), unless backing is deposited
	// into the host, as deploy does.
	if g, err = l2.BridgedGenesis(l2.DefaultChainID, alloc, solidity.L2BridgeAddress, l2.DevUnbacked); err != nil {
		return nil, nil, err
	}
	g.GasLimit = cfg.L2GasLimit
	return g, backing, nil
}

// fail reports the first error and stops sequencing: blocks past a block L1
// rejected could never settle.
func (d *Devnet) fail(err error) {
	select {
	case d.errc <- err:
	default:
	}
	d.cancel()
}

// Err delivers the error that stopped the sequencer or settlement.
func (d *Devnet) Err() <-chan error { return d.errc }

// Close stops the sequencer and settlement, then the L2 and the L1 node.
func (d *Devnet) Close() error {
	var errs []error
	d.once.Do(func() {
		if d.cancel != nil {
			d.cancel()
		}
		d.wg.Wait()
		if d.metricsSrv != nil {
			d.metricsSrv.Close()
		}
		if d.blobsSrv != nil {
			d.blobsSrv.Close()
		}
		if d.remote != nil {
			d.remote.Close()
		}
		if d.L2 != nil {
			errs = append(errs, d.L2.Close())
		}
		if d.L1 != nil {
			errs = append(errs, d.L1.Close())
		}
	})
	return errors.Join(errs...)
}

// StatusLine is the line printed for a settled L2 block.
func StatusLine(s *Settled) string {
	b := s.Block
	line := fmt.Sprintf("L2 block %-5d txs %-4d gas %-11s witness %6.1f KiB  L1 tx %s  L1 block %-5d L1 gas %-11s %5.2fs  settled",
		b.NumberU64(), len(b.Transactions()), commas(b.GasUsed()), float64(s.WitnessBytes)/1024, s.Tx.Hex(), s.L1Block, commas(s.L1Gas), s.Latency.Seconds())
	if s.LeftOut > 0 {
		line += fmt.Sprintf(" (%d txs left out: with them the block would not settle in one L1 transaction)", s.LeftOut)
	}
	if s.Sends > 1 {
		line += fmt.Sprintf(" (%d sends, fees bumped)", s.Sends)
	}
	return line
}

func commas(n uint64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Banner says what runs and where.
func (d *Devnet) Banner() string {
	var b strings.Builder
	l1cfg := d.L1.ChainConfig()
	fmt.Fprintf(&b, "nr devnet: a native rollup (L1 + host contract + L2 engine + sequencer + settlement) in one process\n")
	fmt.Fprintf(&b, "  L1 HTTP RPC    %s (chain id %s)\n", d.L1.HTTPEndpoint(), l1cfg.ChainID)
	if ws := d.L1.WSEndpoint(); ws != "" {
		fmt.Fprintf(&b, "  L1 WS RPC      %s\n", ws)
	}
	fmt.Fprintf(&b, "  L2 HTTP RPC    %s (chain id %d; send L2 transactions here)\n", d.L2Endpoint(), l2.DefaultChainID)
	if d.remote != nil {
		fmt.Fprintf(&b, "  L2 Engine API  %s (external engine; JWT secret in %s)\n", d.cfg.L2Remote.EngineURL, d.cfg.L2Remote.JWTSecret)
	} else {
		fmt.Fprintf(&b, "  L2 Engine API  %s (JWT secret in %s)\n", d.L2.AuthEndpoint(), d.L2.JWTSecretFile())
	}
	switch d.cfg.Host {
	case HostOptimistic:
		d.optimisticBanner(&b)
	case HostMarket:
		d.marketBanner(&b)
	default:
		fmt.Fprintf(&b, "  host          MyRollup at %s on L1 (EXECUTE %s re-executes every L2 block)\n", d.Host, precompile.ExecuteAddress)
	}
	fmt.Fprintf(&b, "  L2 genesis    %s (gas limit %s)\n", d.L2Genesis, commas(d.Genesis.GasLimit))
	fmt.Fprintf(&b, "  L2 bridge     %s (holds %s ETH for deposits)\n", solidity.L2BridgeAddress, new(big.Int).Div(d.cfg.BridgeBalance, big.NewInt(params.Ether)))
	if d.metricsURL != "" {
		fmt.Fprintf(&b, "  metrics       %s (Prometheus)\n", d.metricsURL)
	}
	data := "in memory (gone on exit; --datadir DIR keeps it)"
	if d.cfg.DataDir != "" {
		data = d.cfg.DataDir
	}
	fmt.Fprintf(&b, "  data          %s\n", data)
	switch d.cfg.Host {
	case HostMarket:
		fmt.Fprintf(&b, "  block time    %s (each L2 block is settled by one post on L1)\n", d.cfg.BlockTime)
	case HostOptimistic:
	default:
		fmt.Fprintf(&b, "  block time    %s (each L2 block is settled by one advance on L1)\n", d.cfg.BlockTime)
	}
	fmt.Fprintf(&b, "  deployer      L1 dev key %d %s\n", DeployerKeyIndex, l2.DevAddress(DeployerKeyIndex))
	signs := "signs every advance"
	switch d.cfg.Host {
	case HostOptimistic:
		signs = "the proposer: signs every proposal and dispute move, posts the bonds"
	case HostMarket:
		signs = "signs every L2 block's digest; sends nothing to L1"
	}
	fmt.Fprintf(&b, "  sequencer     L1 dev key %d %s (%s)\n", SequencerKeyIndex, l2.DevAddress(SequencerKeyIndex), signs)
	fmt.Fprintf(&b, "  relayer       L2 dev key %d claims every deposit made with the host's deposit on L1, earning its relayer fee\n", SequencerKeyIndex)
	for i := 0; i <= d.cfg.DevAccounts; i++ {
		fmt.Fprintf(&b, "  dev key %-5d 0x%x (address %s: %s ETH on L1, %s ETH on L2)\n", i, crypto.FromECDSA(l2.DevKey(i)), l2.DevAddress(i),
			ethString(l1node.DevBalance, i <= d.cfg.L1.DevAccounts), ethString(d.cfg.DevL2Balance, true))
	}
	total := new(big.Int).Mul(d.cfg.DevL2Balance, big.NewInt(int64(d.cfg.DevAccounts+1)))
	fmt.Fprintf(&b, "  (the L2 dev ETH, %s ETH in all, is in the L2 genesis and backed on L1 by a deposit of the same amount for %s;\n", ethString(total, true), BurnAddress)
	fmt.Fprintf(&b, "   dev keys are public, keccak256(\"nr-l2-dev-<i>\"): use them only on this devnet)\n")
	fmt.Fprintf(&b, "  started in    %s\n", d.Started.Round(time.Millisecond))
	return b.String()
}

func ethString(wei *big.Int, funded bool) string {
	if !funded {
		return "0"
	}
	return new(big.Int).Div(wei, big.NewInt(params.Ether)).String()
}
