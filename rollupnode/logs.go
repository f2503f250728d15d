package rollupnode

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// maxLogQueryBlocks is the most L1 blocks one eth_getLogs query of the rollup
// node spans. Public RPC providers refuse wider ranges (10,000 blocks is a
// common cap, some allow fewer), as go-ethereum does with --rpc.rangelimit, so
// a node that scans from its host's deployment to the head splits the range.
const maxLogQueryBlocks = 10_000

// logFilterer is what reading logs needs of an L1 client (ethclient.Client,
// go-ethereum's simulated backend).
type logFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// filterLogs returns the logs matching q's addresses and topics in L1 blocks
// from to to (both included), oldest first, reading at most span blocks per
// eth_getLogs query (callers pass maxLogQueryBlocks). q's block fields are
// ignored. A range with from > to holds no logs.
//
// The queries are separate reads of L1: an L1 reorg between two of them can
// mix branches. Callers check what they read against state (a hash the host
// holds) or against the canonical hashes of the blocks the logs came from, as
// they had to with one query, which a reorg can also follow.
func filterLogs(ctx context.Context, l1 logFilterer, q ethereum.FilterQuery, from, to, span uint64) ([]types.Log, error) {
	if span == 0 {
		return nil, fmt.Errorf("reading logs of L1 blocks %d..%d: a query span of 0 blocks", from, to)
	}
	var out []types.Log
	for start := from; start <= to; {
		end := to
		if to-start >= span {
			end = start + span - 1
		}
		q.FromBlock, q.ToBlock, q.BlockHash = new(big.Int).SetUint64(start), new(big.Int).SetUint64(end), nil
		logs, err := l1.FilterLogs(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("L1 blocks %d..%d: %w", start, end, err)
		}
		out = append(out, logs...)
		if end == to {
			break // to may be the largest uint64: start would wrap
		}
		start = end + 1
	}
	return out, nil
}
