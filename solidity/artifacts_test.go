package solidity_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// TestArtifactsUpToDate recompiles the contracts with the pinned solc and
// regenerates the bindings into a temporary directory, and fails if the committed
// artifacts or bindings differ (run `go generate ./solidity/...` and commit).
func TestArtifactsUpToDate(t *testing.T) {
	if _, err := exec.LookPath("npm"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("npm not found: CI must check the committed Solidity artifacts; install Node.js 20+")
		}
		t.Skip("npm not found: install Node.js 20+ to check that solidity/artifacts match the sources")
	}
	if testing.Short() {
		t.Skip("recompiling the contracts takes a few seconds; run without -short")
	}
	out := t.TempDir()
	cmd := exec.Command("bash", "build.sh", out)
	output, err := cmd.CombinedOutput()
	require.NoError(t, err, "build.sh failed:\n%s", output)

	committed, err := filepath.Glob("artifacts/*.json")
	require.NoError(t, err)
	rebuilt, err := filepath.Glob(filepath.Join(out, "artifacts", "*.json"))
	require.NoError(t, err)
	require.Equal(t, len(committed), len(rebuilt), "the set of contracts changed; run go generate ./solidity/...")
	for _, file := range committed {
		requireSameFile(t, file, filepath.Join(out, "artifacts", filepath.Base(file)))
	}
	requireSameFile(t, "bindings/bindings.go", filepath.Join(out, "bindings", "bindings.go"))
}

func requireSameFile(t *testing.T, committed, rebuilt string) {
	t.Helper()
	want, err := os.ReadFile(rebuilt)
	require.NoError(t, err, "%s was not rebuilt; run go generate ./solidity/...", committed)
	got, err := os.ReadFile(committed)
	require.NoError(t, err)
	require.True(t, string(want) == string(got), "%s is stale; run go generate ./solidity/... and commit the result", committed)
}

// TestAddressesAgree checks the addresses hard-coded in Solidity against Go.
func TestAddressesAgree(t *testing.T) {
	e := newL1(t)
	host := e.deploy(t, deployerKey, "MyRollup", bindings.NewMyRollup().PackConstructor([32]byte{1}, [32]byte{2}, 0, addr(sequencerKey)))
	my := bindings.NewMyRollup()
	got, err := my.UnpackL2BRIDGE(e.view(t, host, my.PackL2BRIDGE()))
	require.NoError(t, err)
	require.Equal(t, solidity.L2BridgeAddress, got)

	bridge := e.deploy(t, deployerKey, "L2Bridge", nil)
	l2b := bindings.NewL2Bridge()
	beacon, err := l2b.UnpackBEACONROOTS(e.view(t, bridge, l2b.PackBEACONROOTS()))
	require.NoError(t, err)
	require.Equal(t, params.BeaconRootsAddress, beacon)
}
