package stateless_test

// Differential tests of the flat state reader against go-ethereum's own
// stateless execution (core.ExecuteStateless, which reads every account and
// slot through go-ethereum's trie reader): forged pre-states where the leaves
// the walk records and the answers the trie gives could part (a storage trie
// shared by accounts, leaves reached at many positions, embedded leaves, a
// proven absence through shared nodes), under blocks that read, write, clear,
// create, destroy and re-create state and delegate code (EIP-7702). Execute
// must accept each block and compute go-ethereum's state root, receipts root,
// gas used and bloom (go-ethereum's block validator checks the last two
// against the header Execute built).

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	gethstateless "github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/stateless"
)

// probeCode logs sload(cd[0]), balance(cd[32]) and extcodehash(cd[32]), then
// stores cd[96] at slot cd[64]: every read the reader answers reaches the
// receipts, every write the state root.
var probeCode = common.FromHex("6000355460005260203531602052602035" + "3f" + "604052" + "60606000a0" + "6060356040355500")

// probe is the calldata of a probeCode call.
func probe(slot common.Hash, addr common.Address, writeSlot, writeValue common.Hash) []byte {
	return bytes.Join([][]byte{slot[:], common.LeftPadBytes(addr[:], 32), writeSlot[:], writeValue[:]}, nil)
}

// devTx is a dynamic-fee transaction of development account `from` with a nonce.
func devTx(from int, nonce uint64, to common.Address, data []byte) *types.Transaction {
	chainID := forgedConfig.ChainID
	return types.MustSignNewTx(l2.DevKey(from), types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: common.Big0, GasFeeCap: big.NewInt(params.GWei),
		Gas: 300_000, To: &to, Data: data,
	})
}

// requireGethAgrees executes the block and requires go-ethereum's stateless
// execution of the block Execute built, on the same witness, to agree.
func requireGethAgrees(t *testing.T, in *stateless.Input, w *stateless.Witness) *stateless.Result {
	t.Helper()
	res, err := stateless.Execute(context.Background(), forgedConfig, in, w)
	require.NoError(t, err)
	requireGethRoots(t, in, w, res)
	for i, r := range res.Receipts {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "transaction %d failed", i)
	}
	return res
}

// requireGethRoots requires go-ethereum's stateless execution of the block
// Execute built (res) on the same witness to accept it (its validator checks
// gas used and bloom against the header) and compute the same state and
// receipts roots.
func requireGethRoots(t *testing.T, in *stateless.Input, w *stateless.Witness, res *stateless.Result) {
	t.Helper()
	enc, err := stateless.EncodeWitnessRLP(w)
	require.NoError(t, err)
	var gw gethstateless.Witness
	require.NoError(t, rlp.DecodeBytes(enc, &gw))
	header := types.CopyHeader(res.Header)
	header.Root, header.ReceiptHash = common.Hash{}, common.Hash{}
	block := types.NewBlockWithHeader(header).WithBody(types.Body{Transactions: in.Transactions, Withdrawals: in.Env.Withdrawals})
	stateRoot, receiptsRoot, err := core.ExecuteStateless(context.Background(), forgedConfig, vm.Config{}, block, &gw)
	require.NoError(t, err, "go-ethereum rejects the block Execute accepted")
	require.Equal(t, stateRoot, res.StateRoot, "post-state root")
	require.Equal(t, receiptsRoot, res.ReceiptsRoot, "receipts root")
}

// word is a 32-byte value.
func word(n uint64) common.Hash { return slotN(n) }

