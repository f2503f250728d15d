// Package l1calls finds the EXECUTE calls of an L1 block over JSON-RPC: the
// block's header (eth_getBlockByNumber) and every call to EXECUTE (0x…0101)
// at any depth, from debug_traceBlockByHash, with its input and the result
// L1 gave it. It traces with nrExecuteTracer (package l1node/exectracer,
// served by `nr geth`) when the node offers it, and otherwise with
// go-ethereum's callTracer, whose traces anyone can bloat past any response
// limit (spec/validator.md, "Tracing L1 blocks"). Frames given less than
// EXECUTE's price for their input never ran it: they are counted per block
// (Block.NotRun), not returned one by one. The validator daemon and the
// attestation prover both read L1 through it.
package l1calls

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/nativerollup/nr/l1node/exectracer"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
)

// Header is the part of an L1 block the followers need: its header fields
// and its transactions' hashes, in order (the traces must be theirs).
type Header struct {
	Number     uint64        `json:"number"`
	Hash       common.Hash   `json:"hash"`
	ParentHash common.Hash   `json:"parentHash"`
	Time       uint64        `json:"timestamp"`
	GasLimit   uint64        `json:"gasLimit"`
	Txs        []common.Hash `json:"transactions"`
}

// Found is one EXECUTE call in an L1 block.
type Found struct {
	Tx      common.Hash // the transaction that made it
	TxIndex int         // the transaction's position in the block
	Index   int         // the call's position among the transaction's EXECUTE calls (depth-first order)
	Depth   int         // 0: the transaction called EXECUTE directly (from an EOA)
	Type    string      // CALL, STATICCALL, DELEGATECALL, CALLCODE
	// Gas is the gas the frame was given; a call given less than EXECUTE's
	// price fails out of gas whatever its input (OutOfGas). callTracer
	// reports a transaction's gas limit at depth 0 (Exact false);
	// nrExecuteTracer the gas EXECUTE got at every depth (Exact true).
	Gas   uint64
	Exact bool
	// Error is the frame's error as the tracer reports it ("" on success).
	Error string
	// From and Value are the frame's caller and the value it sent (nil: none).
	From  common.Address
	Value *big.Int
	Call  validator.Call
}

// vmNotRun are the errors go-ethereum gives a call frame when the callee did
// not run, or ran out of gas before running: a precompile's own failure is
// never one of them (EXECUTE returns its own errors), so a failed EXECUTE
// frame carrying one says nothing about the input.
var vmNotRun = map[string]bool{
	vm.ErrOutOfGas.Error():                 true,
	vm.ErrDepth.Error():                    true,
	vm.ErrInsufficientBalance.Error():      true,
	vm.ErrGasUintOverflow.Error():          true,
	vm.ErrWriteProtection.Error():          true,
	vm.ErrNonceUintOverflow.Error():        true,
	vm.ErrContractAddressCollision.Error(): true,
	vm.ErrCodeStoreOutOfGas.Error():        true,
}

// OutOfGas reports whether the call failed because its caller passed less
// gas than EXECUTE charges for its input: a fault of the caller, not a result
// of EXECUTE that a verifier can judge. It is NotRun without the intrinsic
// gas of a direct call (the frame's gas as reported).
func (f *Found) OutOfGas() bool {
	return !f.Call.Success && f.Gas < precompile.RequiredGas(f.Call.Input)
}

