package solidity_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// Outside review of refuteMark (branch arefute). Each test asserts a harm on
// the host as built; see the report for the fixes.

// coinbaseSwitchGenesis is codeHeavyGenesis(6) plus a contract that STOPs at
// once when the block's fee recipient hashes to keccak256(leftpad32(secret))
// and otherwise CALLs the code-heavy caller (six 24 KB codes in the witness):
// a transaction to it settles only in a block whose builder knows the secret.
func coinbaseSwitchGenesis(secret common.Address) (types.GenesisAlloc, common.Address) {
	alloc, heavy := codeHeavyGenesis(6)
	h := crypto.Keccak256(common.LeftPadBytes(secret.Bytes(), 32))
	code := []byte{0x41, 0x5f, 0x52, 0x60, 0x20, 0x5f, 0x20, 0x7f} // COINBASE PUSH0 MSTORE PUSH1 32 PUSH0 KECCAK256 PUSH32
	code = append(code, h...)
	code = append(code, 0x14, 0x60, 0x4a, 0x57)             // EQ PUSH1 74 JUMPI
	code = append(code, 0x5f, 0x5f, 0x5f, 0x5f, 0x5f, 0x73) // CALL(GAS, heavy, 0, 0, 0, 0, 0)
	code = append(code, heavy.Bytes()...)
	code = append(code, 0x5a, 0xf1, 0x50, 0x00) // GAS CALL POP STOP
	code = append(code, 0x5b, 0x00)             // 74: JUMPDEST STOP
	if len(code) != 76 || code[74] != 0x5b {
		panic("coinbaseSwitchGenesis: jump destination moved")
	}
	sw := common.BytesToAddress(crypto.Keccak256([]byte("nr-coinbase-switch")))
	alloc[sw] = types.Account{Code: code, Balance: new(big.Int)}
	return alloc, sw
}

// TestAttackRefuteEnvDependentEntryTakesHonestBond: the refutation proves that
// SOME block environment (fee recipient, prevRandao, timestamp, gas limit,
// anchor, all the builder's choice) lets a block starting with the entry settle
// on the mark's head; an honest marker can only check the environments it can
// think of. A griefer queues a transaction that is code-heavy (unsettleable)
// unless the fee recipient is its secret. Once due, the chain halts: the
// sequencer's blocks with it are BlockTooLarge, without it
// ForcedTransactionNotIncluded, and no proof skips it. The honest sequencer must
// mark it (else the griefer alone decides when the chain moves), and the
// griefer refutes at once with a block whose fee recipient is the secret and
// takes the whole bond, for a queue fee and one refutation's gas.
func TestAttackRefuteEnvDependentEntryTakesHonestBond(t *testing.T) {
	secret := common.HexToAddress("0x5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7")
	alloc, sw := coinbaseSwitchGenesis(secret)
	f := newNativeFixture(t, forcedWindow, alloc)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &sw, nil, nil, 200_000, big.NewInt(10*params.GWei))
	queueReceipt := f.l1.mustSend(t, aliceKey, f.rollup, forcedFee, f.abi.PackQueueForcedTransaction(rawTx(t, forced)))
	f.l1.wait(t, forcedWindow+1)

	_, root, _ := f.head(t)
	skipArgs := f.abi.PackSkipForcedTransaction(rawTx(t, forced), f.l2.accountProof(t, root, addr(aliceKey)), nil, headerRLP(t, f.l2.Head().Header()))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, skipArgs),
		bindings.TestNativeRollupForcedTransactionValidErrorID(), "no proof skips it")
	// What the honest sequencer sees: with its own fee recipient the block is
	// over the settle bound, and without the entry it is refused.
	anchor := f.l1.head(t)
	withIt := newL2(t, f.rollup, alloc).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	payload := uint64(len(withIt.Input.Transactions) + len(withIt.Input.Witness) + len(withIt.Block.Extra()))
	require.Greater(t, payload, uint64(solidity.MaxSettlePayload), "heavy with any fee recipient but the secret")
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(withIt, anchor.Number.Uint64())),
		bindings.TestNativeRollupBlockTooLargeErrorID(), "the sequencer's block with it")
	without, a := f.nextBlock(t, bobPays(t))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(without, a)),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "the sequencer's block without it: halted")

	// The honest sequencer marks it, to move on.
	f.mark(t, sequencerKey)
	f.advance(t, without, a)

	// The griefer refutes on the mark's head (genesis) with its secret fee recipient.
	anchor = f.l1.head(t)
	secretBlock := newL2(t, f.rollup, alloc).build(t, anchor.Hash(), func(g *core.BlockGen) {
		g.SetCoinbase(secret)
		g.AddTx(forced)
	})
	require.Equal(t, types.ReceiptStatusSuccessful, secretBlock.Receipts[0].Status)
	before := f.l1.balance(t, addr(aliceKey))
	r, ev := f.refute(t, aliceKey, secretBlock, anchor.Number.Uint64())
	require.Equal(t, addr(sequencerKey), ev.Marker)
	require.Equal(t, forcedMarkBond, f.feeIncome(t, addr(aliceKey), before, r), "the griefer takes the honest marker's bond")
	require.Zero(t, f.forcedCredit(t, addr(sequencerKey)).Sign(), "nothing comes back to the marker")
	cost := new(big.Int).Add(forcedFee, new(big.Int).Mul(new(big.Int).SetUint64(queueReceipt.GasUsed+r.GasUsed), r.EffectiveGasPrice))
	t.Logf("griefer: queue fee + queue and refute gas = %s wei (refute %d L1 gas) for a bond of %s wei",
		cost, r.GasUsed, forcedMarkBond)
	require.Less(t, cost.Cmp(forcedMarkBond), 0, "the attack pays")

	// The entry is due again: a block with it and the sequencer's fee recipient
	// is still BlockTooLarge, one without it ForcedTransactionNotIncluded: the
	// chain waits for the next bond (or for a fee recipient the griefer revealed
	// here; one read from a storage slot it rewrites would not be).
	without, a = f.nextBlock(t, bobPays(t))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(without, a)),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "halted again after the refutation")
}

