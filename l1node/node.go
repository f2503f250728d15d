package l1node

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/p2p/nat"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/version"

	// go-ethereum's native tracers (callTracer, prestateTracer, ...) register
	// themselves with debug_trace* when imported.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"

	// nrExecuteTracer: the EXECUTE frames of a transaction, what `nr
	// validator` traces L1 blocks with (spec/validator.md).
	_ "github.com/nativerollup/nr/l1node/exectracer"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
)

// JSON-RPC bounds that let eth_call reach every input EXECUTE accepts (go-ethereum's
// defaults, a 5 MiB HTTP body and a 50M gas cap, stop at about 2.5 MB of input):
// a MaxInputSize input is twice that in hex, and its call costs EXECUTE's price
// plus the calldata's, at most 40 gas per byte under EIP-7623's floor.
const (
	rpcBodyLimit = 2*precompile.MaxInputSize + 1<<20
	// DefaultRPCGasCap is Config.RPCGasCap's default.
	DefaultRPCGasCap = 1 << 28
	// rpcEVMTimeout bounds one eth_call's EVM run. go-ethereum's 5 s is short
	// for a node whose gas cap reaches EXECUTE's largest inputs: on a loaded
	// 2-core machine, EEST's point-evaluation blocks through EXECUTE timed out
	// in TestClientTeamSteps, a conformance failure instead of an answer. The
	// gas cap, not the timeout, bounds what one call may cost the node.
	rpcEVMTimeout = time.Minute
)

// instanceName is the node's instance directory inside --datadir (DIR/geth/...),
// go-ethereum's layout, so its tools find chaindata, nodekey and jwtsecret.
const instanceName = "geth"

// DefaultAPIs are the JSON-RPC namespaces served over HTTP and WebSocket.
var DefaultAPIs = []string{"eth", "net", "web3", "txpool", "debug"}

// Config is what `nr geth` takes from flags, NR_* variables and --config.
type Config struct {
	// Dev runs a single-node chain sealed by the simulated beacon.
	Dev bool
	// DevPeriod is the dev block interval in seconds; 0 seals a block as soon
	// as a transaction arrives.
	DevPeriod uint64
	// DevAccounts is how many dev keys to fund beyond the dev key.
	DevAccounts int
	// DevGasLimit is the dev genesis gas limit and the miner's gas ceiling.
	DevGasLimit uint64

	// DataDir holds the chain (pebble); empty keeps everything in memory (dev only).
	DataDir string
	// GCMode is "full" or "archive"; empty is archive in dev mode (a dev chain
	// keeps every state, and survives a kill with every sealed block) and full
	// otherwise.
	GCMode string

	// HTTP and WebSocket JSON-RPC; port 0 picks a free port (see HTTPEndpoint).
	HTTP, WS                        bool
	HTTPAddr, WSAddr                string
	HTTPPort, WSPort                int
	HTTPAPI, WSAPI                  []string
	HTTPCors, HTTPVHosts, WSOrigins []string
	// IPCPath, if not empty, also serves JSON-RPC on this unix socket.
	IPCPath string
	// RPCGasCap bounds the gas of one eth_call or eth_estimateGas (0: no bound).
	// The default, DefaultRPCGasCap, reaches every input EXECUTE accepts; a
	// public node may lower it to go-ethereum's 50,000,000, which bounds the CPU
	// one anonymous call can take (inputs above about 2.5 MB then fail).
	RPCGasCap uint64

	// MinerGasLimit and MinerGasPrice are the payload builder's gas ceiling
	// and least tip in wei (network mode, 0: go-ethereum's defaults; dev mode
	// uses DevGasLimit and 1 wei).
	// An L2 engine sets them to its chain's gas limit and 1 wei, as nr devnet's
	// in-process engine does, so its block gas limit stays where the host's
	// policy wants it and cheap L2 transactions are included.
	MinerGasLimit uint64
	MinerGasPrice uint64

	// The authenticated Engine API (network mode only).
	AuthAddr  string
	AuthPort  int
	JWTSecret string // file with the hex secret; empty: DATADIR/geth/jwtsecret, created if missing

	// devp2p (network mode only).
	P2PPort     int
	MaxPeers    int
	NoDiscover  bool
	Bootnodes   []string
	StaticNodes []string
	NetworkID   uint64 // 0: the chain id
	NodeKey     string // file with the hex node key; empty: DATADIR/geth/nodekey
}

