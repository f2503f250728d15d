package solidity_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// proofHarness runs the ProofHarness contract in go-ethereum's EVM (core/vm/runtime),
// which is enough for the pure proof libraries and much faster than a node.
type proofHarness struct {
	cfg  *runtime.Config
	addr common.Address
	abi  *bindings.ProofHarness
}

func newProofHarness(t testing.TB) *proofHarness {
	t.Helper()
	art, err := solidity.LoadArtifact("ProofHarness")
	require.NoError(t, err)
	cfg := &runtime.Config{GasLimit: 1 << 32}
	_, addr, _, err := runtime.Create(art.Bytecode, cfg)
	require.NoError(t, err)
	return &proofHarness{cfg: cfg, addr: addr, abi: bindings.NewProofHarness()}
}

// call runs calldata and returns the output, or the revert data with ok == false.
func (h *proofHarness) call(t testing.TB, calldata []byte) (out []byte, ok bool) {
	t.Helper()
	ret, _, err := runtime.Call(h.addr, calldata, h.cfg)
	if errors.Is(err, vm.ErrExecutionReverted) {
		return ret, false
	}
	require.NoError(t, err)
	return ret, true
}

func (h *proofHarness) get(t testing.TB, root common.Hash, key []byte, proof [][]byte) (res bindings.GetOutput, revert []byte) {
	t.Helper()
	out, ok := h.call(t, h.abi.PackGet(root, key, proof))
	if !ok {
		return res, out
	}
	res, err := h.abi.UnpackGet(out)
	require.NoError(t, err)
	return res, nil
}

func (h *proofHarness) storageValue(t testing.TB, root common.Hash, slot common.Hash, proof [][]byte) (*big.Int, []byte) {
	t.Helper()
	out, ok := h.call(t, h.abi.PackStorageValue(root, slot, proof))
	if !ok {
		return nil, out
	}
	v, err := h.abi.UnpackStorageValue(out)
	require.NoError(t, err)
	return v, nil
}

func (h *proofHarness) flatten(t testing.TB, data []byte) (flat []byte, revert []byte) {
	t.Helper()
	out, ok := h.call(t, h.abi.PackFlatten(data))
	if !ok {
		return nil, out
	}
	flat, err := h.abi.UnpackFlatten(out)
	require.NoError(t, err)
	return flat, nil
}

// requireRevert asserts that revert data starts with the selector of errorID.
func requireRevert(t testing.TB, revert []byte, errorID common.Hash, msgAndArgs ...any) {
	t.Helper()
	require.NotNil(t, revert, "expected a revert %x, got success", errorID[:4])
	require.GreaterOrEqual(t, len(revert), 4, "revert data too short: %x", revert)
	require.Equal(t, common.Bytes2Hex(errorID[:4]), common.Bytes2Hex(revert[:4]), msgAndArgs...)
}
