package solidity_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// forcedFee is what the tests pay to queue: above FORCED_INCLUSION_FEE_GAS times
// any base fee the simulated L1 reaches (it starts at 1 gwei and falls).
var forcedFee = big.NewInt(1e15)

// forcedWindow is the sequencer window (and so the forced-inclusion delay) of the
// forced-inclusion fixtures.
const forcedWindow = 600

// signL2 signs an EIP-1559 transaction for L2 chain c with an explicit nonce, as a
// user does before queueing it on L1.
func signL2(t testing.TB, c *l2Chain, key *ecdsa.PrivateKey, nonce uint64, to *common.Address, value *big.Int, data []byte, gas uint64, feeCap *big.Int) *types.Transaction {
	t.Helper()
	if value == nil {
		value = new(big.Int)
	}
	tip := big.NewInt(params.GWei)
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	tx, err := types.SignNewTx(key, types.LatestSigner(c.Genesis.Config), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(c.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: to, Value: value, Data: data,
	})
	require.NoError(t, err)
	return tx
}

// nonce is account's nonce in the L2 head state.
func (c *l2Chain) nonce(t testing.TB, account common.Address) uint64 {
	t.Helper()
	head := c.BlockChain().CurrentBlock()
	st, err := c.BlockChain().StateAt(head.Root, head.Number, head.Time)
	require.NoError(t, err)
	return st.GetNonce(account)
}

// accountProof proves account in the L2 state with root (an exclusion proof if it
// does not exist).
func (c *l2Chain) accountProof(t testing.TB, root common.Hash, account common.Address) [][]byte {
	t.Helper()
	st, err := trie.NewStateTrie(trie.StateTrieID(root), c.BlockChain().TrieDB())
	require.NoError(t, err)
	var proof proofList
	require.NoError(t, st.Prove(crypto.Keccak256(account.Bytes()), &proof))
	return proof
}

// l2Sender is tx's sender as go-ethereum recovers it on L2 chain c.
func l2Sender(t testing.TB, c *l2Chain, tx *types.Transaction) common.Address {
	t.Helper()
	sender, err := types.Sender(types.LatestSigner(c.Genesis.Config), tx)
	require.NoError(t, err)
	return sender
}

func rawTx(t testing.TB, tx *types.Transaction) []byte {
	t.Helper()
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return raw
}

// queue queues tx for forced inclusion, paid by from on L1, and returns the event.
func (f *nativeFixture) queue(t testing.TB, from *ecdsa.PrivateKey, tx *types.Transaction) *bindings.TestNativeRollupForcedTransactionQueued {
	t.Helper()
	r := f.l1.mustSend(t, from, f.rollup, forcedFee, f.abi.PackQueueForcedTransaction(rawTx(t, tx)))
	require.Len(t, r.Logs, 1)
	ev, err := f.abi.UnpackForcedTransactionQueuedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, tx.Hash(), common.Hash(ev.TxHash), "the queue keys a transaction by its L2 hash")
	require.Equal(t, l2Sender(t, f.l2, tx), ev.Sender, "the host recovers the sender go-ethereum recovers")
	return ev
}

func (f *nativeFixture) forcedHead(t testing.TB) uint64 {
	t.Helper()
	head, err := f.abi.UnpackForcedHead(f.l1.view(t, f.rollup, f.abi.PackForcedHead()))
	require.NoError(t, err)
	return head
}

// feeIncome is what account earned on L1 in receipt r: its balance change plus
// the gas it paid for r.
func (f *nativeFixture) feeIncome(t testing.TB, account common.Address, before *big.Int, r *types.Receipt) *big.Int {
	t.Helper()
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	return new(big.Int).Add(new(big.Int).Sub(f.l1.balance(t, account), before), gas)
}