// DefaultConfig is `nr geth`'s defaults: go-ethereum's ports on 127.0.0.1.
func DefaultConfig() Config {
	return Config{
		DevGasLimit: DefaultDevGasLimit,
		HTTP:        true, WS: true,
		HTTPAddr: "127.0.0.1", WSAddr: "127.0.0.1",
		HTTPPort: node.DefaultHTTPPort, WSPort: node.DefaultWSPort,
		HTTPAPI: DefaultAPIs, WSAPI: DefaultAPIs,
		HTTPVHosts: []string{"localhost"},
		AuthAddr:   "127.0.0.1", AuthPort: node.DefaultAuthPort,
		P2PPort: 30303, MaxPeers: 50,
		RPCGasCap:     DefaultRPCGasCap,
		MinerGasLimit: ethconfig.Defaults.Miner.GasCeil,
		MinerGasPrice: ethconfig.Defaults.Miner.GasPrice.Uint64(),
	}
}

// Node is a running or ready-to-start L1 node.
type Node struct {
	cfg      Config
	stack    *node.Node
	eth      *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon // dev mode only
	sealer   *devSealer                // dev mode only: the beacon's one driver
	chain    *params.ChainConfig
	resumed  bool   // the chain came from DataDir
	jwtFile  string // network mode
	closeErr error
}

// New assembles the node without starting it: it registers EXECUTE and DERIVE
// for the chain's config, then builds go-ethereum's node, eth service, filter
// and tracer APIs, and the simulated beacon (dev) or the Engine API (network).
func New(cfg Config) (*Node, error) {
	if !cfg.Dev && cfg.DataDir == "" {
		return nil, errors.New("a network node needs --datadir initialised with `nr geth init genesis.json --datadir DIR` (or run --dev for a local chain)")
	}
	if cfg.GCMode == "" {
		cfg.GCMode = "full"
		if cfg.Dev {
			cfg.GCMode = "archive"
		}
	}
	scheme, archive, err := stateScheme(cfg.GCMode)
	if err != nil {
		return nil, err
	}
	if cfg.DevGasLimit == 0 {
		cfg.DevGasLimit = DefaultDevGasLimit
	}
	if cfg.DevAccounts < 0 {
		return nil, fmt.Errorf("--dev.accounts %d: must be 0 or more", cfg.DevAccounts)
	}

	// The chain config decides EXECUTE's L1 rules, so it is known before
	// anything else: the stored chain's, or the dev genesis'.
	genesisHash, stored, err := storedChain(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg}
	ethCfg := ethconfig.Defaults
	switch {
	case stored != nil:
		if err := CheckConfig(stored); err != nil {
			return nil, fmt.Errorf("the chain in %s (genesis %s): %w", cfg.DataDir, genesisHash, err)
		}
		n.chain, n.resumed = stored, true
	case cfg.Dev:
		ethCfg.Genesis = DevGenesis(cfg.DevAccounts, cfg.DevGasLimit)
		n.chain = ethCfg.Genesis.Config
	default:
		return nil, fmt.Errorf("%s holds no chain: run `nr geth init genesis.json --datadir %s` first (or --dev for a local chain)", cfg.DataDir, cfg.DataDir)
	}
	// Before any EVM exists (precompile.Register's contract).
	precompile.Register(n.chain)

	nodeCfg, err := n.nodeConfig()
	if err != nil {
		return nil, err
	}
	stack, err := node.New(nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("creating the node: %w", err)
	}
	n.stack = stack
	ok := false
	defer func() {
		if !ok {
			stack.Close()
		}
	}()

	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.RPCGasCap = cfg.RPCGasCap
	ethCfg.RPCEVMTimeout = rpcEVMTimeout
	ethCfg.NetworkId = cfg.NetworkID
	ethCfg.StateScheme, ethCfg.NoPruning = scheme, archive
	ethCfg.TxPool.NoLocals = false
	if cfg.MinerGasLimit != 0 {
		ethCfg.Miner.GasCeil = cfg.MinerGasLimit
	}
	if cfg.MinerGasPrice != 0 {
		ethCfg.Miner.GasPrice = new(big.Int).SetUint64(cfg.MinerGasPrice)
	}
	if cfg.Dev {
		ethCfg.NetworkId = n.chain.ChainID.Uint64()
		ethCfg.Miner.GasCeil = cfg.DevGasLimit
		ethCfg.Miner.PendingFeeRecipient = l2.DevAddress(0)
		ethCfg.Miner.GasPrice = big.NewInt(1) // seal every paying transaction
		ethCfg.EnablePreimageRecording = true
		// A dev chain is small: keep its idle memory small too.
		ethCfg.DatabaseCache, ethCfg.TrieCleanCache, ethCfg.TrieDirtyCache, ethCfg.SnapshotCache = 64, 32, 32, 32
	}
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return nil, fmt.Errorf("starting the eth service: %w", err)
	}
	n.eth = backend
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize: ethCfg.FilterLogCacheSize, LogQueryLimit: ethCfg.LogQueryLimit, RangeLimit: ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})

	if cfg.Dev {
		// Period 0 and no RegisterSimulatedBeaconAPIs: devSealer alone drives
		// the beacon (on demand or every DevPeriod seconds), so that a Reorg
		// never runs beside a seal.
		beacon, err := catalyst.NewSimulatedBeacon(0, l2.DevAddress(0), backend)
		if err != nil {
			return nil, fmt.Errorf("starting the simulated beacon: %w", err)
		}
		stack.RegisterLifecycle(beacon)
		n.beacon = beacon
		n.sealer = newDevSealer(beacon, backend, cfg.DevPeriod)
		stack.RegisterLifecycle(n.sealer)
	} else if err := catalyst.Register(stack, backend); err != nil {
		return nil, fmt.Errorf("registering the Engine API: %w", err)
	}
	ok = true
	return n, nil
}

