package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/log"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/nativerollup/nr/l1node"
)

var gethCmd = &cobra.Command{
	Use:   "geth",
	Short: "Run the L1 node: go-ethereum with EXECUTE (0x…0101) and DERIVE (0x…0102)",
	Long: `Runs an Ethereum L1 node assembled from go-ethereum's node, eth and catalyst
packages (used as a library, not forked) on nr's pinned L1 config (every fork
through Osaka at genesis), with EXECUTE and DERIVE registered before the chain
starts.

  nr geth --dev                          a one-node chain in memory, sealed by
                                         go-ethereum's simulated beacon
  nr geth --dev --datadir DIR            the same, kept in DIR across restarts
  nr geth init genesis.json --datadir DIR
  nr geth --datadir DIR --authrpc.jwtsecret FILE --bootnodes ...
                                         a node of a real network, driven by a
                                         consensus client over the Engine API

JSON-RPC (eth, net, web3, txpool, debug with the native tracers and
debug_executionWitness) is served over HTTP and WebSocket on 127.0.0.1; port 0
picks a free port and the real address is printed. Flag names follow geth's.
Settings also come from NR_<FLAG> variables (NR_HTTP_PORT) and --config
(TOML, YAML or JSON; keys are flag names, e.g. "dev.period" or [dev] period);
a key nr geth does not know is an error. Ctrl-C or SIGTERM shuts down cleanly.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		setupLogging(cmd.ErrOrStderr(), s.integer(&p, "verbosity"))
		cfg, err := gethConfig(s)
		if err = errors.Join(p.err, err); err != nil {
			return err
		}
		return runGeth(cmd.OutOrStdout(), cfg)
	},
}

var gethInitCmd = &cobra.Command{
	Use:   "init genesis.json --datadir DIR",
	Short: "Write a network's genesis into a new data directory",
	Long: `Writes genesis.json (go-ethereum's format) into DIR, for a node of a
multi-node network. The genesis config must be nr's pinned L1 config; only
chainId and depositContractAddress may differ (` + "`nr geth dumpgenesis`" + ` prints
one to start from). Every node of the network is initialised with the same file.`,
	Args: cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		setupLogging(cmd.ErrOrStderr(), s.integer(&p, "verbosity"))
		if p.err != nil {
			return p.err
		}
		genesis, err := l1node.ReadGenesisFile(args[0])
		if err != nil {
			return err
		}
		dir := s.str("datadir")
		hash, err := l1node.InitGenesis(dir, genesis, gcModeOr(s.str("gcmode"), "full"))
		if err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "wrote genesis %s (chain id %s) to %s\nnext: nr geth --datadir %s\n", hash, genesis.Config.ChainID, dir, dir)
		return nil
	},
}

var gethDumpGenesisCmd = &cobra.Command{
	Use:   "dumpgenesis",
	Short: "Print a genesis JSON on nr's pinned L1 config (the dev genesis)",
	Long: `Prints the dev chain's genesis: nr's pinned L1 config, go-ethereum's system
contracts and the dev keys funded. Edit chainId, the alloc and, for a consensus
client, depositContractAddress, then ` + "`nr geth init`" + ` every node with it.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		g := l1node.DevGenesis(s.integer(&p, "dev.accounts"), s.uint(&p, "dev.gaslimit"))
		if p.err != nil {
			return p.err
		}
		enc := json.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent("", "  ")
		return enc.Encode(g)
	},
}

