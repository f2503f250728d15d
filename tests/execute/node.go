package execute

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/precompile"
)

// ErrNodeConfig is wrapped by every NodeCheck problem that stops a run: the node
// is not configured as the vectors assume (spec/conformance.md, "Node
// configuration"), so every vector would fail for the same reason.
var ErrNodeConfig = errors.New("the node is not configured as the EXECUTE vectors assume")

// NodeInfo is what DiagnoseNode learned about the node under test.
type NodeInfo struct {
	URL           string
	ClientVersion string
	ChainID       uint64
	// Warnings are checks that could not be made (e.g. a node without eth_config).
	Warnings []string
}

// String names the node for the report: URL and client version.
func (n NodeInfo) String() string { return fmt.Sprintf("%s (%s)", n.URL, n.ClientVersion) }

// ethConfig is the part of EIP-7910's eth_config the check reads.
type ethConfig struct {
	Current *forkConfig `json:"current"`
	Next    *forkConfig `json:"next"`
}

type forkConfig struct {
	ActivationTime  uint64                    `json:"activationTime"`
	ChainID         hexutil.Big               `json:"chainId"`
	BlobSchedule    *params.BlobConfig        `json:"blobSchedule"`
	Precompiles     map[string]common.Address `json:"precompiles"`
	SystemContracts map[string]common.Address `json:"systemContracts"`
}

// DiagnoseNode checks, before any vector runs, that the node at url is the one
// the vectors assume (l1 is nr's pinned L1 config): its chain id, every fork
// through Osaka active at genesis and no later fork scheduled (eth_config,
// EIP-7910), and EXECUTE and DERIVE installed (an empty-input eth_call must fail;
// an empty account answers 0x). Each problem is one error wrapping ErrNodeConfig
// that says what to configure. timeout bounds each call.
func DiagnoseNode(ctx context.Context, client *rpc.Client, url string, l1 *params.ChainConfig, timeout time.Duration) (NodeInfo, error) {
	info := NodeInfo{URL: url}
	call := func(result any, method string, args ...any) error {
		cctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		err := client.CallContext(cctx, result, method, args...)
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("%s: no answer within --timeout %v (is %s a JSON-RPC endpoint that answers?)", method, timeout, url)
		}
		return err
	}
	var chainID hexutil.Big
	if err := call(&chainID, "eth_chainId"); err != nil {
		return info, fmt.Errorf("%s does not answer eth_chainId: %w (is the node running with --http?)", url, err)
	}
	info.ChainID = (*big.Int)(&chainID).Uint64()
	if err := call(&info.ClientVersion, "web3_clientVersion"); err != nil {
		info.ClientVersion = "web3_clientVersion unanswered: " + err.Error()
	}
	if want := l1.ChainID.Uint64(); info.ChainID != want || (*big.Int)(&chainID).BitLen() > 64 {
		return info, fmt.Errorf("%w: eth_chainId is %s, the vectors assume L1 chain id %d: set \"chainId\": %d in the genesis config (`nr geth dumpgenesis` prints the whole genesis)",
			ErrNodeConfig, (*big.Int)(&chainID), want, want)
	}
	var cfg ethConfig
	switch err := call(&cfg, "eth_config"); {
	case err != nil:
		info.Warnings = append(info.Warnings, fmt.Sprintf("fork schedule not checked: eth_config (EIP-7910) failed: %v; the vectors assume every fork through Osaka at genesis and none after", err))
	case cfg.Current == nil:
		info.Warnings = append(info.Warnings, "fork schedule not checked: eth_config returned no current fork")
	default:
		if err := checkForks(&cfg, l1); err != nil {
			return info, err
		}
	}
	for _, p := range []struct {
		name string
		addr common.Address
	}{{"EXECUTE", precompile.ExecuteAddress}, {"DERIVE", precompile.DeriveAddress}} {
		if err := checkInstalled(call, p.name, p.addr); err != nil {
			return info, err
		}
	}
	return info, nil
}

