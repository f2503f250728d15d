package rollupnode

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/precompile"
)

// RemoteEngineConfig names an L2 execution engine running in another process,
// e.g. `nr geth` in network mode initialised with the L2 genesis.
type RemoteEngineConfig struct {
	// EngineURL is its JWT-authenticated Engine API (--authrpc.port).
	EngineURL string
	// JWTSecret is the file holding the hex secret it was started with.
	JWTSecret string
	// RPCURL is its public JSON-RPC, serving eth, debug and testing: go-ethereum
	// serves debug_executionWitness and testing_buildBlockV1 only there.
	RPCURL string
}

// RemoteEngine is a connected external engine: Engine drives it, RPC is its
// public JSON-RPC (for the relayer and for users).
type RemoteEngine struct {
	Engine *RPCEngine
	RPC    *rpc.Client
	auth   *rpc.Client
}

// Close closes both connections.
func (r *RemoteEngine) Close() {
	r.auth.Close()
	r.RPC.Close()
}

// DialRemoteEngine connects to an external engine and checks that it is the
// L2 this node settles before anything is built on it: the JWT secret is
// accepted, the public endpoint serves the namespaces the sequencer needs, both
// endpoints are one node (same head), its genesis is genesis, its chain id is
// chainID, and it runs EXECUTE (an L2 has L1's precompiles).
func DialRemoteEngine(ctx context.Context, cfg RemoteEngineConfig, genesis common.Hash, chainID uint64) (*RemoteEngine, error) {
	secret, err := readJWTSecret(cfg.JWTSecret)
	if err != nil {
		return nil, err
	}
	auth, err := rpc.DialOptions(ctx, cfg.EngineURL, rpc.WithHTTPAuth(node.NewJWTAuth(secret)))
	if err != nil {
		return nil, fmt.Errorf("--l2.engine %s: %w", cfg.EngineURL, err)
	}
	public, err := rpc.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		auth.Close()
		return nil, fmt.Errorf("--l2.rpc %s: %w", cfg.RPCURL, err)
	}
	r := &RemoteEngine{Engine: NewRemoteEngine(auth, public), RPC: public, auth: auth}
	if err := r.check(ctx, cfg, genesis, chainID); err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

func (r *RemoteEngine) check(ctx context.Context, cfg RemoteEngineConfig, genesis common.Hash, chainID uint64) error {
	var caps []string
	if err := r.auth.CallContext(ctx, &caps, "engine_exchangeCapabilities", []string{"engine_forkchoiceUpdatedV3", "engine_getPayloadV5", "engine_newPayloadV4"}); err != nil {
		return fmt.Errorf("--l2.engine %s does not answer engine_exchangeCapabilities: %w (is it the engine's --authrpc.port, and --l2.jwtsecret the secret it was started with?)", cfg.EngineURL, err)
	}
	var modules map[string]string
	if err := r.RPC.CallContext(ctx, &modules, "rpc_modules"); err != nil {
		return fmt.Errorf("--l2.rpc %s does not answer rpc_modules: %w", cfg.RPCURL, err)
	}
	var missing []string
	for _, m := range []string{"eth", "debug", "testing"} {
		if _, ok := modules[m]; !ok {
			missing = append(missing, m)
		}
	}
	if len(missing) > 0 {
		have := make([]string, 0, len(modules))
		for m := range modules {
			have = append(have, m)
		}
		slices.Sort(have)
		return fmt.Errorf("--l2.rpc %s serves %s, not %s: start the engine with --http.api eth,net,web3,txpool,debug,testing",
			cfg.RPCURL, strings.Join(have, ","), strings.Join(missing, ","))
	}
	pub, priv := ethclient.NewClient(r.RPC), ethclient.NewClient(r.auth)
	id, err := pub.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("--l2.rpc %s: eth_chainId: %w", cfg.RPCURL, err)
	}
	if !id.IsUint64() || id.Uint64() != chainID {
		return fmt.Errorf("--l2.rpc %s is chain %s, the L2 is chain %d", cfg.RPCURL, id, chainID)
	}
	g, err := pub.HeaderByNumber(ctx, common.Big0)
	if err != nil {
		return fmt.Errorf("--l2.rpc %s: its genesis block: %w", cfg.RPCURL, err)
	}
	if g.Hash() != genesis {
		return fmt.Errorf("the engine at --l2.rpc %s has genesis %s, this L2's is %s: initialise a new engine data directory with the L2 genesis (`nr devnet genesis > l2.json`, then `nr geth init l2.json --datadir DIR`)",
			cfg.RPCURL, g.Hash(), genesis)
	}
	a, err := priv.HeaderByNumber(ctx, common.Big0)
	if err != nil {
		return fmt.Errorf("--l2.engine %s: eth_getBlockByNumber: %w", cfg.EngineURL, err)
	}
	if a.Hash() != genesis {
		return fmt.Errorf("--l2.engine %s and --l2.rpc %s are different nodes (genesis %s and %s): give both of one engine", cfg.EngineURL, cfg.RPCURL, a.Hash(), genesis)
	}
	// An address without code answers an empty call with empty success; EXECUTE
	// fails on an input it cannot decode.
	to := precompile.ExecuteAddress
	if _, err := pub.CallContract(ctx, ethereum.CallMsg{To: &to}, nil); err == nil {
		return fmt.Errorf("the engine at --l2.rpc %s does not run EXECUTE at %s: run `nr geth` (go-ethereum with nr's precompiles), not a plain go-ethereum", cfg.RPCURL, to)
	}
	return nil
}

// readJWTSecret reads a 32-byte hex secret (0x optional, surrounding space
// ignored), the format go-ethereum writes to DATADIR/geth/jwtsecret.
func readJWTSecret(file string) ([32]byte, error) {
	var secret [32]byte
	if file == "" {
		return secret, errors.New("--l2.jwtsecret is required with --l2.engine: the file holding the engine's hex JWT secret (nr geth writes DATADIR/geth/jwtsecret)")
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return secret, fmt.Errorf("--l2.jwtsecret: %w", err)
	}
	b, err := hexutil.Decode("0x" + strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil || len(b) != 32 {
		return secret, fmt.Errorf("--l2.jwtsecret %s: want 32 bytes in hex (64 hex digits), as go-ethereum writes", file)
	}
	copy(secret[:], b)
	return secret, nil
}