// NotRun says why a failed call is no result of EXECUTE ("" if it is one,
// or if the call succeeded): the frame's error is one go-ethereum raises
// when the callee did not run or ran out of gas (max call depth,
// insufficient balance for a value transfer, out of gas below EXECUTE's
// price, ...), or the gas EXECUTE had is below its price for the input. At depth 0 (a transaction
// to EXECUTE) callTracer reports the transaction's gas limit, so the
// intrinsic gas of the transaction (core.IntrinsicGas under the rules of
// block h of chain l1) is subtracted first; a gas limit under the intrinsic
// gas or the EIP-7623 floor cannot have run EXECUTE. The access list of the
// transaction is not in the trace: its cost would only lower EXECUTE's gas
// further, and EXECUTE run with less than its price fails with "out of
// gas", caught by the error.
func (f *Found) NotRun(l1 *params.ChainConfig, h *Header) string {
	if f.Call.Success {
		return ""
	}
	gas := f.Gas
	required := precompile.RequiredGas(f.Call.Input)
	// Inside a contract the frame shows what each of these errors needs:
	// go-ethereum fails a precompile out of gas only below its price (the
	// frame's gas is exactly what EXECUTE got), max call depth only 1025
	// calls deep, an insufficient balance only for a value. Without it the
	// error is a node's lie about a call that ran (a disagreement it would
	// hide as unverified): judged as a failure. At depth 0 the access or
	// authorization list, not in the trace, may have taken the gas.
	lie := (f.Depth > 0 || f.Exact) && (f.Error == vm.ErrOutOfGas.Error() && gas >= required ||
		f.Error == vm.ErrDepth.Error() && f.Depth <= int(params.CallCreateDepth) ||
		f.Error == vm.ErrInsufficientBalance.Error() && (f.Value == nil || f.Value.Sign() == 0))
	if vmNotRun[f.Error] && !lie {
		return fmt.Sprintf("the call failed with %q, raised before EXECUTE runs or when it ran out of gas: it says nothing about the input", f.Error)
	}
	if f.Depth == 0 && !f.Exact && l1 != nil && h != nil {
		value := new(uint256.Int)
		if f.Value != nil {
			if v, overflow := uint256.FromBig(f.Value); !overflow {
				value = v
			}
		}
		to := precompile.ExecuteAddress
		rules := l1.Rules(new(big.Int).SetUint64(h.Number), true, h.Time)
		intrinsic, err := core.IntrinsicGas(f.Call.Input, nil, nil, f.From, &to, value, rules)
		if err != nil {
			return fmt.Sprintf("the transaction's intrinsic gas cannot be computed (%v): the call is not judged", err)
		}
		if gas < intrinsic {
			return fmt.Sprintf("the transaction's gas %d is under its intrinsic gas %d: EXECUTE ran out of gas, which says nothing about the input", gas, intrinsic)
		}
		if rules.IsPrague {
			floor, err := core.FloorDataGas(rules, f.From, &to, value, f.Call.Input, nil)
			if err != nil || gas < floor {
				return fmt.Sprintf("the transaction's gas %d is under its EIP-7623 floor: EXECUTE did not run", gas)
			}
		}
		if gas-intrinsic < required {
			return fmt.Sprintf("the transaction gave EXECUTE %d gas (%d less %d intrinsic), its input costs %d: the call ran out of gas, which says nothing about the input",
				gas-intrinsic, gas, intrinsic, required)
		}
		return ""
	}
	if gas < required {
		return fmt.Sprintf("the caller gave EXECUTE %d gas, its input costs %d: the call ran out of gas, which says nothing about the input", gas, required)
	}
	return ""
}

// DefaultTimeout bounds one JSON-RPC request when Client.Timeout is 0.
const DefaultTimeout = 60 * time.Second

// Client reads L1 over one JSON-RPC connection (HTTP or WebSocket).
type Client struct {
	rpc *rpc.Client
	// Timeout bounds each request (a trace that never ends cannot stall
	// the caller, which retries); 0: DefaultTimeout.
	Timeout time.Duration
	// Tracer is the tracer blocks are traced with: "" detects it at the
	// first trace (DetectTracer), exectracer.Name or CallTracer force one.
	Tracer string
	mu     sync.Mutex
}

// CallTracer is go-ethereum's callTracer, the fallback tracer.
const CallTracer = "callTracer"

