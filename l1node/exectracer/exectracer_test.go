package exectracer_test

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l1node/exectracer"
	"github.com/nativerollup/nr/precompile"
)

// EVM opcodes the crafted contracts use.
const (
	opStop, opPop, opCodecopy, opReturn, opRevert    = 0x00, 0x50, 0x39, 0xf3, 0xfd
	opCall, opCallcode, opDelegatecall, opStaticcall = 0xf1, 0xf2, 0xf4, 0xfa
	opSelfdestruct                                   = 0xff
)

func push4(v uint64) []byte { return binary.BigEndian.AppendUint32([]byte{0x63}, uint32(v)) }

// callTo calls to with op (value 0 for CALL and CALLCODE), gas, and the
// first size bytes of memory (zeros) as input; the result is popped.
func callTo(op byte, to common.Address, gas uint64, size int) []byte {
	return callValue(op, to, gas, size, 0)
}

// callValue is callTo sending value (CALL, CALLCODE).
func callValue(op byte, to common.Address, gas uint64, size int, value uint64) []byte {
	code := append(push4(0), push4(0)...)       // retSize, retOffset
	code = append(code, push4(uint64(size))...) // argsSize
	code = append(code, push4(0)...)            // argsOffset
	if op == opCall || op == opCallcode {
		code = append(code, push4(value)...)
	}
	code = append(code, 0x73)
	code = append(code, to.Bytes()...)
	code = append(code, push4(gas)...)
	return append(code, op, opPop)
}

func execCall(op byte, gas uint64, size int) []byte {
	return callTo(op, precompile.ExecuteAddress, gas, size)
}

// initcode deploys runtime.
func initcode(runtime []byte) []byte {
	n := len(runtime)
	code := []byte{0x61, byte(n >> 8), byte(n), 0x60, 14, 0x60, 0, opCodecopy, 0x61, byte(n >> 8), byte(n), 0x60, 0, opReturn}
	return append(code, runtime...)
}

type chain struct {
	t  *testing.T
	ec *ethclient.Client
	rc *rpc.Client
}

func newChain(t *testing.T) *chain {
	cfg := l1node.DefaultConfig()
	cfg.Dev, cfg.DevAccounts = true, 2
	cfg.HTTPPort, cfg.WSPort = 0, 0
	n, err := l1node.New(cfg)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, n.Close()) })
	require.NoError(t, n.Start())
	rc, err := rpc.Dial(n.HTTPEndpoint())
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	return &chain{t: t, ec: ethclient.NewClient(rc), rc: rc}
}

func (c *chain) send(to *common.Address, gas uint64, data []byte) *types.Receipt {
	t, ctx := c.t, context.Background()
	key := l1node.DevKey(1)
	chainID, err := c.ec.ChainID(ctx)
	require.NoError(t, err)
	nonce, err := c.ec.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	require.NoError(t, err)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei),
		Gas: gas, To: to, Value: new(big.Int), Data: data,
	})
	require.NoError(t, err)
	require.NoError(t, c.ec.SendTransaction(ctx, tx))
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if r, err := c.ec.TransactionReceipt(ctx, tx.Hash()); err == nil {
			return r
		}
		require.True(t, time.Now().Before(deadline), "transaction not mined after 20s")
	}
}

func (c *chain) deploy(runtime []byte) common.Address {
	r := c.send(nil, 1_000_000, initcode(runtime))
	require.Equal(c.t, types.ReceiptStatusSuccessful, r.Status)
	return r.ContractAddress
}

// trace is the transaction's nrExecuteTracer result and its callTracer
// frames to EXECUTE (type, from, gas, input, error), depth-first.
func (c *chain) trace(tx common.Hash) (exectracer.Result, []callFrame) {
	var res exectracer.Result
	require.NoError(c.t, c.rc.Call(&res, "debug_traceTransaction", tx, map[string]any{"tracer": exectracer.Name}))
	var top callFrame
	require.NoError(c.t, c.rc.Call(&top, "debug_traceTransaction", tx, map[string]any{"tracer": "callTracer"}))
	var out []callFrame
	var walk func(f *callFrame)
	walk = func(f *callFrame) {
		if f.To != nil && *f.To == precompile.ExecuteAddress && f.Type != "SELFDESTRUCT" {
			out = append(out, *f)
		}
		for i := range f.Calls {
			walk(&f.Calls[i])
		}
	}
	walk(&top)
	return res, out
}

type callFrame struct {
	Type  string          `json:"type"`
	From  common.Address  `json:"from"`
	To    *common.Address `json:"to"`
	Gas   hexutil.Uint64  `json:"gas"`
	Input hexutil.Bytes   `json:"input"`
	Error string          `json:"error"`
	Calls []callFrame     `json:"calls"`
}