// TestForcedInclusionCensoringSequencer: a sequencer that keeps posting blocks
// cannot keep a queued transaction out past its deadline. Before the deadline its
// blocks without the transaction are accepted and nobody else may advance; after
// it, its block without the transaction reverts with ForcedTransactionNotIncluded,
// and anyone may advance a block that starts with the transaction (and earns its
// fee).
func TestForcedInclusionCensoringSequencer(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	shadow := newL2(t, f.rollup) // the censoring sequencer's fork of the same L2

	bob := addr(bobKey)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	ev := f.queue(t, aliceKey, forced)
	queuedAt := f.l1.head(t).Time
	require.Equal(t, new(big.Int).SetUint64(queuedAt+forcedWindow), ev.DueAt)

	// Before the deadline: the sequencer posts a block without it.
	f.l1.wait(t, forcedWindow/2)
	anchor := f.l1.head(t)
	b1 := f.l2.build(t, anchor.Hash(), nil)
	s1 := shadow.build(t, anchor.Hash(), nil)
	require.Equal(t, b1.Block.Hash(), s1.Block.Hash())
	f.advance(t, b1, anchor.Number.Uint64())
	censoring := shadow.build(t, anchor.Hash(), func(g *core.BlockGen) {
		g.AddTx(l2Tx(t, g, bobKey, addr(relayerKey), big.NewInt(params.GWei), nil))
	})
	censoringArgs := advanceArgs(censoring, anchor.Number.Uint64())
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, censoringArgs),
		bindings.TestNativeRollupSequencerExclusiveErrorID(), "the sequencer advanced recently and nothing is due yet")

	// After the deadline (the sequencer's own window still runs for ~300 s).
	f.l1.wait(t, forcedWindow/2+1)
	require.GreaterOrEqual(t, f.l1.head(t).Time, queuedAt+forcedWindow)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, censoringArgs),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "the censoring sequencer's block")
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, censoringArgs),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "anyone may advance now, but only with the transaction first")
	behind := f.l2.build(t, anchor.Hash(), func(g *core.BlockGen) {
		g.AddTx(l2Tx(t, g, bobKey, addr(relayerKey), big.NewInt(params.GWei), nil))
		g.AddTx(forced)
	})
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(behind, anchor.Number.Uint64())),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "the transaction, but not first")

	// A fork of the L2 where the transaction comes first, advanced by a third party.
	fork := newL2(t, f.rollup)
	fork.build(t, anchor.Hash(), nil)
	included := fork.build(t, anchor.Hash(), func(g *core.BlockGen) {
		g.AddTx(forced)
		g.AddTx(l2Tx(t, g, bobKey, addr(relayerKey), big.NewInt(params.GWei), nil))
	})
	require.Equal(t, types.ReceiptStatusSuccessful, included.Receipts[0].Status)
	before := f.l1.balance(t, addr(challengerKey))
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(included, anchor.Number.Uint64()))
	inc, err := f.abi.UnpackForcedTransactionIncludedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, forced.Hash(), common.Hash(inc.TxHash))
	require.Equal(t, uint64(2), inc.L2BlockNumber)
	require.Equal(t, uint64(1), f.forcedHead(t))
	require.Equal(t, forcedFee, f.feeIncome(t, addr(challengerKey), before, r), "the includer earns the queueing fee")
	hash, _, number := f.head(t)
	require.Equal(t, included.Block.Hash(), common.Hash(hash))
	require.Equal(t, uint64(2), number)
}

