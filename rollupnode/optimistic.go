package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// Host kinds of `nr devnet --host`.
const (
	HostNative     = "native"     // MyRollup: every L2 block settled by advance (EXECUTE)
	HostOptimistic = "optimistic" // OptimisticNativeRollup: batches in blobs, proposals, disputes
)

// OptimisticConfig is the OptimisticNativeRollup the devnet deploys with
// --host optimistic, and how its proposer behaves.
type OptimisticConfig struct {
	// ChallengeWindow is how long a proposal can be disputed; a batch's L2
	// blocks are final on L1 this long after it is proposed.
	ChallengeWindow time.Duration
	// MoveTimeout is how long each side of a dispute has for a move.
	MoveTimeout time.Duration
	// ForcedInclusionDelay is how long after a transaction is queued on L1
	// (queueForcedTransaction) every proposal's blocks must take it.
	ForcedInclusionDelay time.Duration
	ProposerBond         *big.Int
	ChallengerBond       *big.Int
	// FaultyProposal, if not 0, makes the proposer claim wrong outputs in the
	// proposal with this id (from the middle of its blocks on) and defend them:
	// the challenger disputes it and wins, and the proposer then proposes the
	// same blocks honestly. A test and demo hook; never set it on a real chain.
	FaultyProposal uint64
	// SilentFaulty: the proposer makes no move in disputes over the faulty
	// proposal, so the challenger wins by timeout.
	SilentFaulty bool
	// FaultyData: the faulty proposal claims the right outputs but its last blob
	// holds no DERIVE batch; only a challenger that derives the blobs (a
	// BlobFollower's InvalidData) sees it, and proveBlockData defeats it.
	FaultyData bool
	// FaultyForced: a censoring operator. The sequencer leaves the forced queue
	// out of its blocks until the first proposal whose blocks leave a queued
	// entry behind, which claims every queued entry skipped (as if none could
	// execute) and defends that; the challenger disputes it and the proposer's
	// step, after recording the verdicts the walk needs, loses. Then the
	// sequencer takes the queue again. A test and demo hook.
	FaultyForced bool
	// FaultyForcedLate changes what FaultyForced claims: the first proposal
	// holding a block that leaves out a queued entry past its inclusion grace
	// (FORCED_VALID_LATE on the block's parent) claims it skipped there, as a
	// proposer trusting its withholding sequencer would, though the entry alone
	// would settle; the challenger records the settleability proof before the
	// step and the proposer loses there.
	FaultyForcedLate bool
}

// DefaultOptimisticConfig: a 20-second challenge window, 30 seconds per move,
// bonds of 2 ETH each (the challenger bond must cover the proposer's defence of a
// game, MIN_CHALLENGER_BOND, ~1.025 ETH, and the proposer bond must be at least
// the challenger bond).
func DefaultOptimisticConfig() OptimisticConfig {
	return OptimisticConfig{
		ChallengeWindow: 20 * time.Second,
		MoveTimeout:     30 * time.Second,
		// Several proposals apart: the sequencer takes a queued transaction
		// within a block or two, and the proposer proposes every few seconds.
		ForcedInclusionDelay: 60 * time.Second,
		ProposerBond:         big.NewInt(2 * params.Ether),
		ChallengerBond:       big.NewInt(2 * params.Ether),
	}
}

// optimisticHistory is how many proposals' end state roots the host keeps
// provable for withdrawals (only proposal ends become state roots on L1).
const optimisticHistory = 256

// maxBlocksPerProposal bounds a proposal's L2 blocks (and so the rounds of a
// dispute: log16(4096) = 3).
const maxBlocksPerProposal = 4096

// optimisticConstructor is the host's constructor arguments for the genesis g.
func optimisticConstructor(g *types.Block, cfg DevnetConfig) ([]byte, error) {
	o := cfg.Optimistic
	if o.ChallengeWindow < time.Second || o.MoveTimeout < time.Second || o.ForcedInclusionDelay < time.Second {
		return nil, fmt.Errorf("--challenge.window %s, --move.timeout %s, --forced.delay %s: each must be at least 1s (L1 time is whole seconds)", o.ChallengeWindow, o.MoveTimeout, o.ForcedInclusionDelay)
	}
	if o.ProposerBond == nil || o.ChallengerBond == nil {
		return nil, errors.New("the optimistic host needs a proposer and a challenger bond")
	}
	return bindings.NewOptimisticNativeRollup().PackConstructor(bindings.OptimisticNativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: g.Hash(), GenesisStateRoot: g.Root(), GenesisReceiptsRoot: g.ReceiptHash(),
		GenesisGasUsed: g.GasUsed(), MinGasLimit: 1_000_000, MaxGasLimit: 12_000_000, HistorySize: optimisticHistory,
		ProposerBond: o.ProposerBond, ChallengerBond: o.ChallengerBond,
		ChallengeWindow: uint64(o.ChallengeWindow / time.Second), MoveTimeout: uint64(o.MoveTimeout / time.Second),
		MaxBlocksPerProposal: maxBlocksPerProposal, ForcedInclusionDelay: uint64(o.ForcedInclusionDelay / time.Second),
	}), nil
}

