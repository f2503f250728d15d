package daemon_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/validator/daemon"
)

// TestCallRecordsPerBlock: call records are each block's own. A lying node
// serving block 11 with a transaction hash block 10 already has must not
// overwrite block 10's record (a disagreement would read "agree"), and a
// reorg dropping block 11 must not delete a record block 10 lists.
func TestCallRecordsPerBlock(t *testing.T) {
	s, err := daemon.OpenStore(t.TempDir())
	require.NoError(t, err)
	defer s.Close()
	tx := common.Hash{0xaa}
	b10 := &daemon.BlockRecord{Number: 10, Hash: common.Hash{10}, Result: "disagree", Disagree: 1, Calls: []daemon.CallRef{{Tx: tx}}}
	b11 := &daemon.BlockRecord{Number: 11, Hash: common.Hash{11}, ParentHash: b10.Hash, Result: "agree", Agree: 1, Calls: []daemon.CallRef{{Tx: tx}}}
	require.NoError(t, s.PutBlock(b10, []*daemon.CallRecord{{Block: 10, BlockHash: b10.Hash, Tx: tx, Result: "disagree", Alarm: "alert"}}))
	require.NoError(t, s.PutBlock(b11, []*daemon.CallRecord{{Block: 11, BlockHash: b11.Hash, Tx: tx, Result: "agree"}}))

	got, err := s.Call(tx, 0)
	require.NoError(t, err)
	require.Equal(t, uint64(10), got.Block, "the first block's record")
	require.Equal(t, "disagree", got.Result)
	of11, err := s.BlockCall(11, tx, 0)
	require.NoError(t, err)
	require.Equal(t, "agree", of11.Result)

	_, err = s.Rewind(10)
	require.NoError(t, err)
	got, err = s.Call(tx, 0)
	require.NoError(t, err, "block 10's record survives the reorg dropping block 11")
	require.Equal(t, uint64(10), got.Block)
	_, err = s.BlockCall(11, tx, 0)
	require.Error(t, err)
}