// checkForks compares eth_config with Osaka at genesis and nothing scheduled after it.
func checkForks(cfg *ethConfig, l1 *params.ChainConfig) error {
	const fix = "the genesis config must activate every fork through Osaka at genesis (shanghaiTime, cancunTime, pragueTime and osakaTime 0, the block-number forks at 0) and schedule none after Osaka; `nr geth dumpgenesis` prints one"
	cur := cfg.Current
	if _, ok := cur.Precompiles["P256VERIFY"]; !ok {
		return fmt.Errorf("%w: eth_config's current fork has no P256VERIFY precompile, so Osaka is not active: %s", ErrNodeConfig, fix)
	}
	if cur.ActivationTime != 0 {
		return fmt.Errorf("%w: the current fork activated at time %d, not at genesis: %s", ErrNodeConfig, cur.ActivationTime, fix)
	}
	if cfg.Next != nil {
		return fmt.Errorf("%w: eth_config schedules a fork after the current one at time %d: %s", ErrNodeConfig, cfg.Next.ActivationTime, fix)
	}
	if want := l1.BlobScheduleConfig.Prague; cur.BlobSchedule != nil && want != nil &&
		(cur.BlobSchedule.Target != want.Target || cur.BlobSchedule.Max != want.Max || cur.BlobSchedule.UpdateFraction != want.UpdateFraction) {
		return fmt.Errorf("%w: the current blob schedule is target %d, max %d, update fraction %d; Osaka's (Prague's schedule) is %d, %d, %d (a BPO fork active?): %s",
			ErrNodeConfig, cur.BlobSchedule.Target, cur.BlobSchedule.Max, cur.BlobSchedule.UpdateFraction, want.Target, want.Max, want.UpdateFraction, fix)
	}
	known := map[string]bool{"EXECUTE": true, "DERIVE": true}
	for _, c := range vm.PrecompiledContractsOsaka {
		known[c.Name()] = true
	}
	var extra []string
	for name := range cur.Precompiles {
		if !known[name] {
			extra = append(extra, name)
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		return fmt.Errorf("%w: the node has precompiles Osaka does not (%s): a fork after Osaka is active; %s", ErrNodeConfig, strings.Join(extra, ", "), fix)
	}
	for name, want := range map[string]common.Address{
		"BEACON_ROOTS_ADDRESS":                    params.BeaconRootsAddress,
		"HISTORY_STORAGE_ADDRESS":                 params.HistoryStorageAddress,
		"WITHDRAWAL_REQUEST_PREDEPLOY_ADDRESS":    params.WithdrawalQueueAddress,
		"CONSOLIDATION_REQUEST_PREDEPLOY_ADDRESS": params.ConsolidationQueueAddress,
	} {
		if got, ok := cur.SystemContracts[name]; ok && got != want {
			return fmt.Errorf("%w: eth_config's %s is %s, want %s", ErrNodeConfig, name, got.Hex(), want.Hex())
		}
	}
	return nil
}

// checkInstalled probes addr with an empty-input eth_call. EXECUTE and DERIVE
// both fail on empty input; an address with neither precompile nor code is an
// empty account, whose call succeeds with no return data.
func checkInstalled(call func(any, string, ...any) error, name string, addr common.Address) error {
	var out hexutil.Bytes
	err := call(&out, "eth_call", callArgs{To: addr}, "latest")
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		return nil // the call failed, as the precompile's does on empty input
	}
	if err != nil {
		return fmt.Errorf("probing %s at %s with eth_call: %w", name, addr.Hex(), err)
	}
	var code hexutil.Bytes
	if err := call(&code, "eth_getCode", addr, "latest"); err != nil {
		return fmt.Errorf("probing %s at %s with eth_getCode: %w", name, addr.Hex(), err)
	}
	if len(out) == 0 && len(code) == 0 {
		return fmt.Errorf("%w: %s is not installed at %s (eth_call with empty input returned 0x and eth_getCode 0x: an empty account); run a node with nr's precompiles, e.g. `nr geth --dev`, or register %s at that address in the client under test",
			ErrNodeConfig, name, addr.Hex(), name)
	}
	return fmt.Errorf("%w: %s at %s does not behave as the precompile: an empty-input eth_call succeeded with %d bytes (eth_getCode: %d bytes of code), where %s fails on an empty input",
		ErrNodeConfig, name, addr.Hex(), len(out), len(code), name)
}
