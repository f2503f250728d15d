package execute_test

import (
	"bytes"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/program"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/execute"
)

// caller is a contract that copies its calldata, calls EXECUTE with it by op
// (forwarding all gas, with value for CALL and CALLCODE) and returns the
// success word followed by the return data.
func caller(op vm.OpCode, value uint64) []byte {
	p := program.New()
	p.Op(vm.CALLDATASIZE).Push0().Push0().Op(vm.CALLDATACOPY)
	p.Push(0).Push(0).Op(vm.CALLDATASIZE).Push(0)
	if op == vm.CALL || op == vm.CALLCODE {
		p.Push(value)
	}
	p.Push(precompile.ExecuteAddress.Bytes()).Op(vm.GAS).Op(op)
	p.Push0().Op(vm.MSTORE)
	p.Op(vm.RETURNDATASIZE).Push0().Push(32).Op(vm.RETURNDATACOPY)
	p.Op(vm.RETURNDATASIZE).Push(32).Op(vm.ADD).Push0().Op(vm.RETURN)
	return p.Bytes()
}

// TestCallKinds: EXECUTE's outcome does not depend on how it is called
// (spec/execute.md, "Calling EXECUTE"): CALL with and without value, CALLCODE
// with value, DELEGATECALL and STATICCALL give the vector's success and output.
// Value sent with CALL stays at 0x…0101 when the call succeeds and returns to
// the caller when it fails (a failed call reverts its frame); CALLCODE and
// DELEGATECALL run in the caller's context, so nothing moves.
func TestCallKinds(t *testing.T) {
	set, err := execute.LoadDir(committed)
	require.NoError(t, err)
	byName := map[string]*execute.Vector{}
	for i := range set {
		byName[set[i].Name] = &set[i]
	}
	contract := common.HexToAddress("0xc0de")
	for _, name := range []string{"valid-empty", "false-post-state-root", "fail-trailing-byte"} {
		v := byName[name]
		require.NotNil(t, v, name)
		for _, kind := range []struct {
			op    vm.OpCode
			value uint64
		}{{vm.CALL, 0}, {vm.CALL, 7}, {vm.CALLCODE, 7}, {vm.DELEGATECALL, 0}, {vm.STATICCALL, 0}} {
			db := state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil)
			st, err := state.New(types.EmptyRootHash, db)
			require.NoError(t, err)
			st.SetCode(contract, caller(kind.op, kind.value), tracing.CodeChangeUnspecified)
			st.SetBalance(contract, uint256.NewInt(100), tracing.BalanceChangeUnspecified)
			cfg := &runtime.Config{ChainConfig: l2.L1Config(), GasLimit: 200_000_000, State: st, Random: &common.Hash{}, BlockNumber: big.NewInt(1), Time: 1}
			ret, _, err := runtime.Call(contract, v.Input, cfg)
			require.NoError(t, err, "%s by %v", name, kind.op)
			require.GreaterOrEqual(t, len(ret), 32)
			success := ret[31] == 1
			require.Equal(t, v.Success, success, "%s by %v value %d", name, kind.op, kind.value)
			require.True(t, bytes.Equal(v.Output, ret[32:]), "%s by %v: output %x, vector %x", name, kind.op, ret[32:], []byte(v.Output))
			moved := uint64(0)
			if kind.op == vm.CALL && v.Success {
				moved = kind.value
			}
			require.Equal(t, moved, st.GetBalance(precompile.ExecuteAddress).Uint64(), "%s by %v value %d: value at 0x…0101", name, kind.op, kind.value)
			require.Equal(t, 100-moved, st.GetBalance(contract).Uint64())
		}
	}
}

// TestSystemContractHashes: the code hashes spec/execute.md's "System
// contracts" table gives are go-ethereum's, per fork.
func TestSystemContractHashes(t *testing.T) {
	spec, err := os.ReadFile("../../spec/execute.md")
	require.NoError(t, err)
	cfg := l2.L1Config()
	for _, sc := range stateless.SystemContracts(cfg, big.NewInt(1), 0) {
		row := fmt.Sprintf("`%s` | ", sc.Address.Hex())
		require.Contains(t, string(spec), row, "spec/execute.md lacks %s", sc.Address.Hex())
		line := string(spec)[strings.Index(string(spec), row):]
		line = line[:strings.Index(line, "\n")]
		require.Contains(t, line, fmt.Sprintf("| %d | `%s` |", len(sc.Code), crypto.Keccak256Hash(sc.Code).Hex()), "spec/execute.md row for %s", sc.Address.Hex())
	}
	require.Len(t, stateless.SystemContracts(cfg, big.NewInt(1), 0), 4, "Osaka calls the four of the table")
}
