package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/metrics"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

var validatorCmd = &cobra.Command{
	Use:   "validator",
	Short: "Follow L1 and verify every EXECUTE call (re-execution and/or k-of-n proofs)",
	Long: `Follows an L1 node over JSON-RPC (--l1.rpc, HTTP or WebSocket; the node must
serve debug_traceBlockByHash with nrExecuteTracer, as nr geth does; with only
go-ethereum's callTracer it is followed with a warning: anyone can bloat its traces),
finds every EXECUTE call of every block, including calls made from inside
contracts, and decides each as the policy says (spec/validator.md): re-execution,
k-of-n proofs, or both. Verdicts per call and per block are kept in --datadir
(pebble), so a restart resumes where it stopped; an L1 reorg is re-verified
from the fork point.

  GET /v1/status, /v1/blocks/{n}, /v1/calls/{tx}/{i}   on --http.addr:--http.port
  GET /metrics (Prometheus)                            on --metrics.addr:--metrics.port

A disagreement is logged at ERROR; with on_disagreement = halt the command
exits with status 1. Settings: flags, NR_* variables (NR_L1_RPC, NR_MODE, ...)
and --config (YAML or TOML; the policy keys, the provers tables and these
flags' names; any other key is an error).`,
	Args: cobra.NoArgs,
	// The policy file has provers tables, which are not flags: LoadConfig
	// reads it and rejects unknown keys itself.
	PersistentPreRunE: func(*cobra.Command, []string) error { return nil },
	RunE: func(cmd *cobra.Command, _ []string) error {
		return runValidator(cmd)
	},
}

// daemonKeys are the validator command's own settings besides the policy's.
var daemonKeys = []string{"l1.rpc", "l1.from", "l1.timeout", "l1.maxresponse", "datadir", "http.addr", "http.port", "metrics.addr", "metrics.port", "workers", "judges", "verbosity"}

func init() {
	f := validatorCmd.Flags()
	validator.RegisterFlags(f)
	f.String("l1.rpc", "http://127.0.0.1:8545", "L1 node JSON-RPC endpoint (http(s):// or ws(s)://) serving eth and debug")
	f.Uint64("l1.from", 1, "first L1 block to verify when --datadir holds no verdicts")
	f.Duration("l1.timeout", l1calls.DefaultTimeout, "deadline of one L1 JSON-RPC request (a block trace included); a request over it is retried")
	f.Uint64("l1.maxresponse", l1calls.DefaultMaxResponse, "bytes of one L1 JSON-RPC answer (a block trace included) read at most; a larger one is an error, retried")
	f.String("datadir", "", "directory of the verdict database (pebble); empty keeps verdicts in memory only")
	f.String("http.addr", "127.0.0.1", "API listen address")
	f.Int("http.port", 8547, "API port (0: pick a free one)")
	f.String("metrics.addr", "127.0.0.1", "Prometheus metrics listen address")
	f.Int("metrics.port", 6061, "Prometheus metrics port (0: pick a free one, -1: off)")
	f.Int("workers", 0, "re-executions run at once, and L1 blocks verified at once while catching up (0: one per CPU)")
	f.Int("judges", 0, fmt.Sprintf("EXECUTE calls prechecked and awaiting proofs at once, all blocks together (0: %d)", daemon.DefaultJudges))
	f.Int("verbosity", 3, "log level: 0 silent, 1 error, 2 warn, 3 info, 4 debug, 5 trace")
	rootCmd.AddCommand(validatorCmd)
}

func configFile(cmd *cobra.Command) string {
	if f := cmd.Flags().Lookup("config"); f != nil && f.Changed {
		return f.Value.String()
	}
	return os.Getenv("NR_CONFIG")
}

