package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
)

// The nr geth tests run the real binary: this package's other tests must not see
// nr's precompiles in go-ethereum's global maps, and the kill test needs a process.
var (
	nrBinOnce sync.Once
	nrBinDir  string
	nrBin     string
	nrBinErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if nrBinDir != "" {
		os.RemoveAll(nrBinDir)
	}
	os.Exit(code)
}

// buildNR builds this command once per test run.
func buildNR(t testing.TB) string {
	t.Helper()
	nrBinOnce.Do(func() {
		if nrBinDir, nrBinErr = os.MkdirTemp("", "nr-geth-test-"); nrBinErr != nil {
			return
		}
		nrBin = filepath.Join(nrBinDir, "nr")
		out, err := exec.Command("go", "build", "-o", nrBin, ".").CombinedOutput()
		if err != nil {
			nrBinErr = err
			nrBin = string(out)
		}
	})
	require.NoError(t, nrBinErr, "building nr: %s", nrBin)
	return nrBin
}

// gethProc is a running `nr geth`.
type gethProc struct {
	cmd    *exec.Cmd
	http   string
	banner string
	logs   *syncBuffer
	done   chan struct{}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var httpLine = regexp.MustCompile(`HTTP RPC\s+(http://\S+)`)

// startGeth runs `nr geth args...` and waits for its banner.
func startGeth(t *testing.T, args ...string) *gethProc {
	t.Helper()
	p := &gethProc{cmd: exec.Command(buildNR(t), append([]string{"geth"}, args...)...), logs: new(syncBuffer), done: make(chan struct{})}
	p.cmd.Stderr = p.logs
	stdout, err := p.cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, p.cmd.Start())
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	lines := make(chan string, 1024)
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
		close(lines)
		p.cmd.Wait()
	}()
	var banner strings.Builder
	deadline := time.After(60 * time.Second)
	for {
		select {
		case line, ok := <-lines:
			require.True(t, ok, "nr geth exited before printing its banner:\n%s", p.logs)
			banner.WriteString(line + "\n")
			if m := httpLine.FindStringSubmatch(line); m != nil {
				p.http = m[1]
			}
			if strings.Contains(line, "dev keys are public") || strings.HasPrefix(strings.TrimSpace(line), "p2p") {
				p.banner = banner.String()
				require.NotEmpty(t, p.http, "no HTTP endpoint in the banner:\n%s", p.banner)
				return p
			}
		case <-deadline:
			t.Fatalf("nr geth printed no banner in 60s:\n%s\n%s", banner.String(), p.logs)
		}
	}
}

// stop signals the process and returns its exit error once it is gone.
func (p *gethProc) stop(t *testing.T, sig syscall.Signal) error {
	t.Helper()
	require.NoError(t, p.cmd.Process.Signal(sig))
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("nr geth did not exit 30s after %v:\n%s", sig, p.logs)
	}
	if p.cmd.ProcessState.Success() {
		return nil
	}
	return &exec.ExitError{ProcessState: p.cmd.ProcessState}
}

func dialGeth(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	rc, err := rpc.Dial(url)
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	return ethclient.NewClient(rc)
}

// transfer sends one wei from key to a fixed address and waits for its block.
func transfer(t *testing.T, ec *ethclient.Client, key *ecdsa.PrivateKey) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	nonce, err := ec.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	require.NoError(t, err)
	to := common.Address{0xde, 0xad}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei), Gas: 21_000, To: &to, Value: big.NewInt(1),
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx))
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		require.True(t, time.Now().Before(deadline), "transaction not mined in 20s: %v", err)
		time.Sleep(10 * time.Millisecond)
	}
}