// TestForcedDepositClaimAndWithdrawal: with a sequencer that posts blocks but
// leaves out every bridge transaction, a deposit claim and then a withdrawal are
// forced through the L1 queue, and the withdrawal is paid on L1.
func TestForcedDepositClaimAndWithdrawal(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	bridge := bindings.NewL2Bridge()
	newcomerKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-forced-newcomer")))
	require.NoError(t, err)
	newcomer := addr(newcomerKey)
	l1Recipient := common.HexToAddress("0x00000000000000000000000000000000c0ffee03")
	bridgeAddr := solidity.L2BridgeAddress

	// L1 deposit, and an L2 block anchored to it (the sequencer still posts blocks).
	fee := big.NewInt(params.Ether / 10)
	r := f.l1.mustSend(t, aliceKey, f.rollup, ether(5), f.abi.PackDeposit(newcomer, fee))
	sent, err := f.abi.UnpackDepositSentEvent(r.Logs[0])
	require.NoError(t, err)
	anchorHeader := f.l1.head(t)
	anchored := f.l2.build(t, anchorHeader.Hash(), nil)
	f.advance(t, anchored, anchorHeader.Number.Uint64())

	// forceThrough queues tx, lets the sequencer post an empty block before the
	// deadline, and has a third party advance the block that starts with tx after it.
	forceThrough := func(tx *types.Transaction) *types.Receipt {
		f.queue(t, relayerKey, tx)
		f.l1.wait(t, forcedWindow/2)
		empty, anchor := f.nextBlock(t, nil)
		f.advance(t, empty, anchor)
		f.l1.wait(t, forcedWindow/2+1)
		block, anchor := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(tx) })
		f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(block, anchor))
		hash, _, _ := f.head(t)
		require.Equal(t, block.Block.Hash(), common.Hash(hash))
		return block.Receipts[0]
	}

	ap, sp := f.l1.storageProof(t, f.rollup, messageSlot(sent.DepositHash, depositsSlot), anchorHeader.Number)
	claimData := bridge.PackClaimDeposit(sent.Deposit, anchored.Block.Time(), headerRLP(t, anchorHeader), ap, sp)
	claim := signL2(t, f.l2, relayerKey, f.l2.nonce(t, addr(relayerKey)), &bridgeAddr, nil, claimData, 1_000_000, big.NewInt(10*params.GWei))
	t.Logf("forced deposit claim: %d bytes signed", len(rawTx(t, claim)))
	require.Equal(t, types.ReceiptStatusSuccessful, forceThrough(claim).Status, "the forced claim succeeds on L2")
	require.Equal(t, new(big.Int).Sub(ether(5), fee), f.l2.balance(t, newcomer))

	withdraw := signL2(t, f.l2, newcomerKey, 0, &bridgeAddr, ether(1), bridge.PackWithdraw(l1Recipient), 200_000, big.NewInt(10*params.GWei))
	wr := forceThrough(withdraw)
	require.Equal(t, types.ReceiptStatusSuccessful, wr.Status, "the forced withdrawal succeeds on L2")
	ev, err := bridge.UnpackWithdrawalSentEvent(wr.Logs[0])
	require.NoError(t, err)
	_, root, l2Number := f.head(t)
	accountProof, storageProof := f.l2.storageProof(t, root, bridgeAddr, messageSlot(ev.WithdrawalHash, withdrawalsSlot))
	f.l1.mustSend(t, bobKey, f.rollup, nil, f.abi.PackFinalizeWithdrawal(ev.Withdrawal, l2Number, accountProof, storageProof))
	require.Equal(t, ether(1), f.l1.balance(t, l1Recipient))
}

