package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/tests/execute"
	"github.com/nativerollup/nr/tests/report"
	"github.com/nativerollup/nr/tests/vectors"
)

// fakeNode is a JSON-RPC node whose answers each test sets: the chain id,
// eth_config, and what eth_call returns for a non-empty input.
type fakeNode struct {
	chainID  uint64
	config   map[string]any
	emptyRun func() (hexutil.Bytes, error) // eth_call with empty input
	call     func(input []byte) (hexutil.Bytes, error)
	gas      func(input []byte) (hexutil.Uint64, error)
}

type fakeEth struct{ n *fakeNode }
type fakeWeb3 struct{}

func (fakeWeb3) ClientVersion() string { return "FakeClient/v0.1" }

func (e fakeEth) ChainId() hexutil.Uint64         { return hexutil.Uint64(e.n.chainID) }
func (e fakeEth) Config() (map[string]any, error) { return e.n.config, nil }
func (e fakeEth) GetCode(common.Address, string) hexutil.Bytes {
	return hexutil.Bytes{}
}
func (e fakeEth) Call(args struct {
	To   common.Address `json:"to"`
	Data hexutil.Bytes  `json:"data"`
}, _ string) (hexutil.Bytes, error) {
	if len(args.Data) == 0 {
		return e.n.emptyRun()
	}
	return e.n.call(args.Data)
}
func (e fakeEth) EstimateGas(args struct {
	To   common.Address `json:"to"`
	Data hexutil.Bytes  `json:"data"`
}) (hexutil.Uint64, error) {
	return e.n.gas(args.Data)
}

// gethConfig is eth_config as nr geth --dev answers it (Osaka at genesis, no
// next fork), trimmed to what the diagnosis reads.
func osakaConfig() map[string]any {
	return map[string]any{
		"current": map[string]any{
			"activationTime": 0,
			"chainId":        "0x539",
			"blobSchedule":   map[string]any{"target": 6, "max": 9, "baseFeeUpdateFraction": 5007716},
			"precompiles": map[string]string{
				"ECREC": "0x0000000000000000000000000000000000000001", "P256VERIFY": "0x0000000000000000000000000000000000000100",
				"EXECUTE": "0x0000000000000000000000000000000000000101", "DERIVE": "0x0000000000000000000000000000000000000102",
			},
			"systemContracts": map[string]string{"HISTORY_STORAGE_ADDRESS": "0x0000f90827f1c53a10cb7a02335b175320002935"},
		},
		"next": nil, "last": nil,
	}
}

type callError struct{ msg string }

func (e callError) Error() string  { return e.msg }
func (e callError) ErrorCode() int { return -32000 }

// startFake serves n over HTTP and returns its URL.
func startFake(t *testing.T, n *fakeNode) string {
	t.Helper()
	srv := rpc.NewServer()
	srv.SetHTTPBodyLimit(execute.RPCBodyLimit)
	require.NoError(t, srv.RegisterName("eth", fakeEth{n}))
	require.NoError(t, srv.RegisterName("web3", fakeWeb3{}))
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return hs.URL
}

// honestFake answers every vector as the committed set expects (outputs and
// failures from the vector files), so a test changes only what it studies.
func honestFake(t *testing.T) *fakeNode {
	set, err := execute.LoadFS(vectors.Execute())
	require.NoError(t, err)
	byInput := map[string]*execute.Vector{}
	for i := range set {
		byInput[string(set[i].Input)] = &set[i]
	}
	return &fakeNode{
		chainID:  1337,
		config:   osakaConfig(),
		emptyRun: func() (hexutil.Bytes, error) { return nil, callError{"malformed EXECUTE input"} },
		call: func(input []byte) (hexutil.Bytes, error) {
			v := byInput[string(input)]
			if v == nil || !v.Success {
				return nil, callError{"execution reverted"}
			}
			return hexutil.Bytes(v.Output), nil
		},
		gas: func([]byte) (hexutil.Uint64, error) { return 0, callError{"no estimate in the fake"} },
	}
}

