package rollupnode

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"syscall"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/stateless"
)

// EngineConfig is the L2 execution engine: a go-ethereum node on the L2 genesis.
type EngineConfig struct {
	Genesis *core.Genesis
	// DataDir keeps the L2 chain across restarts; empty: in memory.
	DataDir string
	// HTTPAddr and HTTPPort serve the L2's public JSON-RPC (eth, net, web3,
	// txpool, debug); port 0 picks a free one.
	HTTPAddr string
	HTTPPort int
	// AuthAddr and AuthPort serve the Engine API (JWT); port 0 picks a free one.
	AuthAddr string
	AuthPort int
	// JWTSecret is the file holding the Engine API's secret; empty: a new
	// secret in a temporary file removed on Close.
	JWTSecret string
}

// EngineNode is an L2 execution engine running in this process: go-ethereum's
// node, eth and catalyst packages on the L2 genesis, with EXECUTE and DERIVE
// registered (an L2 has L1's precompiles).
type EngineNode struct {
	stack   *node.Node
	eth     *eth.Ethereum
	jwtFile string
	tmpDir  string
}

// NewEngineNode starts the L2 engine. The process must have registered the
// precompiles for L1's config (precompile.Register, which l1node.New does):
// go-ethereum's precompile maps are process-wide, and the L2 config is L1's with
// another chain id, so the same registration serves both chains.
func NewEngineNode(cfg EngineConfig) (*EngineNode, error) {
	if cfg.Genesis == nil || cfg.Genesis.Config == nil {
		return nil, errors.New("the L2 engine needs a genesis with a chain config")
	}
	n := &EngineNode{jwtFile: cfg.JWTSecret}
	if n.jwtFile == "" {
		dir, err := os.MkdirTemp("", "nr-l2-engine-")
		if err != nil {
			return nil, fmt.Errorf("creating the Engine API's JWT secret: %w", err)
		}
		n.tmpDir = dir
		n.jwtFile = filepath.Join(dir, "jwtsecret")
		secret := make([]byte, 32)
		if _, err := rand.Read(secret); err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("creating the Engine API's JWT secret: %w", err)
		}
		if err := os.WriteFile(n.jwtFile, []byte(hexutil.Encode(secret)), 0o600); err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("writing the Engine API's JWT secret: %w", err)
		}
	}
	ok := false
	defer func() {
		if !ok {
			n.Close()
		}
	}()
	c := node.DefaultConfig
	c.Name, c.UserIdent, c.DataDir = "nr-l2", "nr", cfg.DataDir
	c.IPCPath = "" // go-ethereum's default would be /tmp/geth.ipc without a data directory, shared with every other node
	c.P2P = p2p.Config{MaxPeers: 0, NoDial: true, NoDiscovery: true, ListenAddr: ""}
	c.HTTPHost, c.HTTPPort = cfg.HTTPAddr, cfg.HTTPPort
	c.HTTPModules = []string{"eth", "net", "web3", "txpool", "debug", "nr"}
	c.HTTPVirtualHosts = []string{"localhost"}
	c.HTTPBodyLimit = 2*precompile.MaxInputSize + 1<<20
	c.WSHost = ""
	c.AuthAddr, c.AuthPort, c.JWTSecret = cfg.AuthAddr, cfg.AuthPort, n.jwtFile
	stack, err := node.New(&c)
	if err != nil {
		return nil, fmt.Errorf("creating the L2 node: %w", err)
	}
	n.stack = stack

	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = cfg.Genesis
	ethCfg.NetworkId = cfg.Genesis.Config.ChainID.Uint64()
	ethCfg.SyncMode = ethconfig.FullSync
	// Archive: every L2 state stays, so the witness of any block (debug_executionWitness
	// re-executes it on its parent's state) can be served, not only recent ones.
	ethCfg.StateScheme, ethCfg.NoPruning = rawdb.HashScheme, true
	ethCfg.TxPool.NoLocals = false
	ethCfg.Miner.GasCeil = cfg.Genesis.GasLimit
	ethCfg.Miner.GasPrice = big.NewInt(1)
	ethCfg.RPCGasCap = 1 << 28
	// L1 decides which L2 blocks stay: after an L1 reorg settlement may roll
	// the L2 back past go-ethereum's default bound of 32 blocks (a 1-second L2
	// on 12-second L1 blocks drops 12 per L1 block), so no bound here.
	ethCfg.EngineMaxReorgDepth = 0
	ethCfg.DatabaseCache, ethCfg.TrieCleanCache, ethCfg.TrieDirtyCache, ethCfg.SnapshotCache = 64, 32, 32, 32
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return nil, fmt.Errorf("starting the L2 eth service: %w", err)
	}
	n.eth = backend
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize: ethCfg.FilterLogCacheSize, LogQueryLimit: ethCfg.LogQueryLimit, RangeLimit: ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	stack.RegisterAPIs([]rpc.API{{Namespace: "nr", Service: &trialAPI{eth: backend, miner: ethCfg.Miner}}})
	if err := catalyst.Register(stack, backend); err != nil {
		return nil, fmt.Errorf("registering the L2 Engine API: %w", err)
	}
	if err := stack.Start(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("starting the L2 node: %w (another process holds the port: pass another --l2.http.port/--l2.authrpc.port, 0 for a free one)", err)
		}
		return nil, fmt.Errorf("starting the L2 node: %w", err)
	}
	head := backend.BlockChain().CurrentBlock()
	rules := cfg.Genesis.Config.Rules(head.Number, true, head.Time)
	active := vm.ActivePrecompiledContracts(rules)
	for _, addr := range []common.Address{precompile.ExecuteAddress, precompile.DeriveAddress} {
		if _, ok := active[addr]; !ok {
			return nil, fmt.Errorf("precompile %s is not active on the L2 at block %d: register the precompiles (precompile.Register) before starting the engine", addr, head.Number)
		}
	}
	ok = true
	return n, nil
}