// TestFlatReaderAgreesWithGethSharedStorage: two contracts and an EOA
// delegated to the probe (EIP-7702) hold one storage trie (one root, recorded
// once under it); each reads and writes its own copy, and reads after another
// account's write still see the pre-state.
func TestFlatReaderAgreesWithGethSharedStorage(t *testing.T) {
	s := newForgedState()
	a, b := common.HexToAddress("0xa0a0"), common.HexToAddress("0xb0b0")
	slots := map[common.Hash]common.Hash{}
	for i := range uint64(40) {
		slots[slotN(i)] = slotN(1000 + i)
	}
	shared := storageTrie(slots)
	s.Accounts[a] = &fAccount{Nonce: 1, Balance: uint256.NewInt(7), Code: probeCode, Storage: shared}
	s.Accounts[b] = &fAccount{Nonce: 1, Balance: uint256.NewInt(9), Code: probeCode, Storage: shared}
	delegated := l2.DevAddress(1)
	s.Accounts[delegated] = &fAccount{Balance: uint256.NewInt(params.Ether), Code: types.AddressToDelegation(a), Storage: shared}
	chainID := uint256.MustFromBig(forgedConfig.ChainID)
	auth, err := types.SignSetCode(l2.DevKey(1), types.SetCodeAuthorization{ChainID: *chainID, Address: b, Nonce: 0})
	require.NoError(t, err)
	setCode := types.MustSignNewTx(l2.DevKey(0), types.LatestSignerForChainID(forgedConfig.ChainID), &types.SetCodeTx{
		ChainID: chainID, Nonce: 4, GasTipCap: new(uint256.Int), GasFeeCap: uint256.NewInt(params.GWei), Gas: 300_000,
		To: delegated, Data: probe(slotN(3), a, slotN(3), word(0)), AuthList: []types.SetCodeAuthorization{auth},
	})
	txs := []*types.Transaction{
		devTx(0, 0, a, probe(slotN(1), b, slotN(1), word(0x55))),         // a writes slot 1
		devTx(0, 1, b, probe(slotN(1), a, slotN(2), word(0))),            // b reads slot 1 (pre-state), clears slot 2
		devTx(0, 2, a, probe(slotN(2), b, slotN(999), word(1))),          // a reads slot 2 (pre-state), writes an absent slot
		devTx(0, 3, delegated, probe(slotN(1), a, slotN(5), word(0x77))), // the delegated EOA reads and writes its own copy
		setCode, // re-delegates to b, then reads and clears slot 3 of the EOA's storage
		devTx(0, 5, b, probe(slotN(2), delegated, slotN(777), word(0))), // absent slot, clear an absent slot
	}
	in, w := s.build(s.accountTrie(), txs...)
	requireGethAgrees(t, in, w)
}

// dagFrom returns the node at depth `from` of a trie whose levels below are
// branches pointing all sixteen children at the one node of the next level,
// down to leaf at depth 64: every key through it reaches leaf.
func dagFrom(from int, leaf *fLeaf) fnode {
	var n fnode = fHashed{leaf}
	for range keyNibbles - from {
		b := new(fBranch)
		for i := range b.Children {
			b.Children[i] = n
		}
		n = fHashed{b}
	}
	return n.(fHashed).Node
}

const keyNibbles = 64

// TestFlatReaderAgreesWithGethDAG: every empty child of the account trie's
// root leads through 63 levels of shared branches to one funded EOA (so every
// address outside the genesis accounts is that account), and a probe
// contract's storage is 64 such levels above one slot leaf (every slot holds
// its value), under no policy: the walk records one leaf of each, every other
// read is lookup's through shared nodes.
func TestFlatReaderAgreesWithGethDAG(t *testing.T) {
	s := newForgedState()
	c := common.HexToAddress("0xc0de")
	s.Accounts[c] = &fAccount{Nonce: 1, Code: probeCode, Storage: dagFrom(0, &fLeaf{Value: slotValue(common.HexToHash("0x1122334455667788990011223344556677889900112233445566778899001122"))})}
	root := s.accountTrie().(*fBranch)
	everyone := dagFrom(1, &fLeaf{Value: s.accountValue(&fAccount{Nonce: 3, Balance: uint256.NewInt(params.Ether)})})
	filled := 0
	for i, child := range root.Children {
		if child == nil {
			root.Children[i] = everyone
			filled++
		}
	}
	require.NotZero(t, filled)
	var txs []*types.Transaction
	for i := range uint64(8) {
		other := common.BigToAddress(new(big.Int).SetUint64(0xe0 + i))
		txs = append(txs, devTx(0, i, c, probe(slotN(i), other, slotN(100+i%3), word(i))))
	}
	in, w := s.build(root, txs...)
	in.Policy = stateless.Policy{}
	res := requireGethAgrees(t, in, w)
	require.NotZero(t, res.RepeatedTrieBytes)
}

