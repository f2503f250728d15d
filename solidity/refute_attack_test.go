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

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// The outside review of refuteMark (branch arefute): each scenario asserted a
// harm on the host that let the refuter choose the refuting block's
// environment, paid an inclusion the bond and the skipped entry's fee to its
// sender. The tests keep the scenarios and assert the fixes: a mark is about one
// canonical block (solidity.MarkedBlockEnv), an inclusion returns the bond to
// the marker, and the unsettleable skip pays the fee to nobody.

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

// TestRefuteEnvDependentEntryKeepsHonestBond: a griefer queues a transaction
// that is code-heavy (unsettleable) unless the block's fee recipient is its
// secret. Once due, the chain halts: the sequencer's blocks with it are
// BlockTooLarge, without it ForcedTransactionNotIncluded, and no proof skips it.
// The honest sequencer marks it, having measured the mark's canonical block
// (fee recipient zero): over the settle bound. When the refuter chose the
// environment, the griefer refuted at once with its secret fee recipient and
// took the bond. Now its secret block, given to refuteMark, is run with the
// canonical environment and fails (ExecuteFailed: the witness lacks the codes
// the heavy path reads), the canonical block itself is BlockTooLarge, the mark
// stands, and after W the entry is skipped: the marker gets its bond back, the
// griefer nothing (its fee stays in the host), and the chain moves on.
func TestRefuteEnvDependentEntryKeepsHonestBond(t *testing.T) {
	secret := common.HexToAddress("0x5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7")
	alloc, sw := coinbaseSwitchGenesis(secret)
	f := newNativeFixture(t, forcedWindow, alloc)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &sw, nil, nil, 200_000, big.NewInt(10*params.GWei))
	f.l1.mustSend(t, aliceKey, f.rollup, forcedFee, f.abi.PackQueueForcedTransaction(rawTx(t, forced)))
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

	// The honest sequencer measures the mark's canonical block, marks, and moves on.
	canonicalHead := newL2(t, f.rollup, alloc)
	_, marked := f.mark(t, sequencerKey)
	canonical := f.markedBlock(t, canonicalHead, marked, func(g *core.BlockGen) { g.AddTx(forced) })
	payload = uint64(len(canonical.Input.Transactions) + len(canonical.Input.Witness))
	require.Greater(t, payload, uint64(solidity.MaxSettlePayload), "the canonical block is heavy")
	f.advance(t, without, a)
	requireRevert(t, f.l1.revertOf(t, aliceKey, f.rollup, nil, f.refuteArgs(canonical)),
		bindings.TestNativeRollupBlockTooLargeErrorID(), "the canonical block does not refute")

	// The griefer's block on the mark's head (genesis) with its secret fee
	// recipient: cheap, and refused.
	secretBlock := newL2(t, f.rollup, alloc).build(t, f.l1.head(t).Hash(), func(g *core.BlockGen) {
		g.SetCoinbase(secret)
		g.AddTx(forced)
	})
	require.Equal(t, types.ReceiptStatusSuccessful, secretBlock.Receipts[0].Status)
	requireRevert(t, f.l1.revertOf(t, aliceKey, f.rollup, nil, f.refuteArgs(secretBlock)),
		bindings.TestNativeRollupExecuteFailedErrorID(), "the secret block, run with the canonical environment")
	require.Equal(t, addr(sequencerKey), f.forcedMarker(t, 0), "the mark stands")

	// After W the entry leaves: the bond back to the marker, nothing to the griefer.
	f.l1.wait(t, forcedWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	require.Equal(t, uint64(1), f.forcedHead(t))
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, addr(sequencerKey)), "the honest marker's bond back")
	require.Zero(t, f.forcedCredit(t, addr(aliceKey)).Sign(), "the griefer gets nothing, not even its fee")
	b, a := f.nextBlock(t, bobPays(t))
	f.advance(t, b, a)
}

// TestForcedMarkerFrontRunsRefutation: the remaining limit of the mark, as the
// spec states it. A false marker that wins the L1 ordering race puts first, in
// the refutation's L1 block, its own block including the entry: the entry is
// included (the mark held it out only until someone attempted a refutation),
// the marker earns the fee as includer and its bond comes back (an inclusion
// returns it), and the refutation reverts early, before the settle bound and
// EXECUTE, with the error of the queue as it now is (here empty:
// ForcedQueueEmpty), costing the refuter its calldata and little else.
func TestForcedMarkerFrontRunsRefutation(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	forced := settleableTransfer(t, f)
	ev := f.queue(t, aliceKey, forced)
	f.l1.wait(t, forcedWindow+1)
	require.Greater(t, f.l1.head(t).Time, ev.DueAt.Uint64())
	_, marked := f.mark(t, sequencerKey) // false: a transfer; on genesis, past dueAt

	anchor := f.l1.head(t)
	refuting := f.markedBlock(t, newL2(t, f.rollup), marked, func(g *core.BlockGen) { g.AddTx(forced) })
	own := f.l2.build(t, anchor.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	refTx := f.l1.signWithTip(t, relayerKey, f.rollup, f.refuteArgs(refuting), 1)
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
	require.Equal(t, uint64(1), f.forcedHead(t), "the entry is included")
	require.Equal(t, forcedFee, f.feeIncome(t, addr(sequencerKey), seqBefore, seqR), "the marker earns the fee as includer")
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, addr(sequencerKey)), "and keeps its bond")
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.refuteArgs(refuting)),
		bindings.TestNativeRollupForcedQueueEmptyErrorID(), "what the refuter's transaction hit")
	executeGas := precompile.RequiredGas(refuting.Input.Encode())
	require.Less(t, refR.GasUsed, executeGas, "the refutation failed before EXECUTE")
	t.Logf("front-run refutation: %d L1 gas for %d bytes of calldata (EXECUTE alone would charge %d)",
		refR.GasUsed, len(refTx.Data()), executeGas)
}