// TestConformanceRunDiagnosesNode: before any vector, `conformance run --rpc`
// names the target and stops with one line when the node is not configured as
// the vectors assume: EXECUTE missing (eth_call and eth_getCode both 0x, where
// the old runner reported 37 unreadable failures), a wrong chain id (fetched but
// never compared), a fork scheduled after Osaka, Osaka not at genesis.
func TestConformanceRunDiagnosesNode(t *testing.T) {
	cases := []struct {
		name  string
		setup func(n *fakeNode)
		want  string
	}{
		{"EXECUTE not installed", func(n *fakeNode) {
			n.emptyRun = func() (hexutil.Bytes, error) { return hexutil.Bytes{}, nil }
		}, "EXECUTE is not installed at 0x0000000000000000000000000000000000000101"},
		{"wrong chain id", func(n *fakeNode) { n.chainID = 1 }, `eth_chainId is 1, the vectors assume L1 chain id 1337: set "chainId": 1337`},
		{"fork after Osaka", func(n *fakeNode) {
			n.config["next"] = map[string]any{"activationTime": 1700000000, "chainId": "0x539"}
		}, "schedules a fork after the current one at time 1700000000"},
		{"Osaka not at genesis", func(n *fakeNode) {
			n.config["current"].(map[string]any)["activationTime"] = 12
		}, "activated at time 12, not at genesis"},
		{"Osaka not active", func(n *fakeNode) {
			delete(n.config["current"].(map[string]any)["precompiles"].(map[string]string), "P256VERIFY")
		}, "Osaka is not active"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := honestFake(t)
			calls := 0
			inner := n.call
			n.call = func(b []byte) (hexutil.Bytes, error) { calls++; return inner(b) }
			c.setup(n)
			url := startFake(t, n)
			var out, errOut bytes.Buffer
			_, err := runVectors(context.Background(), &out, &errOut, vectorOptions{rpc: url})
			require.ErrorIs(t, err, execute.ErrNodeConfig)
			require.ErrorContains(t, err, c.want)
			require.Zero(t, calls, "no vector runs against a misconfigured node")
			require.Equal(t, "target: "+url+" (FakeClient/v0.1)\n", out.String())
		})
	}
	// The honest fake passes the diagnosis and every vector's outcome.
	var out bytes.Buffer
	counts, err := runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: startFake(t, honestFake(t)), run: "^fail-"})
	require.NoError(t, err)
	require.Zero(t, counts.Failed, out.String())
	require.Positive(t, counts.Passed)
}