// TestAttackMarkerFrontRunsRefutation: the spec says a sequencer that wins
// every L1 ordering race still loses the bond of a false mark. It does not: when
// a refutation appears, the marking sequencer puts first, in the same L1 block,
// its own block that includes the entry, and is paid its own bond back with
// the fee; the refutation reverts ForcedTransactionNotMarked... on the next
// entry (here the queue is empty: ForcedQueueEmpty). A false mark held the
// entry out until someone tried to refute, for gas only, and the refuter was
// paid nothing.
func TestAttackMarkerFrontRunsRefutation(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	forced := settleableTransfer(t, f)
	ev := f.queue(t, aliceKey, forced)
	f.l1.wait(t, forcedWindow+1)
	require.Greater(t, f.l1.head(t).Time, ev.DueAt.Uint64())
	f.mark(t, sequencerKey) // false: a transfer; on genesis, past dueAt

	anchor := f.l1.head(t)
	refuting := newL2(t, f.rollup).build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	own := f.l2.build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	refTx := f.l1.signWithTip(t, relayerKey, f.rollup, f.refuteArgs(refuting, anchor.Number.Uint64()), 1)
	seqTx := f.l1.signWithTip(t, sequencerKey, f.rollup, advanceArgs(own, anchor.Number.Uint64()), 5)
	seqBefore := f.l1.balance(t, addr(sequencerKey))
	ctx := context.Background()
	require.NoError(t, f.l1.client.SendTransaction(ctx, refTx))
	require.NoError(t, f.l1.client.SendTransaction(ctx, seqTx))
	f.l1.sim.Commit()
	seqR, err := f.l1.client.TransactionReceipt(ctx, seqTx.Hash())
	require.NoError(t, err)
	refR, err := f.l1.client.TransactionReceipt(ctx, refTx.Hash())
	require.NoError(t, err)
	require.Equal(t, seqR.BlockNumber, refR.BlockNumber, "one L1 block")
	require.Less(t, seqR.TransactionIndex, refR.TransactionIndex)
	require.Equal(t, types.ReceiptStatusSuccessful, seqR.Status)
	require.Equal(t, types.ReceiptStatusFailed, refR.Status, "the refutation finds no mark")
	income := f.feeIncome(t, addr(sequencerKey), seqBefore, seqR)
	require.Equal(t, new(big.Int).Add(forcedMarkBond, forcedFee), income, "the false marker gets its own bond back, and the fee")
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(refuting, anchor.Number.Uint64())),
		bindings.TestNativeRollupForcedQueueEmptyErrorID(), "what the refuter's transaction hit")
}

