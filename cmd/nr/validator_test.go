package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
)

// proc is a running nr subcommand whose stdout lines are matched.
type proc struct {
	cmd  *exec.Cmd
	logs *syncBuffer
	out  *syncBuffer
	done chan struct{}
}

// startNR runs `nr args...` and waits until every pattern has matched a line
// of its stdout, returning the first submatch of each.
func startNR(t *testing.T, patterns []*regexp.Regexp, args ...string) (*proc, []string) {
	t.Helper()
	p := &proc{cmd: exec.Command(buildNR(t), args...), logs: new(syncBuffer), out: new(syncBuffer), done: make(chan struct{})}
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
	lines := make(chan string, 64)
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.out.Write([]byte(sc.Text() + "\n"))
			select {
			case lines <- sc.Text():
			default:
			}
		}
		p.cmd.Wait()
	}()
	found := make([]string, len(patterns))
	left := len(patterns)
	deadline := time.After(60 * time.Second)
	for left > 0 {
		select {
		case line := <-lines:
			for i, re := range patterns {
				if m := re.FindStringSubmatch(line); m != nil && found[i] == "" {
					found[i] = m[1]
					left--
				}
			}
		case <-p.done:
			t.Fatalf("nr %s exited before printing where it listens:\n%s\n%s", args[0], p.out, p.logs)
		case <-deadline:
			t.Fatalf("nr %s printed no address in 60s:\n%s\n%s", args[0], p.out, p.logs)
		}
	}
	return p, found
}

// wait returns the exit code once the process is gone.
func (p *proc) wait(t *testing.T, within time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(within):
		t.Fatalf("nr did not exit within %v:\n%s", within, p.logs)
	}
	return p.cmd.ProcessState.ExitCode()
}

// directExecute sends an EXECUTE call from an EOA with an L2 block of c.
func directExecute(t *testing.T, ec *ethclient.Client, c *l2.Chain) *types.Receipt {
	blocks, err := c.AddBlocks(1, func(_ int, b *core.BlockGen) {
		to := l2.DevAddress(3)
		tx, err := types.SignNewTx(l2.DevKey(2), b.Signer(), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: b.TxNonce(l2.DevAddress(2)),
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
			Gas: 21_000, To: &to, Value: big.NewInt(1),
		})
		require.NoError(t, err)
		b.AddTx(tx)
	})
	require.NoError(t, err)
	input := blocks[0].Input.Encode()
	ctx := context.Background()
	key := l2.DevKey(1)
	from := crypto.PubkeyToAddress(key.PublicKey)
	to := precompile.ExecuteAddress
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: input})
	require.NoError(t, err)
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	nonce, err := ec.PendingNonceAt(ctx, from)
	require.NoError(t, err)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei),
		Gas: gas * 11 / 10, To: &to, Data: input,
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx))
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
			return r
		}
		require.True(t, time.Now().Before(deadline), "EXECUTE transaction not mined in 20s: %v", err)
		time.Sleep(10 * time.Millisecond)
	}
}

func getBody(t *testing.T, url string) (int, []byte) {
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, b
}

var (
	apiLine     = regexp.MustCompile(`API:\s+(http://\S+)/v1/status`)
	metricsLine = regexp.MustCompile(`Metrics:\s+(http://\S+/metrics)`)
	proofsLine  = regexp.MustCompile(`proofs:\s+(http://\S+/v1/proofs)/`)
	signerLine  = regexp.MustCompile(`signer (0x[0-9a-fA-F]{40})`)
)