func (n *Node) nodeConfig() (*node.Config, error) {
	cfg := n.cfg
	c := node.DefaultConfig
	c.Name, c.UserIdent, c.DataDir = instanceName, "nr", cfg.DataDir
	c.Version = fmt.Sprintf("%d.%d.%d-%s", version.Major, version.Minor, version.Patch, version.Meta)
	c.IPCPath = cfg.IPCPath
	c.HTTPBodyLimit = rpcBodyLimit
	c.HTTPHost, c.WSHost = "", ""
	if cfg.HTTP {
		c.HTTPHost, c.HTTPPort, c.HTTPModules = cfg.HTTPAddr, cfg.HTTPPort, cfg.HTTPAPI
		c.HTTPCors, c.HTTPVirtualHosts = cfg.HTTPCors, cfg.HTTPVHosts
	}
	if cfg.WS {
		c.WSHost, c.WSPort, c.WSModules, c.WSOrigins = cfg.WSAddr, cfg.WSPort, cfg.WSAPI, cfg.WSOrigins
	}
	c.AuthAddr, c.AuthPort, c.JWTSecret = cfg.AuthAddr, cfg.AuthPort, cfg.JWTSecret
	if cfg.Dev {
		// The simulated beacon seals blocks; there are no peers and no Engine API.
		c.P2P = p2p.Config{MaxPeers: 0, NoDial: true, NoDiscovery: true, ListenAddr: ""}
		return &c, nil
	}
	if n.cfg.JWTSecret == "" {
		n.jwtFile = filepath.Join(cfg.DataDir, instanceName, "jwtsecret")
	} else {
		n.jwtFile = cfg.JWTSecret
	}
	c.P2P.ListenAddr = net.JoinHostPort("", strconv.Itoa(cfg.P2PPort))
	c.P2P.MaxPeers = cfg.MaxPeers
	c.P2P.NAT = nat.Any()
	if cfg.NoDiscover {
		c.P2P.NoDiscovery, c.P2P.DiscoveryV4, c.P2P.DiscoveryV5 = true, false, false
		c.P2P.NAT = nil
	}
	var err error
	if c.P2P.BootstrapNodes, err = parseEnodes("--bootnodes", cfg.Bootnodes); err != nil {
		return nil, err
	}
	c.P2P.BootstrapNodesV5 = c.P2P.BootstrapNodes
	if c.P2P.StaticNodes, err = parseEnodes("--staticnodes", cfg.StaticNodes); err != nil {
		return nil, err
	}
	if cfg.NodeKey != "" {
		key, err := loadNodeKey(cfg.NodeKey)
		if err != nil {
			return nil, err
		}
		c.P2P.PrivateKey = key
	}
	return &c, nil
}

