package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/spf13/cobra"

	"github.com/nativerollup/nr/rollupnode"
)

var devnetCmd = &cobra.Command{
	Use:   "devnet",
	Short: "Run a native rollup in one process: dev L1, MyRollup, L2 engine, sequencer, settlement",
	Long: `Starts, in one process (in memory unless --datadir):

  - the dev L1 (nr geth --dev: go-ethereum with EXECUTE and DERIVE), sealing a
    block as soon as transactions arrive;
  - MyRollup (solidity/src/examples) deployed on it by dev key 0, with dev key 1
    as its sequencer, or with --rollup FILE your own contract MyRollup is
    NativeRollup {...} compiled by solc (its artifact JSON; MyRollup's
    constructor arguments and L2 chain id 901);
  - the L2 execution engine: a go-ethereum node on the L2 genesis (chain 901, the
    L2Bridge predeploy, dev keys funded), driven only through the Engine API;
  - the sequencer: one L2 block every --l2.blocktime, anchored to a recent L1
    block, with its witness (debug_executionWitness) and EXECUTE input;
  - settlement: MyRollup.advance on L1 for every L2 block, in order;
  - a relayer claiming every MyRollup.deposit on L2 (L2 dev key 1).

--host optimistic deploys OptimisticNativeRollup instead: the sequencer's L2
blocks go to L1 in batches, one DERIVE payload per blob, proposed with a bond
(dev key 1) and final after --challenge.window; an honest challenger (dev key 2)
disputes any proposal over a start it agrees with whose output differs from the
L2 engine's (and any whose blobs do not derive) and plays the
game (bisect, select, then DERIVE and EXECUTE on one block) to the end. It
prints a line per proposal, dispute move and finalized L2 block, and serves the
blobs it posted on --blobs.port for nr l2 --follow --l1.blobs.
Queued forced transactions (nr force --host HOST, which queues on the host's
forcedQueue()) go first in the sequencer's next block; every proposal's outputs
say how far its blocks took the queue, and once an entry is --forced.delay old
no proposal may leave it behind.
--dev.faulty-proposal N makes proposal N claim wrong outputs, to watch a dispute.

--host market deploys MyMarketRollup (a MarketNativeRollup, spec/host.md
"State-update market"): the sequencer (dev key 1) signs every L2 block and sends
nothing to L1; settlement posts each signed block from a registered poster (the
L1 dev key after the dev accounts), which anyone could do, earning 0.001 ETH
from a reward pool the deployer funds with 10 ETH; a second poster (the next
key) is registered too. After 5 idle hours without a signed block, the
registered posters take turns posting blocks of their own.

It prints both JSON-RPC endpoints, chain ids, the keys and the host address, then
one line per L2 block once L1 accepted it: number, transactions, gas, witness
size, the L1 transaction and block, its L1 gas, and the seconds from the L2 block
to its L1 inclusion. Send L2 transactions to the L2 HTTP RPC with any Ethereum
client. Ctrl-C or SIGTERM shuts everything down cleanly.

The L2 dev balances (1000 ETH per key) are in the L2 genesis, outside the
bridge; the devnet backs them on L1 at start with one deposit of the same total
into MyRollup, for an address no one holds, so withdrawals can never take other
depositors' ETH. If L1 rejects an advance, the decoded error is printed and the
devnet stops (later L2 blocks build on the rejected one and could never settle).

--datadir DIR keeps everything across restarts: started again on DIR, the devnet
uses the same host, settles first the L2 blocks sealed but not settled before it
stopped, and goes on (--host optimistic: it also keeps the posted blobs, takes up
the proposal pending on L1 and the challenger's open games).

--l2.engine URL --l2.jwtsecret FILE --l2.rpc URL drives an external L2 engine
instead of the in-process one: nr geth in network mode, initialised with the
devnet's L2 genesis (nr devnet genesis) and serving debug and testing on its
HTTP JSON-RPC, which go-ethereum does not serve on the Engine API's port:

  nr devnet genesis > l2.json
  nr geth init l2.json --datadir l2data
  nr geth --datadir l2data --nodiscover --maxpeers 0 --port 0 --ws=false \
    --http.port 9545 --http.api eth,net,web3,txpool,debug,testing \
    --authrpc.port 9551 --miner.gaslimit 10000000 --miner.gasprice 1
  nr devnet --l2.engine http://127.0.0.1:9551 --l2.jwtsecret l2data/geth/jwtsecret \
    --l2.rpc http://127.0.0.1:9545

--metrics serves Prometheus metrics on --metrics.addr:--metrics.port
(/debug/metrics/prometheus, printed at start).

Settings also come from NR_<FLAG> variables (NR_L2_BLOCKTIME=2s) and --config
(keys are flag names); a key nr devnet does not know is an error.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		setupLogging(cmd.ErrOrStderr(), s.integer(&p, "verbosity"))
		cfg := rollupnode.DefaultDevnetConfig()
		cfg.L1.HTTPAddr = s.str("http.addr")
		cfg.L1.WSAddr = cfg.L1.HTTPAddr
		cfg.L1.HTTPPort = s.integer(&p, "http.port")
		cfg.L1.WSPort = s.integer(&p, "ws.port")
		cfg.L2HTTPAddr = s.str("l2.http.addr")
		cfg.L2HTTPPort = s.integer(&p, "l2.http.port")
		cfg.L2AuthPort = s.integer(&p, "l2.authrpc.port")
		cfg.L2GasLimit = s.uint(&p, "l2.gaslimit")
		cfg.DevAccounts = s.integer(&p, "dev.accounts")
		cfg.DataDir = s.str("datadir")
		if engineURL := s.str("l2.engine"); engineURL != "" {
			cfg.L2Remote = &rollupnode.RemoteEngineConfig{EngineURL: engineURL, JWTSecret: s.str("l2.jwtsecret"), RPCURL: s.str("l2.rpc")}
			if cfg.L2Remote.RPCURL == "" {
				return errors.New("--l2.engine needs --l2.rpc too: the engine's HTTP JSON-RPC serving eth, debug and testing")
			}
		} else if s.str("l2.jwtsecret") != "" || s.str("l2.rpc") != "" {
			return errors.New("--l2.jwtsecret and --l2.rpc go with --l2.engine (an external L2 engine); without it the devnet runs its own")
		}
		cfg.L1.DevAccounts = max(cfg.DevAccounts, rollupnode.SequencerKeyIndex)
		if s.boolean(&p, "metrics") {
			cfg.MetricsAddr = net.JoinHostPort(s.str("metrics.addr"), fmt.Sprint(s.integer(&p, "metrics.port")))
		}
		raw, src := s.raw("l2.blocktime")
		if cfg.BlockTime, err = time.ParseDuration(raw); err != nil {
			p.fail(raw, src, "a duration such as 1s or 2s")
		}
		cfg.Host = s.str("host")
		cfg.HostArtifact = s.str("rollup")
		for key, d := range map[string]*time.Duration{"challenge.window": &cfg.Optimistic.ChallengeWindow, "move.timeout": &cfg.Optimistic.MoveTimeout, "forced.delay": &cfg.Optimistic.ForcedInclusionDelay} {
			raw, src := s.raw(key)
			if *d, err = time.ParseDuration(raw); err != nil || *d%time.Second != 0 {
				p.fail(raw, src, "whole seconds such as 20s or 1m (the host counts L1 seconds)")
			}
		}
		cfg.Optimistic.FaultyProposal = s.uint(&p, "dev.faulty-proposal")
		cfg.BlobsAddr = net.JoinHostPort(s.str("blobs.addr"), fmt.Sprint(s.integer(&p, "blobs.port")))
		if p.err != nil {
			return p.err
		}
		if cfg.DevAccounts < 0 {
			return fmt.Errorf("--dev.accounts %d: must be 0 or more", cfg.DevAccounts)
		}
		return runDevnet(cmd.OutOrStdout(), cfg)
	},
}

func init() {
	d := rollupnode.DefaultDevnetConfig()
	f := devnetCmd.Flags()
	f.String("http.addr", d.L1.HTTPAddr, "L1 HTTP and WebSocket JSON-RPC listen address")
	f.Int("http.port", d.L1.HTTPPort, "L1 HTTP JSON-RPC port (0: pick a free one)")
	f.Int("ws.port", d.L1.WSPort, "L1 WebSocket JSON-RPC port (0: pick a free one)")
	f.String("l2.http.addr", d.L2HTTPAddr, "L2 HTTP JSON-RPC and Engine API listen address")
	f.Int("l2.http.port", d.L2HTTPPort, "L2 HTTP JSON-RPC port (0: pick a free one)")
	f.Int("l2.authrpc.port", d.L2AuthPort, "L2 Engine API port, JWT-authenticated (0: pick a free one)")
	f.String("l2.blocktime", d.BlockTime.String(), "time between L2 blocks (at least 1s)")
	f.Uint64("l2.gaslimit", d.L2GasLimit, "L2 block gas limit (MyRollup accepts 1,000,000 to 12,000,000; each advance costs it in L1 gas)")
	f.String("l2.engine", "", "drive this external L2 engine's Engine API (JWT) instead of running one (see nr devnet --help)")
	f.String("l2.jwtsecret", "", "with --l2.engine: the file holding its hex JWT secret")
	f.String("l2.rpc", "", "with --l2.engine: its HTTP JSON-RPC, serving eth, debug and testing")
	f.String("datadir", "", "keep the L1, the L2 and the host across restarts in this directory (empty: in memory)")
	f.Int("dev.accounts", d.DevAccounts, "dev keys funded beyond key 0 on L1 and L2")
	f.Bool("metrics", false, "serve Prometheus metrics (sequenced and settled blocks, L1 gas, settlement latency, claimed deposits)")
	f.String("metrics.addr", "127.0.0.1", "metrics listen address")
	f.Int("metrics.port", 6060, "metrics port (0: pick a free one)")
	f.Int("verbosity", 2, "go-ethereum log level of both nodes: 0 silent, 1 error, 2 warn, 3 info, 4 debug, 5 trace")
	f.String("rollup", "", "deploy your own NativeRollup instead of MyRollup: its artifact JSON as solc, Foundry (out/<File>.sol/<Name>.json) or Hardhat wrote it; constructor and chain id as MyRollup's")
	f.String("host", d.Host, "host contract: native (MyRollup: EXECUTE settles every L2 block), optimistic (OptimisticNativeRollup: batches in blobs, proposals with a bond, disputes) or market (MyMarketRollup: sequencer-signed blocks posted by anyone for a reward, registered posters take turns when idle)")
	f.String("challenge.window", d.Optimistic.ChallengeWindow.String(), "--host optimistic: how long a proposal can be disputed before it finalizes")
	f.String("move.timeout", d.Optimistic.MoveTimeout.String(), "--host optimistic: time for each move of a dispute")
	f.String("forced.delay", d.Optimistic.ForcedInclusionDelay.String(), "--host optimistic: how long after a transaction is queued on the forced queue every proposal must take it")
	f.String("blobs.addr", "127.0.0.1", "--host optimistic: listen address serving the posted blobs (GET /blobs/<versioned hash>)")
	f.Int("blobs.port", 9552, "--host optimistic: port serving the posted blobs (0: pick a free one)")
	f.Uint64("dev.faulty-proposal", 0, "--host optimistic, for demos and tests: proposal N claims wrong outputs, and the devnet's challenger defeats it (0: none)")
	fg := devnetGenesisCmd.Flags()
	fg.Int("dev.accounts", d.DevAccounts, "as nr devnet's --dev.accounts")
	fg.Uint64("l2.gaslimit", d.L2GasLimit, "as nr devnet's --l2.gaslimit")
	fg.String("host", rollupnode.FirstHost().Hex(), "the host's L1 address (default: where a new devnet deploys MyRollup)")
	devnetCmd.AddCommand(devnetGenesisCmd)
	rootCmd.AddCommand(devnetCmd)
}

var devnetGenesisCmd = &cobra.Command{
	Use:   "genesis",
	Short: "Print the L2 genesis of a new devnet, for an external L2 engine (nr geth init)",
	Long: `Prints, in go-ethereum's genesis JSON, the L2 genesis nr devnet makes: chain
901 on nr's pinned config, the system contracts, the L2Bridge predeploy bound to
the host, and the L2 dev keys funded. A new devnet deploys MyRollup at dev key
0's first contract address, the --host default; pass the same --dev.accounts
and --l2.gaslimit as to nr devnet.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		cfg := rollupnode.DefaultDevnetConfig()
		cfg.DevAccounts = s.integer(&p, "dev.accounts")
		cfg.L2GasLimit = s.uint(&p, "l2.gaslimit")
		host := s.str("host")
		if p.err != nil {
			return p.err
		}
		if !common.IsHexAddress(host) {
			return fmt.Errorf("--host %q: want an address (0x and 40 hex digits)", host)
		}
		g, _, err := rollupnode.DevnetGenesis(common.HexToAddress(host), cfg)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent("", "  ")
		return enc.Encode(g)
	},
}

// runDevnet starts the devnet, prints its banner and a line per settled L2
// block, and stops it on SIGINT or SIGTERM, or when settlement stops.
func runDevnet(out io.Writer, cfg rollupnode.DevnetConfig) error {
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	cfg.Out = out
	d, err := rollupnode.StartDevnet(cfg)
	if err != nil {
		return err
	}
	fmt.Fprint(out, d.Banner())
	fmt.Fprintln(out, "Sequencing: one line per L2 block once L1 has settled it (Ctrl-C stops)")
	var runErr error
	select {
	case s := <-sig:
		log.Info("Shutting down", "signal", s)
		go func() {
			<-sig
			log.Warn("Second signal: exiting without a clean shutdown")
			os.Exit(1)
		}()
	case runErr = <-d.Err():
	}
	if err := d.Close(); err != nil {
		return errors.Join(runErr, fmt.Errorf("shutting down: %w", err))
	}
	if runErr != nil {
		return runErr
	}
	fmt.Fprintln(out, "devnet stopped")
	return nil
}
