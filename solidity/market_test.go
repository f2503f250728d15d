package solidity_test

import (
	"crypto/ecdsa"
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

// The market fixtures' parameters: a 600 s idle period (sequencerWindow, and so
// the forced-inclusion delay), 60 s turns, a 120 s confirmation window.
const (
	marketIdle          = 600
	marketTurn          = 60
	marketConfirmWindow = 120
)

var (
	marketPostReward    = big.NewInt(params.Ether / 1000)
	marketConfirmReward = big.NewInt(params.Ether / 2000)
	marketStake         = ether(1)
)

// marketFixture is a nativeFixture whose host is a TestMarketNativeRollup (the
// shared functions, events and errors have NativeRollup's selectors, so f.abi
// serves them) with a funded reward pool.
type marketFixture struct {
	*nativeFixture
	m *bindings.TestMarketNativeRollup
}

func marketConfig() bindings.MarketNativeRollupMarketConfig {
	return bindings.MarketNativeRollupMarketConfig{
		PosterStake: marketStake, TurnDuration: marketTurn, DeregistrationDelay: 86400, ConfirmWindow: marketConfirmWindow,
		PostReward: marketPostReward, ConfirmReward: marketConfirmReward,
	}
}

func newMarketFixture(t testing.TB, extraL2Alloc ...types.GenesisAlloc) *marketFixture {
	t.Helper()
	e := newL1(t)
	e.wait(t, 1<<20) // L1 time ahead of the clock: each block is then exactly one second after its parent
	host := e.nextCreateAddress(t, deployerKey)
	c := newL2(t, host, extraL2Alloc...)
	m := bindings.NewTestMarketNativeRollup()
	rollup := e.deploy(t, deployerKey, "TestMarketNativeRollup", m.PackConstructor(marketNativeConfig(c), marketConfig()))
	require.Equal(t, host, rollup)
	f := &marketFixture{nativeFixture: &nativeFixture{l1: e, l2: c, rollup: rollup, abi: bindings.NewTestNativeRollup()}, m: m}
	f.l1.mustSend(t, deployerKey, rollup, ether(1), m.PackFundRewards())
	return f
}

// marketNativeConfig is the NativeRollup part of the market fixtures' host for L2 c.
func marketNativeConfig(c *l2Chain) bindings.NativeRollupConfig {
	genesis := c.Genesis.ToBlock()
	return bindings.NativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: genesis.Hash(), GenesisStateRoot: genesis.Root(), GenesisTimestamp: genesis.Time(),
		MinGasLimit: 1_000_000, MaxGasLimit: testMaxGasLimit, Sequencer: addr(sequencerKey), SequencerWindow: marketIdle, HistorySize: testHistorySize,
	}
}

// sign is the sequencer's signature of b for host.
func (f *marketFixture) sign(t testing.TB, key *ecdsa.PrivateKey, host common.Address, b *types.Block) []byte {
	t.Helper()
	sig, err := solidity.SignMarketBlock(key, f.l1.signer.ChainID(), host, l2.DefaultChainID, b.NumberU64(), b.ParentHash(), b.Hash())
	require.NoError(t, err)
	return sig
}

// postArgs is the calldata of post for b with signature sig.
func (f *marketFixture) postArgs(b *l2.Block, anchor uint64, sig []byte) []byte {
	return f.m.PackPost(envOf(b), anchor, claimsOf(b), b.Input.Transactions, b.Input.Witness, b.Block.NumberU64(), sig)
}

// post has poster post b, signed by the sequencer.
func (f *marketFixture) post(t testing.TB, poster *ecdsa.PrivateKey, b *l2.Block, anchor uint64) *types.Receipt {
	t.Helper()
	return f.l1.mustSend(t, poster, f.rollup, nil, f.postArgs(b, anchor, f.sign(t, sequencerKey, f.rollup, b.Block)))
}

func (f *marketFixture) reward(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	r, err := f.m.UnpackRewardOf(f.l1.view(t, f.rollup, f.m.PackRewardOf(who)))
	require.NoError(t, err)
	return r
}

func (f *marketFixture) turnAt(t testing.TB, time uint64) bindings.MarketNativeRollupTurn {
	t.Helper()
	out, err := f.m.UnpackTurnAt(f.l1.view(t, f.rollup, f.m.PackTurnAt(time)))
	require.NoError(t, err)
	return out
}

func (f *marketFixture) register(t testing.TB, keys ...*ecdsa.PrivateKey) {
	t.Helper()
	for _, k := range keys {
		f.l1.mustSend(t, k, f.rollup, marketStake, f.m.PackRegister())
	}
}

// The phases turnAt returns (MarketNativeRollup.Phase).
const (
	phaseSequencer uint8 = iota
	phaseTurn
	phaseOpen
)

