package solidity_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/solidity"
)

func TestLoadArtifactUnknown(t *testing.T) {
	for _, name := range []string{"", "NoSuchContract", "../go.mod", "artifacts/L2Bridge", "L2Bridge.json"} {
		_, err := solidity.LoadArtifact(name)
		require.ErrorIs(t, err, solidity.ErrUnknownArtifact, "name %q", name)
	}
}

func TestPredeploys(t *testing.T) {
	host := common.HexToAddress("0x1234")
	alloc, err := solidity.Predeploys(host, big.NewInt(42))
	require.NoError(t, err)
	require.Len(t, alloc, 1)
	bridge := alloc[solidity.L2BridgeAddress]
	art, err := solidity.LoadArtifact("L2Bridge")
	require.NoError(t, err)
	require.Equal(t, []byte(art.DeployedBytecode), bridge.Code)
	require.Equal(t, big.NewInt(42), bridge.Balance)
	require.Equal(t, common.BytesToHash(host.Bytes()), bridge.Storage[common.Hash{}], "slot 0 is L2Bridge.l1Host")
}
