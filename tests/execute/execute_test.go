package execute_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/execute"
	"github.com/stretchr/testify/require"
)

const committed = "../vectors/execute"

func TestMain(m *testing.M) {
	precompile.Register(l2.L1Config())
	os.Exit(m.Run())
}

// TestCommittedVectorsAreGenerated regenerates the vectors and requires the
// committed files to be byte for byte what the generator writes today.
func TestCommittedVectorsAreGenerated(t *testing.T) {
	generated, err := execute.Generate()
	require.NoError(t, err)
	dir := t.TempDir()
	left, err := execute.WriteDir(dir, generated)
	require.NoError(t, err)
	require.Empty(t, left)
	fresh, onDisk := readFiles(t, dir), readFiles(t, committed)
	require.Equal(t, slices.Sorted(maps.Keys(fresh)), slices.Sorted(maps.Keys(onDisk)), "tests/vectors/execute is stale: run `nr conformance gen`")
	for name, b := range fresh {
		require.True(t, bytes.Equal(b, onDisk[name]), "%s is stale: run `nr conformance gen`", name)
	}
	kinds := map[string]int{}
	for _, v := range generated {
		kinds[v.Kind]++
	}
	require.Equal(t, map[string]int{"valid": 9 + 13, "false": 5, "failure": 23 + 39}, kinds)
}

// readFiles reads every regular file in dir by name.
func readFiles(t *testing.T, dir string) map[string][]byte {
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	files := make(map[string][]byte, len(entries))
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		files[e.Name()] = b
	}
	return files
}

// TestGzipForm: a vector over the threshold is stored gzipped, deterministically,
// and loads back equal; a name stored in both forms is an error.
func TestGzipForm(t *testing.T) {
	big := execute.Vector{Name: "big", Kind: "failure", Input: make([]byte, execute.GzipThreshold), Gas: 1}
	small := execute.Vector{Name: "small", Kind: "failure", Input: []byte{1}, Gas: 1}
	dir := t.TempDir()
	_, err := execute.WriteDir(dir, []execute.Vector{big, small})
	require.NoError(t, err)
	files := readFiles(t, dir)
	require.Contains(t, files, "big.json.gz")
	require.Contains(t, files, "small.json")
	name, again, err := execute.EncodeFile(&big)
	require.NoError(t, err)
	require.Equal(t, "big.json.gz", name)
	require.Equal(t, files[name], again, "gzip output must not depend on time or platform")
	require.Equal(t, []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255}, again[:10], "gzip header: no flags, no mtime, best compression, OS unknown")
	loaded, err := execute.LoadDir(dir)
	require.NoError(t, err)
	require.Len(t, loaded, 2)
	require.Equal(t, []byte(big.Input), []byte(loaded[0].Input))
	v, err := execute.LoadFile(filepath.Join(dir, "big.json.gz"))
	require.NoError(t, err)
	require.Equal(t, "big", v.Name)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.json"), files["small.json"], 0o644))
	_, err = execute.LoadDir(dir)
	require.ErrorContains(t, err, "stored twice")
}

func TestReferencePassesVectors(t *testing.T) {
	vectors, err := execute.LoadDir(committed)
	require.NoError(t, err)
	ref := execute.Reference{Execute: precompile.NewExecute(l2.L1Config())}
	for i := range vectors {
		c := execute.Check(context.Background(), ref, &vectors[i])
		require.True(t, c.Passed(), "%s: %s", c.Name, c.Failure)
	}
}

func TestCheckCatchesWrongTarget(t *testing.T) {
	vectors, err := execute.LoadDir(committed)
	require.NoError(t, err)
	// A target that answers every call with (true, 0x0) must fail every vector:
	// false and failure vectors on the outcome, valid ones on the block hash.
	failed := 0
	for i := range vectors {
		if !execute.Check(context.Background(), alwaysValid{}, &vectors[i]).Passed() {
			failed++
		}
	}
	require.Equal(t, len(vectors), failed, "alwaysValid returns a zero block hash, so even valid vectors fail")
}

type alwaysValid struct{}

func (alwaysValid) Call(context.Context, []byte) ([]byte, error) {
	out := make([]byte, 64)
	out[31] = 1
	return out, nil
}
func (alwaysValid) CheckGas(context.Context, *execute.Vector) error { return nil }

