package execute_test

import (
	"context"
	"fmt"
	"net"
	"os"
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
// committed set to be exactly what the generator gives today.
func TestCommittedVectorsAreGenerated(t *testing.T) {
	generated, err := execute.Generate()
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, execute.WriteDir(dir, generated))
	fresh, err := execute.LoadDir(dir)
	require.NoError(t, err)
	onDisk, err := execute.LoadDir(committed)
	require.NoError(t, err)
	require.Equal(t, fresh, onDisk, "tests/vectors/execute is stale: run `nr conformance gen`")
	kinds := map[string]int{}
	for _, v := range onDisk {
		kinds[v.Kind]++
	}
	require.Equal(t, map[string]int{"valid": 9, "false": 5, "failure": 23}, kinds)
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
	require.Equal(t, 5+23+9, failed, "alwaysValid returns a zero block hash, so even valid vectors fail")
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