func parseEnodes(flag string, urls []string) ([]*enode.Node, error) {
	var out []*enode.Node
	for _, u := range urls {
		if u = strings.TrimSpace(u); u == "" {
			continue
		}
		nd, err := enode.Parse(enode.ValidSchemes, u)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not an enode URL (enode://<128 hex>@host:port): %w", flag, u, err)
		}
		out = append(out, nd)
	}
	return out, nil
}

// loadNodeKey reads --nodekey: a file with the hex key, as go-ethereum's.
func loadNodeKey(file string) (*ecdsa.PrivateKey, error) {
	key, err := crypto.LoadECDSA(file)
	if err != nil {
		return nil, fmt.Errorf("--nodekey %s: %w (the file holds a 64-hex-digit secp256k1 key; `openssl rand -hex 32 > FILE` makes one)", file, err)
	}
	return key, nil
}

// Start starts the node and checks that EXECUTE and DERIVE are active at the head.
func (n *Node) Start() error {
	if err := n.stack.Start(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("starting the node: %w (another process holds the port: stop it, or pass another --http.port/--ws.port/--authrpc.port/--port, 0 for a free one)", err)
		}
		return fmt.Errorf("starting the node: %w", err)
	}
	if n.sealer != nil && n.cfg.DevPeriod == 0 && n.eth.BlockChain().CurrentBlock().Number.Sign() == 0 {
		// eth_estimateGas runs on the latest block. At genesis its number and
		// time are 0, so a constructor storing block.number or block.timestamp
		// (MyRollup does) writes zeros, is estimated ~20k gas too low, and a
		// wallet's first deployment runs out of gas. Seal block 1 now (with a
		// period, the sealer seals it at once). Not before the node
		// starts: a failed start would then close the database under the
		// chain's background writers.
		if err := n.sealer.do(func() { n.beacon.Commit() }); err != nil {
			return fmt.Errorf("sealing block 1: %w", err)
		}
	}
	head := n.eth.BlockChain().CurrentBlock()
	rules := n.chain.Rules(head.Number, true, head.Time)
	active := vm.ActivePrecompiledContracts(rules)
	for _, addr := range []common.Address{precompile.ExecuteAddress, precompile.DeriveAddress} {
		if _, ok := active[addr]; !ok {
			return fmt.Errorf("precompile %s is not active at the head (block %d): the chain config is not nr's", addr, head.Number)
		}
	}
	log.Info("Native-rollup precompiles active", "EXECUTE", precompile.ExecuteAddress, "DERIVE", precompile.DeriveAddress, "chainid", n.chain.ChainID)
	return nil
}

// Close stops the node (flushing the chain to DataDir); it is safe to call twice.
func (n *Node) Close() error {
	if n.stack == nil {
		return n.closeErr
	}
	n.closeErr = n.stack.Close()
	n.stack = nil
	return n.closeErr
}

// Wait blocks until the node stops.
func (n *Node) Wait() { n.stack.Wait() }

// HTTPEndpoint is the HTTP JSON-RPC URL, with the real port if 0 was asked.
func (n *Node) HTTPEndpoint() string {
	if !n.cfg.HTTP {
		return ""
	}
	return n.stack.HTTPEndpoint()
}

// WSEndpoint is the WebSocket JSON-RPC URL.
func (n *Node) WSEndpoint() string {
	if !n.cfg.WS {
		return ""
	}
	return n.stack.WSEndpoint()
}

// AuthEndpoint is the Engine API URL (network mode), empty in dev mode.
func (n *Node) AuthEndpoint() string {
	if n.cfg.Dev {
		return ""
	}
	return n.stack.HTTPAuthEndpoint()
}