// TestFlatReaderAgreesWithGethSharedLeaf: the development account's leaf sits
// under every empty child of the root and under every free child of a branch
// at depth 1 on its own first nibble, so the walk records it at its first
// position, which is not the account's: lookup finds the account at its own,
// and every other address through those children is a proven absence.
func TestFlatReaderAgreesWithGethSharedLeaf(t *testing.T) {
	s := newForgedState()
	dev := l2.DevAddress(0)
	devPath := accountPath(dev)
	leaf := &fLeaf{Key: devPath[2:], Value: s.accountValue(s.Accounts[dev])}
	delete(s.Accounts, dev)
	root := s.accountTrie().(*fBranch)
	own := new(fBranch) // the branch at depth 1 on the account's first nibble
	for i := range own.Children {
		own.Children[i] = fHashed{leaf}
	}
	if other, ok := root.Children[devPath[0]].(*fLeaf); ok {
		require.NotEqual(t, devPath[1], other.Key[0])
		own.Children[other.Key[0]] = &fLeaf{Key: other.Key[1:], Value: other.Value}
	} else {
		require.Nil(t, root.Children[devPath[0]], "the genesis trie holds a leaf or nothing at the account's nibble")
	}
	root.Children[devPath[0]] = own
	elsewhere := new(fBranch)
	for i := range elsewhere.Children {
		elsewhere.Children[i] = fHashed{leaf}
	}
	for i, child := range root.Children {
		if child == nil {
			root.Children[i] = elsewhere
		}
	}
	in, w := s.build(root, devTx(0, 0, common.HexToAddress("0xee"), nil), devTx(0, 1, dev, nil))
	in.Policy = stateless.Policy{}
	requireGethAgrees(t, in, w)
}

// TestFlatReaderAgreesWithGethEmbeddedLeaves: a storage trie whose slots sit
// in leaves embedded in an embedded branch below a 62-nibble extension; the
// block reads them, an absent slot and a slot off the extension, and writes.
func TestFlatReaderAgreesWithGethEmbeddedLeaves(t *testing.T) {
	s := newForgedState()
	c := common.HexToAddress("0xc0de")
	path := slotPath(slotN(7))
	branch := new(fBranch)
	branch.Children[path[62]] = &fLeaf{Key: path[63:], Value: slotValueN(0x42)}
	branch.Children[(path[62]+1)%16] = &fLeaf{Key: []byte{3}, Value: slotValueN(0x43)}
	storage := &fExt{Key: path[:62], Child: branch}
	s.Accounts[c] = &fAccount{Nonce: 1, Code: probeCode, Storage: storage}
	in, w := s.build(s.accountTrie(),
		devTx(0, 0, c, probe(slotN(7), c, slotN(8), word(1))),
		devTx(0, 1, c, probe(slotN(8), c, slotN(7), word(0))),
		devTx(0, 2, c, probe(slotN(7), c, slotN(9), word(2))),
	)
	requireGethAgrees(t, in, w)
	require.Less(t, len(s.f.encode(branch)), 32, "the branch is embedded in the extension")
}