// TestForcedInvalidSkipped: queued transactions that cannot execute on the accepted
// head (one per reason) are proven so against its state root and skipped, each
// skip paying the prover the fee; a transaction that can execute cannot be
// skipped, and the block that includes it is then accepted. Each skip costs less
// L1 gas than the queueing fee pays for (FORCED_INCLUSION_FEE_GAS).
func TestForcedInvalidSkipped(t *testing.T) {
	codeKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-forced-code")))
	require.NoError(t, err)
	poorKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-forced-poor")))
	require.NoError(t, err)
	code := []byte{0x60, 0x00, 0x00} // PUSH1 0 STOP: code that is no EIP-7702 delegation
	f := newNativeFixture(t, forcedWindow, types.GenesisAlloc{addr(codeKey): {Balance: ether(1), Code: code}})
	bob := addr(bobKey)
	gwei10 := big.NewInt(10 * params.GWei)

	aliceNonce := f.l2.nonce(t, addr(aliceKey))
	cases := []struct {
		name   string
		tx     *types.Transaction
		reason uint8
	}{
		{"nonce used by another transaction", signL2(t, f.l2, aliceKey, aliceNonce, &bob, big.NewInt(1), nil, 21000, gwei10), 0},
		{"sender without the balance (absent account)", signL2(t, f.l2, poorKey, 0, &bob, big.NewInt(1), nil, 21000, gwei10), 1},
		{"sender with code", signL2(t, f.l2, codeKey, 0, &bob, big.NewInt(1), nil, 21000, gwei10), 2},
		{"fee cap one wei below the next base fee", nil, 3}, // signed once that base fee is known
	}
	for _, c := range cases[:3] {
		f.queue(t, bobKey, c.tx)
	}

	// The sequencer includes alice's own transaction with that nonce from the L2
	// mempool, so her queued one can no longer execute.
	used, anchor := f.nextBlock(t, func(g *core.BlockGen) {
		g.AddTx(l2Tx(t, g, aliceKey, addr(relayerKey), big.NewInt(1), nil))
	})
	f.advance(t, used, anchor)
	// The fee cap cases sit exactly at go-ethereum's next base fee.
	nextBaseFee := eip1559.CalcBaseFee(f.l2.Genesis.Config, used.Block.Header())
	cases[3].tx = signL2(t, f.l2, bobKey, f.l2.nonce(t, bob), &bob, nil, nil, 21000, new(big.Int).Sub(nextBaseFee, common.Big1))
	f.queue(t, bobKey, cases[3].tx)
	valid := signL2(t, f.l2, bobKey, f.l2.nonce(t, bob), &bob, nil, nil, 21000, nextBaseFee)
	f.queue(t, bobKey, valid)
	f.l1.wait(t, forcedWindow+1)

	next, anchor := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(valid) })
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(next, anchor)),
		bindings.TestNativeRollupForcedTransactionNotIncludedErrorID(), "the invalid head blocks the block until skipped")

	_, root, _ := f.head(t)
	headHeader := headerRLP(t, used.Block.Header())
	skipArgs := func(tx *types.Transaction, code []byte) []byte {
		return f.abi.PackSkipForcedTransaction(rawTx(t, tx), f.l2.accountProof(t, root, l2Sender(t, f.l2, tx)), code, headHeader)
	}
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, skipArgs(cases[1].tx, nil)),
		bindings.TestNativeRollupForcedTransactionMismatchErrorID(), "only the head can be skipped")
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, f.abi.PackSkipForcedTransaction(rawTx(t, cases[0].tx), f.l2.accountProof(t, root, addr(bobKey)), nil, headHeader)),
		bindings.TestNativeRollupMPTInvalidNodeHashErrorID(), "another account's proof")
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.reason == 2 {
				requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, skipArgs(c.tx, []byte{0x60, 0x01, 0x00})),
					bindings.TestNativeRollupSenderCodeMismatchErrorID())
			}
			if c.reason == 3 {
				other := headerRLP(t, f.l2.BlockChain().GetHeaderByNumber(0))
				requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, f.abi.PackSkipForcedTransaction(rawTx(t, c.tx), f.l2.accountProof(t, root, bob), nil, other)),
					bindings.TestNativeRollupHeadHeaderMismatchErrorID())
			}
			var senderCode []byte
			if c.reason == 2 {
				senderCode = code
			}
			before := f.l1.balance(t, addr(challengerKey))
			r := f.l1.mustSend(t, challengerKey, f.rollup, nil, skipArgs(c.tx, senderCode))
			ev, err := f.abi.UnpackForcedTransactionSkippedEvent(r.Logs[0])
			require.NoError(t, err)
			require.Equal(t, uint64(i), ev.Index.Uint64())
			require.Equal(t, c.tx.Hash(), common.Hash(ev.TxHash))
			require.Equal(t, c.reason, ev.Reason)
			require.Equal(t, forcedFee, f.feeIncome(t, addr(challengerKey), before, r), "the prover earns the fee")
			require.Less(t, r.GasUsed, uint64(600_000), "a skip costs less than FORCED_INCLUSION_FEE_GAS")
			t.Logf("skip (%s): %d L1 gas, account proof of %d nodes", c.name, r.GasUsed, len(f.l2.accountProof(t, root, l2Sender(t, f.l2, c.tx))))
		})
	}
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, skipArgs(valid, nil)),
		bindings.TestNativeRollupForcedTransactionValidErrorID(), "a transaction that can execute must be included")
	f.advance(t, next, anchor)
	require.Equal(t, uint64(len(cases)+1), f.forcedHead(t))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, skipArgs(valid, nil)),
		bindings.TestNativeRollupForcedQueueEmptyErrorID())
}

