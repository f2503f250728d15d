package l1calls

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node/exectracer"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
)

// TestExtract: EXECUTE frames are found at any depth, numbered per
// transaction in depth-first order, with success from the frame's error; a
// call inside a contract given less gas than EXECUTE's price is counted
// (NotRun), not returned, and a direct one is returned and marked out of
// gas; one that "succeeded" below its price is an impossible trace.
func TestExtract(t *testing.T) {
	exec := precompile.ExecuteAddress
	other := common.Address{7}
	out := make([]byte, 64)
	traces := []TxTrace{
		{TxHash: common.Hash{1}, Result: &Frame{Type: "CALL", To: &exec, Gas: 1 << 24, Input: []byte{1}, Output: out}},
		{TxHash: common.Hash{2}, Result: &Frame{Type: "CALL", To: &other, Calls: []Frame{
			{Type: "STATICCALL", To: &other, Calls: []Frame{{Type: "STATICCALL", To: &exec, Gas: 1 << 24, Input: []byte{2}, Output: out}}},
			{Type: "STATICCALL", To: &exec, Gas: 10, Input: make([]byte, 1000), Output: out, Error: "out of gas"},
			{Type: "STATICCALL", To: &exec, Gas: 1 << 24, Input: []byte{3}, Error: "precompile failed"},
		}}},
		{TxHash: common.Hash{3}, Result: &Frame{Type: "CALL", To: &other}},
		{TxHash: common.Hash{4}, Result: &Frame{Type: "CALL", To: &exec, Gas: 30_000, Input: []byte{4}, Error: "out of gas"}},
	}
	b, err := ExtractBlock(traces)
	require.NoError(t, err)
	require.Equal(t, 1, b.NotRun, "the depth-1 frame below its price")
	found := b.Calls
	require.Len(t, found, 4)
	require.Equal(t, Found{Tx: common.Hash{1}, TxIndex: 0, Index: 0, Depth: 0, Type: "CALL", Gas: 1 << 24}, stripCall(found[0]))
	require.Equal(t, 2, found[1].Depth)
	require.Equal(t, 0, found[1].Index)
	require.Equal(t, []byte{2}, found[1].Call.Input)
	require.True(t, found[1].Call.Success)
	require.Equal(t, 2, found[2].Index, "the frame counted as not run keeps its place in the numbering")
	require.False(t, found[2].Call.Success)
	require.Empty(t, found[2].Call.Output, "a failed call returns nothing")
	require.False(t, found[2].OutOfGas())
	require.False(t, found[1].OutOfGas())
	require.Equal(t, 0, found[3].Depth)
	require.True(t, found[3].OutOfGas(), "a direct call: callTracer's gas is the transaction's gas limit, judged by NotRun")

	traces[1].Result.Calls[1].Error = "" // "succeeded" with 10 gas
	_, err = ExtractBlock(traces)
	require.ErrorIs(t, err, ErrImpossibleTrace)

	_, err = Extract([]TxTrace{{TxHash: common.Hash{9}, Error: "tracer failed"}})
	require.ErrorContains(t, err, "tracer failed")
}

func stripCall(f Found) Found {
	f.Call.Input, f.Call.Output, f.Call.Success = nil, nil, false
	return f
}