// HTTPEndpoint is the L2's public JSON-RPC URL.
func (n *EngineNode) HTTPEndpoint() string { return n.stack.HTTPEndpoint() }

// AuthEndpoint is the L2's Engine API URL (JWT-authenticated).
func (n *EngineNode) AuthEndpoint() string { return n.stack.HTTPAuthEndpoint() }

// JWTSecretFile holds the Engine API's secret.
func (n *EngineNode) JWTSecretFile() string { return n.jwtFile }

// Eth is the L2's eth service.
func (n *EngineNode) Eth() *eth.Ethereum { return n.eth }

// Attach is an in-process JSON-RPC client with every API, the Engine API included.
func (n *EngineNode) Attach() *rpc.Client { return n.stack.Attach() }

// Close stops the node and removes a temporary JWT secret.
func (n *EngineNode) Close() error {
	var err error
	if n.stack != nil {
		err = n.stack.Close()
		n.stack = nil
	}
	if n.tmpDir != "" {
		os.RemoveAll(n.tmpDir)
		n.tmpDir = ""
	}
	return err
}

// trialAPI is the engine's nr namespace: building a block on any parent it
// holds. The optimistic host's nodes judge whether a late forced entry could
// have been settled in a past block by building that block's parent plus the
// entry alone (trialSettleable); testing_buildBlockV1 builds only on the head,
// and moving the head there would disturb the sequencer.
type trialAPI struct {
	eth *eth.Ethereum
	// miner is the engine's miner configuration, which a trial's own miner
	// copies with another gas ceiling.
	miner miner.Config
}