// TestForcedQueueRejects: what can never execute is refused at queueing, with a
// named error, and the intrinsic-gas rule matches go-ethereum's at the boundary
// for each transaction shape (a gas limit one below go-ethereum's intrinsic gas or
// EIP-7623 floor is refused, exactly that much is queued).
func TestForcedQueueRejects(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	bob := addr(bobKey)
	gwei10 := big.NewInt(10 * params.GWei)
	nonce := f.l2.nonce(t, addr(aliceKey))
	sign := func(tx *types.DynamicFeeTx) []byte {
		tx.ChainID, tx.Nonce = new(big.Int).SetUint64(l2.DefaultChainID), nonce
		if tx.GasTipCap == nil {
			tx.GasTipCap, tx.GasFeeCap = big.NewInt(params.GWei), gwei10
		}
		if tx.Value == nil {
			tx.Value = new(big.Int)
		}
		signed, err := types.SignNewTx(aliceKey, types.LatestSigner(f.l2.Genesis.Config), tx)
		require.NoError(t, err)
		return rawTx(t, signed)
	}
	transfer := &types.DynamicFeeTx{To: &bob, Gas: 21000}
	highS := func() []byte {
		signed, err := types.SignNewTx(aliceKey, types.LatestSigner(f.l2.Genesis.Config), &types.DynamicFeeTx{
			ChainID: new(big.Int).SetUint64(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: gwei10, Gas: 21000, To: &bob, Value: new(big.Int)})
		require.NoError(t, err)
		v, r, s := signed.RawSignatureValues()
		s = new(big.Int).Sub(crypto.S256().Params().N, s)
		v = new(big.Int).Xor(v, big.NewInt(1))
		inner := &types.DynamicFeeTx{ChainID: signed.ChainId(), Nonce: nonce, GasTipCap: signed.GasTipCap(), GasFeeCap: signed.GasFeeCap(), Gas: 21000, To: &bob, Value: new(big.Int), V: v, R: r, S: s}
		return rawTx(t, types.NewTx(inner))
	}
	legacy, err := types.SignNewTx(aliceKey, types.LatestSigner(f.l2.Genesis.Config), &types.LegacyTx{Nonce: nonce, GasPrice: gwei10, Gas: 21000, To: &bob, Value: new(big.Int)})
	require.NoError(t, err)
	otherChain, err := types.SignNewTx(aliceKey, types.LatestSignerForChainID(big.NewInt(902)), &types.DynamicFeeTx{ChainID: big.NewInt(902), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: gwei10, Gas: 21000, To: &bob, Value: new(big.Int)})
	require.NoError(t, err)
	hugeValue := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

	cases := []struct {
		name  string
		raw   []byte
		value *big.Int
		want  common.Hash
	}{
		{"no fee", sign(transfer), new(big.Int), bindings.TestNativeRollupForcedInclusionFeeTooLowErrorID()},
		{"legacy transaction", rawTx(t, legacy), nil, bindings.TestNativeRollupUnsupportedTransactionTypeErrorID()},
		{"other chain id", rawTx(t, otherChain), nil, bindings.TestNativeRollupWrongTransactionChainIdErrorID()},
		{"signature in the upper half (s > N/2)", highS(), nil, bindings.TestNativeRollupInvalidTransactionSignatureErrorID()},
		{"tip above fee cap", sign(&types.DynamicFeeTx{To: &bob, Gas: 21000, GasTipCap: gwei10, GasFeeCap: big.NewInt(params.GWei)}), nil, bindings.TestNativeRollupTipAboveFeeCapErrorID()},
		{"gas limit above the host's minimum block gas limit", sign(&types.DynamicFeeTx{To: &bob, Gas: 1_000_001}), nil, bindings.TestNativeRollupTransactionGasTooHighErrorID()},
		{"cost above 2^256", sign(&types.DynamicFeeTx{To: &bob, Gas: 21000, Value: hugeValue}), nil, bindings.TestNativeRollupTransactionCostOverflowErrorID()},
		{"bytes after the transaction", append(sign(transfer), 0x80), nil, bindings.TestNativeRollupMalformedTransactionErrorID()},
		{"larger than MAX_FORCED_TX_BYTES", sign(&types.DynamicFeeTx{To: &bob, Gas: 1_000_000, Data: make([]byte, 32768)}), nil, bindings.TestNativeRollupForcedTransactionTooLargeErrorID()},
		{"empty", nil, nil, bindings.TestNativeRollupUnsupportedTransactionTypeErrorID()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			value := forcedFee
			if c.value != nil {
				value = c.value
			}
			// With a gas price, so the call sees the block's base fee (an eth_call
			// without one runs with BASEFEE 0).
			msg := ethereum.CallMsg{From: addr(aliceKey), To: &f.rollup, Value: value, Data: f.abi.PackQueueForcedTransaction(c.raw),
				Gas: maxTxGas, GasFeeCap: big.NewInt(20 * params.GWei), GasTipCap: big.NewInt(params.GWei)}
			requireRevert(t, f.l1.callRevert(t, msg), c.want)
		})
	}
	{
		aliceNonceMax := &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(l2.DefaultChainID), Nonce: ^uint64(0), GasTipCap: big.NewInt(1), GasFeeCap: gwei10, Gas: 21000, To: &bob, Value: new(big.Int)}
		signed, err := types.SignNewTx(aliceKey, types.LatestSigner(f.l2.Genesis.Config), aliceNonceMax)
		require.NoError(t, err)
		requireRevert(t, f.l1.revertOf(t, aliceKey, f.rollup, forcedFee, f.abi.PackQueueForcedTransaction(rawTx(t, signed))),
			bindings.TestNativeRollupMalformedTransactionErrorID(), "nonce 2^64-1 is never valid")
	}

	// Intrinsic gas at the boundary, against go-ethereum's own functions.
	mixed := make([]byte, 600)
	for i := range mixed {
		if i%3 != 0 {
			mixed[i] = byte(i)
		}
	}
	initcode := append([]byte{0x60, 0x00, 0x60, 0x00, 0xf3}, make([]byte, 70)...)
	shapes := map[string]*types.DynamicFeeTx{
		"transfer":               {To: &bob},
		"zero-heavy data":        {To: &bob, Data: make([]byte, 1000)},
		"mixed data (floor)":     {To: &bob, Data: mixed},
		"access list":            {To: &bob, Data: []byte{1, 0, 2}, AccessList: types.AccessList{{Address: bob, StorageKeys: []common.Hash{{1}, {2}}}, {Address: addr(aliceKey)}}},
		"contract creation":      {Data: initcode},
		"creation, empty code":   {},
		"data over 32 bytes + 1": {To: &bob, Data: append(make([]byte, 32), 0xff)},
	}
	rules := f.l2.Genesis.Config.Rules(common.Big1, true, 1)
	for name, shape := range shapes {
		t.Run("intrinsic gas: "+name, func(t *testing.T) {
			intrinsic, err := core.IntrinsicGas(shape.Data, shape.AccessList, nil, addr(aliceKey), shape.To, new(uint256.Int), rules)
			require.NoError(t, err)
			floor, err := core.FloorDataGas(rules, addr(aliceKey), shape.To, new(uint256.Int), shape.Data, shape.AccessList)
			require.NoError(t, err)
			want := max(intrinsic, floor)
			tx := *shape
			tx.Gas = want - 1
			revert := f.l1.revertOf(t, aliceKey, f.rollup, forcedFee, f.abi.PackQueueForcedTransaction(sign(&tx)))
			requireRevert(t, revert, bindings.TestNativeRollupIntrinsicGasTooLowErrorID())
			got, err := f.abi.UnpackIntrinsicGasTooLowError(revert[4:])
			require.NoError(t, err)
			require.Equal(t, want, got.IntrinsicGas.Uint64(), "the host's intrinsic gas is go-ethereum's")
			tx = *shape
			tx.Gas = want
			require.Nil(t, f.l1.revertOf(t, aliceKey, f.rollup, forcedFee, f.abi.PackQueueForcedTransaction(sign(&tx))))
		})
	}
}