// TestMarketOpenRace: two posters race to post the same sequencer-signed block;
// the first is credited postReward from the pool, the second reverts with
// AlreadyPosted. The digest the host checks is solidity.MarketBlockDigest.
func TestMarketOpenRace(t *testing.T) {
	f := newMarketFixture(t)
	b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	digest, err := f.m.UnpackBlockDigest(f.l1.view(t, f.rollup, f.m.PackBlockDigest(1, b.Block.ParentHash(), b.Block.Hash())))
	require.NoError(t, err)
	require.Equal(t, solidity.MarketBlockDigest(f.l1.signer.ChainID(), f.rollup, l2.DefaultChainID, 1, b.Block.ParentHash(), b.Block.Hash()), common.Hash(digest))

	args := f.postArgs(b, anchor, f.sign(t, sequencerKey, f.rollup, b.Block))
	// Both posters' calls succeed on the same state; the first mined wins.
	require.Nil(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, args))
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, args)
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, args), bindings.TestMarketNativeRollupAlreadyPostedErrorID(), "the second poster")
	second := f.l1.send(t, relayerKey, &f.rollup, nil, args)
	require.Equal(t, types.ReceiptStatusFailed, second.Status)
	t.Logf("first poster: %d L1 gas; second, reverted: %d", r.GasUsed, second.GasUsed)

	// The same kind of block (one transfer, the first after genesis) through
	// NativeRollup's advance, for the market's overhead: the signature and
	// number in calldata, ecrecover, the confirmation record, the reward credit.
	native := newNativeFixture(t, marketIdle)
	nb, nanchor := native.nextBlock(t, transfer(t, addr(bobKey)))
	advanced := native.advance(t, nb, nanchor)
	t.Logf("L1 gas: NativeRollup.advance %d, MarketNativeRollup.post %d (+%d)", advanced.GasUsed, r.GasUsed, int64(r.GasUsed)-int64(advanced.GasUsed))
	require.Less(t, r.GasUsed, advanced.GasUsed+150_000, "the market's work stays within SETTLE_HOST_GAS's room (spec/host.md, Settleability)")
	require.Less(t, second.GasUsed, r.GasUsed/2, "the loser of the race pays for its calldata and a check, not for EXECUTE")

	hash, _, number := f.head(t)
	require.Equal(t, b.Block.Hash(), common.Hash(hash))
	require.Equal(t, uint64(1), number)
	require.Equal(t, marketPostReward, f.reward(t, addr(challengerKey)))
	require.Zero(t, f.reward(t, addr(relayerKey)).Sign())
	pool, err := f.m.UnpackRewardPool(f.l1.view(t, f.rollup, f.m.PackRewardPool()))
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(ether(1), marketPostReward), pool)
	var credited bool
	for _, l := range r.Logs {
		if ev, err := f.m.UnpackRewardCreditedEvent(l); err == nil {
			credited = true
			require.Equal(t, addr(challengerKey), ev.Poster)
			require.False(t, ev.Confirmation)
		}
	}
	require.True(t, credited, "RewardCredited in the post's receipt")

	// The reward is paid out on request, once.
	before := f.l1.balance(t, addr(challengerKey))
	w := f.l1.mustSend(t, challengerKey, f.rollup, nil, f.m.PackWithdrawRewards())
	require.Equal(t, marketPostReward, f.feeIncome(t, addr(challengerKey), before, w))
	require.Zero(t, f.reward(t, addr(challengerKey)).Sign())

	// The next block must be the next number.
	next, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	sig := f.sign(t, sequencerKey, f.rollup, next.Block)
	skip := f.m.PackPost(envOf(next), anchor, claimsOf(next), next.Input.Transactions, next.Input.Witness, 3, sig)
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, skip), bindings.TestMarketNativeRollupNotNextBlockErrorID())
}

// TestMarketSignatureRefused: a block is accepted through post only with the
// sequencer's signature over its digest on this host at this height.
func TestMarketSignatureRefused(t *testing.T) {
	f := newMarketFixture(t)
	// A second market host on the same L1 for the same L2 genesis: the same block
	// executes there, so only the signature's domain tells them apart.
	other := f.l1.deploy(t, deployerKey, "TestMarketNativeRollup", f.m.PackConstructor(marketNativeConfig(f.l2), marketConfig()))

	first, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	firstSig := f.sign(t, sequencerKey, f.rollup, first.Block)
	highS := common.CopyBytes(firstSig)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(highS[32:64]))
	copy(highS[32:64], common.LeftPadBytes(s.Bytes(), 32))
	highS[64] ^= 1 // 27 <-> 28: the same signer, the malleable form
	cases := []struct {
		name string
		sig  []byte
	}{
		{"signed by someone else", f.sign(t, aliceKey, f.rollup, first.Block)},
		{"signed for another host", f.sign(t, sequencerKey, other, first.Block)},
		{"truncated", firstSig[:64]},
		{"v out of range", append(common.CopyBytes(firstSig[:64]), 1)},
		{"high s (malleated)", highS},
		{"empty", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.postArgs(first, anchor, c.sig)),
				bindings.TestMarketNativeRollupInvalidSequencerSignatureErrorID())
		})
	}
	// The signature for this host does not carry over to the other one.
	requireRevert(t, f.l1.revertOf(t, relayerKey, other, nil, f.postArgs(first, anchor, firstSig)),
		bindings.TestMarketNativeRollupInvalidSequencerSignatureErrorID(), "replayed on another host")
	f.l1.mustSend(t, relayerKey, f.rollup, nil, f.postArgs(first, anchor, firstSig))

	// The first block's signature does not carry over to the next height.
	second, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.postArgs(second, anchor, firstSig)),
		bindings.TestMarketNativeRollupInvalidSequencerSignatureErrorID(), "replayed at another height")
	f.post(t, relayerKey, second, anchor)
	_, _, number := f.head(t)
	require.Equal(t, uint64(2), number)
}