// JWTSecretFile is the file holding the Engine API's JWT secret (network mode).
func (n *Node) JWTSecretFile() string { return n.jwtFile }

// Enode is the node's devp2p URL (network mode), empty in dev mode.
func (n *Node) Enode() string {
	if n.cfg.Dev || n.stack.Server() == nil {
		return ""
	}
	return n.stack.Server().Self().URLv4()
}

// Eth is go-ethereum's eth service.
func (n *Node) Eth() *eth.Ethereum { return n.eth }

// Stack is go-ethereum's node.
func (n *Node) Stack() *node.Node { return n.stack }

// ChainConfig is the config the chain runs and EXECUTE was registered with.
func (n *Node) ChainConfig() *params.ChainConfig { return n.chain }

// Attach is an in-process JSON-RPC client with every API.
func (n *Node) Attach() *rpc.Client { return n.stack.Attach() }

// Banner says what runs and where: endpoints, chain id, the precompiles, and in
// dev mode the funded keys.
func (n *Node) Banner() string {
	var b strings.Builder
	head := n.eth.BlockChain().CurrentBlock()
	mode := "network (blocks come from a consensus client over the Engine API)"
	if n.cfg.Dev {
		mode = "dev (simulated beacon seals blocks "
		if n.cfg.DevPeriod == 0 {
			mode += "on demand: one per batch of new transactions)"
		} else {
			mode += fmt.Sprintf("every %ds)", n.cfg.DevPeriod)
		}
	}
	data := "in memory (gone on exit; --datadir DIR keeps it)"
	if n.cfg.DataDir != "" {
		data = n.cfg.DataDir
		if n.resumed {
			data += fmt.Sprintf(" (continuing at block %d)", head.Number)
		}
	}
	fmt.Fprintf(&b, "nr geth: Ethereum L1 node with native-rollup precompiles (go-ethereum %s as a library)\n", fmt.Sprintf("v%d.%d.%d", version.Major, version.Minor, version.Patch))
	fmt.Fprintf(&b, "  mode          %s\n", mode)
	fmt.Fprintf(&b, "  chain id      %s (nr's pinned L1 config: every fork through Osaka at genesis)\n", n.chain.ChainID)
	fmt.Fprintf(&b, "  genesis       %s\n", n.eth.BlockChain().Genesis().Hash())
	fmt.Fprintf(&b, "  EXECUTE       %s active\n", precompile.ExecuteAddress)
	fmt.Fprintf(&b, "  DERIVE        %s active\n", precompile.DeriveAddress)
	fmt.Fprintf(&b, "  data          %s\n", data)
	if url := n.HTTPEndpoint(); url != "" {
		fmt.Fprintf(&b, "  HTTP RPC      %s (%s)\n", url, strings.Join(n.cfg.HTTPAPI, ", "))
	}
	if url := n.WSEndpoint(); url != "" {
		fmt.Fprintf(&b, "  WS RPC        %s (%s)\n", url, strings.Join(n.cfg.WSAPI, ", "))
	}
	if n.cfg.IPCPath != "" {
		fmt.Fprintf(&b, "  IPC           %s\n", n.stack.IPCEndpoint())
	}
	if !n.cfg.Dev {
		fmt.Fprintf(&b, "  Engine API    %s (JWT secret in %s)\n", n.AuthEndpoint(), n.jwtFile)
		fmt.Fprintf(&b, "  p2p           %s\n", n.Enode())
		return b.String()
	}
	fmt.Fprintf(&b, "  dev key       0x%x (address %s, %s ETH)\n", crypto.FromECDSA(DevKey(0)), l2.DevAddress(0), new(big.Int).Div(DevBalance, big.NewInt(params.Ether)))
	for i := 1; i <= n.cfg.DevAccounts; i++ {
		fmt.Fprintf(&b, "  dev key %-5d 0x%x (address %s)\n", i, crypto.FromECDSA(DevKey(i)), l2.DevAddress(i))
	}
	fmt.Fprintf(&b, "  (dev keys are public, keccak256(\"nr-l2-dev-<i>\"): use them only on this chain)\n")
	return b.String()
}