// TestSilentSequencerFallbackBackToBack: once the sequencer has been silent for
// its window, fallback advancers add blocks back to back (the old host reset the
// window on every advance, so the open race gave one block per window); the
// window closes again only when the sequencer itself advances.
func TestSilentSequencerFallbackBackToBack(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	f.l1.wait(t, forcedWindow+1)
	for i := range 3 {
		b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
		f.l1.mustSend(t, []*ecdsa.PrivateKey{challengerKey, relayerKey}[i%2], f.rollup, nil, advanceArgs(b, anchor))
		_, _, number := f.head(t)
		require.Equal(t, uint64(i+1), number, "fallback block %d in consecutive L1 blocks", i+1)
	}
	b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	f.advance(t, b, anchor) // the sequencer is back
	b, anchor = f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestNativeRollupSequencerExclusiveErrorID(), "the sequencer's advance reopens its window")
}

// TestForcedInclusionGas measures the L1 gas of queueing (a transfer and a
// deposit-claim-sized transaction) and what including one queued transaction adds
// to advance, next to the same block's EXECUTE charge and to a plain advance's
// overhead in the same run.
//
//	go test ./solidity/ -run TestForcedInclusionGas -v
func TestForcedInclusionGas(t *testing.T) {
	f := newNativeFixture(t, forcedWindow)
	bob := addr(bobKey)
	gwei10 := big.NewInt(10 * params.GWei)

	plain, anchor := f.nextBlock(t, transfer(t, bob))
	plainReceipt := f.advance(t, plain, anchor)
	plainOverhead := plainReceipt.GasUsed - precompile.RequiredGas(plain.Input.Encode())

	transferTx := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &bob, big.NewInt(params.GWei), nil, 21000, gwei10)
	queueTransfer := f.l1.mustSend(t, bobKey, f.rollup, forcedFee, f.abi.PackQueueForcedTransaction(rawTx(t, transferTx)))
	claimSized := signL2(t, f.l2, relayerKey, f.l2.nonce(t, addr(relayerKey)), &bob, nil, randomish(10_000), 1_000_000, gwei10)
	queueClaim := f.l1.mustSend(t, bobKey, f.rollup, forcedFee, f.abi.PackQueueForcedTransaction(rawTx(t, claimSized)))

	forced, anchor := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(transferTx) })
	forcedReceipt := f.advance(t, forced, anchor)
	forcedOverhead := forcedReceipt.GasUsed - precompile.RequiredGas(forced.Input.Encode())
	require.Equal(t, uint64(1), f.forcedHead(t))

	t.Logf("queue a transfer (%d bytes): %d L1 gas", len(rawTx(t, transferTx)), queueTransfer.GasUsed)
	t.Logf("queue a 10 KB-calldata transaction (%d bytes): %d L1 gas", len(rawTx(t, claimSized)), queueClaim.GasUsed)
	t.Logf("advance overhead beyond EXECUTE: plain block %d, block starting with one queued transaction %d (+%d, before the queueing fee the includer earns)",
		plainOverhead, forcedOverhead, int64(forcedOverhead)-int64(plainOverhead))
}