// TestConformanceRunFailureReport: a failure says the vector's intent, what was
// sent, what came back and what was expected, EXECUTE's output decoded, once and
// without the double hex encoding (hexutil.Bytes printed with %x); --run
// selects by name, --fail-fast stops at the first failure, --json and --junit
// carry the target.
func TestConformanceRunFailureReport(t *testing.T) {
	n := honestFake(t)
	inner := n.call
	n.call = func(b []byte) (hexutil.Bytes, error) {
		out, err := inner(b)
		if err != nil {
			return hexutil.Bytes(make([]byte, 64)), nil // valid=false, zero hash: a failure that succeeded
		}
		flipped := append([]byte{}, out...)
		flipped[31] ^= 1 // valid <-> false
		return flipped, nil
	}
	url := startFake(t, n)
	junit := filepath.Join(t.TempDir(), "run.xml")
	var out bytes.Buffer
	counts, err := runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: url, run: "^(valid-empty|fail-trailing-byte)$", junit: junit})
	require.NoError(t, err)
	require.Equal(t, report.Counts{Failed: 2}, counts)
	text := out.String()
	require.True(t, strings.HasPrefix(text, "target: "+url+" (FakeClient/v0.1)\n"), text)
	empty, err := execute.LoadFS(vectors.Execute())
	require.NoError(t, err)
	var validEmpty execute.Vector
	for _, v := range empty {
		if v.Name == "valid-empty" {
			validEmpty = v
		}
	}
	hash := common.BytesToHash(validEmpty.Output[32:]).Hex()
	require.Contains(t, text, "got: success, valid=false blockHash="+hash)
	require.Contains(t, text, "want: success, valid=true blockHash="+hash)
	require.Contains(t, text, "intent: "+validEmpty.Description)
	require.Contains(t, text, "sent: EXECUTE (0x0000000000000000000000000000000000000101) with a ")
	require.Contains(t, text, "got: success, valid=false blockHash=0x0000000000000000000000000000000000000000000000000000000000000000")
	require.Contains(t, text, "want: failure (the reference fails with")
	require.Equal(t, 1, strings.Count(text, "intent: "+validEmpty.Description), "each failure is reported once")
	require.NotContains(t, text, "307830", "no hex of hex (\"0x0\" encoded again)")
	require.Regexp(t, `\n0 passed, 2 failed\n$`, text)

	data, err := os.ReadFile(junit)
	require.NoError(t, err)
	var doc struct {
		Props []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"value,attr"`
		} `xml:"properties>property"`
	}
	require.NoError(t, xml.Unmarshal(data, &doc))
	require.Equal(t, "target", doc.Props[0].Name)
	require.Equal(t, url+" (FakeClient/v0.1)", doc.Props[0].Value)

	// --fail-fast: the first failure ends the run.
	out.Reset()
	counts, err = runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: url, failFast: true})
	require.NoError(t, err)
	require.Equal(t, report.Counts{Failed: 1}, counts)
	require.Contains(t, out.String(), "--fail-fast: stopped after 1 of 89 vectors")

	// --json: one document with the target and every case.
	out.Reset()
	counts, err = runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: url, run: "^valid-empty$", json: true})
	require.NoError(t, err)
	var rep report.JSONReport
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep), out.String())
	require.Equal(t, counts.Failed, rep.Failed)
	require.Len(t, rep.Cases, 1)
	require.Equal(t, "valid-empty", rep.Cases[0].Name)
	require.Contains(t, rep.Cases[0].Failure, "valid=false")
	require.Equal(t, []report.Property{{Name: "target", Value: url + " (FakeClient/v0.1)"}}, rep.Properties)

	_, err = runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: url, run: "^nothing$"})
	require.ErrorContains(t, err, `--run "^nothing$" matches none of the vectors' names`)
	_, err = runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: url, run: "("})
	require.ErrorContains(t, err, "is not a valid regular expression")
}

// TestConformanceRunSilentServer: a server that accepts connections and never
// answers fails within --timeout (the old runner hung forever).
func TestConformanceRunSilentServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c) // held open, never answered
		}
	}()
	start := time.Now()
	var out bytes.Buffer
	_, err = runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: "http://" + ln.Addr().String(), timeout: 300 * time.Millisecond})
	require.Error(t, err)
	require.ErrorContains(t, err, "no answer within --timeout 300ms")
	require.Less(t, time.Since(start), 10*time.Second)
	require.False(t, errors.Is(err, execute.ErrNodeConfig))

	// The same over WebSocket: the handshake never completes.
	start = time.Now()
	_, err = runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: "ws://" + ln.Addr().String(), timeout: 300 * time.Millisecond})
	require.ErrorContains(t, err, "no answer within --timeout 300ms")
	require.Less(t, time.Since(start), 10*time.Second)

	// A vector call that never returns also times out, through execute.RPC.
	n := honestFake(t)
	n.call = func([]byte) (hexutil.Bytes, error) { time.Sleep(2 * time.Second); return nil, nil }
	out.Reset()
	counts, err := runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{rpc: startFake(t, n), run: "^valid-empty$", timeout: 300 * time.Millisecond})
	require.NoError(t, err)
	require.Equal(t, 1, counts.Failed)
	require.Contains(t, out.String(), "no answer within --timeout 300ms")
}
