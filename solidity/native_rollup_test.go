package solidity_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/solidity/bindings"
)

func transfer(t testing.TB, to common.Address) func(b *core.BlockGen) {
	return func(b *core.BlockGen) {
		b.AddTx(l2Tx(t, b, aliceKey, to, big.NewInt(params.GWei), nil))
	}
}

func TestAdvanceValid(t *testing.T) {
	f := newNativeFixture(t, 3600)
	for i := range 3 {
		b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
		r := f.advance(t, b, anchor)
		hash, root, number := f.head(t)
		require.Equal(t, b.Block.Hash(), common.Hash(hash))
		require.Equal(t, b.Block.Root(), common.Hash(root))
		require.Equal(t, uint64(i+1), number)
		require.Len(t, r.Logs, 1)
		ev, err := f.abi.UnpackBlockAdvancedEvent(r.Logs[0])
		require.NoError(t, err)
		require.Equal(t, b.Block.Hash(), common.Hash(ev.BlockHash))
		require.Equal(t, *b.Block.BeaconRoot(), common.Hash(ev.Anchor), "the anchor is the L1 block hash")
	}
}

// TestAdvanceRequests: an L2 user queues an EIP-7002 withdrawal request and an
// EIP-7251 consolidation request; the block settles through advance with its own
// hash, whose header commits to the requests, and the chain goes on.
func TestAdvanceRequests(t *testing.T) {
	f := newNativeFixture(t, 3600)
	b, anchor := f.nextBlock(t, func(g *core.BlockGen) { f.l2.queueRequests(t, g, aliceKey) })
	requireRequests(t, b)
	f.advance(t, b, anchor)
	hash, root, number := f.head(t)
	require.Equal(t, b.Block.Hash(), common.Hash(hash))
	require.Equal(t, b.Block.Root(), common.Hash(root))
	require.Equal(t, uint64(1), number)

	next, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	f.advance(t, next, anchor)
	hash, _, number = f.head(t)
	require.Equal(t, next.Block.Hash(), common.Hash(hash))
	require.Equal(t, uint64(2), number)
}

// TestMyRollupAdvances deploys the ten-line example rollup and advances it.
func TestMyRollupAdvances(t *testing.T) {
	e := newL1(t)
	host := e.nextCreateAddress(t, deployerKey)
	c := newL2(t, host)
	my := bindings.NewMyRollup()
	rollup := e.deploy(t, deployerKey, "MyRollup", my.PackConstructor(c.Head().Hash(), c.Head().Root(), c.Head().Time(), addr(sequencerKey)))
	anchor := e.head(t)
	b := c.build(t, anchor.Hash(), transfer(t, addr(bobKey)))
	e.mustSend(t, sequencerKey, rollup, nil, advanceArgs(b, anchor.Number.Uint64()))
	out, err := my.UnpackBlockHash(e.view(t, rollup, my.PackBlockHash()))
	require.NoError(t, err)
	require.Equal(t, b.Block.Hash(), common.Hash(out))
}

// TestAdvanceRejects submits one bad advance per case on top of a chain with one
// accepted block and asserts the revert reason.
func TestAdvanceRejects(t *testing.T) {
	f := newNativeFixture(t, 3600)
	first, anchor0 := f.nextBlock(t, transfer(t, addr(bobKey)))
	f.advance(t, first, anchor0)
	next, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	skipped, _ := f.nextBlock(t, transfer(t, addr(bobKey))) // child of next, so its parent is not the head
	l1Head := f.l1.head(t)
	type args struct {
		env     bindings.ExecuteBlockEnv
		anchor  uint64
		claims  bindings.ExecuteClaims
		txs     []byte
		witness []byte
	}
	valid := func() args {
		return args{envOf(next), anchor, claimsOf(next), next.Input.Transactions, next.Input.Witness}
	}
	cases := []struct {
		name   string
		mutate func(a *args)
		want   common.Hash
	}{
		{"wrong post-state root", func(a *args) { a.claims.PostStateRoot[0] ^= 1 }, bindings.TestNativeRollupInvalidClaimErrorID()},
		{"wrong receipts root", func(a *args) { a.claims.ReceiptsRoot[0] ^= 1 }, bindings.TestNativeRollupInvalidClaimErrorID()},
		{"wrong gas used", func(a *args) { a.claims.GasUsed++ }, bindings.TestNativeRollupInvalidClaimErrorID()},
		{"wrong parent (block two ahead of the head)", func(a *args) {
			*a = args{envOf(skipped), anchor, claimsOf(skipped), skipped.Input.Transactions, skipped.Input.Witness}
		}, bindings.TestNativeRollupExecuteFailedErrorID()},
		{"replayed block", func(a *args) {
			*a = args{envOf(first), anchor, claimsOf(first), first.Input.Transactions, first.Input.Witness}
		}, bindings.TestNativeRollupTimestampOutOfRangeErrorID()},
		{"stale timestamp (equal to parent)", func(a *args) { a.env.Timestamp = first.Block.Time() }, bindings.TestNativeRollupTimestampOutOfRangeErrorID()},
		{"far-future timestamp", func(a *args) { a.env.Timestamp = l1Head.Time + 3600 }, bindings.TestNativeRollupTimestampOutOfRangeErrorID()},
		{"gas limit below policy", func(a *args) { a.env.GasLimit = 999_999 }, bindings.TestNativeRollupGasLimitOutsidePolicyErrorID()},
		{"gas limit above policy", func(a *args) { a.env.GasLimit = testMaxGasLimit + 1 }, bindings.TestNativeRollupGasLimitOutsidePolicyErrorID()},
		{"truncated witness", func(a *args) { a.witness = a.witness[:len(a.witness)/2] }, bindings.TestNativeRollupExecuteFailedErrorID()},
		{"empty witness", func(a *args) { a.witness = nil }, bindings.TestNativeRollupExecuteFailedErrorID()},
		{"anchor older than the previous one", func(a *args) { a.anchor = anchor0 - 1 }, bindings.TestNativeRollupAnchorOutOfRangeErrorID()},
		{"anchor not yet mined", func(a *args) { a.anchor = l1Head.Number.Uint64() + 1 }, bindings.TestNativeRollupAnchorOutOfRangeErrorID()},
		// The anchor is an input like the timestamp: another anchor gives another
		// header and state (EIP-4788 stores it), so the claims no longer hold.
		{"anchor differs from the block's", func(a *args) { a.anchor = anchor0 }, bindings.TestNativeRollupInvalidClaimErrorID()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := valid()
			c.mutate(&a)
			data := f.abi.PackAdvance(a.env, a.anchor, a.claims, a.txs, a.witness)
			requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, data), c.want)
		})
	}
	// The unmodified block is still accepted after all of that.
	require.Nil(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(next, anchor)))
}

// TestAdvanceSequencerWindow: only the sequencer may advance until the chain has
// been idle for the window; then anyone may.
func TestAdvanceSequencerWindow(t *testing.T) {
	f := newNativeFixture(t, 600)
	b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestNativeRollupSequencerExclusiveErrorID())
	f.l1.wait(t, 601)
	f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor))
	_, _, number := f.head(t)
	require.Equal(t, uint64(1), number)
}
