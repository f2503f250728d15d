package daemon

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestCrossBlockTxKeyAttack (regression of 6cde2c5, which keys call records
// per block): call records were keyed by (tx hash, index) only.
// A lying node serving block 11 with a transaction hash of block 10 (nothing
// checks that a block's transactions hash to its transactionsRoot, or that a
// hash is new) makes block 11's verdict overwrite block 10's call record (a
// disagreement of block 10 reads "agree" at /v1/calls/{tx}/0), and a reorg
// that drops block 11 deletes the record block 10 still lists.
func TestCrossBlockTxKeyAttack(t *testing.T) {
	s, err := OpenStore("")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tx := common.Hash{0xaa}
	b10 := &BlockRecord{Number: 10, Hash: common.Hash{10}, Result: "disagree", Disagree: 1, Calls: []CallRef{{Tx: tx}}}
	c10 := &CallRecord{Block: 10, BlockHash: b10.Hash, Tx: tx, Result: "disagree", Alarm: "alert"}
	b11 := &BlockRecord{Number: 11, Hash: common.Hash{11}, ParentHash: b10.Hash, Result: "agree", Agree: 1, Calls: []CallRef{{Tx: tx}}}
	c11 := &CallRecord{Block: 11, BlockHash: b11.Hash, Tx: tx, Result: "agree"}
	if err := s.PutBlock(b10, []*CallRecord{c10}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutBlock(b11, []*CallRecord{c11}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Call(tx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got.Block != 10 {
		t.Errorf("block 10's call (%s, 0) now reads block %d's verdict %q; block 10's record still says disagree", tx, got.Block, got.Result)
	}
	if _, err := s.Rewind(10); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Block(10); err != nil {
		t.Fatalf("block 10 after rewinding to it: %v", err)
	}
	if _, err := s.Call(tx, 0); err != nil {
		t.Errorf("after a reorg dropping block 11, the call block 10 lists is gone: %v", err)
	}
}
