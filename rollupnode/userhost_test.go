package rollupnode_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity"
)

// writeArtifact writes v as JSON into dir/name and returns its path.
func writeArtifact(t *testing.T, dir, name string, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, b, 0o644))
	return path
}

// TestLoadHostArtifact: nr devnet --rollup takes a NativeRollup compiled by
// solc in nr's, Foundry's ({"object": hex}) or Hardhat's artifact shape, and
// refuses, naming why, what it could not deploy or settle.
func TestLoadHostArtifact(t *testing.T) {
	dir := t.TempDir()
	my, err := solidity.LoadArtifact("MyRollup")
	require.NoError(t, err)
	other, err := solidity.LoadArtifact("TestNativeRollup")
	require.NoError(t, err)
	bridge, err := solidity.LoadArtifact("L2Bridge")
	require.NoError(t, err)
	code := hexutil.Encode(my.Bytecode)
	for _, c := range []struct {
		name string
		file any
		want string // empty: accepted
	}{
		{"nr artifact", map[string]any{"abi": my.ABI, "bytecode": code}, ""},
		{"Foundry artifact", map[string]any{"abi": my.ABI, "bytecode": map[string]any{"object": code}}, ""},
		{"hex without 0x", map[string]any{"abi": my.ABI, "bytecode": strings.TrimPrefix(code, "0x")}, ""},
		{"no bytecode", map[string]any{"abi": my.ABI}, `no "abi" and "bytecode"`},
		{"empty bytecode", map[string]any{"abi": my.ABI, "bytecode": "0x"}, "the bytecode is empty"},
		{"unlinked library", map[string]any{"abi": my.ABI, "bytecode": code[:40] + "__$0123456789abcdef0123456789abcdef01$__" + code[80:]}, "unlinked library placeholders"},
		{"bytecode not hex", map[string]any{"abi": my.ABI, "bytecode": "0xzz"}, "the bytecode is not hex"},
		{"bytecode a number", map[string]any{"abi": my.ABI, "bytecode": 7}, `neither a hex string nor {"object": hex}`},
		{"another constructor", map[string]any{"abi": other.ABI, "bytecode": hexutil.Encode(other.Bytecode)}, "the devnet passes (bytes32,bytes32,uint64,address)"},
		{"not a NativeRollup", map[string]any{"abi": bridge.ABI, "bytecode": hexutil.Encode(bridge.Bytecode)}, "its constructor takes"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := rollupnode.LoadHostArtifact(writeArtifact(t, dir, strings.ReplaceAll(c.name, " ", "-")+".json", c.file))
			if c.want == "" {
				require.NoError(t, err)
				require.Equal(t, []byte(my.Bytecode), got)
				return
			}
			require.ErrorIs(t, err, rollupnode.ErrHostArtifact)
			require.ErrorContains(t, err, c.want)
		})
	}
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte("pragma solidity"), 0o644))
	_, err = rollupnode.LoadHostArtifact(bad)
	require.ErrorIs(t, err, rollupnode.ErrHostArtifact)
	require.ErrorContains(t, err, "not JSON")
}

// TestDevnetUserHost: nr devnet --rollup deploys the user's own NativeRollup
// from a Foundry artifact (here MyRollup's solc output in Foundry's shape) and
// settles L2 blocks through it.
func TestDevnetUserHost(t *testing.T) {
	my, err := solidity.LoadArtifact("MyRollup")
	require.NoError(t, err)
	path := writeArtifact(t, t.TempDir(), "MyOwnRollup.json", map[string]any{"abi": my.ABI, "bytecode": map[string]any{"object": hexutil.Encode(my.Bytecode)}})
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) { c.HostArtifact = path })
	d.waitSettled(t, 2, 60*time.Second)
}
