package solidity_test

import (
	"crypto/ecdsa"
	"maps"
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

// Base slots of the message mappings, as defined in src/lib/Messages.sol.
var (
	depositsSlot    = new(big.Int).Sub(crypto.Keccak256Hash([]byte("nr.host.deposits")).Big(), big.NewInt(1))
	withdrawalsSlot = new(big.Int).Sub(crypto.Keccak256Hash([]byte("nr.l2bridge.withdrawals")).Big(), big.NewInt(1))
)

// messageSlot is keccak256(abi.encode(messageHash, base)).
func messageSlot(messageHash common.Hash, base *big.Int) common.Hash {
	return crypto.Keccak256Hash(messageHash.Bytes(), common.BigToHash(base).Bytes())
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// TestDepositAndWithdrawalRoundTrip: a deposit on L1 is claimed on L2 by a relayer
// for a recipient with no L2 gas, proven against the anchored L1 block; the
// recipient withdraws on L2 and the withdrawal is paid on L1 against the state
// root EXECUTE accepted.
func TestDepositAndWithdrawalRoundTrip(t *testing.T) {
	f := newNativeFixture(t, 3600)
	bridge := bindings.NewL2Bridge()
	newcomerKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("nr-newcomer")))
	require.NoError(t, err)
	newcomer := addr(newcomerKey)
	l1Recipient := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")

	// L1: deposit 5 ETH for the newcomer, 0.1 ETH of it for the relayer.
	fee := big.NewInt(params.Ether / 10)
	r := f.l1.mustSend(t, aliceKey, f.rollup, ether(5), f.abi.PackDeposit(newcomer, fee))
	sent, err := f.abi.UnpackDepositSentEvent(r.Logs[0])
	require.NoError(t, err)
	deposit := sent.Deposit
	require.Zero(t, deposit.Nonce.Sign())
	require.Equal(t, addr(aliceKey), deposit.From)
	require.Equal(t, newcomer, deposit.To)
	require.Zero(t, ether(5).Cmp(deposit.Value))
	require.Zero(t, fee.Cmp(deposit.RelayerFee))

	// L2: a block anchored to the deposit's L1 block (EIP-4788 stores the anchor
	// under that block's timestamp), then a relayer claims the deposit with the L1
	// header and eth_getProof of the host's deposit slot.
	anchorHeader := f.l1.head(t)
	require.Equal(t, r.BlockNumber, anchorHeader.Number)
	anchored := f.l2.build(t, anchorHeader.Hash(), nil)
	f.advance(t, anchored, anchorHeader.Number.Uint64())
	accountProof, storageProof := f.l1.storageProof(t, f.rollup, messageSlot(sent.DepositHash, depositsSlot), anchorHeader.Number)
	claim := func(b *core.BlockGen) {
		data := bridge.PackClaimDeposit(deposit, anchored.Block.Time(), headerRLP(t, anchorHeader), accountProof, storageProof)
		b.AddTx(l2Tx(t, b, relayerKey, solidity.L2BridgeAddress, nil, data))
	}
	relayerBefore := f.l2.balance(t, addr(relayerKey))
	claimed := f.l2.build(t, anchorHeader.Hash(), claim)
	require.Equal(t, types.ReceiptStatusSuccessful, claimed.Receipts[0].Status, "the claim must succeed on L2")
	// spec/host.md, "Parameters": a block at GAS_LIMIT_FLOOR (1M) holds two claims.
	require.Less(t, claimed.Receipts[0].GasUsed, uint64(500_000), "a deposit claim with its proofs")
	t.Logf("deposit claim: %d L2 gas", claimed.Receipts[0].GasUsed)
	f.advance(t, claimed, anchorHeader.Number.Uint64())
	require.Equal(t, new(big.Int).Sub(ether(5), fee), f.l2.balance(t, newcomer), "the recipient had no L2 gas and still got the funds")
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(claimed.Receipts[0].GasUsed), claimed.Receipts[0].EffectiveGasPrice)
	relayerAfter := new(big.Int).Add(f.l2.balance(t, addr(relayerKey)), gasCost)
	require.Equal(t, new(big.Int).Add(relayerBefore, fee), relayerAfter, "the relayer earns the fee")

	// The same claim again fails on L2 (DepositAlreadyClaimed), in an accepted block.
	replay := f.l2.build(t, anchorHeader.Hash(), claim)
	require.Equal(t, types.ReceiptStatusFailed, replay.Receipts[0].Status)
	f.advance(t, replay, anchorHeader.Number.Uint64())

	// L2: the newcomer withdraws 1 ETH to an L1 address.
	withdrawal := f.l2.build(t, anchorHeader.Hash(), func(b *core.BlockGen) {
		b.AddTx(l2Tx(t, b, newcomerKey, solidity.L2BridgeAddress, ether(1), bridge.PackWithdraw(l1Recipient)))
	})
	require.Equal(t, types.ReceiptStatusSuccessful, withdrawal.Receipts[0].Status)
	ev, err := bridge.UnpackWithdrawalSentEvent(withdrawal.Receipts[0].Logs[0])
	require.NoError(t, err)
	f.advance(t, withdrawal, anchorHeader.Number.Uint64())
	l2Number := withdrawal.Block.NumberU64()

	// L1: finalize with proofs of the L2Bridge account and withdrawal slot.
	slot := messageSlot(ev.WithdrawalHash, withdrawalsSlot)
	accountProof, storageProof = f.l2.storageProof(t, withdrawal.Block.Root(), solidity.L2BridgeAddress, slot)
	finalize := f.abi.PackFinalizeWithdrawal(ev.Withdrawal, l2Number, accountProof, storageProof)
	f.l1.mustSend(t, bobKey, f.rollup, nil, finalize)
	require.Equal(t, ether(1), f.l1.balance(t, l1Recipient))

	// No double claim, no wrong amount, no unaccepted block.
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, finalize), bindings.TestNativeRollupWithdrawalAlreadyFinalizedErrorID())
	inflated := ev.Withdrawal
	inflated.Value = ether(2)
	inflatedHash := withdrawalHash(inflated)
	ap, sp := f.l2.storageProof(t, withdrawal.Block.Root(), solidity.L2BridgeAddress, messageSlot(inflatedHash, withdrawalsSlot))
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.abi.PackFinalizeWithdrawal(inflated, l2Number, ap, sp)),
		bindings.TestNativeRollupWithdrawalNotProvenErrorID(), "an exclusion proof of the inflated withdrawal")
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.abi.PackFinalizeWithdrawal(inflated, l2Number, accountProof, storageProof)),
		bindings.TestNativeRollupMPTInvalidNodeHashErrorID(), "the real withdrawal's proof for another slot")
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, f.abi.PackFinalizeWithdrawal(inflated, l2Number+1, ap, sp)),
		bindings.TestNativeRollupStateRootUnavailableErrorID())
}

