package l1calls

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nativerollup/nr/precompile"
)

// TestDuplicateTxHashAttack (regression of f187717, which refuses it with
// ErrTraceMismatch): a lying node lists one transaction hash twice in
// eth_getBlockByNumber's "transactions" and serves two traces under it. The
// trace list then matches the header list entry by entry, so matchTraces lets
// it through, and Extract files two different EXECUTE calls under one key
// (tx, 0): the daemon's store (callKey(tx, index)) keeps only the second.
// spec/validator.md ("one repeating a transaction would file two calls under
// one key") says such a block is not verified (ErrTraceMismatch).
func TestDuplicateTxHashAttack(t *testing.T) {
	exec := precompile.ExecuteAddress
	tx := common.Hash{0xaa}
	h := &Header{Number: 10, Hash: common.Hash{0x10}, Txs: []common.Hash{tx, tx}}
	traces := []TxTrace{
		{TxHash: tx, Result: &Frame{Type: "CALL", To: &exec, Gas: 1 << 24, Input: []byte{1}, Output: make([]byte, 64)}},
		{TxHash: tx, Result: &Frame{Type: "CALL", To: &exec, Gas: 1 << 24, Input: []byte{2}, Error: "precompile failed"}},
	}
	err := matchTraces(h, traces)
	if err == nil {
		found, _ := Extract(traces)
		for _, f := range found {
			t.Logf("call key (tx %s, index %d), input %x", f.Tx, f.Index, f.Call.Input)
		}
		t.Fatalf("a block listing transaction %s twice was accepted: two different EXECUTE calls share the key (tx, 0), and the store keeps one", tx)
	}
}