// outputOf is the Output a proposal commits to for an L2 block after which
// the forced queue has been taken to forcedIndex.
func outputOf(h *types.Header, forcedIndex uint64) bindings.OptimisticNativeRollupOutput {
	return bindings.OptimisticNativeRollupOutput{BlockHash: h.Hash(), StateRoot: h.Root, ReceiptsRoot: h.ReceiptHash, GasUsed: h.GasUsed, ForcedIndex: forcedIndex}
}

// outputRoot is the host's hashOutput.
func outputRoot(o bindings.OptimisticNativeRollupOutput) common.Hash { return solidity.OutputRoot(o) }

// sections are the L2 blocks whose outputs a bisection of (lo, hi] posts: the
// host's lo + (hi-lo)*j/m for j = 1..m-1, m = min(K, hi-lo).
func sections(lo, hi uint64) []uint64 {
	const k = 16 // OptimisticNativeRollup.K
	m := min(k, hi-lo)
	points := make([]uint64, 0, m)
	for j := uint64(1); j < m; j++ {
		points = append(points, lo+(hi-lo)*j/m)
	}
	return points
}

// Game turns (OptimisticNativeRollup.Turn).
const (
	turnProposer   = 0
	turnChallenger = 1
	turnResolved   = 2
)

// hostActor sends one party's transactions to the optimistic host: each is
// estimated first on the next L1 block's time (the host's clocks are L1
// timestamps, and a dev L1 seals a block only when a transaction arrives), a
// revert is decoded with the host's ABI, and it waits for the receipt.
type hostActor struct {
	rc      *rpc.Client
	l1      *ethclient.Client
	key     *ecdsa.PrivateKey
	from    common.Address
	host    common.Address
	chainID *big.Int
	abi     *bindings.OptimisticNativeRollup
}

func newHostActor(ctx context.Context, rc *rpc.Client, key *ecdsa.PrivateKey, host common.Address) (*hostActor, error) {
	l1 := ethclient.NewClient(rc)
	chainID, err := l1.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 chain id: %w", err)
	}
	return &hostActor{rc: rc, l1: l1, key: key, from: crypto.PubkeyToAddress(key.PublicKey), host: host, chainID: chainID, abi: bindings.NewOptimisticNativeRollup()}, nil
}

// errHostReverted marks a transaction the host would reject (or did).
var errHostReverted = errors.New("the host rejects it")

// view calls a view function of the host on L1's head.
func (a *hostActor) view(ctx context.Context, data []byte) ([]byte, error) {
	return a.l1.CallContract(ctx, ethereum.CallMsg{To: &a.host, Data: data}, nil)
}

// nextTime is the earliest timestamp of the next L1 block.
func (a *hostActor) nextTime(ctx context.Context) (uint64, *types.Header, error) {
	head, err := a.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	return max(head.Time+1, uint64(time.Now().Unix())), head, nil
}

// send estimates, signs and sends what (a host method, for messages) with
// value and, if blobs is not empty, those blobs (an EIP-4844 transaction with
// cell proofs), and waits for its receipt.
func (a *hostActor) send(ctx context.Context, what string, value *big.Int, data []byte, blobs []kzg4844.Blob) (*types.Receipt, error) {
	return a.sendTo(ctx, a.host, what, value, data, blobs)
}

// sendTo is send to another contract of the host (its forced queue).
func (a *hostActor) sendTo(ctx context.Context, to common.Address, what string, value *big.Int, data []byte, blobs []kzg4844.Blob) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	next, head, err := a.nextTime(ctx)
	if err != nil {
		return nil, err
	}
	var sidecar *types.BlobTxSidecar
	args := map[string]any{"from": a.from, "to": to, "data": hexutil.Bytes(data), "value": (*hexutil.Big)(value), "gas": hexutil.Uint64(MaxL1TxGas)}
	if len(blobs) > 0 {
		if sidecar, err = derive.Sidecar(blobs, types.BlobSidecarVersion1); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		args["blobVersionedHashes"] = sidecar.BlobHashes()
		args["maxFeePerBlobGas"] = (*hexutil.Big)(big.NewInt(params.GWei))
	}
	var gas hexutil.Uint64
	if err := a.rc.CallContext(ctx, &gas, "eth_estimateGas", args, "latest", nil, map[string]any{"time": hexutil.Uint64(next)}); err != nil {
		var de rpc.DataError
		if errors.As(err, &de) {
			return nil, fmt.Errorf("%s: %w: %s", what, errHostReverted, a.decodeRevert(de.ErrorData()))
		}
		return nil, fmt.Errorf("%s: estimating gas: %w", what, err)
	}
	limit := min(uint64(gas)+uint64(gas)/5+10_000, MaxL1TxGas)
	nonce, err := a.l1.PendingNonceAt(ctx, a.from)
	if err != nil {
		return nil, fmt.Errorf("%s: reading the L1 nonce of %s: %w", what, a.from, err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	var txdata types.TxData = &types.DynamicFeeTx{ChainID: a.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: limit, To: &to, Value: value, Data: data}
	if sidecar != nil {
		blobFee, err := a.l1.BlobBaseFee(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s: reading the L1 blob base fee: %w", what, err)
		}
		txdata = &types.BlobTx{
			ChainID: uint256.MustFromBig(a.chainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip), GasFeeCap: uint256.MustFromBig(feeCap),
			Gas: limit, To: to, Value: uint256.MustFromBig(value), Data: data,
			BlobFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(blobFee, big.NewInt(2)), big.NewInt(1))),
			BlobHashes: sidecar.BlobHashes(), Sidecar: sidecar,
		}
	}
	tx, err := types.SignNewTx(a.key, types.LatestSignerForChainID(a.chainID), txdata)
	if err != nil {
		return nil, err
	}
	if err := a.l1.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("%s: sending %s: %w", what, tx.Hash(), err)
	}
	r, err := WaitIncluded(ctx, a.l1, tx.Hash(), sendTimeout)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: L1 transaction %s: %w in L1 block %d (gas used %d of %d)", what, tx.Hash(), errHostReverted, r.BlockNumber, r.GasUsed, limit)
	}
	return r, nil
}