// TestAttackUnsettleableSpamIsRefunded: the queueing fee is what makes spam pay
// for its own removal (FORCED_INCLUSION_FEE_GAS); since the unsettleable skip
// credits it to the transaction's sender, a spammer of unsettleable entries gets
// every fee back and pays gas only, while each entry holds the queue's head for
// W after its mark. Two code-heavy entries from one sender at one nonce (a
// skipped entry does not use its nonce, so the next stays valid) ahead of a
// victim's transfer keep the victim out until 2W after its own queueing, W past
// its deadline, with blocks without it accepted meanwhile; an honest marker
// marks each the moment it is the head. k entries hold the victim about k·W.
func TestAttackUnsettleableSpamIsRefunded(t *testing.T) {
	alloc, heavy := codeHeavyGenesis(6)
	f := newNativeFixture(t, forcedWindow, alloc)
	nonce := f.l2.nonce(t, addr(aliceKey))
	spam := []*types.Transaction{
		signL2(t, f.l2, aliceKey, nonce, &heavy, nil, nil, 200_000, big.NewInt(10*params.GWei)),
		signL2(t, f.l2, aliceKey, nonce, &heavy, nil, nil, 200_001, big.NewInt(10*params.GWei)),
	}
	for _, tx := range spam {
		f.queue(t, aliceKey, tx)
	}
	alice := addr(aliceKey)
	victimTx := signL2(t, f.l2, bobKey, f.l2.nonce(t, addr(bobKey)), &alice, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	victim := f.queue(t, bobKey, victimTx)

	for i, tx := range spam {
		if i == 1 {
			_, root, _ := f.head(t)
			skipArgs := f.abi.PackSkipForcedTransaction(rawTx(t, tx), f.l2.accountProof(t, root, alice), nil, headerRLP(t, f.l2.Head().Header()))
			requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, skipArgs),
				bindings.TestNativeRollupForcedTransactionValidErrorID(), "the second entry at the same nonce is still valid")
		}
		f.mark(t, relayerKey) // the honest marker, at once
		f.l1.wait(t, forcedWindow)
		if i == len(spam)-1 {
			require.Greater(t, f.l1.head(t).Time, victim.DueAt.Uint64()+forcedWindow/2, "well past the victim's deadline")
			b, a := f.nextBlock(t, bobPays(t)) // bob's transfer, not the victim's entry
			f.advance(t, b, a)
		}
		f.l1.mustSend(t, relayerKey, f.rollup, nil, f.abi.PackSkipUnsettleable(rawTx(t, tx)))
	}
	require.Equal(t, uint64(2), f.forcedHead(t), "the victim is only now the head")
	require.GreaterOrEqual(t, f.l1.head(t).Time, victim.DueAt.Uint64()+forcedWindow)
	require.Equal(t, new(big.Int).Mul(big.NewInt(2), forcedFee), f.forcedCredit(t, alice), "every spam fee back to the spammer")
	require.Equal(t, new(big.Int).Mul(big.NewInt(2), forcedMarkBond), f.forcedCredit(t, addr(relayerKey)), "the marker gets its two bonds back, nothing more")
}

// rotatingSwitchGenesis is coinbaseSwitchGenesis with the fee recipient's hash
// read from storage slot 0 (initially keccak256(leftpad32(first))), which a call
// from owner with 32 bytes of calldata rewrites.
func rotatingSwitchGenesis(first, owner common.Address) (types.GenesisAlloc, common.Address) {
	alloc, heavy := codeHeavyGenesis(6)
	code := []byte{0x36, 0x60, 0x31, 0x57} // CALLDATASIZE PUSH1 49 JUMPI
	code = append(code, 0x41, 0x5f, 0x52, 0x60, 0x20, 0x5f, 0x20, 0x5f, 0x54, 0x14, 0x60, 0x2f, 0x57)
	code = append(code, 0x5f, 0x5f, 0x5f, 0x5f, 0x5f, 0x73) // CALL(GAS, heavy, 0, 0, 0, 0, 0)
	code = append(code, heavy.Bytes()...)
	code = append(code, 0x5a, 0xf1, 0x50, 0x00) // GAS CALL POP STOP
	code = append(code, 0x5b, 0x00)             // 47: JUMPDEST STOP
	code = append(code, 0x5b, 0x33, 0x73)       // 49: JUMPDEST CALLER PUSH20 owner
	code = append(code, owner.Bytes()...)
	code = append(code, 0x14, 0x60, 0x4f, 0x57, 0x5f, 0x5f, 0xfd) // EQ PUSH1 79 JUMPI REVERT(0, 0)
	code = append(code, 0x5b, 0x5f, 0x35, 0x5f, 0x55, 0x00)       // 79: JUMPDEST SSTORE(0, CALLDATALOAD(0)) STOP
	if len(code) != 85 || code[47] != 0x5b || code[49] != 0x5b || code[79] != 0x5b {
		panic("rotatingSwitchGenesis: jump destinations moved")
	}
	sw := common.BytesToAddress(crypto.Keccak256([]byte("nr-rotating-switch")))
	alloc[sw] = types.Account{Code: code, Balance: new(big.Int), Storage: map[common.Hash]common.Hash{
		{}: common.BytesToHash(crypto.Keccak256(common.LeftPadBytes(first.Bytes(), 32))),
	}}
	return alloc, sw
}

