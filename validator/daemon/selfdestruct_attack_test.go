package daemon_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
)

// TestSelfdestructToExecuteAttack (regression of f187717, which counts only
// call frames): anyone on L1 sends a transaction whose
// initcode is PUSH2 0x0101 SELFDESTRUCT (4 bytes, ~55k gas). go-ethereum's
// callTracer reports the SELFDESTRUCT as a frame {type: SELFDESTRUCT, to:
// 0x…0101, input: 0x, no error}. l1calls.Extract takes every frame whose
// target is EXECUTE, whatever its type, so the daemon files an "EXECUTE call"
// with an empty input that "succeeded": the precheck fails the empty input,
// L1 "succeeded", and the call is judged a DISAGREEMENT with an alarm; under
// on_disagreement = halt the validator stops. No EXECUTE call was made; an
// honest node and a correct L1 give a false alarm for the price of a tx.
func TestSelfdestructToExecuteAttack(t *testing.T) {
	d := newDevnet(t)
	r := d.send(l1node.DevKey(3), nil, 100_000, common.FromHex("0x610101ff"))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	d.direct(1) // a later block for the daemon to reach

	p := reexecPolicy()
	p.OnDisagreement = validator.DisagreeHalt
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	run := start(t, d.node.HTTPEndpoint(), store, p, nil)
	run.waitTip(t, d.head())
	c, err := store.Call(r.TxHash, 0)
	if err == nil {
		t.Fatalf("a SELFDESTRUCT to 0x…0101 was recorded as an EXECUTE call: %s (alarm %q): %s", c.Result, c.Alarm, c.Reason)
	}
	require.NoError(t, run.shutdown(t))
}
