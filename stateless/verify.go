package stateless

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// VerifyBlock re-executes a complete block on top of preStateRoot and checks that
// the header it computes is the block's own, field by field. It is how an L1 block
// (an EEST fixture, a mainnet block) is verified; EXECUTE compares only the claims a
// host contract makes.
func VerifyBlock(ctx context.Context, config *params.ChainConfig, b *types.Block, preStateRoot common.Hash, w *Witness) (*Result, error) {
	if len(b.Uncles()) > 0 {
		return nil, fmt.Errorf("%w: %d uncles after the merge", ErrInvalidBlock, len(b.Uncles()))
	}
	res, err := Execute(ctx, config, InputFromBlock(b, preStateRoot), w)
	if err != nil {
		return nil, err
	}
	if err := compareHeaders(b.Header(), b.Hash(), res.Header, res.Hash); err != nil {
		return nil, err
	}
	return res, nil
}

// compareHeaders names the first field in which the executed header differs from
// the claimed one. The final hash comparison catches any field the list misses;
// both hashes are already known (the block's is cached, Execute computed the
// executed header's), so neither header is hashed again.
func compareHeaders(claimed *types.Header, claimedHash common.Hash, executed *types.Header, executedHash common.Hash) error {
	fields := []struct {
		name          string
		claimed, have any
	}{
		{"parentHash", claimed.ParentHash, executed.ParentHash},
		{"sha3Uncles", claimed.UncleHash, executed.UncleHash},
		{"miner", claimed.Coinbase, executed.Coinbase},
		{"stateRoot", claimed.Root, executed.Root},
		{"transactionsRoot", claimed.TxHash, executed.TxHash},
		{"receiptsRoot", claimed.ReceiptHash, executed.ReceiptHash},
		{"logsBloom", claimed.Bloom, executed.Bloom},
		{"difficulty", claimed.Difficulty, executed.Difficulty},
		{"number", claimed.Number, executed.Number},
		{"gasLimit", claimed.GasLimit, executed.GasLimit},
		{"gasUsed", claimed.GasUsed, executed.GasUsed},
		{"timestamp", claimed.Time, executed.Time},
		{"mixHash", claimed.MixDigest, executed.MixDigest},
		{"nonce", claimed.Nonce, executed.Nonce},
		{"baseFeePerGas", claimed.BaseFee, executed.BaseFee},
		{"withdrawalsRoot", claimed.WithdrawalsHash, executed.WithdrawalsHash},
		{"blobGasUsed", claimed.BlobGasUsed, executed.BlobGasUsed},
		{"excessBlobGas", claimed.ExcessBlobGas, executed.ExcessBlobGas},
		{"parentBeaconBlockRoot", claimed.ParentBeaconRoot, executed.ParentBeaconRoot},
		{"requestsHash", claimed.RequestsHash, executed.RequestsHash},
	}
	for _, f := range fields {
		if !equalField(f.claimed, f.have) {
			return fmt.Errorf("%w: %s: block has %v, execution gives %v", ErrHeaderMismatch, f.name, show(f.claimed), show(f.have))
		}
	}
	if !bytes.Equal(claimed.Extra, executed.Extra) {
		return fmt.Errorf("%w: extraData: block has %x, execution gives %x", ErrHeaderMismatch, claimed.Extra, executed.Extra)
	}
	if claimedHash != executedHash {
		return fmt.Errorf("%w: header hash %x, execution gives %x", ErrHeaderMismatch, claimedHash, executedHash)
	}
	return nil
}

// equalField compares header field values; big integers by value, since equal
// values can differ in their internal representation.
func equalField(a, b any) bool {
	if x, ok := a.(*big.Int); ok {
		y := b.(*big.Int)
		if x == nil || y == nil {
			return x == y
		}
		return x.Cmp(y) == 0
	}
	return reflect.DeepEqual(a, b)
}

// show dereferences optional header fields so errors print values, not pointers.
func show(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return "absent"
		}
		if s, ok := v.(fmt.Stringer); ok {
			return s.String()
		}
		return rv.Elem().Interface()
	}
	return v
}
