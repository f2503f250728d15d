package solidity_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/solidity/bindings"
)

// TestStateProofAgainstGetProof runs StateProof on eth_getProof output of a real
// L1 node: an account proof, a present slot, an absent slot (an exclusion proof)
// and an account that does not exist.
func TestStateProofAgainstGetProof(t *testing.T) {
	f := newNativeFixture(t, 3600)
	r := f.l1.mustSend(t, aliceKey, f.rollup, ether(1), f.abi.PackDeposit(addr(bobKey), big.NewInt(0)))
	sent, err := f.abi.UnpackDepositSentEvent(r.Logs[0])
	require.NoError(t, err)
	present := messageSlot(sent.DepositHash, depositsSlot)
	absent := messageSlot(common.Hash{0xde, 0xad}, depositsSlot)
	head := f.l1.head(t)

	res, err := gethclient.New(f.l1.rpc).GetProof(context.Background(), f.rollup, []string{present.Hex(), absent.Hex()}, head.Number)
	require.NoError(t, err)
	h := newProofHarness(t)
	out, ok := h.call(t, h.abi.PackStorageRoot(head.Root, f.rollup, decodeHexList(t, res.AccountProof)))
	require.True(t, ok, "revert %x", out)
	storageRoot, err := h.abi.UnpackStorageRoot(out)
	require.NoError(t, err)
	require.Equal(t, res.StorageHash, common.Hash(storageRoot))

	value, revert := h.storageValue(t, storageRoot, present, decodeHexList(t, res.StorageProof[0].Proof))
	require.Nil(t, revert)
	require.Equal(t, res.StorageProof[0].Value, value)
	require.Equal(t, int64(1), value.Int64())

	value, revert = h.storageValue(t, storageRoot, absent, decodeHexList(t, res.StorageProof[1].Proof))
	require.Nil(t, revert)
	require.Zero(t, value.Sign(), "an exclusion proof reads as zero")

	// A proof for the present slot does not prove anything about the absent one.
	value, revert = h.storageValue(t, storageRoot, absent, decodeHexList(t, res.StorageProof[0].Proof))
	if revert == nil {
		require.Zero(t, value.Sign(), "if the walk diverges before the leaf, absence is what it proves")
	} else {
		requireRevert(t, revert, bindings.ProofHarnessMPTInvalidNodeHashErrorID())
	}

	nobody := common.HexToAddress("0x00000000000000000000000000000000000b0d1e")
	res, err = gethclient.New(f.l1.rpc).GetProof(context.Background(), nobody, nil, head.Number)
	require.NoError(t, err)
	out, ok = h.call(t, h.abi.PackStorageRoot(head.Root, nobody, decodeHexList(t, res.AccountProof)))
	require.False(t, ok)
	requireRevert(t, out, bindings.ProofHarnessAccountNotInStateErrorID())
}