// DetectTracer decides, once, which tracer the client traces blocks with
// and returns it: nrExecuteTracer if the node offers it, else callTracer
// with a warning that the node's traces can be bloated to stall the
// validator. It asks the node to trace a call to EXECUTE given 9,000 gas
// (debug_traceCall with nrExecuteTracer on the latest block): a node that
// answers with a JSON-RPC error (an unknown tracer: go-ethereum reads the
// name as JavaScript) does not offer it; an answer that is not the one frame
// below its price is refused (ErrTracer); a transport error is returned (the
// caller retries) and decides nothing.
func (c *Client) DetectTracer(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.Tracer != "" {
		return c.Tracer, nil
	}
	to := precompile.ExecuteAddress
	call := map[string]any{"from": common.Address{}, "to": to, "gas": hexutil.Uint64(detectGas), "input": hexutil.Bytes{}}
	var res exectracer.Result
	err := c.call(ctx, &res, "debug_traceCall", call, "latest", map[string]any{"tracer": exectracer.Name})
	var rpcErr rpc.Error
	switch {
	case errors.As(err, &rpcErr):
		log.Warn("The L1 node does not offer nrExecuteTracer: tracing with callTracer, whose traces any L1 sender can bloat past --l1.maxresponse for a few hundred thousand gas, stalling this validator on that block; follow nr geth (or a node serving nrExecuteTracer, spec/validator.md)",
			"err", err)
		c.Tracer = CallTracer
	case err != nil:
		return "", fmt.Errorf("detecting the L1 node's tracer (debug_traceCall with %s): %w", exectracer.Name, err)
	default:
		want := precompile.RequiredGas(nil)
		if len(res.Calls) != 1 || res.Calls[0].Depth != 0 || uint64(res.Calls[0].Price) != want || res.Calls[0].Ran() || res.Calls[0].Error == "" {
			return "", fmt.Errorf("%w: debug_traceCall of a call to EXECUTE with %d gas answered %+v, want one failed depth-0 frame priced %d", ErrTracer, detectGas, res.Calls, want)
		}
		log.Info("Tracing L1 blocks with nrExecuteTracer")
		c.Tracer = exectracer.Name
	}
	return c.Tracer, nil
}

// detectGas is DetectTracer's transaction gas: EXECUTE gets 9,000 of it,
// below its price for any input (ExecuteBaseGas), so nothing runs.
const detectGas = 30_000

// ErrTracer: the node's nrExecuteTracer answers what no honest one does.
var ErrTracer = errors.New("the L1 node's nrExecuteTracer answer is malformed")

// call is one request under the client's per-request deadline.
func (c *Client) call(ctx context.Context, result any, method string, args ...any) error {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	err := c.rpc.CallContext(ctx, result, method, args...)
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w (no answer within %v)", err, timeout)
	}
	return err
}

// DefaultMaxResponse bounds one JSON-RPC answer when Dial is used. A block
// trace is the largest answer; callTracer repeats every frame's input, so a
// valid L1 block can trace to hundreds of MiB (a contract passing one large
// memory region to many calls): the bound trades that liveness against the
// memory a lying node can make the daemon hold (about three times the
// answer while it is decoded).
const DefaultMaxResponse = 256 << 20

// ErrResponseTooLarge: an answer over the client's response limit.
var ErrResponseTooLarge = errors.New("JSON-RPC answer over the response limit")

// Dial connects to an L1 node's JSON-RPC endpoint (http://, https://, ws://,
// wss://) with DefaultMaxResponse.
func Dial(ctx context.Context, url string) (*Client, error) {
	return DialLimit(ctx, url, DefaultMaxResponse)
}

// MinResponseLimit is the least response limit DialLimit takes: every
// header, and the trace of any block with few EXECUTE calls, fits.
const MinResponseLimit = 1 << 20

// DialLimit is Dial with answers bounded to limit bytes (ErrResponseTooLarge
// past it): over HTTP the response body, over WebSocket the message.
func DialLimit(ctx context.Context, url string, limit uint64) (*Client, error) {
	if limit < MinResponseLimit {
		return nil, fmt.Errorf("--l1.maxresponse %d: want at least %d bytes (1 MiB)", limit, MinResponseLimit)
	}
	n := int64(min(limit, math.MaxInt64))
	hc := &http.Client{Transport: &limitTransport{base: http.DefaultTransport, limit: n}}
	c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(hc), rpc.WithWebsocketMessageSizeLimit(n))
	if err != nil {
		return nil, fmt.Errorf("connecting to the L1 node at %s: %w (check --l1.rpc)", url, err)
	}
	return &Client{rpc: c}, nil
}

// limitTransport bounds every response body to limit bytes.
type limitTransport struct {
	base  http.RoundTripper
	limit int64
}

func (t *limitTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	resp.Body = &limitedBody{ReadCloser: resp.Body, left: t.limit, limit: t.limit}
	return resp, nil
}

// limitedBody fails a read past its limit, where io.LimitReader would end
// the body quietly (a truncated answer, decoded as malformed JSON).
type limitedBody struct {
	io.ReadCloser
	left, limit int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		var one [1]byte
		if n, err := b.ReadCloser.Read(one[:]); n == 0 {
			return 0, err // the body ended at the limit (io.EOF), or nothing yet
		}
		return 0, fmt.Errorf("%w: more than %d bytes (raise --l1.maxresponse if the node is honest and the block's trace is that large)", ErrResponseTooLarge, b.limit)
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	return n, err
}

