package daemon_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
)

// TestDirectCallOutOfGasUnverified: a transaction sent straight to EXECUTE
// whose gas limit covers RequiredGas(input) but not RequiredGas plus the
// intrinsic gas runs EXECUTE out of gas. nrExecuteTracer (nr geth) reports
// the gas EXECUTE got, below its price: the call is counted on the block's
// record (notRun), agreeing with L1, with no record of its own. callTracer
// (a node without nrExecuteTracer) reports the depth-0 frame's gas as the
// transaction's gas limit; the daemon subtracts the intrinsic gas, records
// the call unverified. Neither halts (re-execution would succeed and
// "disagree" with L1's correct failure).
func TestDirectCallOutOfGasUnverified(t *testing.T) {
	d := newDevnet(t)
	input := d.l2Block(d.other, 1).Input.Encode()
	to := precompile.ExecuteAddress
	from := addr(l1node.DevKey(2))
	h, err := d.ec.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	rules := l2.L1Config().Rules(h.Number, true, h.Time)
	intrinsic, err := core.IntrinsicGas(input, nil, nil, from, &to, new(uint256.Int), rules)
	require.NoError(t, err)
	floor, err := core.FloorDataGas(rules, from, &to, new(uint256.Int), input, nil)
	require.NoError(t, err)
	gas := intrinsic + precompile.RequiredGas(input) - 1 // EXECUTE gets RequiredGas - 1
	require.GreaterOrEqual(t, gas, floor)
	r := d.send(l1node.DevKey(2), &to, gas, input)
	require.Equal(t, types.ReceiptStatusFailed, r.Status, "EXECUTE ran out of gas on L1")

	p := reexecPolicy()
	p.OnDisagreement = validator.DisagreeHalt
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	run := start(t, d.node.HTTPEndpoint(), store, p, nil)
	run.waitTip(t, r.BlockNumber.Uint64())
	b, err := store.Block(r.BlockNumber.Uint64())
	require.NoError(t, err)
	require.Equal(t, 1, b.NotRun, b.Reason)
	require.Equal(t, "agree", b.Result, b.Reason)
	require.Empty(t, b.Calls)
	_, err = store.Call(r.TxHash, 0)
	require.Error(t, err, "no record for a call that never ran EXECUTE")
	require.NoError(t, run.shutdown(t))

	store, err = daemon.OpenStore("")
	require.NoError(t, err)
	run = start(t, callTracerOnly(t, d.node.HTTPEndpoint()), store, p, nil)
	run.waitTip(t, r.BlockNumber.Uint64())
	c, err := store.Call(r.TxHash, 0)
	require.NoError(t, err)
	require.Equal(t, "unverified", c.Result, c.Reason)
	require.Contains(t, c.Reason, "ran out of gas")
	require.NoError(t, run.shutdown(t))
}

// TestValueCallWithoutBalanceUnverified: a contract with no balance CALLs
// EXECUTE with 1 wei. Tracers open the frame before the balance check, so
// the trace holds an EXECUTE frame with ample gas and the error
// "insufficient balance for transfer": EXECUTE never ran. nrExecuteTracer
// reports it without its input, and the daemon counts it on the block
// (notRun); from callTracer's trace the daemon records the call unverified.
// Neither judges (and halts on) it.
func TestValueCallWithoutBalanceUnverified(t *testing.T) {
	d := newDevnet(t)
	input := d.l2Block(d.other, 1).Input.Encode()
	// runtime: calldatacopy(0,0,cds); call(gas, 0x0101, 1, 0, cds, 0, 0); stop
	runtime := common.FromHex("0x3660006000376000600036600060016101015af100")
	initcode := append(common.FromHex("0x6015600c60003960156000f3"), runtime...)
	r := d.send(l1node.DevKey(0), nil, 200_000, initcode)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	caller := r.ContractAddress
	gas := min(uint64(maxTxGas), 3*precompile.RequiredGas(input)+uint64(len(input))*40+100_000)
	r = d.send(l1node.DevKey(2), &caller, gas, input)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)

	p := reexecPolicy()
	p.OnDisagreement = validator.DisagreeHalt
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	run := start(t, d.node.HTTPEndpoint(), store, p, nil)
	run.waitTip(t, r.BlockNumber.Uint64())
	b, err := store.Block(r.BlockNumber.Uint64())
	require.NoError(t, err)
	require.Equal(t, 1, b.NotRun, b.Reason)
	require.Equal(t, "agree", b.Result, b.Reason)
	require.NoError(t, run.shutdown(t))

	store, err = daemon.OpenStore("")
	require.NoError(t, err)
	run = start(t, callTracerOnly(t, d.node.HTTPEndpoint()), store, p, nil)
	run.waitTip(t, r.BlockNumber.Uint64())
	c, err := store.Call(r.TxHash, 0)
	require.NoError(t, err)
	require.Equal(t, "unverified", c.Result, c.Reason)
	require.Contains(t, c.Reason, "insufficient balance")
	require.NoError(t, run.shutdown(t))
}