// TestMarketTurnsRotate: before the idle period only signed blocks land; once no
// signed block landed for it, slots of turnDuration alternate between a turn of
// posters[(k/2) % n] and an open slot, turn holders and then anyone post their own
// unsigned blocks back to back (a silent sequencer halts nothing), a non-turn
// poster is refused during a turn, and a signed block ends the turn phase.
func TestMarketTurnsRotate(t *testing.T) {
	f := newMarketFixture(t)
	posters := []*ecdsa.PrivateKey{challengerKey, relayerKey, bobKey}
	f.register(t, posters...)
	last, err := f.m.UnpackLastSequencerAdvanceTime(f.l1.view(t, f.rollup, f.m.PackLastSequencerAdvanceTime()))
	require.NoError(t, err)
	start := last + marketIdle

	// The schedule is the formula, slot by slot.
	require.Equal(t, phaseSequencer, f.turnAt(t, start-1).Phase)
	for k := uint64(0); k < 8; k++ {
		for _, at := range []uint64{start + k*marketTurn, start + (k+1)*marketTurn - 1} {
			got := f.turnAt(t, at)
			require.Equal(t, new(big.Int).SetUint64(start+(k+1)*marketTurn), got.Until, "slot %d", k)
			if k%2 == 1 {
				require.Equal(t, phaseOpen, got.Phase, "slot %d", k)
				continue
			}
			require.Equal(t, phaseTurn, got.Phase, "slot %d", k)
			require.Equal(t, addr(posters[(k/2)%3]), got.Holder, "slot %d", k)
		}
	}

	// Before the idle period: unsigned blocks are refused, even from a poster.
	b, anchor := f.nextBlock(t, transfer(t, addr(aliceKey)))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestMarketNativeRollupSignatureRequiredErrorID())

	// Slot 0: challenger's turn. Others are refused; it posts blocks back to back.
	f.l1.wait(t, start-f.l1.head(t).Time)
	require.Equal(t, addr(challengerKey), f.turnAt(t, f.l1.head(t).Time+1).Holder)
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestMarketNativeRollupNotYourTurnErrorID(), "a registered poster out of turn")
	requireRevert(t, f.l1.revertOf(t, aliceKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestMarketNativeRollupNotYourTurnErrorID(), "anyone out of turn")
	f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor))
	b, anchor = f.nextBlock(t, transfer(t, addr(aliceKey)))
	f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor))

	// Slot 1: open, anyone posts. Slot 2: relayer's turn.
	f.l1.wait(t, start+marketTurn-f.l1.head(t).Time)
	require.Equal(t, phaseOpen, f.turnAt(t, f.l1.head(t).Time+1).Phase)
	b, anchor = f.nextBlock(t, transfer(t, addr(bobKey)))
	f.l1.mustSend(t, aliceKey, f.rollup, nil, advanceArgs(b, anchor))
	f.l1.wait(t, start+2*marketTurn-f.l1.head(t).Time)
	b, anchor = f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestMarketNativeRollupNotYourTurnErrorID(), "slot 2 is posters[1]'s")
	f.l1.mustSend(t, relayerKey, f.rollup, nil, advanceArgs(b, anchor))
	_, _, number := f.head(t)
	require.Equal(t, uint64(4), number, "the sequencer was silent throughout")

	// A deregistered poster leaves the rotation at once (the last seat takes its
	// place), and its stake stays locked for deregistrationDelay.
	f.l1.mustSend(t, challengerKey, f.rollup, nil, f.m.PackDeregister())
	count, err := f.m.UnpackPosterCount(f.l1.view(t, f.rollup, f.m.PackPosterCount()))
	require.NoError(t, err)
	require.Equal(t, big.NewInt(2), count)
	require.Equal(t, addr(bobKey), f.turnAt(t, start).Holder, "bob took seat 0")

	// The sequencer is back: a signed block ends the turn phase.
	b, anchor = f.nextBlock(t, transfer(t, addr(bobKey)))
	f.post(t, aliceKey, b, anchor)
	b, anchor = f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, advanceArgs(b, anchor)),
		bindings.TestMarketNativeRollupSignatureRequiredErrorID(), "the idle period restarts at the signed block")
}