// NewClient wraps an open connection.
func NewClient(c *rpc.Client) *Client { return &Client{rpc: c} }

// Close closes the connection.
func (c *Client) Close() { c.rpc.Close() }

type rpcHeader struct {
	Number       *hexutil.Big    `json:"number"`
	Hash         *common.Hash    `json:"hash"`
	ParentHash   *common.Hash    `json:"parentHash"`
	Time         hexutil.Uint64  `json:"timestamp"`
	GasLimit     *hexutil.Uint64 `json:"gasLimit"`
	Transactions *[]common.Hash  `json:"transactions"`
}

// Head is the number of the node's latest block.
func (c *Client) Head(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	if err := c.call(ctx, &n, "eth_blockNumber"); err != nil {
		return 0, fmt.Errorf("eth_blockNumber: %w", err)
	}
	return uint64(n), nil
}

// ChainID is the node's chain id.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	var id hexutil.Big
	if err := c.call(ctx, &id, "eth_chainId"); err != nil {
		return nil, fmt.Errorf("eth_chainId: %w", err)
	}
	return (*big.Int)(&id), nil
}

// ErrNoBlock: the node has no block at that number (yet, or after a reorg).
var ErrNoBlock = errors.New("no such block")

// HeaderByNumber is block n's header and transaction hashes.
func (c *Client) HeaderByNumber(ctx context.Context, n uint64) (*Header, error) {
	var raw json.RawMessage
	if err := c.call(ctx, &raw, "eth_getBlockByNumber", hexutil.EncodeUint64(n), false); err != nil {
		return nil, fmt.Errorf("eth_getBlockByNumber %d: %w", n, err)
	}
	if len(raw) == 0 || string(raw) == "null" {
		return nil, fmt.Errorf("block %d: %w", n, ErrNoBlock)
	}
	var h rpcHeader
	if err := json.Unmarshal(raw, &h); err != nil {
		return nil, fmt.Errorf("eth_getBlockByNumber %d: decoding the header: %w", n, err)
	}
	if h.Number == nil || h.Hash == nil || h.ParentHash == nil || h.GasLimit == nil || h.Transactions == nil || (*big.Int)(h.Number).Uint64() != n {
		return nil, fmt.Errorf("eth_getBlockByNumber %d: the node returned a block without number, hash, parentHash, gasLimit or transactions, or another number", n)
	}
	return &Header{Number: n, Hash: *h.Hash, ParentHash: *h.ParentHash, Time: uint64(h.Time), GasLimit: uint64(*h.GasLimit), Txs: *h.Transactions}, nil
}

// Frame is one callTracer frame.
type Frame struct {
	Type   string          `json:"type"`
	From   common.Address  `json:"from"`
	To     *common.Address `json:"to"`
	Value  *hexutil.Big    `json:"value"`
	Gas    hexutil.Uint64  `json:"gas"`
	Input  hexutil.Bytes   `json:"input"`
	Output hexutil.Bytes   `json:"output"`
	Error  string          `json:"error"`
	Calls  []Frame         `json:"calls"`
}

// TxTrace is one element of debug_traceBlockByHash's answer.
type TxTrace struct {
	TxHash common.Hash `json:"txHash"`
	Result *Frame      `json:"result"`
	Error  string      `json:"error"`
}

// Block is what a block's trace holds for the validator.
type Block struct {
	// Calls are the EXECUTE calls, in block order, that may have run
	// EXECUTE.
	Calls []Found
	// NotRun counts the frames given less than EXECUTE's price for their
	// input: they failed out of gas before EXECUTE ran, so they say nothing
	// about their input and need no verdict (nor a record each: a contract
	// makes one for ~140 gas). With callTracer, direct calls (depth 0,
	// whose gas is the transaction's gas limit) are in Calls.
	NotRun int
	// Tracer is the tracer the block was traced with.
	Tracer string
}

// Calls is Block's calls.
func (c *Client) Calls(ctx context.Context, h *Header) ([]Found, error) {
	b, err := c.Block(ctx, h)
	if err != nil {
		return nil, err
	}
	return b.Calls, nil
}