// TestValidatorAndProverCLI runs `nr geth --dev`, `nr prover` and `nr
// validator` (hybrid, k = 1, the prover's attestations) as processes: the
// validator prints where it listens, decides a direct EXECUTE call by the
// prover's proof, serves it over the API and the metrics, and exits 0 on
// SIGTERM.
func TestValidatorAndProverCLI(t *testing.T) {
	g := startGeth(t, "--dev", "--http.port", "0", "--ws.port", "0", "--verbosity", "2")
	ec := dialGeth(t, g.http)
	proofsDir := t.TempDir()
	_, pv := startNR(t, []*regexp.Regexp{proofsLine, signerLine}, "prover", "--id", "tee-a", "--dev.key", "6",
		"--l1.rpc", g.http, "--http.port", "0", "--verbosity", "2", "--proofs.dir", proofsDir)
	cfg := filepath.Join(t.TempDir(), "validator.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte(fmt.Sprintf(`mode: hybrid
k: 1
proof_timeout: 30s
l1: {rpc: %q}
provers:
  - {id: tee-a, kind: attestation, system: tee, signers: [%q], source: %q}
`, g.http, pv[1], pv[0])), 0o644))
	v, addrs := startNR(t, []*regexp.Regexp{apiLine, metricsLine}, "validator", "--config", cfg,
		"--datadir", t.TempDir(), "--http.port", "0", "--metrics.port", "0")

	c, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(4))
	require.NoError(t, err)
	defer c.Close()
	r := directExecute(t, ec, c)
	var rec struct {
		Result  string   `json:"result"`
		Reason  string   `json:"reason"`
		Systems []string `json:"systems"`
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		code, body := getBody(t, fmt.Sprintf("%s/v1/calls/%s/0", addrs[0], r.TxHash.Hex()))
		if code == http.StatusOK {
			require.NoError(t, json.Unmarshal(body, &rec))
			break
		}
		require.Equal(t, http.StatusNotFound, code, "%s", body)
		require.True(t, time.Now().Before(deadline), "call not verified in 60s:\n%s", v.logs)
		time.Sleep(50 * time.Millisecond)
	}
	require.Equal(t, "agree", rec.Result, rec.Reason)
	require.Equal(t, []string{"tee"}, rec.Systems, "decided by the prover's attestation")
	_, status := getBody(t, addrs[0]+"/v1/status")
	require.Contains(t, string(status), `"mode": "hybrid"`)
	_, m := getBody(t, addrs[1])
	require.Contains(t, string(m), "nr_validator_verdicts_agree 1")
	require.Contains(t, string(m), "nr_validator_proof_latency_tee_a")
	require.NoError(t, v.cmd.Process.Signal(syscall.SIGTERM))
	require.Equal(t, 0, v.wait(t, 30*time.Second), "%s", v.logs)

	// The proof the validator used, served again by a prover replaying the
	// first one's --proofs.dir without following L1.
	tx, _, err := ec.TransactionByHash(context.Background(), r.TxHash)
	require.NoError(t, err)
	id := crypto.Keccak256Hash(tx.Data()).Hex()
	code, live := getBody(t, pv[0]+"/"+id)
	require.Equal(t, http.StatusOK, code, "%s", live)
	_, replay := startNR(t, []*regexp.Regexp{proofsLine}, "prover", "--id", "tee-a", "--dev.key", "6",
		"--replay", proofsDir, "--http.port", "0", "--verbosity", "2")
	code, replayed := getBody(t, replay[0]+"/"+id)
	require.Equal(t, http.StatusOK, code, "%s", replayed)
	require.Equal(t, live, replayed)
	code, _ = getBody(t, replay[0]+"/"+common.Hash{}.Hex())
	require.Equal(t, http.StatusNotFound, code)
}

// TestValidatorHaltsOnLie: `nr validator --on_disagreement halt` behind an
// RPC proxy that reports a direct EXECUTE call failed logs the disagreement
// at ERROR and exits 1.
func TestValidatorHaltsOnLie(t *testing.T) {
	g := startGeth(t, "--dev", "--http.port", "0", "--ws.port", "0", "--verbosity", "2")
	ec := dialGeth(t, g.http)
	u, err := url.Parse(g.http)
	require.NoError(t, err)
	proxy := httputil.NewSingleHostReverseProxy(u)
	director := proxy.Director
	proxy.Director = func(r *http.Request) { director(r); r.Header.Del("Accept-Encoding") }
	exec := precompile.ExecuteAddress.Hex()
	proxy.ModifyResponse = func(resp *http.Response) error {
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		// A top-level call to EXECUTE reported failed: its output replaced by
		// an error, in callTracer's frames and in nrExecuteTracer's (depth 0).
		re := regexp.MustCompile(`(?i)("to":"` + exec + `"[^{}]*?)"output":"0x[0-9a-f]*"`)
		body = re.ReplaceAll(body, []byte(`$1"error":"execution reverted"`))
		re = regexp.MustCompile(`("depth":0,[^{}]*?)"output":"0x[0-9a-f]*"`)
		body = re.ReplaceAll(body, []byte(`$1"error":"execution reverted"`))
		resp.Body = io.NopCloser(bytes.NewReader(body))
		resp.ContentLength = int64(len(body))
		resp.Header.Set("Content-Length", fmt.Sprint(len(body)))
		return nil
	}
	srv := httptest.NewServer(proxy)
	defer srv.Close()

	c, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(4))
	require.NoError(t, err)
	defer c.Close()
	r := directExecute(t, ec, c)
	v, _ := startNR(t, []*regexp.Regexp{apiLine}, "validator", "--l1.rpc", srv.URL, "--on_disagreement", "halt",
		"--http.port", "0", "--metrics.port", "-1")
	require.Equal(t, 1, v.wait(t, 60*time.Second), "%s", v.logs)
	logs := v.logs.String()
	require.Contains(t, logs, "ERROR")
	require.Contains(t, logs, "L1 and the validator differ")
	require.Contains(t, logs, r.TxHash.Hex())
	require.Contains(t, logs, "halted on a disagreement")
}

// TestValidatorSettingErrors: a misspelt key of the validator's file (a
// daemon key or a policy key), a bad policy value and a bad daemon value each
// exit 1 naming the key, before anything connects.
func TestValidatorSettingErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		f := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(f, []byte(body), 0o644))
		return f
	}
	cases := []struct {
		args []string
		env  string // NR_WORKERS, set for the rest of the test (last case)
		want string
	}{
		{[]string{"--config", write("a.yaml", "l1: {rcp: http://x}\n")}, "", `unknown key "l1.rcp"; did you mean "l1.rpc"?`},
		{[]string{"--config", write("b.toml", "mdoe = \"reexec\"\n")}, "", `unknown key "mdoe"; did you mean "mode"?`},
		{[]string{"--mode", "proof"}, "", `mode = "proof": want one of reexec, proofs, hybrid`},
		{[]string{"--config", write("c.yaml", "workers: -2\n")}, "", `workers=-2: want 0 (one per CPU) to 256`},
		{[]string{"--judges", "-1"}, "", `judges=-1: want 0 (1024) to 4096`},
		{[]string{"--workers", "1000000"}, "", `workers=1000000: want 0 (one per CPU) to 256`},
		{[]string{"--l1.maxresponse", "1000", "--l1.rpc", "http://127.0.0.1:1"}, "", `--l1.maxresponse 1000: want at least 1048576 bytes`},
		{[]string{"--config", write("d.toml", "[l1]\nfrom = \"genesis\"\n")}, "", `config key l1.from="genesis": want a non-negative integer`},
		{[]string{"--config", write("e.yaml", "l1: {timeout: 60}\n")}, "", `config key l1.timeout="60": want a positive duration`},
		{nil, "many", `NR_WORKERS="many": want an integer`},
	}
	for _, c := range cases {
		if c.env != "" {
			t.Setenv("NR_WORKERS", c.env)
		}
		out, code := runNR(t, "", append([]string{"validator"}, c.args...)...)
		require.Equal(t, 1, code, out)
		require.Contains(t, out, c.want)
	}
}

// TestConfigReadOnce: the config file is read once, by `nr validator` (the
// policy and the daemon's keys together) and by the commands whose settings
// come from the root's --config (`nr prover`). A FIFO delivers its content
// to one reader only (a second open would wait for a writer forever), so
// each command reaching its check of a bad value proves a single read.
func TestConfigReadOnce(t *testing.T) {
	for _, c := range []struct {
		args    []string
		content string
		want    string
	}{
		{[]string{"validator"}, "mode: reexec\nworkers: -3\n", "workers=-3"},
		{[]string{"prover"}, "verbosity: 2\nid: tee\n", "no signing key"},
	} {
		fifo := filepath.Join(t.TempDir(), "c.yaml")
		require.NoError(t, syscall.Mkfifo(fifo, 0o600))
		go func() {
			f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			f.WriteString(c.content)
			f.Close()
		}()
		cmd := exec.Command(buildNR(t), append(c.args, "--config", fifo)...)
		done := make(chan struct{})
		var out []byte
		go func() { out, _ = cmd.CombinedOutput(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-done
			t.Fatalf("nr %s still waiting on its config FIFO after 30s: it reads the file more than once\n%s", c.args[0], out)
		}
		require.Equal(t, 1, cmd.ProcessState.ExitCode(), "%s", out)
		require.Contains(t, string(out), c.want)
	}
}