// BuildBlockOn (nr_buildBlockOn) builds a payload on parent with exactly txs
// (none: an empty block), extra data extra and attrs' timestamp, fee recipient,
// randomness and beacon root, through go-ethereum's miner as
// testing_buildBlockV1 does. It imports nothing: the caller imports the payload
// as a side block (engine_newPayload) for its witness.
//
// With attrs.TargetGasLimit set the block has exactly that gas limit: a trial
// rebuilds a disputed block's parent plus one entry under that block's
// environment, and its proposer may have chosen any limit the ±1/1024 rule
// allows. Before Amsterdam go-ethereum's miner ignores the target and steers
// from the parent's limit toward its GasCeil by at most parent/1024-1, which
// is the rule's whole range, so a miner of its own whose ceiling is the target
// reaches every limit a valid block may have (the engine's shared miner keeps
// its ceiling: the sequencer builds with it at the same time). A target out of
// that range is an error: no valid block on parent has it.
func (api *trialAPI) BuildBlockOn(parent common.Hash, attrs engine.PayloadAttributes, txs []hexutil.Bytes, extra hexutil.Bytes) (*engine.ExecutionPayloadEnvelope, error) {
	header := api.eth.BlockChain().GetHeaderByHash(parent)
	if header == nil {
		return nil, fmt.Errorf("parent %s is not a block of this engine", parent)
	}
	builder := api.eth.Miner()
	if attrs.TargetGasLimit != nil {
		target := *attrs.TargetGasLimit
		if got := core.CalcGasLimit(header.GasLimit, target); got != target {
			return nil, fmt.Errorf("gas limit %d is out of reach of parent %s's %d (a block may move it by less than 1/1024): no valid block on that parent has it", target, parent, header.GasLimit)
		}
		cfg := api.miner
		cfg.GasCeil = target
		builder = miner.New(api.eth, cfg, api.eth.Engine())
	}
	raw := make([][]byte, len(txs))
	for i, tx := range txs {
		raw[i] = tx
	}
	decoded, err := engine.DecodeTransactions(raw)
	if err != nil {
		return nil, err
	}
	args := &miner.BuildPayloadArgs{
		Parent:         parent,
		Timestamp:      attrs.Timestamp,
		FeeRecipient:   attrs.SuggestedFeeRecipient,
		Random:         attrs.Random,
		Withdrawals:    attrs.Withdrawals,
		BeaconRoot:     attrs.BeaconRoot,
		SlotNum:        attrs.SlotNumber,
		TargetGasLimit: attrs.TargetGasLimit,
	}
	// Without transactions, empty says so: the miner would fill the block from its pool.
	_, env, err := builder.BuildTestingPayload(args, decoded, len(decoded) == 0, extra)
	return env, err
}