// Block traces block n (whose hash the caller got from HeaderByNumber) and
// returns its EXECUTE calls in block order. The trace is taken by hash, so a
// reorg between the header and the trace cannot mix two blocks, and it must
// hold one trace per transaction of the block, in the block's order
// (ErrTraceMismatch): a trace that leaves a transaction out would hide its
// calls, one that repeats a transaction would file two calls under one key.
// A trace claiming what go-ethereum cannot do (a frame that succeeded with
// less gas than EXECUTE's price) is ErrImpossibleTrace.
func (c *Client) Block(ctx context.Context, h *Header) (*Block, error) {
	tracer, err := c.DetectTracer(ctx)
	if err != nil {
		return nil, err
	}
	var txs []TxTrace
	var execs []ExecTrace
	var result any = &txs
	if tracer == exectracer.Name {
		result = &execs
	}
	cfg := map[string]any{"tracer": tracer}
	if err := c.call(ctx, result, "debug_traceBlockByHash", h.Hash, cfg); err != nil {
		if strings.Contains(err.Error(), "not found") || strings.Contains(err.Error(), "does not exist") {
			return nil, fmt.Errorf("tracing block %d (%s): %w: %w", h.Number, h.Hash, ErrNoBlock, err)
		}
		if msg := err.Error(); strings.Contains(msg, "historical state") || strings.Contains(msg, "missing trie node") || strings.Contains(msg, "state") && strings.Contains(msg, "not available") {
			return nil, fmt.Errorf("debug_traceBlockByHash %d (%s): %w (tracing needs the parent's state: follow an archive node, --gcmode archive, or start at a recent block with --l1.from)", h.Number, h.Hash, err)
		}
		return nil, fmt.Errorf("debug_traceBlockByHash %d (%s) with %s: %w (the node must serve the debug API with nrExecuteTracer, or go-ethereum's native callTracer)", h.Number, h.Hash, tracer, err)
	}
	if tracer == exectracer.Name {
		hashes := make([]common.Hash, len(execs))
		for i := range execs {
			hashes[i] = execs[i].TxHash
		}
		if err := matchHashes(h, hashes); err != nil {
			return nil, err
		}
		b, err := ExtractExec(execs)
		if err == nil {
			err = b.paid(h)
		}
		if err != nil {
			return nil, fmt.Errorf("debug_traceBlockByHash %d (%s): %w", h.Number, h.Hash, err)
		}
		return b, nil
	}
	if err := matchTraces(h, txs); err != nil {
		return nil, err
	}
	b, err := ExtractBlock(txs)
	if err == nil {
		err = b.paid(h)
	}
	if err != nil {
		return nil, fmt.Errorf("debug_traceBlockByHash %d (%s): %w", h.Number, h.Hash, err)
	}
	return b, nil
}

// MinFrameGas is the least gas a call frame to EXECUTE costs its block: a
// call to a warm account (EIP-2929), EXECUTE being warm everywhere.
const MinFrameGas = params.WarmStorageReadCostEIP2929

// paid refuses (ErrImpossibleTrace) a block trace with more than its gas
// limit could pay for: the frames that ran EXECUTE each paid its price for
// their input from their transaction's gas, and every frame at least
// MinFrameGas. The bound is 5/4 of the gas limit: a block's gas used is net
// of refunds, at most a fifth of a transaction's gas (EIP-3529). A lying
// node's trace of many tiny frames is thus refused before any is judged or
// stored, and an honest one holds at most ~1,500 calls that ran for a
// 60M-gas block.
func (b *Block) paid(h *Header) error {
	budget := sat(h.GasLimit, 1, h.GasLimit/4)
	var spent uint64
	for i := range b.Calls {
		f := &b.Calls[i]
		if price := precompile.RequiredGas(f.Call.Input); f.Gas >= price && f.NotRun(nil, nil) == "" {
			spent = sat(spent, 1, max(price, MinFrameGas))
		} else {
			spent = sat(spent, 1, MinFrameGas)
		}
	}
	spent = sat(spent, MinFrameGas, uint64(b.NotRun))
	if spent > budget {
		return fmt.Errorf("%w: %d calls to EXECUTE (%d that never ran it) cost at least %d gas, the block's gas limit %d pays for at most %d",
			ErrImpossibleTrace, len(b.Calls)+b.NotRun, b.NotRun, spent, h.GasLimit, budget)
	}
	return nil
}

// ErrImpossibleTrace: a trace claims what go-ethereum cannot do, a call
// to EXECUTE that succeeded with less gas than its price.
var ErrImpossibleTrace = errors.New("impossible trace")