// TestGethDevSurvivesKill runs `nr geth --dev --datadir`, seals 40 blocks,
// SIGKILLs it and restarts it on the same directory: every block that was final
// before the kill is served with the same hash, and the chain goes on from there.
// Then SIGTERM shuts it down cleanly and a third start keeps the whole chain.
func TestGethDevSurvivesKill(t *testing.T) {
	dir := t.TempDir()
	args := []string{"--dev", "--datadir", dir, "--http.port", "0", "--ws.port", "0", "--dev.accounts", "1", "--verbosity", "3"}
	p := startGeth(t, args...)
	ec := dialGeth(t, p.http)
	ctx := context.Background()
	const blocks = 40
	for range blocks {
		transfer(t, ec, l2.DevKey(0))
	}
	final, err := ec.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	require.NoError(t, err)
	require.Positive(t, final.Number.Uint64(), "the simulated beacon finalises every 32 blocks")
	head, err := ec.BlockNumber(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, head, uint64(blocks))
	hashes := make([]common.Hash, final.Number.Uint64()+1)
	for i := range hashes {
		h, err := ec.HeaderByNumber(ctx, big.NewInt(int64(i)))
		require.NoError(t, err)
		hashes[i] = h.Hash()
	}
	require.Error(t, p.stop(t, syscall.SIGKILL), "SIGKILL is not a clean exit")

	p = startGeth(t, args...)
	require.Contains(t, p.banner, "continuing at block")
	ec = dialGeth(t, p.http)
	for i, want := range hashes {
		h, err := ec.HeaderByNumber(ctx, big.NewInt(int64(i)))
		require.NoError(t, err, "final block %d lost in the kill", i)
		require.Equal(t, want, h.Hash(), "final block %d changed across the kill", i)
	}
	r := transfer(t, ec, l2.DevKey(1))
	require.Greater(t, r.BlockNumber.Uint64(), final.Number.Uint64(), "the chain goes on after the final blocks")
	head, err = ec.BlockNumber(ctx)
	require.NoError(t, err)
	top, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(head))
	require.NoError(t, err)
	require.NoError(t, p.stop(t, syscall.SIGTERM), "SIGTERM must shut down cleanly:\n%s", p.logs)
	require.Contains(t, p.logs.String(), "Shutting down")

	p = startGeth(t, args...)
	ec = dialGeth(t, p.http)
	again, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(head))
	require.NoError(t, err, "after a clean shutdown the whole chain is kept")
	require.Equal(t, top.Hash(), again.Hash())
	require.NoError(t, p.stop(t, syscall.SIGINT))
}

// TestGethServesConformance runs `nr conformance run --rpc` against `nr geth
// --dev`, both the real binary: the node passes exactly the vectors the
// in-process reference passes (all of them, unless the committed vectors are
// stale, which tests/execute reports).
func TestGethServesConformance(t *testing.T) {
	p := startGeth(t, "--dev", "--http.port", "0", "--ws.port", "0", "--verbosity", "1")
	run := func(args ...string) string {
		out, _ := exec.Command(buildNR(t), append([]string{"conformance", "run"}, args...)...).Output()
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		summary := lines[len(lines)-1]
		require.Regexp(t, `^[1-9]\d* passed, \d+ failed$`, summary, "%s", out)
		return string(out)
	}
	reference := run()
	node := run("--rpc", p.http)
	last := func(s string) string { return s[strings.LastIndex(strings.TrimSpace(s), "\n")+1:] }
	require.Equal(t, last(reference), last(node), "the node over JSON-RPC disagrees with the in-process reference:\n%s", node)
	if !strings.HasSuffix(strings.TrimSpace(reference), " 0 failed") {
		t.Logf("the committed vectors are stale against the precompile; tests/execute reports which:\n%s", reference)
	}
}

// TestGethSettingErrors: a taken port, a misspelt config key, a bad environment
// value, a network node without a chain, ... each stop nr geth with a message
// naming the fix.
func TestGethSettingErrors(t *testing.T) {
	bin := buildNR(t)
	dir := t.TempDir()
	conf := filepath.Join(dir, "nr.toml")
	require.NoError(t, os.WriteFile(conf, []byte("dev = true\n[http]\nprot = 8545\n"), 0o644))
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer busy.Close()
	busyPort := strconv.Itoa(busy.Addr().(*net.TCPAddr).Port)
	cases := []struct {
		name string
		args []string
		env  string
		want string
	}{
		{"HTTP port taken", []string{"geth", "--dev", "--http.port", busyPort, "--ws.port", "0"}, "", "another process holds the port"},
		{"unknown config key", []string{"geth", "--config", conf}, "", `unknown key "http.prot" for ` + "`nr geth`"},
		{"bad environment value", []string{"geth", "--dev"}, "NR_HTTP_PORT=eighty", `NR_HTTP_PORT="eighty": want an integer`},
		{"bad RPC gas cap", []string{"geth", "--dev"}, "NR_RPC_GASCAP=lots", `NR_RPC_GASCAP="lots"`},
		{"network mode without datadir", []string{"geth"}, "", "nr geth init genesis.json --datadir DIR"},
		{"network mode on an empty datadir", []string{"geth", "--datadir", dir}, "", "holds no chain: run `nr geth init genesis.json --datadir " + dir},
		{"bad gcmode", []string{"geth", "--dev", "--gcmode", "light"}, "", `--gcmode "light": use full`},
		{"init without datadir", []string{"geth", "init", conf}, "", "is not a genesis JSON file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(bin, c.args...)
			cmd.Env = os.Environ()
			if c.env != "" {
				cmd.Env = append(cmd.Env, c.env)
			}
			out, err := cmd.CombinedOutput()
			require.Error(t, err, "%s", out)
			require.Contains(t, string(out), c.want)
		})
	}
}