// TestMarketRegistry: registering takes exactly the stake, once; deregistering
// locks it for deregistrationDelay; it is then paid back once.
func TestMarketRegistry(t *testing.T) {
	f := newMarketFixture(t)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, ether(2), f.m.PackRegister()), bindings.TestMarketNativeRollupStakeMismatchErrorID())
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.m.PackDeregister()), bindings.TestMarketNativeRollupNotRegisteredErrorID())
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.m.PackWithdrawStake()), bindings.TestMarketNativeRollupNotRegisteredErrorID())
	f.register(t, bobKey)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, marketStake, f.m.PackRegister()), bindings.TestMarketNativeRollupAlreadyRegisteredErrorID())
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.m.PackWithdrawStake()), bindings.TestMarketNativeRollupStakeLockedErrorID(), "still seated")
	f.l1.mustSend(t, bobKey, f.rollup, nil, f.m.PackDeregister())
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.m.PackDeregister()), bindings.TestMarketNativeRollupNotRegisteredErrorID())
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.m.PackWithdrawStake()), bindings.TestMarketNativeRollupStakeLockedErrorID(), "within the delay")
	f.l1.wait(t, 86400)
	before := f.l1.balance(t, addr(bobKey))
	r := f.l1.mustSend(t, bobKey, f.rollup, nil, f.m.PackWithdrawStake())
	require.Equal(t, marketStake, f.feeIncome(t, addr(bobKey), before, r))
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.m.PackWithdrawStake()), bindings.TestMarketNativeRollupNotRegisteredErrorID(), "paid once")
}

// TestMarketConfirmation: the registered poster designated for a signed block
// (posters[number % n], none if that is the block's poster) re-executes the same
// transition within confirmWindow and is credited confirmReward, once; others,
// a different transition and a late confirmation are refused.
func TestMarketConfirmation(t *testing.T) {
	f := newMarketFixture(t)
	f.register(t, challengerKey, relayerKey)
	parent := f.l2.Head()
	b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	r := f.post(t, aliceKey, b, anchor)
	var posted *bindings.TestMarketNativeRollupBlockPosted
	for _, l := range r.Logs {
		if ev, err := f.m.UnpackBlockPostedEvent(l); err == nil {
			posted = ev
		}
	}
	require.NotNil(t, posted)
	require.Equal(t, addr(relayerKey), posted.Confirmer, "block 1: posters[1 % 2]")
	require.Equal(t, new(big.Int).SetUint64(f.l1.head(t).Time+marketConfirmWindow), posted.ConfirmBy)

	confirm := func(b *l2.Block, parent *types.Block, claims bindings.ExecuteClaims) []byte {
		return f.m.PackConfirm(b.Block.NumberU64(), parent.Hash(), parent.Root(), *b.Block.BeaconRoot(), envOf(b), claims, b.Input.Transactions, b.Input.Witness)
	}
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, confirm(b, parent, claimsOf(b))),
		bindings.TestMarketNativeRollupNotConfirmerErrorID(), "not the designated confirmer")
	wrong := claimsOf(b)
	wrong.GasUsed++
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, confirm(b, parent, wrong)),
		bindings.TestMarketNativeRollupConfirmationMismatchErrorID(), "another transition")
	c := f.l1.mustSend(t, relayerKey, f.rollup, nil, confirm(b, parent, claimsOf(b)))
	t.Logf("confirm: %d L1 gas", c.GasUsed)
	require.Equal(t, marketConfirmReward, f.reward(t, addr(relayerKey)))
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, confirm(b, parent, claimsOf(b))),
		bindings.TestMarketNativeRollupNotConfirmerErrorID(), "confirmed once")

	// Block 2's confirmer is posters[0], the challenger; posted by the relayer,
	// confirmed too late.
	parent = f.l2.Head()
	b2, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	f.post(t, relayerKey, b2, anchor)
	f.l1.wait(t, marketConfirmWindow)
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, confirm(b2, parent, claimsOf(b2))),
		bindings.TestMarketNativeRollupConfirmWindowClosedErrorID())
	require.Zero(t, f.reward(t, addr(challengerKey)).Sign())

	// Block 3's designated confirmer, posters[1], posts it itself: no confirmation.
	b3, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	r = f.post(t, relayerKey, b3, anchor)
	for _, l := range r.Logs {
		if ev, err := f.m.UnpackBlockPostedEvent(l); err == nil {
			require.Equal(t, common.Address{}, ev.Confirmer)
		}
	}
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, confirm(b3, b2.Block, claimsOf(b3))),
		bindings.TestMarketNativeRollupNotConfirmerErrorID())
}