// withdrawalHash is Messages.hash: keccak256(abi.encode(withdrawal)), where the
// tuple (uint256,address,address,uint256) is four static words.
func withdrawalHash(w bindings.MessagesWithdrawal) common.Hash {
	return crypto.Keccak256Hash(common.BigToHash(w.Nonce).Bytes(), common.BytesToHash(w.From.Bytes()).Bytes(),
		common.BytesToHash(w.To.Bytes()).Bytes(), common.BigToHash(w.Value).Bytes())
}

// TestDepositClaimRejects covers the L2 side's named failures, run as calls on
// the L2 head against real anchored L1 data.
func TestDepositClaimRejects(t *testing.T) {
	f := newNativeFixture(t, 3600)
	bridge := bindings.NewL2Bridge()
	r := f.l1.mustSend(t, aliceKey, f.rollup, ether(1), f.abi.PackDeposit(addr(bobKey), big.NewInt(0)))
	sent, err := f.abi.UnpackDepositSentEvent(r.Logs[0])
	require.NoError(t, err)
	anchorHeader := f.l1.head(t)
	ap, sp := f.l1.storageProof(t, f.rollup, messageSlot(sent.DepositHash, depositsSlot), anchorHeader.Number)
	header := headerRLP(t, anchorHeader)
	forged := sent.Deposit
	forged.Value = ether(100)
	otherHeader, err := f.l1.client.HeaderByNumber(t.Context(), big.NewInt(1))
	require.NoError(t, err)

	cases := []struct {
		name string
		data func(l2Timestamp uint64) []byte
		want common.Hash
	}{
		{"forged amount", func(ts uint64) []byte {
			return bridge.PackClaimDeposit(forged, ts, header, ap, sp)
		}, bindings.L2BridgeDepositNotProvenErrorID()}, // the real slot's proof shows the forged slot absent
		{"header that is not the anchor", func(ts uint64) []byte {
			return bridge.PackClaimDeposit(sent.Deposit, ts, headerRLP(t, otherHeader), ap, sp)
		}, bindings.L2BridgeHeaderNotAnchoredErrorID()},
		{"timestamp with no anchor", func(ts uint64) []byte {
			return bridge.PackClaimDeposit(sent.Deposit, ts+1, header, ap, sp)
		}, bindings.L2BridgeAnchorNotFoundErrorID()},
		{"truncated storage proof", func(ts uint64) []byte {
			return bridge.PackClaimDeposit(sent.Deposit, ts, header, ap, sp[:len(sp)-1])
		}, bindings.L2BridgeMPTProofTooShortErrorID()},
	}
	f.l2.build(t, anchorHeader.Hash(), nil) // the head now stores the anchor
	ts := f.l2.Head().Time()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			requireRevert(t, f.l2.revertOf(t, addr(relayerKey), solidity.L2BridgeAddress, c.data(ts)), c.want)
		})
	}
}