// decodeRevert names the host's custom error in revert data (hex).
func (a *hostActor) decodeRevert(data any) string {
	s, ok := data.(string)
	if !ok {
		return fmt.Sprintf("revert data %v", data)
	}
	raw, err := hexutil.Decode(s)
	if err != nil || len(raw) < 4 {
		return "revert data " + s
	}
	e, err := a.abi.UnpackError(raw)
	if err != nil || e == nil {
		// The forced queue's errors reach through the host (step, propose).
		if e, err = bindings.NewOptimisticForcedQueue().UnpackError(raw); err != nil || e == nil {
			return "revert data " + s + " (not one of the host's errors)"
		}
	}
	name := strings.TrimPrefix(strings.TrimPrefix(fmt.Sprintf("%T", e), "*bindings.OptimisticNativeRollup"), "*bindings.OptimisticForcedQueue")
	return name + strings.TrimPrefix(fmt.Sprintf("%+v", e), "&")
}

// game reads game id.
func (a *hostActor) game(ctx context.Context, id uint64) (bindings.GamesOutput, error) {
	out, err := a.view(ctx, a.abi.PackGames(new(big.Int).SetUint64(id)))
	if err != nil {
		return bindings.GamesOutput{}, fmt.Errorf("reading game %d: %w", id, err)
	}
	return a.abi.UnpackGames(out)
}

// proposal reads proposal id.
func (a *hostActor) proposal(ctx context.Context, id uint64) (bindings.ProposalsOutput, error) {
	out, err := a.view(ctx, a.abi.PackProposals(new(big.Int).SetUint64(id)))
	if err != nil {
		return bindings.ProposalsOutput{}, fmt.Errorf("reading proposal %d: %w", id, err)
	}
	return a.abi.UnpackProposals(out)
}

// ourPending is the latest proposal of this actor that can still finalize (0:
// none), looking back over the host's last maxResumeScan proposals.
func (a *hostActor) ourPending(ctx context.Context) (uint64, error) {
	out, err := a.view(ctx, a.abi.PackProposalCount())
	if err != nil {
		return 0, fmt.Errorf("reading the proposal count: %w", err)
	}
	count, err := a.abi.UnpackProposalCount(out)
	if err != nil {
		return 0, err
	}
	n := count.Uint64()
	for id := n; id > 0 && n-id < maxResumeScan; id-- {
		p, err := a.proposal(ctx, id)
		if err != nil {
			return 0, err
		}
		if p.Proposer != a.from {
			continue
		}
		out, err := a.view(ctx, a.abi.PackPending(new(big.Int).SetUint64(id)))
		if err != nil {
			return 0, fmt.Errorf("reading whether proposal %d is pending: %w", id, err)
		}
		if pending, err := a.abi.UnpackPending(out); err != nil || pending {
			return id, err
		}
	}
	return 0, nil
}

// maxResumeScan bounds how many recent proposals a restarted proposer reads to
// find its own pending one.
const maxResumeScan = 1024

// events reads the host's logs of one event in L1 blocks from..to, with the
// first indexed argument topic1 if not nil.
func (a *hostActor) events(ctx context.Context, event string, from, to uint64, topic1 *common.Hash) ([]types.Log, error) {
	topics := [][]common.Hash{{a.abi.GetABI().Events[event].ID}}
	if topic1 != nil {
		topics = append(topics, []common.Hash{*topic1})
	}
	logs, err := filterLogs(ctx, a.l1, ethereum.FilterQuery{Addresses: []common.Address{a.host}, Topics: topics}, from, to, maxLogQueryBlocks)
	if err != nil {
		return nil, fmt.Errorf("reading the host's %s events in L1 blocks %d..%d: %w", event, from, to, err)
	}
	return logs, nil
}

// window reads the host's challenge window in seconds.
func (a *hostActor) window(ctx context.Context) (uint64, error) {
	out, err := a.view(ctx, a.abi.PackChallengeWindow())
	if err != nil {
		return 0, fmt.Errorf("reading the challenge window: %w", err)
	}
	return a.abi.UnpackChallengeWindow(out)
}