// TestNotRunFrames: a failed EXECUTE frame whose error go-ethereum raises
// before the callee runs (max call depth, insufficient balance) or on
// insufficient gas is never a result of EXECUTE, whatever gas it had; a
// failure with EXECUTE's own error and ample gas is one.
func TestNotRunFrames(t *testing.T) {
	in := make([]byte, 100)
	for _, f := range []Found{
		{Depth: 1025, Gas: 1 << 40, Error: "max call depth exceeded", Call: validator.Call{Input: in}},
		{Depth: 2, Gas: 1 << 40, Error: "insufficient balance for transfer", Value: big.NewInt(1), Call: validator.Call{Input: in}},
	} {
		require.NotEmpty(t, f.NotRun(nil, nil), f.Error)
	}
	// Out of gas inside a contract: the frame's gas is what EXECUTE got, and
	// go-ethereum fails it out of gas only below its price. With the price
	// or more, "out of gas" is a node's lie about a call that ran: judged
	// (L1 failed it), so a node cannot hide a disagreement behind it.
	price := precompile.RequiredGas(in)
	f := Found{Depth: 2, Gas: price - 1, Error: "out of gas", Call: validator.Call{Input: in}}
	require.NotEmpty(t, f.NotRun(nil, nil), "below the price")
	f.Gas = price
	require.Empty(t, f.NotRun(nil, nil), "out of gas with the price in hand")
	// The other errors raised before the callee runs have conditions the
	// trace shows: max call depth needs a frame 1024 calls deep, an
	// insufficient balance needs a value. Without them the error is a lie.
	f = Found{Depth: 3, Gas: price, Error: "max call depth exceeded", Call: validator.Call{Input: in}}
	require.Empty(t, f.NotRun(nil, nil), "max call depth at depth 3")
	f.Depth = 1025
	require.NotEmpty(t, f.NotRun(nil, nil), "max call depth at depth 1025")
	f = Found{Depth: 1, Gas: price, Error: "insufficient balance for transfer", Call: validator.Call{Input: in}}
	require.Empty(t, f.NotRun(nil, nil), "insufficient balance without a value")
	f.Value = big.NewInt(1)
	require.NotEmpty(t, f.NotRun(nil, nil), "insufficient balance for a value")
	// At depth 0 the trace gives the transaction's gas limit, and its access
	// or authorization list (not in the trace) may have taken what EXECUTE
	// lacked: out of gas there is never judged.
	f = Found{Depth: 0, Gas: 1 << 40, Error: "out of gas", Call: validator.Call{Input: in}}
	require.NotEmpty(t, f.NotRun(nil, nil))
	f = Found{Depth: 2, Gas: 1 << 40, Error: "malformed EXECUTE input", Call: validator.Call{Input: in}}
	require.Empty(t, f.NotRun(nil, nil))
	f.Call.Success = true
	f.Error = "out of gas"
	require.Empty(t, f.NotRun(nil, nil), "a successful call ran")
}

// TestOnlyCallFramesAreCalls: a SELFDESTRUCT whose beneficiary is 0x…0101
// (PUSH2 0x0101 SELFDESTRUCT, anyone's cheap transaction) appears in
// callTracer as a frame to EXECUTE with an empty input and no error, but
// runs nothing: it is no EXECUTE call (judged, it would be a false
// disagreement and halt validators). Only CALL, CALLCODE, DELEGATECALL and
// STATICCALL frames run the precompile.
func TestOnlyCallFramesAreCalls(t *testing.T) {
	exec := precompile.ExecuteAddress
	traces := []TxTrace{{TxHash: common.Hash{1}, Result: &Frame{Type: "CREATE", Calls: []Frame{
		{Type: "SELFDESTRUCT", To: &exec, Input: []byte{}},
		{Type: "STATICCALL", To: &exec, Gas: 1 << 24, Input: []byte{1}, Error: "malformed"},
		{Type: "DELEGATECALL", To: &exec, Gas: 1 << 24, Input: []byte{2}, Error: "malformed"},
		{Type: "CALLCODE", To: &exec, Gas: 1 << 24, Input: []byte{3}, Error: "malformed"},
		{Type: "CALL", To: &exec, Gas: 1 << 24, Input: []byte{4}, Error: "malformed"},
	}}}}
	found, err := Extract(traces)
	require.NoError(t, err)
	require.Len(t, found, 4)
	for i, f := range found {
		require.Equal(t, []byte{byte(i + 1)}, f.Call.Input)
		require.Equal(t, i, f.Index)
	}
}

// TestDuplicateTransactionRefused: a block listing one transaction hash
// twice (no valid block does) would file two calls under one key (tx, i):
// its traces are refused even when they list the same hashes.
func TestDuplicateTransactionRefused(t *testing.T) {
	tx := common.Hash{0xaa}
	h := &Header{Number: 10, Txs: []common.Hash{tx, tx}}
	err := matchTraces(h, []TxTrace{{TxHash: tx}, {TxHash: tx}})
	require.ErrorIs(t, err, ErrTraceMismatch)
	require.ErrorContains(t, err, "twice")
}