// ErrTraceMismatch: a block's traces are not its transactions.
var ErrTraceMismatch = errors.New("the block's traces are not its transactions")

// matchTraces checks that traces are those of h's transactions, in order.
func matchTraces(h *Header, traces []TxTrace) error {
	hashes := make([]common.Hash, len(traces))
	for i := range traces {
		hashes[i] = traces[i].TxHash
	}
	return matchHashes(h, hashes)
}

// matchHashes checks that traces, the transaction hashes of a block's
// traces, are h's transactions, in order.
func matchHashes(h *Header, traces []common.Hash) error {
	seen := make(map[common.Hash]bool, len(h.Txs))
	for _, tx := range h.Txs {
		if seen[tx] {
			return fmt.Errorf("block %d (%s): %w: it lists transaction %s twice, which no valid block does",
				h.Number, h.Hash, ErrTraceMismatch, tx)
		}
		seen[tx] = true
	}
	if len(traces) != len(h.Txs) {
		return fmt.Errorf("debug_traceBlockByHash %d (%s): %w: %d traces, the block has %d transactions (is the node serving another block, or a load balancer mixing nodes?)",
			h.Number, h.Hash, ErrTraceMismatch, len(traces), len(h.Txs))
	}
	for i, tx := range traces {
		if tx != h.Txs[i] {
			return fmt.Errorf("debug_traceBlockByHash %d (%s): %w: trace %d is of transaction %s, the block's is %s",
				h.Number, h.Hash, ErrTraceMismatch, i, tx, h.Txs[i])
		}
	}
	return nil
}

// callTypes are the frame types that run their target's code, a
// precompile's included. A SELFDESTRUCT frame's target is the beneficiary:
// one paying out to 0x…0101 (anyone's cheap transaction) runs nothing.
var callTypes = map[string]bool{"CALL": true, "CALLCODE": true, "DELEGATECALL": true, "STATICCALL": true}

// Extract is ExtractBlock's calls, without the count of frames that never
// ran EXECUTE.
func Extract(traces []TxTrace) ([]Found, error) {
	b, err := ExtractBlock(traces)
	if err != nil {
		return nil, err
	}
	return b.Calls, nil
}

// ExtractBlock finds the EXECUTE calls of a block's callTracer traces:
// frames of a call type (callTypes) whose target is EXECUTE. A failed frame
// inside a contract given less than EXECUTE's price for its input is
// counted (NotRun), a successful one is ErrImpossibleTrace.
func ExtractBlock(traces []TxTrace) (*Block, error) {
	b := &Block{Calls: []Found{}, Tracer: CallTracer}
	var bad error
	for i, t := range traces {
		if t.Result == nil {
			return nil, fmt.Errorf("transaction %d (%s) has no call trace: %s", i, t.TxHash, t.Error)
		}
		n := 0
		var walk func(f *Frame, depth int)
		walk = func(f *Frame, depth int) {
			if f.To != nil && *f.To == precompile.ExecuteAddress && callTypes[f.Type] {
				price := precompile.RequiredGas(f.Input)
				// At depth 0 callTracer's gas is the transaction's gas limit,
				// which also paid the intrinsic gas: only NotRun can tell.
				if uint64(f.Gas) < price {
					if f.Error == "" && bad == nil {
						bad = fmt.Errorf("%w: transaction %d (%s) frame %d at depth %d succeeded with %d gas, EXECUTE's price for its input is %d",
							ErrImpossibleTrace, i, t.TxHash, n, depth, uint64(f.Gas), price)
					}
					if depth > 0 {
						b.NotRun++
						n++
						return
					}
				}
				call := validator.Call{Input: []byte(f.Input), Success: f.Error == ""}
				if call.Success {
					call.Output = []byte(f.Output)
				}
				if call.Input == nil {
					call.Input = []byte{}
				}
				fd := Found{Tx: t.TxHash, TxIndex: i, Index: n, Depth: depth, Type: f.Type, Gas: uint64(f.Gas), Error: f.Error, From: f.From, Call: call}
				if f.Value != nil {
					fd.Value = (*big.Int)(f.Value)
				}
				b.Calls = append(b.Calls, fd)
				n++
			}
			for j := range f.Calls {
				walk(&f.Calls[j], depth+1)
			}
		}
		walk(t.Result, 0)
		if bad != nil {
			return nil, bad
		}
	}
	return b, nil
}