// TestFlatReaderAgreesWithGethRecreate: a factory CREATE2s a contract whose
// init code logs slot 1, writes it and self-destructs (EIP-6780: created and
// destroyed in one transaction), twice at one address the pre-state holds
// funded: the second creation reads zero (the first one's storage was wiped).
// A third creation lands on an account the pre-state holds with storage and
// no code or nonce, which go-ethereum v1.17 does not treat as a collision: its
// init code reads the pre-state slot, through the reader, under the storage
// root of an account being created.
func TestFlatReaderAgreesWithGethRecreate(t *testing.T) {
	s := newForgedState()
	factory := common.HexToAddress("0xfac7")
	// sstore(0, create2(0, 0, calldatasize, 0)) with the init code as calldata.
	s.Accounts[factory] = &fAccount{Nonce: 1, Code: common.FromHex("366000600037" + "600036600060" + "00f5" + "60005500")}
	beneficiary := common.HexToAddress("0xbe")
	// log0(sload(1)); sstore(1, 0x42); selfdestruct(beneficiary)
	initCode := common.FromHex("600154600052" + "60206000a0" + "6042600155" + "73" + common.Bytes2Hex(beneficiary[:]) + "ff")
	// The same with a byte after selfdestruct: another address.
	otherInit := append(bytes.Clone(initCode), 0x01)
	created := crypto.CreateAddress2(factory, common.Hash{}, crypto.Keccak256(initCode))
	withStorage := crypto.CreateAddress2(factory, common.Hash{}, crypto.Keccak256(otherInit))
	s.Accounts[created] = &fAccount{Balance: uint256.NewInt(5)}
	s.Accounts[withStorage] = &fAccount{Storage: storageTrie(map[common.Hash]common.Hash{slotN(1): slotN(9)})}
	in, w := s.build(s.accountTrie(),
		devTx(0, 0, factory, initCode),
		devTx(0, 1, factory, initCode),
		devTx(0, 2, factory, otherInit),
	)
	res := requireGethAgrees(t, in, w)
	for i, want := range []common.Hash{{}, {}, slotN(9)} {
		require.Len(t, res.Receipts[i].Logs, 1, "creation %d runs its init code", i)
		require.Equal(t, want[:], res.Receipts[i].Logs[0].Data, "slot 1 as creation %d's init code reads it", i)
	}
}

// TestFlatReaderAgreesWithGethDistinctStorage: three contracts with three
// storage roots: two share a subtree (the slots below one first nibble, one
// hashed node checked once, its leaves recorded under the root the walk met
// first) and differ in one slot each; the third holds the same slots with
// other values. Each reads every slot, its own and the others'.
func TestFlatReaderAgreesWithGethDistinctStorage(t *testing.T) {
	var below, apart []common.Hash // slots whose path starts with nibble 0, and others
	for i := uint64(0); len(below) < 6 || len(apart) < 2; i++ {
		if slotPath(slotN(i))[0] == 0 {
			below = append(below, slotN(i))
		} else if len(apart) < 2 {
			apart = append(apart, slotN(i))
		}
	}
	withSlots := func(extra common.Hash, value uint64) map[common.Hash]common.Hash {
		slots := map[common.Hash]common.Hash{extra: slotN(value)}
		for i, k := range below {
			slots[k] = slotN(0x100 + uint64(i))
		}
		return slots
	}
	s := newForgedState()
	p, q, r := common.HexToAddress("0xa1"), common.HexToAddress("0xa2"), common.HexToAddress("0xa3")
	pSlots, qSlots := withSlots(apart[0], 0xaa), withSlots(apart[1], 0xbb)
	rSlots := map[common.Hash]common.Hash{}
	for k := range pSlots {
		rSlots[k] = slotN(0xcc)
	}
	s.Accounts[p] = &fAccount{Nonce: 1, Code: probeCode, Storage: storageTrie(pSlots)}
	s.Accounts[q] = &fAccount{Nonce: 1, Code: probeCode, Storage: storageTrie(qSlots)}
	s.Accounts[r] = &fAccount{Nonce: 1, Code: probeCode, Storage: storageTrie(rSlots)}
	in, w := s.build(s.accountTrie())
	shared := s.f.encode(storageTrie(pSlots).(*fBranch).Children[0])
	require.GreaterOrEqual(t, len(shared), 32, "the shared subtree is a hashed node")
	require.Equal(t, shared, s.f.encode(storageTrie(qSlots).(*fBranch).Children[0]))

	var txs []*types.Transaction
	for _, k := range append(append([]common.Hash{}, below...), apart...) {
		for _, to := range []common.Address{p, q, r} {
			txs = append(txs, devTx(0, uint64(len(txs)), to, probe(k, to, slotN(0xffff), word(1))))
		}
	}
	in, w = s.build(s.accountTrie(), txs...)
	res := requireGethAgrees(t, in, w)
	read := func(i int) common.Hash { return common.BytesToHash(res.Receipts[i].Logs[0].Data[:32]) }
	require.Equal(t, slotN(0x100), read(0), "p reads the shared subtree")
	require.Equal(t, slotN(0x100), read(1), "q reads the shared subtree")
	require.Equal(t, slotN(0xcc), read(2), "r reads its own value of the slot")
	n := 3 * len(below)
	require.Equal(t, []common.Hash{slotN(0xaa), {}, slotN(0xcc), {}, slotN(0xbb), {}}, []common.Hash{read(n), read(n + 1), read(n + 2), read(n + 3), read(n + 4), read(n + 5)})
}