// TestMarketDepositAndWithdrawal: the bridge works through signed posts: a
// deposit is claimed on L2 and a withdrawal paid on L1.
func TestMarketDepositAndWithdrawal(t *testing.T) {
	f := newMarketFixture(t)
	bridge := bindings.NewL2Bridge()
	l1Recipient := common.HexToAddress("0x00000000000000000000000000000000c0ffee02")
	r := f.l1.mustSend(t, aliceKey, f.rollup, ether(5), f.abi.PackDeposit(addr(bobKey), new(big.Int)))
	sent, err := f.abi.UnpackDepositSentEvent(r.Logs[0])
	require.NoError(t, err)
	anchorHeader := f.l1.head(t)
	anchored := f.l2.build(t, anchorHeader.Hash(), nil)
	f.post(t, challengerKey, anchored, anchorHeader.Number.Uint64())
	accountProof, storageProof := f.l1.storageProof(t, f.rollup, messageSlot(sent.DepositHash, depositsSlot), anchorHeader.Number)
	bobBefore := f.l2.balance(t, addr(bobKey))
	claimed := f.l2.build(t, anchorHeader.Hash(), func(b *core.BlockGen) {
		data := bridge.PackClaimDeposit(sent.Deposit, anchored.Block.Time(), headerRLP(t, anchorHeader), accountProof, storageProof)
		b.AddTx(l2Tx(t, b, relayerKey, solidity.L2BridgeAddress, nil, data))
	})
	require.Equal(t, types.ReceiptStatusSuccessful, claimed.Receipts[0].Status)
	f.post(t, challengerKey, claimed, anchorHeader.Number.Uint64())
	require.Equal(t, new(big.Int).Add(bobBefore, ether(5)), f.l2.balance(t, addr(bobKey)))

	withdrawal := f.l2.build(t, anchorHeader.Hash(), func(b *core.BlockGen) {
		b.AddTx(l2Tx(t, b, bobKey, solidity.L2BridgeAddress, ether(2), bridge.PackWithdraw(l1Recipient)))
	})
	ev, err := bridge.UnpackWithdrawalSentEvent(withdrawal.Receipts[0].Logs[0])
	require.NoError(t, err)
	f.post(t, relayerKey, withdrawal, anchorHeader.Number.Uint64())
	ap, sp := f.l2.storageProof(t, withdrawal.Block.Root(), solidity.L2BridgeAddress, messageSlot(ev.WithdrawalHash, withdrawalsSlot))
	f.l1.mustSend(t, bobKey, f.rollup, nil, f.abi.PackFinalizeWithdrawal(ev.Withdrawal, withdrawal.Block.NumberU64(), ap, sp))
	require.Equal(t, ether(2), f.l1.balance(t, l1Recipient))
}

// TestMarketForcedInclusion: a queued transaction is due sequencerWindow after
// queueing; from then on a signed block without it is refused like any other,
// and anyone may post an unsigned block that starts with it.
func TestMarketForcedInclusion(t *testing.T) {
	f := newMarketFixture(t)
	bob := addr(bobKey)
	forced := signL2(t, f.l2, aliceKey, f.l2.nonce(t, addr(aliceKey)), &bob, big.NewInt(params.GWei), nil, 21000, big.NewInt(10*params.GWei))
	f.queue(t, aliceKey, forced)
	queuedAt := f.l1.head(t).Time
	shadow := newL2(t, f.rollup) // the sequencer's fork, which leaves it out
	f.l1.wait(t, marketIdle/2)
	b1, anchor := f.nextBlock(t, nil)
	s1 := shadow.build(t, f.l1.head(t).Hash(), nil)
	require.Equal(t, b1.Block.Hash(), s1.Block.Hash())
	f.post(t, relayerKey, b1, anchor) // before the deadline, a block without it lands

	f.l1.wait(t, queuedAt+marketIdle-f.l1.head(t).Time)
	anchorHeader := f.l1.head(t)
	require.Equal(t, phaseSequencer, f.turnAt(t, anchorHeader.Time+1).Phase, "a signed block landed less than the idle period ago")
	censoring := shadow.build(t, anchorHeader.Hash(), transfer(t, addr(relayerKey)))
	sig := f.sign(t, sequencerKey, f.rollup, censoring.Block)
	requireRevert(t, f.l1.revertOf(t, relayerKey, f.rollup, nil, f.postArgs(censoring, anchorHeader.Number.Uint64(), sig)),
		bindings.TestMarketNativeRollupForcedTransactionNotIncludedErrorID(), "a signed block is no exception")
	included := f.l2.build(t, anchorHeader.Hash(), func(g *core.BlockGen) { g.AddTx(forced) })
	require.Equal(t, types.ReceiptStatusSuccessful, included.Receipts[0].Status)
	// Anyone, unsigned and outside the turn phase, while it is due.
	f.l1.mustSend(t, aliceKey, f.rollup, nil, advanceArgs(included, anchorHeader.Number.Uint64()))
	require.Equal(t, uint64(1), f.forcedHead(t))
}