// ExecTrace is one element of debug_traceBlockByHash's answer with
// nrExecuteTracer.
type ExecTrace struct {
	TxHash common.Hash        `json:"txHash"`
	Result *exectracer.Result `json:"result"`
	Error  string             `json:"error"`
}

// ExtractExec reads a block's nrExecuteTracer traces: frames given at
// least EXECUTE's price are calls, the others are counted (NotRun). It
// refuses (ErrImpossibleTrace) a frame of another type than a call, a frame
// that ran without its input or with an input of another length or price
// than reported, a frame below its price that succeeded or whose price is
// below what its input's length alone costs, and depths that are not a
// call's.
func ExtractExec(traces []ExecTrace) (*Block, error) {
	b := &Block{Calls: []Found{}, Tracer: exectracer.Name}
	for i, t := range traces {
		if t.Result == nil {
			return nil, fmt.Errorf("transaction %d (%s) has no %s trace: %s", i, t.TxHash, exectracer.Name, t.Error)
		}
		for n := range t.Result.Calls {
			f := &t.Result.Calls[n]
			bad := func(why string, args ...any) error {
				return fmt.Errorf("%w: transaction %d (%s) frame %d: %s", ErrImpossibleTrace, i, t.TxHash, n, fmt.Sprintf(why, args...))
			}
			gas, price := uint64(f.Gas), uint64(f.Price)
			switch {
			case !callTypes[f.Type]:
				return nil, bad("type %q is not a call", f.Type)
			case f.Depth < 0 || f.Depth > int(params.CallCreateDepth)+1:
				return nil, bad("depth %d", f.Depth)
			case f.InputSize < 0:
				return nil, bad("input size %d", f.InputSize)
			}
			if !f.Ran() && gas >= price {
				// ErrDepth or ErrInsufficientBalance: raised before EXECUTE
				// runs, if the frame shows their cause.
				if f.Error == vm.ErrDepth.Error() && f.Depth <= int(params.CallCreateDepth) ||
					f.Error == vm.ErrInsufficientBalance.Error() && (f.Value == nil || f.Value.ToInt().Sign() == 0) {
					return nil, bad("%q at depth %d with value %v", f.Error, f.Depth, f.Value)
				}
				if len(f.Input) > 0 || len(f.Output) > 0 {
					return nil, bad("a frame that did not run EXECUTE carries its input or output")
				}
				b.NotRun++
				continue
			}
			if !f.Ran() {
				// The input is not in the trace: its length bounds the price
				// from below (the declared L2 gas limit adds to it).
				least := sat(precompile.ExecuteBaseGas, precompile.ExecutePerByteGas, uint64(f.InputSize))
				switch {
				case f.Error == "":
					return nil, bad("it succeeded with %d gas, EXECUTE's price for its input is %d", gas, price)
				case price < least:
					return nil, bad("price %d below the %d its %d-byte input costs", price, least, f.InputSize)
				case len(f.Input) > 0 || len(f.Output) > 0:
					return nil, bad("a frame below its price carries its input or output")
				}
				b.NotRun++
				continue
			}
			// An empty input that ran has no "input" key (omitempty): its
			// length, 0, is what tells it from a missing one.
			if len(f.Input) != f.InputSize || precompile.RequiredGas(f.Input) != price {
				return nil, bad("a frame given its price carries no input, or one of another size (%d, reported %d) or price (%d, reported %d)",
					len(f.Input), f.InputSize, precompile.RequiredGas(f.Input), price)
			}
			call := validator.Call{Input: append([]byte{}, f.Input...), Success: f.Error == ""}
			if call.Success {
				call.Output = []byte(f.Output)
				if call.Output == nil {
					call.Output = []byte{}
				}
			}
			fd := Found{Tx: t.TxHash, TxIndex: i, Index: n, Depth: f.Depth, Type: f.Type, Gas: gas, Exact: true, Error: f.Error, From: f.From, Call: call}
			if f.Value != nil {
				fd.Value = (*big.Int)(f.Value)
			}
			b.Calls = append(b.Calls, fd)
		}
	}
	return b, nil
}

// sat is a + b*n, saturating at math.MaxUint64.
func sat(a, b, n uint64) uint64 {
	if n != 0 && b > (math.MaxUint64-a)/n {
		return math.MaxUint64
	}
	return a + b*n
}