// TestExtractExec: nrExecuteTracer frames that ran EXECUTE are calls, with
// exact gas (NotRun judges them at depth 0 as inside contracts); those that
// did not are counted; a frame no go-ethereum reports is ErrImpossibleTrace.
func TestExtractExec(t *testing.T) {
	in := make([]byte, 40)
	price := hexutil.Uint64(precompile.RequiredGas(in))
	ran := exectracer.Frame{Type: "STATICCALL", Depth: 1, Gas: price, Price: price, InputSize: 40, Input: in, Output: []byte{1}}
	below := exectracer.Frame{Type: "STATICCALL", Depth: 1, Gas: price - 1, Price: price, InputSize: 40, Error: "out of gas"}
	poor := exectracer.Frame{Type: "CALL", Depth: 2, Gas: price * 2, Price: price, InputSize: 40, Value: (*hexutil.Big)(big.NewInt(1)), Error: "insufficient balance for transfer"}
	direct := exectracer.Frame{Type: "CALL", Depth: 0, Gas: price, Price: price, InputSize: 40, Input: in, Error: "out of gas"}
	traces := func(fs ...exectracer.Frame) []ExecTrace {
		return []ExecTrace{{TxHash: common.Hash{1}, Result: &exectracer.Result{Calls: fs}}}
	}
	b, err := ExtractExec(traces(below, ran, poor, direct))
	require.NoError(t, err)
	require.Equal(t, 2, b.NotRun)
	require.Len(t, b.Calls, 2)
	require.Equal(t, 1, b.Calls[0].Index, "numbered among all the transaction's frames")
	require.True(t, b.Calls[0].Call.Success)
	require.Equal(t, []byte{1}, b.Calls[0].Call.Output)
	require.True(t, b.Calls[0].Exact)
	require.Empty(t, b.Calls[1].NotRun(nil, nil), "out of gas at depth 0 with the price in hand: a lie, judged")

	for name, f := range map[string]func(*exectracer.Frame){
		"succeeded below the price":  func(f *exectracer.Frame) { f.Gas, f.Input, f.Error = f.Price-1, nil, "" },
		"ran without its input":      func(f *exectracer.Frame) { f.Input = nil },
		"input of another size":      func(f *exectracer.Frame) { f.InputSize = 41 },
		"another price":              func(f *exectracer.Frame) { f.Price++; f.Gas++ },
		"price under the size's":     func(f *exectracer.Frame) { f.Input, f.Price, f.Gas, f.Error = nil, 50_000, 0, "out of gas" },
		"a selfdestruct":             func(f *exectracer.Frame) { f.Type = "SELFDESTRUCT" },
		"max call depth not so deep": func(f *exectracer.Frame) { f.Input, f.Error = nil, "max call depth exceeded" },
		"no balance for no value":    func(f *exectracer.Frame) { f.Input, f.Error = nil, "insufficient balance for transfer" },
		"below the price with input": func(f *exectracer.Frame) { f.Gas, f.Error = f.Price-1, "out of gas" },
	} {
		g := ran
		f(&g)
		_, err := ExtractExec(traces(g))
		require.ErrorIs(t, err, ErrImpossibleTrace, name)
	}
	// An empty input that ran: nrExecuteTracer leaves out its empty "input"
	// (omitempty), so it decodes as nil and must still be a call, not a lie.
	empty := exectracer.Frame{Type: "STATICCALL", Depth: 1, Gas: 50_000, Price: hexutil.Uint64(precompile.RequiredGas(nil)), Input: []byte{}, Error: "invalid input"}
	wire, err := json.Marshal(traces(empty))
	require.NoError(t, err)
	var decoded []ExecTrace
	require.NoError(t, json.Unmarshal(wire, &decoded))
	b, err = ExtractExec(decoded)
	require.NoError(t, err)
	require.Len(t, b.Calls, 1)
	require.Equal(t, []byte{}, b.Calls[0].Call.Input)

	_, err = ExtractExec([]ExecTrace{{TxHash: common.Hash{9}, Error: "tracer failed"}})
	require.ErrorContains(t, err, "tracer failed")

	// More than the block's gas limit pays for.
	h := &Header{GasLimit: 1_000_000}
	b, err = ExtractExec(traces(ran, ran, ran))
	require.NoError(t, err)
	require.NoError(t, b.paid(h))
	b.NotRun = 12_000
	require.ErrorIs(t, b.paid(h), ErrImpossibleTrace)
	_, err = ExtractExec(traces(make([]exectracer.Frame, 30)...))
	require.ErrorIs(t, err, ErrImpossibleTrace, "frames of no type")
	b = &Block{Calls: make([]Found, 30)}
	for i := range b.Calls {
		b.Calls[i] = Found{Gas: uint64(price), Exact: true, Call: validator.Call{Input: in, Success: true}}
	}
	require.ErrorIs(t, b.paid(h), ErrImpossibleTrace, "30 calls that ran at ~50k gas each in a 1M-gas block")
}