// TestExecuteTracer: nrExecuteTracer on crafted transactions on a dev `nr
// geth`: it reports exactly the frames calling EXECUTE, in callTracer's
// order with callTracer's type, caller, gas and error (inside contracts,
// where callTracer's gas is the frame's), with EXECUTE's price for the
// input; the input only for frames given at least the price (those below it
// failed out of gas before EXECUTE ran).
func TestExecuteTracer(t *testing.T) {
	c := newChain(t)
	price := func(size int) uint64 { return precompile.RequiredGas(make([]byte, size)) }
	inner := c.deploy(append(execCall(opStaticcall, 200_000, 64), opStop))
	type want struct {
		typ   string
		depth int
		gas   uint64
		size  int
		ran   bool
	}
	for _, tc := range []struct {
		name    string
		runtime []byte
		status  uint64
		want    []want
	}{
		{"below the price", append(execCall(opStaticcall, 0, 100_000), opStop), types.ReceiptStatusSuccessful,
			[]want{{"STATICCALL", 1, 0, 100_000, false}}},
		{"one below the price", append(execCall(opStaticcall, price(100)-1, 100), opStop), types.ReceiptStatusSuccessful,
			[]want{{"STATICCALL", 1, price(100) - 1, 100, false}}},
		{"exactly the price", append(execCall(opCall, price(100), 100), opStop), types.ReceiptStatusSuccessful,
			[]want{{"CALL", 1, price(100), 100, true}}},
		{"nested", append(append(callTo(opCall, inner, 400_000, 0), execCall(opStaticcall, 0, 10)...), opStop), types.ReceiptStatusSuccessful,
			[]want{{"STATICCALL", 2, 200_000, 64, true}, {"STATICCALL", 1, 0, 10, false}}},
		{"delegatecall and callcode", append(append(execCall(opDelegatecall, 100_000, 32), execCall(opCallcode, 60_000, 32)...), opStop), types.ReceiptStatusSuccessful,
			[]want{{"DELEGATECALL", 1, 100_000, 32, true}, {"CALLCODE", 1, 60_000, 32, true}}},
		{"revert inside", append(append(execCall(opStaticcall, 100_000, 40), execCall(opStaticcall, 1, 40)...), 0x60, 0, 0x60, 0, opRevert), types.ReceiptStatusFailed,
			[]want{{"STATICCALL", 1, 100_000, 40, true}, {"STATICCALL", 1, 1, 40, false}}},
		{"value without balance", append(callValue(opCall, precompile.ExecuteAddress, 100_000, 1000, 1), opStop), types.ReceiptStatusSuccessful,
			[]want{{"CALL", 1, 100_000 + params.CallStipend, 1000, false}}},
		{"selfdestruct to EXECUTE", []byte{0x61, 0x01, 0x01, opSelfdestruct}, types.ReceiptStatusSuccessful, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			contract := c.deploy(tc.runtime)
			r := c.send(&contract, 2_000_000, nil)
			require.Equal(t, tc.status, r.Status)
			res, ct := c.trace(r.TxHash)
			require.Len(t, res.Calls, len(tc.want))
			require.Len(t, ct, len(tc.want), "callTracer's frames to EXECUTE")
			for i, w := range tc.want {
				f, cf := res.Calls[i], ct[i]
				require.Equal(t, w.typ, f.Type)
				require.Equal(t, w.depth, f.Depth)
				require.Equal(t, w.gas, uint64(f.Gas))
				require.Equal(t, price(w.size), uint64(f.Price))
				require.Equal(t, w.size, f.InputSize)
				require.Equal(t, w.ran, f.Ran())
				require.Equal(t, cf.Type, f.Type)
				require.Equal(t, cf.From, f.From)
				require.Equal(t, uint64(cf.Gas), uint64(f.Gas))
				require.Equal(t, cf.Error, f.Error)
				if w.ran {
					require.Equal(t, []byte(cf.Input), []byte(f.Input))
					require.NotEmpty(t, f.Error, "zeros are no EXECUTE input: EXECUTE ran and failed")
					require.NotEqual(t, "out of gas", f.Error)
				} else {
					require.Nil(t, f.Input, "no input for a frame that did not run EXECUTE")
					require.Nil(t, f.Output)
				}
				if uint64(f.Gas) < uint64(f.Price) {
					require.Equal(t, "out of gas", f.Error)
				}
			}
			if len(tc.want) > 0 && tc.want[0].depth == 1 {
				require.Equal(t, contract, res.Calls[0].From)
			}
			if tc.name == "value without balance" {
				require.Equal(t, "insufficient balance for transfer", res.Calls[0].Error)
				require.Equal(t, big.NewInt(1), res.Calls[0].Value.ToInt())
			} else {
				for _, f := range res.Calls {
					require.Nil(t, f.Value)
				}
			}
		})
	}

	// A transaction to EXECUTE: the frame's gas is what EXECUTE got (the gas
	// limit less the intrinsic gas), not callTracer's gas limit.
	t.Run("direct", func(t *testing.T) {
		exec := precompile.ExecuteAddress
		in := make([]byte, 8)
		intrinsic := params.TxGas + 8*params.TxDataZeroGas
		r := c.send(&exec, intrinsic+price(8)-1, in)
		require.Equal(t, types.ReceiptStatusFailed, r.Status)
		res, ct := c.trace(r.TxHash)
		require.Len(t, res.Calls, 1)
		require.Len(t, ct, 1)
		f := res.Calls[0]
		require.Equal(t, 0, f.Depth)
		require.Equal(t, "CALL", f.Type)
		require.Equal(t, price(8)-1, uint64(f.Gas))
		require.Equal(t, intrinsic+price(8)-1, uint64(ct[0].Gas), "callTracer: the gas limit")
		require.False(t, f.Ran())
		require.Equal(t, "out of gas", f.Error)
	})

	// The JSON shape spec/validator.md documents.
	t.Run("shape", func(t *testing.T) {
		contract := c.deploy(append(execCall(opStaticcall, 0, 3), opStop))
		r := c.send(&contract, 200_000, nil)
		var raw json.RawMessage
		require.NoError(t, c.rc.Call(&raw, "debug_traceTransaction", r.TxHash, map[string]any{"tracer": exectracer.Name}))
		require.JSONEq(t, `{"calls":[{"type":"STATICCALL","from":"`+hexutil.Encode(contract.Bytes())+`","depth":1,"gas":"0x0","price":"`+
			hexutil.EncodeUint64(price(3))+`","inputSize":3,"error":"out of gas"}]}`, string(raw))
	})
}