// TestMarketParameterEdges deploys TestMarketNativeRollup with each market
// parameter at 0, at each bound, just outside it, at 2^64-1 and at its type's
// largest value (spec/host.md, "State-update market").
func TestMarketParameterEdges(t *testing.T) {
	e := newL1(t)
	m := bindings.NewTestMarketNativeRollup()
	native := bindings.NativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: common.Hash{1}, GenesisStateRoot: common.Hash{2},
		MinGasLimit: 1_000_000, MaxGasLimit: 1_000_000, Sequencer: addr(sequencerKey), SequencerWindow: 60, HistorySize: testHistorySize,
	}
	pack := func(c bindings.MarketNativeRollupMarketConfig) []byte { return m.PackConstructor(native, c) }
	type C = bindings.MarketNativeRollupMarketConfig
	// The bounds are internal constants (a getter each would put the host over
	// EIP-170); each refusal names the range it enforces.
	refusal := func(mutate func(c *C), errID common.Hash) []byte {
		c := marketConfig()
		mutate(&c)
		revert := e.deployRevert(t, "TestMarketNativeRollup", pack(c))
		requireRevert(t, revert, errID)
		return revert[4:]
	}
	stake, err := m.UnpackPosterStakeOutOfRangeError(refusal(func(c *C) { c.PosterStake = new(big.Int) }, bindings.TestMarketNativeRollupPosterStakeOutOfRangeErrorID()))
	require.NoError(t, err)
	turn, err := m.UnpackTurnDurationOutOfRangeError(refusal(func(c *C) { c.TurnDuration = 0 }, bindings.TestMarketNativeRollupTurnDurationOutOfRangeErrorID()))
	require.NoError(t, err)
	dereg, err := m.UnpackDeregistrationDelayOutOfRangeError(refusal(func(c *C) { c.DeregistrationDelay = 0 }, bindings.TestMarketNativeRollupDeregistrationDelayOutOfRangeErrorID()))
	require.NoError(t, err)
	confirm, err := m.UnpackConfirmWindowOutOfRangeError(refusal(func(c *C) { c.ConfirmWindow = 0 }, bindings.TestMarketNativeRollupConfirmWindowOutOfRangeErrorID()))
	require.NoError(t, err)
	reward, err := m.UnpackRewardOutOfRangeError(refusal(func(c *C) { c.PostReward = maxUint256 }, bindings.TestMarketNativeRollupRewardOutOfRangeErrorID()))
	require.NoError(t, err)
	maxReward := reward.Max
	cases := []paramCase[C]{
		{name: "posterStake", set: func(c *C, v *big.Int) { c.PosterStake = v },
			bounds:  fixed(stake.Min, stake.Max),
			typeMax: maxUint256, err: bindings.TestMarketNativeRollupPosterStakeOutOfRangeErrorID()},
		{name: "turnDuration", set: func(c *C, v *big.Int) { c.TurnDuration = v.Uint64() },
			bounds:  fixed(u64(turn.Min), u64(turn.Max)),
			typeMax: maxUint64, err: bindings.TestMarketNativeRollupTurnDurationOutOfRangeErrorID()},
		{name: "deregistrationDelay", set: func(c *C, v *big.Int) { c.DeregistrationDelay = v.Uint64() },
			bounds:  fixed(u64(dereg.Min), u64(dereg.Max)),
			typeMax: maxUint64, err: bindings.TestMarketNativeRollupDeregistrationDelayOutOfRangeErrorID()},
		{name: "confirmWindow", set: func(c *C, v *big.Int) { c.ConfirmWindow = v.Uint64() },
			bounds:  fixed(u64(confirm.Min), u64(confirm.Max)),
			typeMax: maxUint64, err: bindings.TestMarketNativeRollupConfirmWindowOutOfRangeErrorID()},
		{name: "postReward", set: func(c *C, v *big.Int) { c.PostReward = v }, bounds: fixed(new(big.Int), maxReward),
			typeMax: maxUint256, err: bindings.TestMarketNativeRollupRewardOutOfRangeErrorID()},
		{name: "confirmReward", set: func(c *C, v *big.Int) { c.ConfirmReward = v }, bounds: fixed(new(big.Int), maxReward),
			typeMax: maxUint256, err: bindings.TestMarketNativeRollupRewardOutOfRangeErrorID()},
	}
	testParamEdges(t, e, "TestMarketNativeRollup", marketConfig(), pack, cases)
}

