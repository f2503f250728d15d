package rollupnode_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
)

// logCode deploys a contract that emits one LOG1 whose topic is its first
// calldata word: PUSH1 0 CALLDATALOAD PUSH1 0 PUSH1 0 LOG1 STOP, behind an
// init code that copies and returns it.
var logCode = common.FromHex("0x6009600c60003960096000f3" + "60003560006000a100")

// spanRecorder passes queries to the node and records the block range of each.
type spanRecorder struct {
	l1     simulated.Client
	ranges [][2]uint64
}

func (r *spanRecorder) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r.ranges = append(r.ranges, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	return r.l1.FilterLogs(ctx, q)
}

// TestFilterLogsChunked: on go-ethereum's simulated backend, 30 blocks of which
// two in three hold a log of the contract, read in queries of at most span
// blocks, give exactly the logs one query over the whole range gives, from
// queries that tile the range without gap or overlap, none wider than span.
func TestFilterLogsChunked(t *testing.T) {
	ctx := context.Background()
	key := l2.DevKey(0)
	sim := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: big.NewInt(params.Ether)}})
	defer sim.Close()
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(chainID)
	nonce := uint64(0)
	send := func(to *common.Address, data []byte) {
		head, err := client.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)), Gas: 100_000, To: to, Data: data})
		require.NoError(t, err)
		require.NoError(t, client.SendTransaction(ctx, tx))
		nonce++
	}
	send(nil, logCode)
	sim.Commit()
	emitter := crypto.CreateAddress(crypto.PubkeyToAddress(key.PublicKey), 0)
	code, err := client.CodeAt(ctx, emitter, nil)
	require.NoError(t, err)
	require.Equal(t, logCode[12:], code, "the emitter is deployed")
	for i := range 30 {
		if i%3 != 2 {
			send(&emitter, common.BigToHash(big.NewInt(int64(i))).Bytes())
		}
		sim.Commit()
	}
	head, err := client.BlockNumber(ctx)
	require.NoError(t, err)
	q := ethereum.FilterQuery{Addresses: []common.Address{emitter}}

	for _, c := range []struct{ from, to, span uint64 }{
		{0, head, 4},        // several chunks, the last one short
		{2, head, 7},        // a start that is not a chunk multiple
		{1, 28, 4},          // 28 blocks: exactly seven chunks
		{0, head, 1},        // one block per query
		{5, 5, 4},           // one block
		{0, head, head + 1}, // the whole range in one query
		{0, head, rollupnode.MaxLogQueryBlocks},
	} {
		whole := q
		whole.FromBlock, whole.ToBlock = new(big.Int).SetUint64(c.from), new(big.Int).SetUint64(c.to)
		want, err := client.FilterLogs(ctx, whole)
		require.NoError(t, err)
		rec := &spanRecorder{l1: client}
		got, err := rollupnode.FilterLogsForTest(ctx, rec, q, c.from, c.to, c.span)
		require.NoError(t, err)
		require.Equal(t, want, got, "blocks %d..%d in spans of %d", c.from, c.to, c.span)
		require.Len(t, rec.ranges, int((c.to-c.from)/c.span+1), "blocks %d..%d in spans of %d", c.from, c.to, c.span)
		next := c.from
		for _, rg := range rec.ranges {
			require.Equal(t, next, rg[0], "the queries tile the range")
			require.LessOrEqual(t, rg[1]-rg[0]+1, c.span)
			next = rg[1] + 1
		}
		require.Equal(t, c.to+1, next, "the queries end at the range's end")
	}
	all, err := rollupnode.FilterLogsForTest(ctx, client, q, 0, head, 4)
	require.NoError(t, err)
	require.Len(t, all, 20, "two blocks in three of thirty hold a log")

	rec := &spanRecorder{l1: client}
	got, err := rollupnode.FilterLogsForTest(ctx, rec, q, head+1, head, 4)
	require.NoError(t, err)
	require.Empty(t, got, "from > to: no logs")
	require.Empty(t, rec.ranges, "from > to: no query")
	_, err = rollupnode.FilterLogsForTest(ctx, client, q, 0, head, 0)
	require.EqualError(t, err, fmt.Sprintf("reading logs of L1 blocks 0..%d: a query span of 0 blocks", head))
}