func runValidator(cmd *cobra.Command) error {
	cfg, err := validator.LoadConfig(validator.LoadOptions{File: configFile(cmd), Flags: cmd.Flags(), ExtraKeys: daemonKeys})
	if err != nil {
		return err
	}
	// The file LoadConfig read (once) holds the daemon's keys too; settings
	// resolves them in nr's order (flags > NR_* > file > flag defaults).
	s := &settings{cmd: cmd, file: cfg.Viper}
	var p parseErr
	verbosity, workers, judges := s.integer(&p, "verbosity"), s.integer(&p, "workers"), s.integer(&p, "judges")
	httpPort, metricsPort := s.integer(&p, "http.port"), s.integer(&p, "metrics.port")
	from, maxResponse := s.uint(&p, "l1.from"), s.uint(&p, "l1.maxresponse")
	timeoutRaw, timeoutSrc := s.raw("l1.timeout")
	timeout, terr := time.ParseDuration(timeoutRaw)
	if terr != nil || timeout <= 0 {
		p.fail(timeoutRaw, timeoutSrc, "a positive duration (e.g. 60s)")
	}
	if p.err != nil {
		return p.err
	}
	// Upper bounds: --workers blocks are read and held at once while
	// catching up, so a huge value would read the whole chain into memory.
	if workers < 0 || workers > daemon.MaxWorkers {
		return fmt.Errorf("workers=%d: want 0 (one per CPU) to %d", workers, daemon.MaxWorkers)
	}
	if judges < 0 || judges > daemon.MaxJudges {
		return fmt.Errorf("judges=%d: want 0 (%d) to %d", judges, daemon.DefaultJudges, daemon.MaxJudges)
	}
	setupLogging(cmd.ErrOrStderr(), verbosity)
	return serveValidator(cmd.OutOrStdout(), cfg.Policy, s.str("l1.rpc"), timeout, maxResponse, from, s.str("datadir"), workers, judges,
		net.JoinHostPort(s.str("http.addr"), strconv.Itoa(httpPort)), s.str("metrics.addr"), metricsPort)
}

// l1ConfigFor is nr's pinned L1 config with the node's chain id (the one field
// a network may change): EXECUTE refuses inputs carrying the L1's chain id.
func l1ConfigFor(ctx context.Context, c *l1calls.Client) (*params.ChainConfig, error) {
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	l1 := l2.L1Config()
	l1.ChainID = id
	return l1, nil
}

func listen(addr, what, flag string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("%s: listening on %s: %w (pick another --%s, 0 for a free one)", what, addr, err, flag)
	}
	return ln, nil
}

func serveValidator(out io.Writer, policy validator.Policy, rpcURL string, timeout time.Duration, maxResponse, from uint64, datadir string, workers, judges int, apiAddr, metricsHost string, metricsPort int) error {
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	dialCtx, dialCancel := context.WithTimeout(ctx, 30*time.Second)
	c, err := l1calls.DialLimit(dialCtx, rpcURL, maxResponse)
	if err != nil {
		dialCancel()
		return err
	}
	defer c.Close()
	c.Timeout = timeout
	l1, err := l1ConfigFor(dialCtx, c)
	dialCancel()
	if err != nil {
		return fmt.Errorf("asking the L1 node at %s for its chain id: %w (is --l1.rpc an Ethereum JSON-RPC endpoint?)", rpcURL, err)
	}
	if datadir == "" {
		log.Warn("No --datadir: verdicts are kept in memory and lost on exit")
	}
	store, err := daemon.OpenStore(datadir)
	if err != nil {
		return err
	}
	defer store.Close()
	if metricsPort >= 0 {
		metrics.Enable()
	}
	d := daemon.New(daemon.Config{Policy: policy, L1: l1, Workers: workers, Judges: judges, From: from}, c, store)

	apiLn, err := listen(apiAddr, "the validator API", "http.port")
	if err != nil {
		return err
	}
	api := &http.Server{Handler: d.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go api.Serve(apiLn)
	defer api.Close()
	fmt.Fprintf(out, "nr validator: mode %s, L1 %s (chain %s)\nAPI:     http://%s/v1/status\n", policy.Mode, rpcURL, l1.ChainID, apiLn.Addr())
	if metricsPort >= 0 {
		mLn, err := listen(net.JoinHostPort(metricsHost, strconv.Itoa(metricsPort)), "the metrics endpoint", "metrics.port")
		if err != nil {
			return err
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", d.MetricsHandler())
		ms := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go ms.Serve(mLn)
		defer ms.Close()
		fmt.Fprintf(out, "Metrics: http://%s/metrics\n", mLn.Addr())
	}
	if f, ok := out.(*os.File); ok {
		f.Sync()
	}
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	select {
	case s := <-sig:
		log.Info("Shutting down", "signal", s)
		cancel()
		return <-done
	case err := <-done:
		if errors.Is(err, daemon.ErrHalted) {
			return fmt.Errorf("%w; the verdicts are in the API (/v1/status names the call); fix or replace the L1 node, then restart to go on", err)
		}
		return err
	}
}