// TestGethConfigFile: a --config file sets nr geth's flags, as tables or as
// quoted dotted keys (needed when a switch such as dev shares the prefix), and
// flags override it.
func TestGethConfigFile(t *testing.T) {
	conf := filepath.Join(t.TempDir(), "nr.toml")
	require.NoError(t, os.WriteFile(conf, []byte("dev = true\nverbosity = 1\n\"dev.accounts\" = 2\n\"ws.port\" = 0\n[http]\nport = 1\n"), 0o644))
	p := startGeth(t, "--config", conf, "--http.port", "0")
	require.Contains(t, p.banner, "dev key 2 ")
	require.NotContains(t, p.banner, "dev key 3 ")
	require.NotContains(t, p.http, ":1\n")
	require.NoError(t, p.stop(t, syscall.SIGTERM))
}

var engineLine = regexp.MustCompile(`Engine API\s+(http://\S+) \(JWT secret in (\S+)\)`)

// TestGethNetworkMode: `nr geth dumpgenesis` gives a genesis to edit (here the
// chain id), `nr geth init` writes it (refusing a config that is not nr's pinned
// one and naming the field), and `nr geth --datadir` runs a network node with
// the identity --nodekey gives, whose JWT-authenticated Engine API answers a
// consensus client's first call, and which a second node peers with through
// --staticnodes. (l1node's TestNetworkEngineAPI drives two such nodes through
// blocks.)
func TestGethNetworkMode(t *testing.T) {
	bin := buildNR(t)
	dir := t.TempDir()
	out, err := exec.Command(bin, "geth", "dumpgenesis", "--dev.accounts", "1").Output()
	require.NoError(t, err)
	var genesis map[string]any
	require.NoError(t, json.Unmarshal(out, &genesis))
	config := genesis["config"].(map[string]any)
	config["chainId"] = 7011
	write := func(name string, g map[string]any) string {
		b, err := json.Marshal(g)
		require.NoError(t, err)
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, b, 0o644))
		return path
	}
	good := write("genesis.json", genesis)
	delete(config, "osakaTime")
	bad := write("no-osaka.json", genesis)

	out, err = exec.Command(bin, "geth", "init", bad, "--datadir", filepath.Join(dir, "bad")).CombinedOutput()
	require.Error(t, err)
	require.Contains(t, string(out), `config's "osakaTime" is absent, nr's pinned L1 config has 0`)

	data := filepath.Join(dir, "node")
	out, err = exec.Command(bin, "geth", "init", good, "--datadir", data).CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Contains(t, string(out), "(chain id 7011)")

	nodeKey := filepath.Join(dir, "nodekey")
	require.NoError(t, crypto.SaveECDSA(nodeKey, l2.DevKey(42)))
	network := []string{"--http.port", "0", "--ws.port", "0", "--authrpc.port", "0", "--port", "0", "--nodiscover", "--verbosity", "2"}
	p := startGeth(t, append([]string{"--datadir", data, "--nodekey", nodeKey}, network...)...)
	require.Contains(t, p.banner, "chain id      7011")
	enode := regexp.MustCompile(`p2p\s+(enode://\S+)`).FindStringSubmatch(p.banner)
	require.NotNil(t, enode, "no enode in\n%s", p.banner)
	require.Contains(t, enode[1], fmt.Sprintf("enode://%x@", crypto.FromECDSAPub(&l2.DevKey(42).PublicKey)[1:]), "--nodekey sets the node's identity")
	m := engineLine.FindStringSubmatch(p.banner)
	require.NotNil(t, m, "no Engine API line in\n%s", p.banner)
	secret, err := os.ReadFile(m[2])
	require.NoError(t, err)
	engine, err := rpc.DialOptions(context.Background(), m[1], rpc.WithHTTPAuth(node.NewJWTAuth(common.HexToHash(strings.TrimSpace(string(secret))))))
	require.NoError(t, err)
	defer engine.Close()
	var caps []string
	require.NoError(t, engine.Call(&caps, "engine_exchangeCapabilities", []string{"engine_newPayloadV4"}))
	require.Contains(t, caps, "engine_getPayloadV5")

	chainID, err := dialGeth(t, p.http).ChainID(context.Background())
	require.NoError(t, err)
	require.Equal(t, int64(7011), chainID.Int64())

	// A second node of the same network peers with it through --staticnodes.
	data2 := filepath.Join(dir, "node2")
	out, err = exec.Command(bin, "geth", "init", good, "--datadir", data2).CombinedOutput()
	require.NoError(t, err, "%s", out)
	p2 := startGeth(t, append([]string{"--datadir", data2, "--staticnodes", enode[1]}, network...)...)
	for _, url := range []string{p.http, p2.http} {
		rc, err := rpc.Dial(url)
		require.NoError(t, err)
		deadline := time.Now().Add(30 * time.Second)
		for {
			var peers hexutil.Uint
			require.NoError(t, rc.Call(&peers, "net_peerCount"))
			if peers == 1 {
				break
			}
			require.True(t, time.Now().Before(deadline), "%s has no peer after 30s", url)
			time.Sleep(50 * time.Millisecond)
		}
		rc.Close()
	}
	require.NoError(t, p2.stop(t, syscall.SIGTERM))
	require.NoError(t, p.stop(t, syscall.SIGTERM))
}