// randomish is n non-zero bytes (calldata at its most expensive per byte).
func randomish(n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = byte(i%255) + 1
	}
	return out
}

// BenchmarkForcedSkipGas measures the L1 gas of skipping a queued transaction
// whose sender has no balance (an absent account, so an exclusion proof), on L2
// states of growing size: the account proof gains a level per sixteenfold more
// accounts, which is what the queueing fee (FORCED_INCLUSION_FEE_GAS) must cover.
//
//	go test ./solidity/ -run '^$' -bench BenchmarkForcedSkipGas -benchtime 1x
func BenchmarkForcedSkipGas(b *testing.B) {
	for _, accounts := range []int{0, 256, 4096, 65536} {
		b.Run(fmt.Sprintf("accounts=%d", accounts), func(b *testing.B) {
			alloc := types.GenesisAlloc{}
			for i := range accounts {
				alloc[common.BigToAddress(big.NewInt(int64(0x100000+i)))] = types.Account{Balance: big.NewInt(1)}
			}
			poorKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-forced-poor")))
			require.NoError(b, err)
			bob := addr(bobKey)
			var gas uint64
			var nodes int
			for b.Loop() {
				f := newNativeFixture(b, forcedWindow, alloc)
				tx := signL2(b, f.l2, poorKey, 0, &bob, big.NewInt(1), nil, 21000, big.NewInt(10*params.GWei))
				f.queue(b, bobKey, tx)
				_, root, _ := f.head(b)
				proof := f.l2.accountProof(b, root, addr(poorKey))
				header := headerRLP(b, f.l2.Head().Header())
				r := f.l1.mustSend(b, challengerKey, f.rollup, nil, f.abi.PackSkipForcedTransaction(rawTx(b, tx), proof, nil, header))
				gas, nodes = r.GasUsed, len(proof)
			}
			b.ReportMetric(float64(gas), "l1gas")
			b.ReportMetric(float64(nodes), "proof-nodes")
		})
	}
}