// TestMyMarketRollupPosts deploys the example market rollup and posts a signed block.
func TestMyMarketRollupPosts(t *testing.T) {
	e := newL1(t)
	host := e.nextCreateAddress(t, deployerKey)
	c := newL2(t, host)
	my := bindings.NewMyMarketRollup()
	rollup := e.deploy(t, deployerKey, "MyMarketRollup", my.PackConstructor(c.Head().Hash(), c.Head().Root(), c.Head().Time(), addr(sequencerKey)))
	f := &marketFixture{nativeFixture: &nativeFixture{l1: e, l2: c, rollup: rollup, abi: bindings.NewTestNativeRollup()}, m: bindings.NewTestMarketNativeRollup()}
	b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	f.post(t, aliceKey, b, anchor)
	out, err := my.UnpackBlockHash(e.view(t, rollup, my.PackBlockHash()))
	require.NoError(t, err)
	require.Equal(t, b.Block.Hash(), common.Hash(out))
}

// TestMarketRotationContinuesAcrossIdleSpells: each idle spell's turns continue
// the rotation where the previous turn phase left off (turnsElapsed counts the
// turns that began, the interrupted one included), whether a signed block or the
// sequencer's own advance ends the phase. When turnAt counted from seat 0 in every
// spell, a sequencer that came back within one turn gave posters[0] every turn
// there ever was, and a silent posters[0] wasted the first turn of every spell.
func TestMarketRotationContinuesAcrossIdleSpells(t *testing.T) {
	f := newMarketFixture(t)
	posters := []*ecdsa.PrivateKey{challengerKey, relayerKey, bobKey}
	f.register(t, posters...)
	served := uint64(0)
	for spell, c := range []struct {
		endSlot     uint64 // the slot in which the sequencer is back
		bySequencer bool   // its own advance, else a signed block posted by anyone
	}{{0, false}, {0, false}, {2, false}, {1, true}, {0, false}} {
		last, err := f.m.UnpackLastSequencerAdvanceTime(f.l1.view(t, f.rollup, f.m.PackLastSequencerAdvanceTime()))
		require.NoError(t, err)
		start := last + marketIdle
		f.l1.wait(t, start+c.endSlot*marketTurn-f.l1.head(t).Time)
		first := f.turnAt(t, start)
		require.Equal(t, phaseTurn, first.Phase, "spell %d", spell)
		require.Equal(t, addr(posters[served%3]), first.Holder, "spell %d: the first turn is the seat after the %d turns served", spell, served)
		for k := uint64(0); k <= c.endSlot; k += 2 {
			require.Equal(t, addr(posters[(served+k/2)%3]), f.turnAt(t, start+k*marketTurn).Holder, "spell %d, slot %d", spell, k)
		}
		// The holders stay silent; the sequencer is back in slot endSlot.
		b, anchor := f.nextBlock(t, nil)
		if c.bySequencer {
			f.advance(t, b, anchor)
		} else {
			f.post(t, aliceKey, b, anchor)
		}
		now := f.l1.head(t).Time
		require.Equal(t, c.endSlot, (now-start)/marketTurn, "spell %d ended in slot %d", spell, c.endSlot)
		served += c.endSlot/2 + 1
		elapsed, err := f.m.UnpackTurnsElapsed(f.l1.view(t, f.rollup, f.m.PackTurnsElapsed()))
		require.NoError(t, err)
		require.Equal(t, served, elapsed, "spell %d", spell)
	}
}