// BenchmarkGethDevStartup times `nr geth --dev` (the real binary, in memory) from
// exec to its first JSON-RPC answer, and reports its resident memory after 3 s
// idle. docs/BENCHMARKS.md "nr geth" has the figures:
//
//	go test ./cmd/nr -run '^$' -bench GethDevStartup -benchtime 5x
func BenchmarkGethDevStartup(b *testing.B) {
	bin := buildNR(b)
	args := []string{"geth", "--dev", "--http.port", "0", "--ws.port", "0", "--verbosity", "1"}
	var last *exec.Cmd
	b.ResetTimer()
	for range b.N {
		if last != nil { // the previous node's shutdown is not start-up time
			b.StopTimer()
			last.Process.Signal(syscall.SIGTERM)
			last.Wait()
			b.StartTimer()
		}
		cmd := exec.Command(bin, args...)
		stdout, err := cmd.StdoutPipe()
		require.NoError(b, err)
		require.NoError(b, cmd.Start())
		sc := bufio.NewScanner(stdout)
		url := ""
		for url == "" && sc.Scan() {
			if m := httpLine.FindStringSubmatch(sc.Text()); m != nil {
				url = m[1]
			}
		}
		require.NotEmpty(b, url, "no HTTP endpoint printed")
		go func() {
			for sc.Scan() {
			}
		}()
		rc, err := rpc.Dial(url)
		require.NoError(b, err)
		var n string
		require.NoError(b, rc.Call(&n, "eth_blockNumber"))
		rc.Close()
		last = cmd
	}
	b.StopTimer()
	defer func() { last.Process.Signal(syscall.SIGTERM); last.Wait() }()
	time.Sleep(3 * time.Second)
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", last.Process.Pid))
	if err != nil {
		b.Logf("no /proc: idle memory not measured (%v)", err)
		return
	}
	m := regexp.MustCompile(`VmRSS:\s+(\d+) kB`).FindSubmatch(status)
	require.NotNil(b, m)
	kb, err := strconv.Atoi(string(m[1]))
	require.NoError(b, err)
	b.ReportMetric(float64(kb)/1024, "MB-idle-RSS")
}
