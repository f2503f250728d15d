package stateless_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// sloadLoop is i = 0; loop { sload(i); i++ }: cold SLOADs until the gas runs out.
var sloadLoop = common.FromHex("60005b80545060010160025600")

// sloadLoopState is a 10M-gas block whose one transaction runs sloadLoop in
// an account with a two-slot storage trie (every SLOAD but two an absence
// proven at the root). With deep, the account's leaf sits at depth 64, below
// 63 branches that each hold the path and one child the witness lacks, and at
// nibble 0 of the last one too, where the walk records it first: the
// account is read by following its 64-node path, not from its recorded leaf.
func sloadLoopState(t testing.TB, deep bool) (*stateless.Input, *stateless.Witness) {
	s := newForgedState()
	root := s.accountTrie().(*fBranch)
	var a common.Address
	for i := 0; ; i++ {
		a = common.BigToAddress(big.NewInt(int64(0x100000 + i)))
		if p := accountPath(a); root.Children[p[0]] == nil && p[63] != 0 {
			break
		}
	}
	acc := &fAccount{Nonce: 1, Code: sloadLoop, Storage: storageTrie(map[common.Hash]common.Hash{slotN(1 << 40): slotN(1), slotN(1<<40 + 1): slotN(2)})}
	s.Accounts[a] = acc
	tx := forgedTx(a, common.Big0, 10_000_000, nil)
	if !deep {
		return s.build(s.accountTrie(), tx)
	}
	path := accountPath(a)
	leaf := fHashed{&fLeaf{Value: s.accountValue(acc)}}
	var n fnode
	for d := 63; d >= 1; d-- {
		b := new(fBranch)
		if d == 63 {
			b.Children[path[63]], b.Children[0] = leaf, leaf
		} else {
			b.Children[path[d]] = n
			b.Children[(path[d]+1)%16] = fHash(crypto.Keccak256Hash([]byte{byte(d)}))
		}
		n = fHashed{b}
	}
	root.Children[path[0]] = n
	return s.build(root, tx)
}

// BenchmarkSloadLoopDeepAccount: CPU per gas of EXECUTE's charge (base, 16 per
// input byte, the declared gas limit) for sloadLoopState, with the account read
// from its recorded leaf and through its 64-node path. docs/BENCHMARKS.md,
// "The flat reader under attack", has the figures and the rerun.
func BenchmarkSloadLoopDeepAccount(b *testing.B) {
	for _, shape := range []struct {
		name string
		deep bool
	}{{"recorded", false}, {"deep-path", true}} {
		b.Run("account="+shape.name, func(b *testing.B) {
			in, w := sloadLoopState(b, shape.deep)
			enc, err := rlp.EncodeToBytes(w)
			require.NoError(b, err)
			gas := 50_000 + 16*uint64(len(enc)) + in.Env.GasLimit
			b.ResetTimer()
			for range b.N {
				res, err := stateless.Execute(context.Background(), forgedConfig, in, w)
				if err != nil || res.GasUsed != in.Env.GasLimit {
					b.Fatalf("%v, gas used %v", err, res)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(gas), "ns/gas")
		})
	}
}