func init() {
	d := l1node.DefaultConfig()
	f := gethCmd.Flags()
	f.Bool("dev", false, "run a one-node dev chain sealed by go-ethereum's simulated beacon")
	f.Uint64("dev.period", 0, "seconds between dev blocks (0: a block as soon as transactions arrive)")
	f.Int("dev.accounts", 7, "deterministic dev keys funded beyond the dev key (keys 1..N)")
	f.Uint64("dev.gaslimit", d.DevGasLimit, "dev chain block gas limit")
	f.String("datadir", "", "data directory (pebble); empty: in memory (dev only)")
	f.String("gcmode", "", `"full" or "archive" (default: archive in dev mode, full otherwise)`)
	f.Bool("http", d.HTTP, "serve JSON-RPC over HTTP")
	f.String("http.addr", d.HTTPAddr, "HTTP JSON-RPC listen address")
	f.Int("http.port", d.HTTPPort, "HTTP JSON-RPC port (0: pick a free one)")
	f.String("http.api", strings.Join(d.HTTPAPI, ","), "APIs over HTTP")
	f.String("http.corsdomain", "", "comma-separated origins browsers may call HTTP JSON-RPC from")
	f.String("http.vhosts", strings.Join(d.HTTPVHosts, ","), "comma-separated virtual hostnames HTTP JSON-RPC accepts (IP addresses always)")
	f.Bool("ws", d.WS, "serve JSON-RPC over WebSocket")
	f.String("ws.addr", d.WSAddr, "WebSocket JSON-RPC listen address")
	f.Int("ws.port", d.WSPort, "WebSocket JSON-RPC port (0: pick a free one; shared with HTTP when both are 0)")
	f.String("ws.api", strings.Join(d.WSAPI, ","), "APIs over WebSocket")
	f.String("ws.origins", "", "comma-separated origins browsers may open WebSocket JSON-RPC from (* for any)")
	f.String("ipcpath", "", "also serve JSON-RPC on this unix socket")
	f.Uint64("rpc.gascap", d.RPCGasCap, "gas bound of one eth_call or eth_estimateGas (0: none); the default reaches EXECUTE's largest inputs, a public node may prefer go-ethereum's 50000000")
	f.Uint64("miner.gaslimit", d.MinerGasLimit, "gas ceiling of the blocks this node builds over the Engine API (network mode; an L2 engine: its chain's gas limit)")
	f.Uint64("miner.gasprice", d.MinerGasPrice, "least tip in wei of the transactions this node includes in blocks it builds (network mode; an L2 engine: 1)")
	f.String("authrpc.addr", d.AuthAddr, "Engine API listen address (network mode)")
	f.Int("authrpc.port", d.AuthPort, "Engine API port (network mode; 0: pick a free one)")
	f.String("authrpc.jwtsecret", "", "file with the Engine API's hex JWT secret, shared with the consensus client (default DATADIR/geth/jwtsecret, created if missing)")
	f.Int("port", d.P2PPort, "devp2p listen port (network mode; 0: pick a free one)")
	f.Int("maxpeers", d.MaxPeers, "maximum devp2p peers")
	f.Bool("nodiscover", false, "disable peer discovery (peers only from --staticnodes)")
	f.String("bootnodes", "", "comma-separated enode URLs for discovery")
	f.String("staticnodes", "", "comma-separated enode URLs to always stay connected to (geth's [Node.P2P] StaticNodes)")
	f.Uint64("networkid", 0, "devp2p network id (0: the chain id)")
	f.String("nodekey", "", "file with the devp2p node key in hex (default DATADIR/geth/nodekey, created if missing)")
	f.Int("verbosity", 3, "log level: 0 silent, 1 error, 2 warn, 3 info, 4 debug, 5 trace")

	fi := gethInitCmd.Flags()
	fi.String("datadir", "", "data directory to create the chain in")
	fi.String("gcmode", "full", `state scheme the node will run with: "full" or "archive"`)
	fi.Int("verbosity", 3, "log level: 0 silent ... 5 trace")

	fd := gethDumpGenesisCmd.Flags()
	fd.Int("dev.accounts", 7, "deterministic dev keys funded beyond the dev key")
	fd.Uint64("dev.gaslimit", d.DevGasLimit, "block gas limit")

	gethCmd.AddCommand(gethInitCmd, gethDumpGenesisCmd)
	rootCmd.AddCommand(gethCmd)
}

func gcModeOr(mode, def string) string {
	if mode == "" {
		return def
	}
	return mode
}

// settings resolves a command's settings in nr's order, flags > NR_* environment
// variables > --config file > flag defaults, without the global viper: geth's
// flag names make "http" both a switch and the parent of "http.port", which
// viper's nested keys cannot hold.
type settings struct {
	cmd  *cobra.Command
	file *viper.Viper // nil without --config
}

// newSettings takes the --config file as loadConfig read it, if any, and
// fails on a key that is not one of cmd's flags: a misspelt setting must not
// be silently ignored.
func newSettings(cmd *cobra.Command) (*settings, error) {
	s := &settings{cmd: cmd, file: configSettings}
	if s.file == nil {
		return s, nil
	}
	// loadConfig has already refused unknown keys; checking again keeps
	// newSettings safe on its own.
	if err := checkConfigKeys(s.file.ConfigFileUsed(), s.file.AllKeys(), cmd); err != nil {
		return nil, err
	}
	return s, nil
}

// envName is the variable that sets key: NR_ and the key in upper case, dots
// and dashes as underscores (http.port: NR_HTTP_PORT).
func envName(key string) string {
	return "NR_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
}