// TestFlatReaderMissingVersusAbsent: a slot under an empty branch child is
// absent (zero, as go-ethereum reads it); a slot under a child the witness
// lacks, or any slot of an account whose storage root node it lacks, is
// missing data, never zero; an account whose storage root is missing reads
// its balance and code hash.
func TestFlatReaderMissingVersusAbsent(t *testing.T) {
	var present, missing, absent common.Hash
	seen := map[byte]bool{}
	for i, found := uint64(0), 0; found < 3; i++ {
		nibble := slotPath(slotN(i))[0]
		if seen[nibble] {
			continue
		}
		seen[nibble] = true
		switch found {
		case 0:
			present = slotN(i)
		case 1:
			missing = slotN(i)
		case 2:
			absent = slotN(i)
		}
		found++
	}
	storage := &fBranch{}
	storage.Children[slotPath(present)[0]] = &fLeaf{Key: slotPath(present)[1:], Value: slotValueN(0x5150)}
	storage.Children[slotPath(missing)[0]] = fHash(crypto.Keccak256Hash([]byte("a node the witness lacks")))
	noRoot := crypto.Keccak256Hash([]byte("a storage root the witness lacks"))
	m, n := common.HexToAddress("0xa1"), common.HexToAddress("0xa2")
	build := func(txs ...*types.Transaction) (*stateless.Input, *stateless.Witness) {
		s := newForgedState()
		s.Accounts[m] = &fAccount{Nonce: 1, Code: probeCode, Storage: storage}
		s.Accounts[n] = &fAccount{Nonce: 1, Balance: uint256.NewInt(33), Code: probeCode, Root: &noRoot}
		return s.build(s.accountTrie(), txs...)
	}
	in, w := build(
		devTx(0, 0, m, probe(present, n, slotN(0xfffe), word(1))),
		devTx(0, 1, m, probe(absent, n, slotN(0xffff), word(0))),
	)
	res := requireGethAgrees(t, in, w)
	require.Equal(t, slotN(0x5150).Bytes(), res.Receipts[0].Logs[0].Data[:32])
	require.Equal(t, slotN(33).Bytes(), res.Receipts[0].Logs[0].Data[32:64], "the balance of the account without its storage")
	require.Equal(t, make([]byte, 32), res.Receipts[1].Logs[0].Data[:32])

	for name, tx := range map[string]*types.Transaction{
		"slot under a missing node":      devTx(0, 0, m, probe(missing, n, slotN(0xffff), word(0))),
		"slot of a missing storage root": devTx(0, 0, n, probe(present, m, slotN(0xffff), word(0))),
		"write under a missing node":     devTx(0, 0, m, probe(present, n, missing, word(1))),
		"absent slot of a missing root":  devTx(0, 0, n, probe(absent, m, slotN(0xffff), word(0))),
	} {
		t.Run(name, func(t *testing.T) {
			in, w := build(tx)
			_, err := stateless.Execute(context.Background(), forgedConfig, in, w)
			require.ErrorIs(t, err, stateless.ErrMissingWitnessData)
			require.ErrorContains(t, err, "missing trie node")
		})
	}
}