// TestAttackRefuteRotatingSecretDrainsEachBond: the env-dependent entry of
// TestAttackRefuteEnvDependentEntryTakesHonestBond with its secret in storage.
// While the honest mark stands, the griefer's ordinary L2 transaction (which an
// honest sequencer includes) rotates the secret; it refutes on the mark's head
// with the old secret, so on the current head the entry is unsettleable again,
// even with the revealed secret, and due: the chain halts until someone marks
// again, and that mark, on the new head, falls to the next secret. Each cycle
// moves one bond from the honest marker to the griefer, for one L2
// transaction and one refutation; no mark can hold, so the choice is a bond
// per cycle or a halt.
func TestAttackRefuteRotatingSecretDrainsEachBond(t *testing.T) {
	secrets := []common.Address{common.HexToAddress("0x5ec1"), common.HexToAddress("0x5ec2")}
	alloc, sw := rotatingSwitchGenesis(secrets[0], addr(bobKey))
	f := newNativeFixture(t, forcedWindow, alloc)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &sw, nil, nil, 200_000, big.NewInt(10*params.GWei))
	f.queue(t, aliceKey, forced)
	f.l1.wait(t, forcedWindow+1)
	f.mark(t, sequencerKey) // honest, on genesis (a block with the entry is BlockTooLarge: TestAttackRefuteEnvDependentEntryTakesHonestBond)

	// Block 1, the sequencer's: the griefer's transaction rotates the secret.
	anchor1 := f.l1.head(t).Hash()
	anchor1Number := f.l1.head(t).Number.Uint64()
	rotate := signL2(t, f.l2, bobKey, f.l2.nonce(t, addr(bobKey)), &sw, nil, crypto.Keccak256(common.LeftPadBytes(secrets[1].Bytes(), 32)), 100_000, big.NewInt(10*params.GWei))
	rotated := func(c *l2Chain) *l2.Block {
		b := c.build(t, anchor1, func(g *core.BlockGen) { g.AddTx(rotate) })
		require.Equal(t, types.ReceiptStatusSuccessful, b.Receipts[0].Status)
		return b
	}
	b1 := rotated(f.l2)
	f.advance(t, b1, anchor1Number)
	// A block of chain c starting with the entry, fee recipient secret.
	withSecret := func(c *l2Chain, secret common.Address) (*l2.Block, uint64) {
		anchor := f.l1.head(t)
		return c.build(t, anchor.Hash(), func(g *core.BlockGen) {
			g.SetCoinbase(secret)
			g.AddTx(forced)
		}), anchor.Number.Uint64()
	}

	// Cycle 1: refuted on genesis with the first secret.
	before := f.l1.balance(t, addr(aliceKey))
	refuting, a := withSecret(newL2(t, f.rollup, alloc), secrets[0])
	r, _ := f.refute(t, aliceKey, refuting, a)
	require.Equal(t, forcedMarkBond, f.feeIncome(t, addr(aliceKey), before, r), "bond 1 to the griefer")

	// On block 1 the revealed secret no longer settles, and the entry is due.
	replay := func() *l2Chain {
		c := newL2(t, f.rollup, alloc)
		require.Equal(t, b1.Block.Hash(), rotated(c).Block.Hash())
		return c
	}
	revealed, a := withSecret(replay(), secrets[0])
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(revealed, a)),
		bindings.TestNativeRollupBlockTooLargeErrorID(), "the revealed secret on the current head")
	without, a := f.nextBlock(t, bobPays(t))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(without, a)),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "halted again")

	// Cycle 2: the honest sequencer marks again, on block 1; the next secret takes it.
	f.mark(t, sequencerKey)
	before = f.l1.balance(t, addr(aliceKey))
	refuting, a = withSecret(replay(), secrets[1])
	r, _ = f.refute(t, aliceKey, refuting, a)
	require.Equal(t, forcedMarkBond, f.feeIncome(t, addr(aliceKey), before, r), "bond 2 to the griefer")
	require.Zero(t, f.forcedCredit(t, addr(sequencerKey)).Sign(), "the honest marker got nothing back")
}