// Engine is what the sequencer asks of an L2 execution engine: the Engine API
// (Osaka: forkchoiceUpdatedV3, getPayloadV5, newPayloadV4), building a payload
// from a chosen transaction list (testing_buildBlockV1, to leave out what the
// host could not settle) and the witness of a block (debug_executionWitness).
// RPCEngine implements it over any JSON-RPC client: the in-process one of an
// EngineNode, or an external engine's authenticated endpoint.
type Engine interface {
	ForkchoiceUpdated(ctx context.Context, head common.Hash, attrs *engine.PayloadAttributes) (*engine.PayloadID, error)
	GetPayload(ctx context.Context, id engine.PayloadID) (*engine.ExecutionPayloadEnvelope, error)
	BuildWithTransactions(ctx context.Context, parent common.Hash, attrs *engine.PayloadAttributes, txs []hexutil.Bytes, extra []byte) (*engine.ExecutionPayloadEnvelope, error)
	// BuildOn is BuildWithTransactions on any parent the engine holds, not
	// only its head, leaving the head alone (nr_buildBlockOn, which only the
	// in-process engine serves).
	BuildOn(ctx context.Context, parent common.Hash, attrs *engine.PayloadAttributes, txs []hexutil.Bytes, extra []byte) (*engine.ExecutionPayloadEnvelope, error)
	NewPayload(ctx context.Context, env *engine.ExecutionPayloadEnvelope, beaconRoot common.Hash) error
	Witness(ctx context.Context, hash common.Hash) (*stateless.Witness, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// BlockByNumber is the block with its transactions (the optimistic host's
	// forced-queue walk matches them against the queue).
	BlockByNumber(ctx context.Context, number uint64) (*types.Block, error)
	// ForcedSender is what the optimistic host's forced queue reads of addr at
	// block number (nonce, balance, code), with the account proof that
	// judgeForcedTransaction checks against that block's state root.
	ForcedSender(ctx context.Context, addr common.Address, number uint64) (*ForcedSender, error)
}

// RPCEngine is an Engine over JSON-RPC. go-ethereum serves engine_ (and eth_)
// only on its JWT-authenticated port, and testing_ and debug_ only on its public
// one, so an external engine takes two clients: auth for engine_, rpc for the
// rest. An in-process engine's client serves every namespace.
type RPCEngine struct{ auth, rpc *rpc.Client }

// NewRPCEngine wraps c, which must serve the engine, testing, debug and eth
// namespaces (an EngineNode's Attach does).
func NewRPCEngine(c *rpc.Client) *RPCEngine { return &RPCEngine{auth: c, rpc: c} }

// NewRemoteEngine is an external engine: auth its JWT-authenticated Engine API,
// public its JSON-RPC serving testing, debug and eth.
func NewRemoteEngine(auth, public *rpc.Client) *RPCEngine { return &RPCEngine{auth: auth, rpc: public} }

// ForkchoiceUpdated makes head the L2 head (and safe block) and, with attrs,
// starts building on it. It names no finalized block: an L2 block is final
// only once the L1 block settling it is, and go-ethereum ignores a forkchoice
// back to a finalized ancestor, which following an L1 reorg needs.
func (e *RPCEngine) ForkchoiceUpdated(ctx context.Context, head common.Hash, attrs *engine.PayloadAttributes) (*engine.PayloadID, error) {
	var res engine.ForkChoiceResponse
	state := engine.ForkchoiceStateV1{HeadBlockHash: head, SafeBlockHash: head}
	if err := e.auth.CallContext(ctx, &res, "engine_forkchoiceUpdatedV3", state, attrs); err != nil {
		return nil, fmt.Errorf("engine_forkchoiceUpdatedV3 to %s: %w", head, err)
	}
	if res.PayloadStatus.Status != engine.VALID {
		return nil, fmt.Errorf("engine_forkchoiceUpdatedV3 to %s: status %s (%s)", head, res.PayloadStatus.Status, deref(res.PayloadStatus.ValidationError))
	}
	if attrs != nil && res.PayloadID == nil {
		return nil, fmt.Errorf("engine_forkchoiceUpdatedV3 to %s: no payload id for the attributes", head)
	}
	return res.PayloadID, nil
}

// GetPayload returns the payload built for id.
func (e *RPCEngine) GetPayload(ctx context.Context, id engine.PayloadID) (*engine.ExecutionPayloadEnvelope, error) {
	var env engine.ExecutionPayloadEnvelope
	if err := e.auth.CallContext(ctx, &env, "engine_getPayloadV5", id); err != nil {
		return nil, fmt.Errorf("engine_getPayloadV5 %s: %w", id, err)
	}
	return &env, nil
}

// BuildWithTransactions builds a payload on parent (the engine's head) with
// exactly txs (empty: an empty block) and extra data extra, through
// go-ethereum's testing_buildBlockV1.
func (e *RPCEngine) BuildWithTransactions(ctx context.Context, parent common.Hash, attrs *engine.PayloadAttributes, txs []hexutil.Bytes, extra []byte) (*engine.ExecutionPayloadEnvelope, error) {
	var env engine.ExecutionPayloadEnvelope
	if txs == nil {
		txs = []hexutil.Bytes{}
	}
	if err := e.rpc.CallContext(ctx, &env, "testing_buildBlockV1", parent, attrs, txs, hexutil.Bytes(extra)); err != nil {
		return nil, fmt.Errorf("testing_buildBlockV1 on %s with %d transactions: %w", parent, len(txs), err)
	}
	return &env, nil
}

// ErrNoBuildOn: the engine does not serve nr_buildBlockOn (an external
// go-ethereum does not have it).
var ErrNoBuildOn = errors.New("the L2 engine does not serve nr_buildBlockOn, which builds a trial block on a past parent to judge whether a late forced entry was settleable; run the in-process engine (no --l2.engine)")

// BuildOn builds a payload on parent, any block the engine holds, with exactly
// txs and extra data extra, through nr_buildBlockOn (EngineNode's nr namespace).
func (e *RPCEngine) BuildOn(ctx context.Context, parent common.Hash, attrs *engine.PayloadAttributes, txs []hexutil.Bytes, extra []byte) (*engine.ExecutionPayloadEnvelope, error) {
	var env engine.ExecutionPayloadEnvelope
	if txs == nil {
		txs = []hexutil.Bytes{}
	}
	if err := e.rpc.CallContext(ctx, &env, "nr_buildBlockOn", parent, attrs, txs, hexutil.Bytes(extra)); err != nil {
		var rerr rpc.Error
		if errors.As(err, &rerr) && rerr.ErrorCode() == methodNotFound {
			return nil, fmt.Errorf("%w (%v)", ErrNoBuildOn, err)
		}
		return nil, fmt.Errorf("nr_buildBlockOn on %s with %d transactions: %w", parent, len(txs), err)
	}
	return &env, nil
}

// methodNotFound is JSON-RPC's error code for a method the server lacks.
const methodNotFound = -32601

// NewPayload imports the payload; anything but VALID is an error.
func (e *RPCEngine) NewPayload(ctx context.Context, env *engine.ExecutionPayloadEnvelope, beaconRoot common.Hash) error {
	var st engine.PayloadStatusV1
	requests := make([]hexutil.Bytes, len(env.Requests))
	for i, r := range env.Requests {
		requests[i] = r
	}
	if err := e.auth.CallContext(ctx, &st, "engine_newPayloadV4", env.ExecutionPayload, []common.Hash{}, beaconRoot, requests); err != nil {
		return fmt.Errorf("engine_newPayloadV4 of block %d: %w", env.ExecutionPayload.Number, err)
	}
	if st.Status != engine.VALID {
		return fmt.Errorf("engine_newPayloadV4 of block %d: status %s (%s)", env.ExecutionPayload.Number, st.Status, deref(st.ValidationError))
	}
	return nil
}

// Witness is the block's witness, recorded by the engine re-executing it,
// without keys (preimages; go-ethereum 1.17 sends none, another engine may):
// EXECUTE never reads them (spec/witness.md), and anyone proving a forced
// entry settleable may leave them out, so the sequencer sizes its blocks and
// the optimistic host's nodes judge settleability (trialSettleable) without.
func (e *RPCEngine) Witness(ctx context.Context, hash common.Hash) (*stateless.Witness, error) {
	var w stateless.Witness
	if err := e.rpc.CallContext(ctx, &w, "debug_executionWitness", rpc.BlockNumberOrHashWithHash(hash, false)); err != nil {
		return nil, fmt.Errorf("debug_executionWitness of %s: %w", hash, err)
	}
	w.Keys = nil
	return &w, nil
}

// HeaderByNumber is eth_getBlockByNumber's header (nil: the head).
func (e *RPCEngine) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	var h *types.Header
	tag := "latest"
	if number != nil {
		tag = hexutil.EncodeBig(number)
	}
	if err := e.rpc.CallContext(ctx, &h, "eth_getBlockByNumber", tag, false); err != nil {
		return nil, err
	}
	if h == nil {
		return nil, fmt.Errorf("L2 block %s not found", tag)
	}
	return h, nil
}