// raw is key's value as text and where it came from.
func (s *settings) raw(key string) (value, source string) {
	f := s.cmd.Flags().Lookup(key)
	if f == nil {
		panic("nr geth: no flag " + key) // a programming error
	}
	if f.Changed {
		return f.Value.String(), "--" + key
	}
	if v, ok := os.LookupEnv(envName(key)); ok {
		return v, envName(key)
	}
	if s.file != nil && s.file.IsSet(key) {
		switch v := s.file.Get(key).(type) {
		case map[string]any:
			// The table of http.port and the like, not the http switch.
		case []any:
			parts := make([]string, len(v))
			for i, x := range v {
				parts[i] = fmt.Sprint(x)
			}
			return strings.Join(parts, ","), "config key " + key
		default:
			return fmt.Sprint(v), "config key " + key
		}
	}
	return f.DefValue, "--" + key
}

// parseErr keeps the first setting that does not parse.
type parseErr struct{ err error }

func (p *parseErr) fail(value, source, want string) {
	if p.err == nil {
		p.err = fmt.Errorf("%s=%q: want %s", source, value, want)
	}
}

func (s *settings) str(key string) string { v, _ := s.raw(key); return v }

func (s *settings) boolean(p *parseErr, key string) bool {
	v, src := s.raw(key)
	b, err := strconv.ParseBool(v)
	if err != nil {
		p.fail(v, src, "true or false")
	}
	return b
}

func (s *settings) integer(p *parseErr, key string) int {
	v, src := s.raw(key)
	i, err := strconv.Atoi(v)
	if err != nil {
		p.fail(v, src, "an integer")
	}
	return i
}

func (s *settings) uint(p *parseErr, key string) uint64 {
	v, src := s.raw(key)
	u, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		p.fail(v, src, "a non-negative integer")
	}
	return u
}

// list splits a comma-separated setting.
func (s *settings) list(key string) []string {
	var out []string
	for _, item := range strings.Split(s.str(key), ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// gethConfig reads `nr geth`'s settings.
func gethConfig(s *settings) (l1node.Config, error) {
	var p parseErr
	cfg := l1node.Config{
		Dev:           s.boolean(&p, "dev"),
		DevPeriod:     s.uint(&p, "dev.period"),
		DevAccounts:   s.integer(&p, "dev.accounts"),
		DevGasLimit:   s.uint(&p, "dev.gaslimit"),
		DataDir:       s.str("datadir"),
		GCMode:        s.str("gcmode"),
		HTTP:          s.boolean(&p, "http"),
		HTTPAddr:      s.str("http.addr"),
		HTTPPort:      s.integer(&p, "http.port"),
		HTTPAPI:       s.list("http.api"),
		HTTPCors:      s.list("http.corsdomain"),
		HTTPVHosts:    s.list("http.vhosts"),
		WS:            s.boolean(&p, "ws"),
		WSAddr:        s.str("ws.addr"),
		WSPort:        s.integer(&p, "ws.port"),
		WSAPI:         s.list("ws.api"),
		WSOrigins:     s.list("ws.origins"),
		IPCPath:       s.str("ipcpath"),
		RPCGasCap:     s.uint(&p, "rpc.gascap"),
		MinerGasLimit: s.uint(&p, "miner.gaslimit"),
		MinerGasPrice: s.uint(&p, "miner.gasprice"),
		AuthAddr:      s.str("authrpc.addr"),
		AuthPort:      s.integer(&p, "authrpc.port"),
		JWTSecret:     s.str("authrpc.jwtsecret"),
		P2PPort:       s.integer(&p, "port"),
		MaxPeers:      s.integer(&p, "maxpeers"),
		NoDiscover:    s.boolean(&p, "nodiscover"),
		Bootnodes:     s.list("bootnodes"),
		StaticNodes:   s.list("staticnodes"),
		NetworkID:     s.uint(&p, "networkid"),
		NodeKey:       s.str("nodekey"),
	}
	return cfg, p.err
}

// setupLogging sends go-ethereum's logs, in its own terminal format, to w.
func setupLogging(w io.Writer, verbosity int) {
	log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(w, log.FromLegacyLevel(verbosity), false)))
}

// runGeth starts the node, prints where it listens and what it runs, and stops
// it cleanly on SIGINT or SIGTERM.
func runGeth(out io.Writer, cfg l1node.Config) error {
	// Before anything prints: whoever reads the banner may signal at once.
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	n, err := l1node.New(cfg)
	if err != nil {
		return err
	}
	if err := n.Start(); err != nil {
		n.Close()
		return err
	}
	fmt.Fprint(out, n.Banner())
	if f, ok := out.(*os.File); ok {
		f.Sync()
	}
	stopped := make(chan struct{})
	stack := n.Stack()
	go func() { stack.Wait(); close(stopped) }()
	select {
	case s := <-sig:
		log.Info("Shutting down", "signal", s)
		go func() {
			<-sig
			log.Warn("Second signal: exiting without a clean shutdown")
			os.Exit(1)
		}()
	case <-stopped:
	}
	if err := n.Close(); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	log.Info("Node stopped")
	return nil
}