// TestForcedUnsettleableSpamPaysItsFees: the queueing fee is what makes spam pay
// for its own removal (FORCED_INCLUSION_FEE_GAS). Two code-heavy entries from
// one sender at one nonce (a skipped entry does not use its nonce, so the next
// stays valid) ahead of a victim's transfer keep the victim out until 2W after
// its own queueing, W past its deadline, with blocks without it accepted
// meanwhile; an honest marker marks each the moment it is the head. k entries
// hold the victim about k·W. When the unsettleable skip credited the fee to the
// transaction's sender, the spammer got every fee back and paid gas only; now
// the skip pays the fee to nobody: it stays in the host, and the marker gets
// its bonds back, nothing more.
func TestForcedUnsettleableSpamPaysItsFees(t *testing.T) {
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
		f.l1.mustSend(t, relayerKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	}
	require.Equal(t, uint64(2), f.forcedHead(t), "the victim is only now the head")
	require.GreaterOrEqual(t, f.l1.head(t).Time, victim.DueAt.Uint64()+forcedWindow)
	require.Zero(t, f.forcedCredit(t, alice).Sign(), "no spam fee back to the spammer")
	require.Equal(t, new(big.Int).Add(new(big.Int).Mul(big.NewInt(2), forcedMarkBond), new(big.Int).Mul(big.NewInt(3), forcedFee)),
		f.l1.balance(t, f.rollup), "the host holds the marker's two bonds until withdrawn and the three fees, the spam's two for good")
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

// TestRefuteRotatingSecretCannotDrainBonds: the env-dependent entry of
// TestRefuteEnvDependentEntryKeepsHonestBond with its secret in storage. While
// the honest mark stands, the griefer's ordinary L2 transaction (which an
// honest sequencer includes) rotates the secret. When the refuter chose the
// environment, it refuted on the mark's head with the old secret, the entry was
// due and unsettleable again, and every new mark fell to the next secret: a
// bond per cycle or a halt. Now no secret helps: its block with the first
// secret, on the mark's head, fails under the canonical environment
// (ExecuteFailed), the mark stands, blocks without the entry are accepted, and
// after W the entry is skipped with the honest marker's bond returned.
func TestRefuteRotatingSecretCannotDrainBonds(t *testing.T) {
	secrets := []common.Address{common.HexToAddress("0x5ec1"), common.HexToAddress("0x5ec2")}
	alloc, sw := rotatingSwitchGenesis(secrets[0], addr(bobKey))
	f := newNativeFixture(t, forcedWindow, alloc)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &sw, nil, nil, 200_000, big.NewInt(10*params.GWei))
	f.queue(t, aliceKey, forced)
	f.l1.wait(t, forcedWindow+1)
	_, marked := f.mark(t, sequencerKey) // honest, on genesis
	canonical := f.markedBlock(t, newL2(t, f.rollup, alloc), marked, func(g *core.BlockGen) { g.AddTx(forced) })
	require.Greater(t, len(canonical.Input.Transactions)+len(canonical.Input.Witness), solidity.MaxSettlePayload, "the canonical block is heavy")

	// Block 1, the sequencer's: the griefer's transaction rotates the secret.
	anchor1 := f.l1.head(t)
	rotate := signL2(t, f.l2, bobKey, f.l2.nonce(t, addr(bobKey)), &sw, nil, crypto.Keccak256(common.LeftPadBytes(secrets[1].Bytes(), 32)), 100_000, big.NewInt(10*params.GWei))
	b1 := f.l2.build(t, anchor1.Hash(), func(g *core.BlockGen) { g.AddTx(rotate) })
	require.Equal(t, types.ReceiptStatusSuccessful, b1.Receipts[0].Status)
	f.advance(t, b1, anchor1.Number.Uint64())

	// The griefer's refutation on genesis with the first secret, and the canonical block.
	anchor := f.l1.head(t)
	withSecret := newL2(t, f.rollup, alloc).build(t, anchor.Hash(), func(g *core.BlockGen) {
		g.SetCoinbase(secrets[0])
		g.AddTx(forced)
	})
	requireRevert(t, f.l1.revertOf(t, aliceKey, f.rollup, nil, f.refuteArgs(withSecret)),
		bindings.TestNativeRollupExecuteFailedErrorID(), "the first secret, run with the canonical environment")
	requireRevert(t, f.l1.revertOf(t, aliceKey, f.rollup, nil, f.refuteArgs(canonical)),
		bindings.TestNativeRollupBlockTooLargeErrorID(), "the canonical block")
	require.Equal(t, addr(sequencerKey), f.forcedMarker(t, 0), "the mark stands")

	// The chain moves on; after W the entry leaves and the bond comes back.
	b, a := f.nextBlock(t, bobPays(t))
	f.advance(t, b, a)
	f.l1.wait(t, forcedWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, f.abi.PackSkipUnsettleable())
	require.Equal(t, forcedMarkBond, f.forcedCredit(t, addr(sequencerKey)), "the honest marker's bond back")
	require.Zero(t, f.forcedCredit(t, addr(aliceKey)).Sign(), "nothing to the griefer")
}