// BlockByNumber is eth_getBlockByNumber with its transactions.
func (e *RPCEngine) BlockByNumber(ctx context.Context, number uint64) (*types.Block, error) {
	b, err := ethclient.NewClient(e.rpc).BlockByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return nil, fmt.Errorf("reading L2 block %d: %w", number, err)
	}
	return b, nil
}

// ForcedSender reads addr at block number with eth_getProof and, if it has
// code, eth_getCode.
func (e *RPCEngine) ForcedSender(ctx context.Context, addr common.Address, number uint64) (*ForcedSender, error) {
	at := new(big.Int).SetUint64(number)
	res, err := gethclient.New(e.rpc).GetProof(ctx, addr, nil, at)
	if err != nil {
		return nil, fmt.Errorf("eth_getProof of %s at L2 block %d: %w", addr, number, err)
	}
	proof, err := decodeHexList(res.AccountProof)
	if err != nil {
		return nil, fmt.Errorf("eth_getProof of %s at L2 block %d: %w", addr, number, err)
	}
	s := &ForcedSender{ForcedAccount: solidity.ForcedAccount{Nonce: res.Nonce, Balance: res.Balance}, Proof: proof}
	if res.CodeHash != types.EmptyCodeHash && res.CodeHash != (common.Hash{}) {
		if s.Code, err = ethclient.NewClient(e.rpc).CodeAt(ctx, addr, at); err != nil {
			return nil, fmt.Errorf("reading the code of %s at L2 block %d: %w", addr, number, err)
		}
	}
	return s, nil
}

func deref(s *string) string {
	if s == nil {
		return "no reason given"
	}
	return *s
}