// TestUnbackedGenesisETH: ETH allocated in the L2 genesis outside the bridge
// (here a dev account's) was never deposited, yet L2Bridge accepts it for
// withdrawal and the host pays it out of the ETH other users deposited: Alice
// withdraws Bob's deposit, and Bob's own withdrawal then fails on L1. So
// l2.BridgedGenesis refuses such an allocation unless the dev flag allows it
// (spec/host.md, "Unbacked L2 ETH").
func TestUnbackedGenesisETH(t *testing.T) {
	f := newNativeFixture(t, 3600)
	bridge := bindings.NewL2Bridge()
	aliceL1 := common.HexToAddress("0x00000000000000000000000000000000a11ce001")
	bobL1 := common.HexToAddress("0x00000000000000000000000000000000b0b00001")

	// Bob deposits 5 ETH; it is all the host holds.
	r := f.l1.mustSend(t, bobKey, f.rollup, ether(5), f.abi.PackDeposit(addr(bobKey), new(big.Int)))
	sent, err := f.abi.UnpackDepositSentEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, ether(5), f.l1.balance(t, f.rollup))

	// withdraw sends value from key to an L1 address on L2 and finalizes it on L1,
	// returning the finalizing call's revert data (nil if it paid).
	withdraw := func(key *ecdsa.PrivateKey, to common.Address, value *big.Int, anchor *types.Header, extra func(b *core.BlockGen)) []byte {
		b := f.l2.build(t, anchor.Hash(), func(g *core.BlockGen) {
			if extra != nil {
				extra(g)
			}
			g.AddTx(l2Tx(t, g, key, solidity.L2BridgeAddress, value, bridge.PackWithdraw(to)))
		})
		last := b.Receipts[len(b.Receipts)-1]
		require.Equal(t, types.ReceiptStatusSuccessful, last.Status)
		ev, err := bridge.UnpackWithdrawalSentEvent(last.Logs[0])
		require.NoError(t, err)
		f.advance(t, b, anchor.Number.Uint64())
		ap, sp := f.l2.storageProof(t, b.Block.Root(), solidity.L2BridgeAddress, messageSlot(ev.WithdrawalHash, withdrawalsSlot))
		data := f.abi.PackFinalizeWithdrawal(ev.Withdrawal, b.Block.NumberU64(), ap, sp)
		if revert := f.l1.revertOf(t, aliceKey, f.rollup, nil, data); revert != nil {
			return revert
		}
		f.l1.mustSend(t, aliceKey, f.rollup, nil, data)
		return nil
	}

	// Alice never deposited; her L2 ETH is from the genesis. She withdraws 5 ETH
	// and the host pays it with Bob's deposit.
	anchor := f.l1.head(t)
	require.Nil(t, withdraw(aliceKey, aliceL1, ether(5), anchor, nil))
	require.Equal(t, ether(5), f.l1.balance(t, aliceL1))
	require.Zero(t, f.l1.balance(t, f.rollup).Sign(), "Bob's deposit left the host")

	// Bob claims his deposit on L2 (against the anchor Alice's block stored) and
	// withdraws it: the host has nothing left.
	anchoredAt := f.l2.Head().Time()
	ap, sp := f.l1.storageProof(t, f.rollup, messageSlot(sent.DepositHash, depositsSlot), anchor.Number)
	claim := func(g *core.BlockGen) {
		data := bridge.PackClaimDeposit(sent.Deposit, anchoredAt, headerRLP(t, anchor), ap, sp)
		g.AddTx(l2Tx(t, g, relayerKey, solidity.L2BridgeAddress, nil, data))
	}
	revert := withdraw(bobKey, bobL1, ether(5), anchor, claim)
	requireRevert(t, revert, bindings.TestNativeRollupTransferFailedErrorID(), "Bob's withdrawal is unpaid")
	require.Zero(t, f.l1.balance(t, bobL1).Sign())

	// The genesis tooling refuses such an allocation unless told it is a dev chain.
	predeploys, err := solidity.Predeploys(f.rollup, l2BridgeFunds)
	require.NoError(t, err)
	_, err = l2.BridgedGenesis(l2.DefaultChainID, predeploys, solidity.L2BridgeAddress, l2.RefuseUnbacked)
	require.NoError(t, err, "the bridge's deposit capacity is backed by deposits")
	withDev := maps.Clone(predeploys)
	withDev[addr(aliceKey)] = types.Account{Balance: ether(1000)}
	_, err = l2.BridgedGenesis(l2.DefaultChainID, withDev, solidity.L2BridgeAddress, l2.RefuseUnbacked)
	require.ErrorIs(t, err, l2.ErrUnbackedETH)
	require.ErrorContains(t, err, addr(aliceKey).Hex())
	_, err = l2.BridgedGenesis(l2.DefaultChainID, withDev, solidity.L2BridgeAddress, l2.DevUnbacked)
	require.NoError(t, err)
	_, err = l2.BridgedGenesis(l2.DefaultChainID, l2.DevAlloc(1), solidity.L2BridgeAddress, l2.DevUnbacked)
	require.ErrorContains(t, err, "no bridge predeploy")
}
