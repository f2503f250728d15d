package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity/bindings"
)

var l2Cmd = &cobra.Command{
	Use:   "l2 --follow --l1.rpc URL --host ADDRESS",
	Short: "Follow an nr devnet's L2 from L1 data alone, in an L2 engine of its own",
	Long: `Rebuilds the L2 chain of a MyRollup host from L1 data alone: for every
BlockAdvanced event of the host, in L1 order, it reads the advance transaction's
calldata (environment, anchor, transactions), builds that block in its own L2
engine (go-ethereum on the devnet's L2 genesis, EXECUTE and DERIVE registered),
and checks its hash against the one the host accepted. It serves the rebuilt
chain on its own JSON-RPC and prints one line per block.

The L2 genesis is the devnet's for the host address and --dev.accounts,
--l2.gaslimit (the same defaults as nr devnet); a genesis that differs from the
host's is refused at start. --l2.engine URL --l2.jwtsecret FILE --l2.rpc URL
follows into an external engine (nr geth initialised with the same genesis,
serving debug and testing over HTTP; see nr devnet --help) instead of one of
its own. Only --follow is implemented: the sequencer runs inside nr devnet. L1
reorgs are followed: when the L1 block of an event it rebuilt is replaced, it
rolls its L2 head back (engine_forkchoiceUpdated) to the last block whose event
L1 still has and re-derives from the new L1 chain.

For an OptimisticNativeRollup host (nr devnet --host optimistic) it rebuilds the
chain from the proposals' blobs instead: --l1.blobs URL serves them by versioned
hash (nr devnet prints it); each blob is checked against the versioned hash the
proposing L1 transaction committed to (KZG), decoded with DERIVE, its blocks
built with the proposal's anchor, and the proposal's claimed output compared
with the one rebuilt (a wrong one is printed, WRONG OUTPUT); every finalized
block hash must be the follower's. With --challenge.key it is also an honest
challenger judging by the chain it derived: it disputes a wrong proposal with
the host's challenger bond and plays the game out.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		setupLogging(cmd.ErrOrStderr(), s.integer(&p, "verbosity"))
		follow := s.boolean(&p, "follow")
		cfg := rollupnode.DefaultDevnetConfig()
		cfg.DevAccounts = s.integer(&p, "dev.accounts")
		cfg.L2GasLimit = s.uint(&p, "l2.gaslimit")
		port := s.integer(&p, "http.port")
		addr := s.str("http.addr")
		l1URL := s.str("l1.rpc")
		hostStr := s.str("host")
		var remote *rollupnode.RemoteEngineConfig
		if u := s.str("l2.engine"); u != "" {
			remote = &rollupnode.RemoteEngineConfig{EngineURL: u, JWTSecret: s.str("l2.jwtsecret"), RPCURL: s.str("l2.rpc")}
		}
		blobsURL := s.str("l1.blobs")
		var challengeKey *ecdsa.PrivateKey
		if hex, src := s.raw("challenge.key"); hex != "" {
			if challengeKey, err = crypto.HexToECDSA(trim0x(hex)); err != nil {
				p.fail(hex, src, "a 64-hex-digit secp256k1 private key")
			}
		}
		if p.err != nil {
			return p.err
		}
		if !follow {
			return errors.New("nr l2 runs as a follower only: pass --follow (the sequencer runs inside `nr devnet`)")
		}
		if !common.IsHexAddress(hostStr) {
			return fmt.Errorf("--host %q: want the MyRollup address nr devnet printed (0x and 40 hex digits)", hostStr)
		}
		if remote != nil && remote.RPCURL == "" {
			return errors.New("--l2.engine needs --l2.rpc too: the engine's HTTP JSON-RPC serving eth, debug and testing")
		}
		if challengeKey != nil && blobsURL == "" {
			return errors.New("--challenge.key: only an OptimisticNativeRollup can be challenged; pass its --l1.blobs too")
		}
		return runFollower(cmd.OutOrStdout(), l1URL, blobsURL, challengeKey, common.HexToAddress(hostStr), cfg, remote, addr, port)
	},
}

func init() {
	d := rollupnode.DefaultDevnetConfig()
	f := l2Cmd.Flags()
	f.Bool("follow", false, "rebuild the L2 from L1 data alone (required: the only mode)")
	f.String("l1.rpc", "http://127.0.0.1:8545", "L1 JSON-RPC URL")
	f.String("host", "", "address of the MyRollup host on L1")
	f.String("l1.blobs", "", "for an OptimisticNativeRollup host: URL serving its blobs (nr devnet --host optimistic prints it)")
	f.String("challenge.key", "", "with --l1.blobs: hex private key of an L1 account that challenges wrong proposals (empty: only follow)")
	f.String("http.addr", "127.0.0.1", "the follower's L2 JSON-RPC listen address")
	f.Int("http.port", 9645, "the follower's L2 JSON-RPC port (0: pick a free one)")
	f.String("l2.engine", "", "follow into this external L2 engine's Engine API (JWT) instead of one of its own")
	f.String("l2.jwtsecret", "", "with --l2.engine: the file holding its hex JWT secret")
	f.String("l2.rpc", "", "with --l2.engine: its HTTP JSON-RPC, serving eth, debug and testing")
	f.Int("dev.accounts", d.DevAccounts, "the devnet's --dev.accounts (they are in the L2 genesis)")
	f.Uint64("l2.gaslimit", d.L2GasLimit, "the devnet's --l2.gaslimit (the L2 genesis gas limit)")
	f.Int("verbosity", 2, "go-ethereum log level: 0 silent ... 5 trace")
	rootCmd.AddCommand(l2Cmd)
}

func runFollower(out io.Writer, l1URL, blobsURL string, challengeKey *ecdsa.PrivateKey, host common.Address, cfg rollupnode.DevnetConfig, remote *rollupnode.RemoteEngineConfig, addr string, port int) error {
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l1, err := ethclient.DialContext(ctx, l1URL)
	if err != nil {
		return fmt.Errorf("--l1.rpc %s: %w", l1URL, err)
	}
	defer l1.Close()
	l1ChainID, err := l1.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("--l1.rpc %s does not answer eth_chainId: %w (is nr devnet or nr geth running there?)", l1URL, err)
	}
	genesis, _, err := rollupnode.DevnetGenesis(host, cfg)
	if err != nil {
		return err
	}
	my := bindings.NewMyRollup()
	if res, err := l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: my.PackStateRootAt(0)}, nil); err == nil {
		if root, err := my.UnpackStateRootAt(res); err == nil && common.Hash(root) != genesis.ToBlock().Root() {
			return fmt.Errorf("the L2 genesis for --dev.accounts %d and --l2.gaslimit %d has state root %s, the host's genesis has %s: pass the devnet's settings",
				cfg.DevAccounts, cfg.L2GasLimit, genesis.ToBlock().Root(), common.Hash(root))
		}
	} else {
		return fmt.Errorf("--host %s: no MyRollup answers there on %s: %w", host, l1URL, err)
	}
	var (
		eng      *rollupnode.RPCEngine
		endpoint string
	)
	if remote != nil {
		r, err := rollupnode.DialRemoteEngine(ctx, *remote, genesis.ToBlock().Hash(), l2.DefaultChainID)
		if err != nil {
			return err
		}
		defer r.Close()
		eng, endpoint = r.Engine, remote.RPCURL
	} else {
		// The L2 runs L1's precompiles (spec/execute.md "Nesting"), EXECUTE with the L1 config.
		precompile.Register(l2.L1Config())
		node, err := rollupnode.NewEngineNode(rollupnode.EngineConfig{Genesis: genesis, HTTPAddr: addr, HTTPPort: port, AuthAddr: addr})
		if err != nil {
			return err
		}
		defer node.Close()
		eng, endpoint = rollupnode.NewRPCEngine(node.Attach()), node.HTTPEndpoint()
	}
	run, invalidData, err := newFollowerRun(ctx, out, l1, blobsURL, host, eng)
	if err == nil && challengeKey != nil {
		run, err = withChallenger(ctx, out, l1URL, challengeKey, host, eng, invalidData, run)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "nr l2 --follow: rebuilding the L2 of host %s from L1 (%s, chain id %s) alone\n", host, l1URL, l1ChainID)
	fmt.Fprintf(out, "  L2 HTTP RPC   %s (chain id %d; the rebuilt chain)\n", endpoint, l2.DefaultChainID)
	fmt.Fprintf(out, "  L2 genesis    %s\n", genesis.ToBlock().Hash())
	errc := make(chan error, 1)
	go func() { errc <- run(ctx) }()
	select {
	case s := <-sig:
		log.Info("Shutting down", "signal", s)
		cancel()
		<-errc
	case err := <-errc:
		if err != nil {
			return fmt.Errorf("following: %w", err)
		}
	}
	fmt.Fprintln(out, "follower stopped")
	return nil
}

// newFollowerRun is the follower for host: from the advance calldata for
// MyRollup, from the blobs at blobsURL for an OptimisticNativeRollup (a host
// that answers challengeWindow()), then with BlobFollower.InvalidData.
func newFollowerRun(ctx context.Context, out io.Writer, l1 *ethclient.Client, blobsURL string, host common.Address, eng rollupnode.Engine) (func(context.Context) error, func(uint64) (uint64, bool), error) {
	opt := bindings.NewOptimisticNativeRollup()
	_, err := l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: opt.PackChallengeWindow()}, nil)
	optimistic := err == nil
	line := func(b rollupnode.Followed) {
		fmt.Fprintf(out, "L2 block %-5d txs %-4d hash %s  from L1 block %-5d matches the host\n", b.Number, b.Txs, b.Hash, b.L1Block)
	}
	switch {
	case optimistic && blobsURL == "":
		return nil, nil, fmt.Errorf("--host %s is an OptimisticNativeRollup: its blocks are in blobs, pass --l1.blobs URL (nr devnet --host optimistic prints it)", host)
	case !optimistic && blobsURL != "":
		return nil, nil, fmt.Errorf("--l1.blobs %s: the host %s is not an OptimisticNativeRollup (it does not answer challengeWindow()); leave --l1.blobs out", blobsURL, host)
	case optimistic:
		f, err := rollupnode.NewBlobFollower(ctx, host, l1, &rollupnode.HTTPBlobs{URL: blobsURL}, eng, 0)
		if err != nil {
			return nil, nil, err
		}
		return func(ctx context.Context) error {
			return f.Run(ctx, 500*time.Millisecond, func(b rollupnode.Followed) {
				fmt.Fprintf(out, "L2 block %-5d txs %-4d hash %s  derived from the blobs of L1 block %-5d\n", b.Number, b.Txs, b.Hash, b.L1Block)
			}, func(c rollupnode.ProposalCheck) { fmt.Fprintln(out, rollupnode.CheckLine(c)) })
		}, f.InvalidData, nil
	}
	f, err := rollupnode.NewFollower(ctx, host, l1, eng, 0)
	if err != nil {
		return nil, nil, err
	}
	return func(ctx context.Context) error { return f.Run(ctx, 500*time.Millisecond, line) }, nil, nil
}

// withChallenger runs follow and, alongside, an honest challenger signing with
// key that judges proposals by the follower's engine eng and its invalidData.
func withChallenger(ctx context.Context, out io.Writer, l1URL string, key *ecdsa.PrivateKey, host common.Address, eng rollupnode.Engine, invalidData func(uint64) (uint64, bool), follow func(context.Context) error) (func(context.Context) error, error) {
	rc, err := rpc.DialContext(ctx, l1URL)
	if err != nil {
		return nil, fmt.Errorf("--l1.rpc %s: %w", l1URL, err)
	}
	ok := false
	defer func() {
		if !ok {
			rc.Close()
		}
	}()
	opt := bindings.NewOptimisticNativeRollup()
	res, err := ethclient.NewClient(rc).CallContract(ctx, ethereum.CallMsg{To: &host, Data: opt.PackChallengerBond()}, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the host's challenger bond: %w", err)
	}
	bond, err := opt.UnpackChallengerBond(res)
	if err != nil {
		return nil, err
	}
	c, err := rollupnode.NewChallenger(ctx, rollupnode.ChallengerConfig{Key: key, Host: host, Bond: bond, InvalidData: invalidData}, rc, eng, 0)
	if err != nil {
		return nil, err
	}
	ok = true
	fmt.Fprintf(out, "  challenger    %s (disputes any proposal over a start it agrees with whose output differs from the derived chain; bond %s wei)\n", crypto.PubkeyToAddress(key.PublicKey), bond)
	return func(ctx context.Context) error {
		defer rc.Close()
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		errc := make(chan error, 2)
		go func() {
			errc <- c.Run(ctx, 500*time.Millisecond, func(e rollupnode.ChallengeEvent) { fmt.Fprintln(out, rollupnode.ChallengeLine(e)) })
		}()
		go func() { errc <- follow(ctx) }()
		err := <-errc // the first to stop ends both
		cancel()
		return errors.Join(err, <-errc)
	}, nil
}
