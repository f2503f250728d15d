// Package exectracer is nrExecuteTracer, a native go-ethereum tracer that
// reports the call frames of a transaction that call EXECUTE (0x…0101), and
// nothing else: what `nr validator` needs of an L1 block, in memory and
// bytes bounded by the gas the block paid. spec/validator.md, "The
// nrExecuteTracer", is its description; a second L1 client implements the
// same JSON.
//
// callTracer, the alternative, copies every frame's input: one transaction
// making a thousand zero-gas calls to EXECUTE over the same 100 kB of memory
// pays ~140 gas a call and traces to hundreds of MB. Here a frame given less
// than EXECUTE's price for its input (go-ethereum fails it out of gas before
// the precompile runs) is reported by its input's length and its price
// alone; only frames given at least the price carry their input and output,
// and each of those paid at least the price for its input.
//
// Importing the package registers the tracer with go-ethereum's tracer
// directory (tracers.DefaultDirectory), which debug_trace* use: `nr geth`
// (package l1node) imports it.
package exectracer

import (
	"encoding/json"
	"errors"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/precompile"
)

// Name is the tracer's name in debug_trace*'s {"tracer": Name}.
const Name = "nrExecuteTracer"

func init() {
	tracers.DefaultDirectory.Register(Name, New, false)
}

// Result is the tracer's answer for one transaction.
type Result struct {
	// Calls are the transaction's frames calling EXECUTE, in the order they
	// were entered (depth-first, the order of callTracer's frames).
	Calls []Frame `json:"calls"`
}

// Frame is one call frame to EXECUTE.
type Frame struct {
	// Type is CALL, CALLCODE, DELEGATECALL or STATICCALL (a SELFDESTRUCT
	// paying out to 0x…0101 runs nothing and is not reported).
	Type string `json:"type"`
	// From is the caller (the frame's msg.sender in EVM terms).
	From common.Address `json:"from"`
	// Depth is the frame's call depth: 0 for a transaction to EXECUTE.
	Depth int `json:"depth"`
	// Gas is the gas EXECUTE was given, at every depth (at depth 0 the
	// transaction's gas after its intrinsic gas), not callTracer's
	// transaction gas limit at depth 0.
	Gas hexutil.Uint64 `json:"gas"`
	// Price is EXECUTE's price for the input (precompile.RequiredGas). A
	// frame with Gas < Price did not run EXECUTE: it failed out of gas.
	Price hexutil.Uint64 `json:"price"`
	// Value is the value sent by a CALL or CALLCODE; omitted when zero.
	Value *hexutil.Big `json:"value,omitempty"`
	// InputSize is the input's length in bytes.
	InputSize int `json:"inputSize"`
	// Input and Output are only reported for a frame that ran EXECUTE
	// (Ran); the output only when it is not empty.
	Input  hexutil.Bytes `json:"input,omitempty"`
	Output hexutil.Bytes `json:"output,omitempty"`
	// Error is the frame's error ("" on success): "out of gas" for a frame
	// below its price.
	Error string `json:"error,omitempty"`
}

// Ran reports whether the frame ran EXECUTE: it was given EXECUTE's price
// for its input, and failed with none of the errors go-ethereum raises
// before a callee runs, whatever its gas (ErrDepth, 1,025 calls deep;
// ErrInsufficientBalance, a value its caller does not have). Both return
// the frame's gas: a loop can repeat them for ~140 gas each.
func (f *Frame) Ran() bool {
	return f.Gas >= f.Price && f.Error != vm.ErrDepth.Error() && f.Error != vm.ErrInsufficientBalance.Error()
}

type openFrame struct {
	index int
	input []byte
}

type tracer struct {
	res Result
	// open holds, for every frame entered and not yet exited, the index of
	// its Frame in res.Calls, or -1 if it is not a call to EXECUTE, and
	// the frame's input, copied at exit if EXECUTE ran: the caller's memory
	// it points into does not change while the callee runs.
	open      []openFrame
	interrupt atomic.Bool
	reason    atomic.Pointer[error]
}

// New is the tracer's constructor for tracers.DefaultDirectory. It takes no
// configuration.
func New(_ *tracers.Context, _ json.RawMessage, _ *params.ChainConfig) (*tracers.Tracer, error) {
	t := &tracer{res: Result{Calls: []Frame{}}}
	return &tracers.Tracer{
		Hooks:     &tracing.Hooks{OnEnter: t.onEnter, OnExit: t.onExit},
		GetResult: t.getResult,
		Stop:      t.stop,
	}, nil
}

func (t *tracer) onEnter(depth int, typ byte, from, to common.Address, input []byte, gas uint64, value *big.Int) {
	if t.interrupt.Load() {
		return
	}
	op := vm.OpCode(typ)
	if to != precompile.ExecuteAddress || (op != vm.CALL && op != vm.CALLCODE && op != vm.DELEGATECALL && op != vm.STATICCALL) {
		t.open = append(t.open, openFrame{index: -1})
		return
	}
	f := Frame{Type: op.String(), From: from, Depth: depth, Gas: hexutil.Uint64(gas),
		Price: hexutil.Uint64(precompile.RequiredGas(input)), InputSize: len(input)}
	if (op == vm.CALL || op == vm.CALLCODE) && value != nil && value.Sign() != 0 {
		f.Value = (*hexutil.Big)(new(big.Int).Set(value))
	}
	t.open = append(t.open, openFrame{index: len(t.res.Calls), input: input})
	t.res.Calls = append(t.res.Calls, f)
}

func (t *tracer) onExit(depth int, output []byte, _ uint64, err error, _ bool) {
	if len(t.open) == 0 {
		return
	}
	o := t.open[len(t.open)-1]
	t.open = t.open[:len(t.open)-1]
	if o.index < 0 {
		return
	}
	f := &t.res.Calls[o.index]
	if err != nil {
		f.Error = err.Error()
	}
	if !f.Ran() {
		return
	}
	f.Input = make([]byte, len(o.input))
	copy(f.Input, o.input)
	if err == nil && len(output) > 0 {
		f.Output = common.CopyBytes(output)
	}
}

func (t *tracer) getResult() (json.RawMessage, error) {
	if r := t.reason.Load(); r != nil {
		return nil, *r
	}
	return json.Marshal(&t.res)
}

func (t *tracer) stop(err error) {
	if err == nil {
		err = errors.New("tracing stopped")
	}
	t.reason.Store(&err)
	t.interrupt.Store(true)
}