// TestRPCTarget runs the committed vectors over JSON-RPC against go-ethereum's
// simulated backend on nr's pinned L1 config: eth_call outcomes and
// eth_estimateGas prices must match.
func TestRPCTarget(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	sim := simulated.NewBackend(nil, func(nodeConf *node.Config, ethConf *ethconfig.Config) {
		ethConf.Genesis.Config = l2.L1Config()
		nodeConf.HTTPHost, nodeConf.HTTPPort, nodeConf.HTTPModules = "127.0.0.1", port, []string{"eth"}
		nodeConf.HTTPBodyLimit, ethConf.RPCGasCap = execute.RPCBodyLimit, execute.RPCGasCap
	})
	t.Cleanup(func() { sim.Close() })
	client, err := rpc.Dial(fmt.Sprintf("http://127.0.0.1:%d", port))
	require.NoError(t, err)
	t.Cleanup(client.Close)

	vectors, err := execute.LoadDir(committed)
	require.NoError(t, err)
	target := execute.RPC{Client: client, Rules: l2.L1Config().Rules(common.Big1, true, 0)}
	for i := range vectors {
		c := execute.Check(context.Background(), target, &vectors[i])
		require.True(t, c.Passed(), "%s: %s", c.Name, c.Failure)
	}
}

// TestWriteDirKeepsOtherFiles: `conformance gen --out DIR` replaces only the
// vector files it writes (either form of each name) and lists, without
// deleting, the other *.json files of DIR; it used to delete every *.json.
func TestWriteDirKeepsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	others := map[string]string{"manifest.json": `{"rows": []}`, "old-vector.json": "{}", "package.json.gz": "x"}
	for name, body := range others {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "small.json.gz"), []byte("stale other form"), 0o644))
	small := execute.Vector{Name: "small", Kind: "failure", Input: []byte{1}, Gas: 1}
	left, err := execute.WriteDir(dir, []execute.Vector{small})
	require.NoError(t, err)
	for name, body := range others {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err, "%s was deleted", name)
		require.Equal(t, body, string(b))
	}
	require.NoFileExists(t, filepath.Join(dir, "small.json.gz"), "the other form of a written vector is replaced")
	require.FileExists(t, filepath.Join(dir, "small.json"))
	require.Equal(t, []string{filepath.Join(dir, "manifest.json"), filepath.Join(dir, "old-vector.json"), filepath.Join(dir, "package.json.gz")}, left)
}

// TestVectorFileChecks: a vector file must be a whole, consistent vector named
// as its file; `{}` used to load as a 0-byte input and a name differing from
// the file name went unnoticed. A file over MaxFileSize is refused before it is read.
func TestVectorFileChecks(t *testing.T) {
	good := execute.Vector{Name: "x", Description: "d", Kind: "failure", Input: []byte{1}, Gas: 100}
	enc := func(v execute.Vector) string {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return string(b)
	}
	renamed := good
	renamed.Name = "y"
	succeeds := good
	succeeds.Success = true
	valid := good
	valid.Kind, valid.Success, valid.Output = "valid", true, make([]byte, 64) // valid=false in the output
	cases := []struct{ body, want string }{
		{"{}", "lacks the field(s) name, description, kind, input, success, output, gas"},
		{`{"name":"x"}`, "lacks the field(s) description, kind"},
		{enc(renamed), `the vector's name is "y" but its file is named "x"`},
		{enc(succeeds), "kind failure but success is true"},
		{enc(valid), `kind "valid" but output says valid=false`},
		{strings.Replace(enc(good), `"kind"`, `"knd":"","kind"`, 1), `unknown field "knd"`},
		{strings.Replace(enc(good), `"gas":"0x64"`, `"gas":"0x0"`, 1), "gas is 0"},
		{"[1]", "is not an EXECUTE vector"},
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "x.json")
	for _, c := range cases {
		require.NoError(t, os.WriteFile(path, []byte(c.body), 0o644))
		_, err := execute.LoadFile(path)
		require.ErrorContains(t, err, c.want, c.body)
		_, err = execute.LoadDir(dir)
		require.ErrorContains(t, err, c.want, "LoadDir checks as LoadFile: %s", c.body)
	}
	require.NoError(t, os.WriteFile(path, []byte(enc(good)), 0o644))
	v, err := execute.LoadFile(path)
	require.NoError(t, err)
	require.Equal(t, "x", v.Name)

	huge := filepath.Join(dir, "huge.json")
	f, err := os.Create(huge)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(1<<30)) // sparse: 1 GiB on paper
	require.NoError(t, f.Close())
	_, err = execute.LoadFile(huge)
	require.ErrorContains(t, err, "is 1073741824 bytes, over the")
	_, err = execute.ReadLimited(strings.NewReader(strings.Repeat("a", 11)), "stdin", 10)
	require.ErrorContains(t, err, "stdin is over the 10-byte limit")
}