// TestMarketPostLargestBlock is TestAdvanceLargestBlock for post, on its
// costliest path: the largest block the host accepts, signed, posted by a
// non-poster as a block that ends a turn phase (the registry read, turnsElapsed
// written), with a designated confirmer and a fresh reward slot. The signature
// and number post adds to the calldata and the market's work fit the room
// SETTLE_HOST_GAS and CALL_HEAD_BYTES leave: it settles through the transaction
// pool in one transaction within SettleGasBound, and one byte more is refused
// with BlockTooLarge.
func TestMarketPostLargestBlock(t *testing.T) {
	for _, c := range []struct {
		name     string
		gasLimit uint64
	}{
		{"gas limit 10M: MAX_SETTLE_PAYLOAD binds", l2.GenesisGasLimit},
		{"gas limit MAX_GAS_LIMIT: the 2^24 gas cap binds", maxGasLimit},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newL1(t)
			host := e.nextCreateAddress(t, deployerKey)
			chain := newL2WithGasLimit(t, host, c.gasLimit)
			m := bindings.NewTestMarketNativeRollup()
			cfg := marketNativeConfig(chain)
			cfg.MaxGasLimit = maxGasLimit
			rollup := e.deploy(t, deployerKey, "TestMarketNativeRollup", m.PackConstructor(cfg, marketConfig()))
			require.Equal(t, host, rollup)
			f := &marketFixture{nativeFixture: &nativeFixture{l1: e, l2: chain, rollup: rollup, abi: bindings.NewTestNativeRollup()}, m: m}
			f.l1.mustSend(t, deployerKey, rollup, ether(1), m.PackFundRewards())
			f.register(t, challengerKey, relayerKey)
			f.l1.wait(t, marketIdle)
			require.Equal(t, phaseTurn, f.turnAt(t, f.l1.head(t).Time+1).Phase)

			size := largestPayload(c.gasLimit)
			b, anchor := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(calldataTx(t, g, 2, int(size)-16*1024, true)) })
			require.Equal(t, c.gasLimit, b.Block.GasLimit())
			env := envOf(b)
			witness := padWitness(t, b.Input.Witness, int(size)-len(b.Input.Transactions)-len(env.ExtraData))
			require.Equal(t, size, payloadOf(env, b.Input.Transactions, witness))
			sig := f.sign(t, sequencerKey, rollup, b.Block)
			post := func(witness []byte) []byte {
				return m.PackPost(env, anchor, claimsOf(b), b.Input.Transactions, witness, 1, sig)
			}
			over := padWitness(t, b.Input.Witness, len(witness)+1)
			requireRevert(t, f.l1.revertOf(t, aliceKey, rollup, nil, post(over)), bindings.TestMarketNativeRollupBlockTooLargeErrorID())

			r := f.l1.mustSend(t, aliceKey, rollup, nil, post(witness))
			bound := solidity.SettleGasBound(c.gasLimit, size)
			require.LessOrEqual(t, r.GasUsed, bound)
			require.LessOrEqual(t, bound, uint64(solidity.MaxTxGas))
			elapsed, err := m.UnpackTurnsElapsed(f.l1.view(t, rollup, m.PackTurnsElapsed()))
			require.NoError(t, err)
			require.Equal(t, uint64(1), elapsed, "the post ended a turn phase")
			require.Equal(t, marketPostReward, f.reward(t, addr(aliceKey)))
			t.Logf("gas limit %d: %d payload bytes, post used %d L1 gas, bound %d (%d to spare), cap %d",
				c.gasLimit, size, r.GasUsed, bound, bound-r.GasUsed, solidity.MaxTxGas)
		})
	}
}

// TestMarketUnsignedRaceLoserPaysForwardedGas pins a trade-off of spec/host.md
// ("Losing an unsigned race"): advance carries no block number, so the loser of
// an open slot's race whose block has a later timestamp than the winner's reaches
// EXECUTE on a parent that is no longer the head, and the failing EXECUTE call
// consumes all the gas forwarded to it; with the same timestamp it fails first,
// with TimestampOutOfRange. post's loser fails before EXECUTE (TestMarketOpenRace).
func TestMarketUnsignedRaceLoserPaysForwardedGas(t *testing.T) {
	f := newMarketFixture(t) // no registered poster: every slot after the idle period is open
	f.l1.wait(t, marketIdle)
	anchor := f.l1.head(t)
	rival := newL2(t, f.rollup) // another poster's chain from the same genesis
	winner := f.l2.build(t, anchor.Hash(), transfer(t, addr(bobKey)))
	sameTime := rival.build(t, anchor.Hash(), transfer(t, addr(aliceKey)))
	require.Equal(t, winner.Block.Time(), sameTime.Block.Time())
	rivalLater := newL2(t, f.rollup)
	later := rivalLater.build(t, anchor.Hash(), func(g *core.BlockGen) { g.OffsetTime(3); transfer(t, addr(aliceKey))(g) })
	f.l1.wait(t, 5)
	won := f.l1.mustSend(t, relayerKey, f.rollup, nil, advanceArgs(winner, anchor.Number.Uint64()))

	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(sameTime, anchor.Number.Uint64())),
		bindings.TestMarketNativeRollupTimestampOutOfRangeErrorID(), "same timestamp as the winner's")
	cheap := f.l1.send(t, challengerKey, &f.rollup, nil, advanceArgs(sameTime, anchor.Number.Uint64()))
	require.Equal(t, types.ReceiptStatusFailed, cheap.Status)
	lost := f.l1.send(t, challengerKey, &f.rollup, nil, advanceArgs(later, anchor.Number.Uint64()))
	require.Equal(t, types.ReceiptStatusFailed, lost.Status)
	require.Greater(t, lost.GasUsed, uint64(maxTxGas)*63/64*63/64, "the failing EXECUTE call consumed the gas forwarded to it")
	require.Less(t, cheap.GasUsed, uint64(200_000))
	hash, _, number := f.head(t)
	require.Equal(t, winner.Block.Hash(), common.Hash(hash))
	require.Equal(t, uint64(1), number)
	t.Logf("winner %d L1 gas; losers: same timestamp %d, later timestamp %d (of a %d gas limit)", won.GasUsed, cheap.GasUsed, lost.GasUsed, maxTxGas)
}
