package precompile_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// The forged pre-states below once crashed go-ethereum's hasher: shapes (a) and
// (b) of the review, which the block's own system calls reach (no transaction),
// on the goroutine StateDB.IntermediateRoot starts for a storage trie, where no
// recover can see them. An eth_call to EXECUTE with one of them killed an L1
// node. Witness validation now rejects them (stateless.ErrNonCanonicalNode)
// before anything executes. stateless/forged_test.go has the full table; this
// file builds the same shapes as EXECUTE input bytes.

// crashInput is one forged EXECUTE input.
type crashInput struct {
	name  string
	input []byte
}

// crashInputs are the review's crash shapes as EXECUTE inputs, plus an honest
// pre-state built the same way (its block executes; its claims are zero, so
// the result is false).
func crashInputs(t testing.TB) (crashes []crashInput, honest []byte) {
	t.Helper()
	p := newCrashPre()
	timeSlot, rootSlot := p.beaconSlots()

	// (b) beacon roots: a branch holding rlp([0x15, ""]) and a leaf, at
	// nibbles the EIP-4788 call does not write. The write dirties the branch.
	{
		p := newCrashPre()
		evil, other := freeNibbles(slotPath(timeSlot)[0], slotPath(rootSlot)[0])
		branch := emptyBranch()
		branch[evil] = embeddedEmptyExtension
		branch[other] = p.ref(leafNode(make([]byte, 63), slotValue(1)))
		p.storage[params.BeaconRootsAddress] = p.store(rlpList(branch...))
		crashes = append(crashes, crashInput{"beacon roots: embedded extension with an empty child", p.input(t)})
	}
	// (a) withdrawal queue: its request count (slot 1) is 1, under an
	// extension over a leaf; the end-of-block EIP-7002 call resets it to 0, and
	// the delete leaves an extension without a child.
	{
		p := newCrashPre()
		path := slotPath(common.BigToHash(common.Big1))
		leaf := leafNode(path[1:], slotValue(1))
		p.storage[params.WithdrawalQueueAddress] = p.store(rlpList(rlpString(compactKey(path[:1], false)), p.ref(leaf)))
		crashes = append(crashes, crashInput{"withdrawal queue: extension over the leaf of a slot the block clears", p.input(t)})
	}
	// (b) in the account trie: rlp([0x15, ""]) in a free slot of the root branch.
	{
		p := newCrashPre()
		p.accountRootEdit = func(root [][]byte) {
			used := []byte{}
			for _, a := range p.addresses() {
				used = append(used, accountPath(a)[0])
			}
			evil, _ := freeNibbles(used...)
			root[evil] = embeddedEmptyExtension
		}
		crashes = append(crashes, crashInput{"account trie: embedded extension with an empty child", p.input(t)})
	}
	return crashes, p.input(t)
}

// TestExecuteForgedCrashShapes: in process, each crash shape fails EXECUTE with
// ErrNonCanonicalNode, consistently, and the honest pre-state built the same way
// executes.
func TestExecuteForgedCrashShapes(t *testing.T) {
	exec := precompile.NewExecute(l2.L1Config())
	crashes, honest := crashInputs(t)
	for _, c := range crashes {
		t.Run(c.name, func(t *testing.T) {
			out, err := exec.Run(c.input)
			require.ErrorIs(t, err, stateless.ErrNonCanonicalNode)
			require.NotErrorIs(t, err, stateless.ErrExecutionFault)
			require.Nil(t, out)
		})
	}
	out, err := exec.Run(honest)
	require.NoError(t, err, "the honest pre-state the shapes are made from executes")
	valid, _ := decodeOutput(t, out)
	require.False(t, valid, "its claims are zero")
}

// TestSimulatedNodeSurvivesCrashShapes sends each crash shape as a plain
// eth_call to EXECUTE on a simulated L1 node (over HTTP, as the review did):
// each call fails, and the node still answers, including a valid EXECUTE call.
func TestSimulatedNodeSurvivesCrashShapes(t *testing.T) {
	ctx := context.Background()
	port := freePort(t)
	sim := simulated.NewBackend(l2.DevAlloc(1), func(nodeConf *node.Config, ethConf *ethconfig.Config) {
		ethConf.Genesis.Config = l2.L1Config()
		nodeConf.HTTPHost, nodeConf.HTTPPort, nodeConf.HTTPModules = "127.0.0.1", port, []string{"eth"}
	})
	t.Cleanup(func() { sim.Close() })
	raw, err := rpc.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", port))
	require.NoError(t, err)
	t.Cleanup(raw.Close)
	client := ethclient.NewClient(raw)
	sim.Commit()

	valid := testChain(t)[1]
	crashes, _ := crashInputs(t)
	for _, c := range crashes {
		t.Run(c.name, func(t *testing.T) {
			_, err := client.CallContract(ctx, ethereum.CallMsg{To: &precompile.ExecuteAddress, Data: c.input}, nil)
			require.Error(t, err, "the call fails")

			n, err := client.BlockNumber(ctx)
			require.NoError(t, err, "the node still answers")
			require.Equal(t, uint64(1), n)
			out, err := client.CallContract(ctx, ethereum.CallMsg{To: &precompile.ExecuteAddress, Data: valid.Input.Encode()}, nil)
			require.NoError(t, err)
			require.Equal(t, byte(1), out[31], "a valid block still verifies")
			require.Equal(t, valid.Block.Hash(), common.BytesToHash(out[32:]))
		})
	}
}

// ---- a small forged-state builder (stateless/forged_test.go has the full one) ----

// embeddedEmptyExtension is rlp([0x15, ""]): an extension of nibble 5 whose
// child is empty, embedded in its parent.
var embeddedEmptyExtension = []byte{0xc2, 0x15, 0x80}

// crashPre is an L2 pre-state: go-ethereum's system contracts and a funded
// account, with storage tries given as root hashes over forged nodes.
type crashPre struct {
	nodes           [][]byte
	storage         map[common.Address]common.Hash
	accountRootEdit func(root [][]byte) // changes the root branch of the account trie
	parent          *types.Header
}

func newCrashPre() *crashPre {
	zero := uint64(0)
	return &crashPre{
		storage: make(map[common.Address]common.Hash),
		parent: &types.Header{
			Number: big.NewInt(100), Difficulty: common.Big0, GasLimit: l2.GenesisGasLimit,
			BaseFee: big.NewInt(params.InitialBaseFee), Time: 1_000_000, UncleHash: types.EmptyUncleHash,
			ExcessBlobGas: &zero, BlobGasUsed: &zero, ParentBeaconRoot: &common.Hash{},
			WithdrawalsHash: &types.EmptyWithdrawalsHash, RequestsHash: &types.EmptyRequestsHash,
		},
	}
}

func (p *crashPre) systemContracts() []stateless.SystemContract {
	return stateless.SystemContracts(l2.Config(l2.DefaultChainID), big.NewInt(101), p.parent.Time+12)
}

func (p *crashPre) addresses() []common.Address {
	out := []common.Address{l2.DevAddress(0)}
	for _, sc := range p.systemContracts() {
		out = append(out, sc.Address)
	}
	return out
}

func (p *crashPre) beaconSlots() (common.Hash, common.Hash) {
	i := (p.parent.Time + 12) % 8191
	return common.BigToHash(new(big.Int).SetUint64(i)), common.BigToHash(new(big.Int).SetUint64(i + 8191))
}

func (p *crashPre) store(enc []byte) common.Hash {
	p.nodes = append(p.nodes, enc)
	return crypto.Keccak256Hash(enc)
}

// ref is how a parent refers to a node: embedded below 32 bytes, else by hash.
func (p *crashPre) ref(enc []byte) []byte {
	if len(enc) < 32 {
		return enc
	}
	return rlpString(p.store(enc).Bytes())
}

// input is the EXECUTE input of an empty block on the pre-state, claiming zeros.
func (p *crashPre) input(t testing.TB) []byte {
	t.Helper()
	// The account trie, built by go-ethereum: its nodes are canonical.
	var accountNodes [][]byte
	st := trie.NewStackTrie(func(_ []byte, _ common.Hash, blob []byte) { accountNodes = append(accountNodes, bytes.Clone(blob)) })
	type leaf struct{ key, value []byte }
	var leaves []leaf
	codes := [][]byte{}
	add := func(addr common.Address, nonce uint64, balance *uint256.Int, code []byte) {
		root := types.EmptyRootHash
		if r, ok := p.storage[addr]; ok {
			root = r
		}
		codeHash := types.EmptyCodeHash
		if code != nil {
			codeHash = crypto.Keccak256Hash(code)
			codes = append(codes, code)
		}
		value, err := rlp.EncodeToBytes(&types.StateAccount{Nonce: nonce, Balance: balance, Root: root, CodeHash: codeHash.Bytes()})
		require.NoError(t, err)
		leaves = append(leaves, leaf{crypto.Keccak256(addr[:]), value})
	}
	for _, sc := range p.systemContracts() {
		add(sc.Address, 1, new(uint256.Int), sc.Code)
	}
	add(l2.DevAddress(0), 0, uint256.NewInt(params.Ether), nil)
	slices.SortFunc(leaves, func(a, b leaf) int { return bytes.Compare(a.key, b.key) })
	for _, l := range leaves {
		require.NoError(t, st.Update(l.key, l.value))
	}
	root := st.Hash()
	require.Equal(t, root, crypto.Keccak256Hash(accountNodes[len(accountNodes)-1]), "the stack trie emits its root last")
	if p.accountRootEdit != nil {
		var items []rlp.RawValue
		require.NoError(t, rlp.DecodeBytes(accountNodes[len(accountNodes)-1], &items))
		require.Len(t, items, 17, "the account trie's root is a branch")
		branch := make([][]byte, 17)
		for i, it := range items {
			branch[i] = it
		}
		p.accountRootEdit(branch)
		root = crypto.Keccak256Hash(rlpList(branch...))
		accountNodes = append(accountNodes, rlpList(branch...))
	}
	parent := types.CopyHeader(p.parent)
	parent.Root = root
	witness, err := stateless.EncodeWitnessRLP(&stateless.Witness{
		Headers: []*types.Header{parent},
		Codes:   codes,
		State:   append(slices.Clone(p.nodes), accountNodes...),
	})
	require.NoError(t, err)
	txs, err := rlp.EncodeToBytes(types.Transactions{})
	require.NoError(t, err)
	in := &precompile.Input{
		ChainID:      l2.DefaultChainID,
		ParentHash:   parent.Hash(),
		PreStateRoot: root,
		Timestamp:    parent.Time + 12,
		GasLimit:     parent.GasLimit,
		Anchor:       common.HexToHash("0xa1"),
		Transactions: txs,
		Witness:      witness,
	}
	return in.Encode()
}

func emptyBranch() [][]byte {
	b := make([][]byte, 17)
	for i := range b {
		b[i] = []byte{0x80}
	}
	return b
}

func leafNode(nibbles []byte, value []byte) []byte {
	return rlpList(rlpString(compactKey(nibbles, true)), rlpString(value))
}

// slotValue is the leaf value of a slot holding v: the RLP of its trimmed bytes.
func slotValue(v uint64) []byte {
	return rlpString(new(big.Int).SetUint64(v).Bytes())
}

func slotPath(slot common.Hash) []byte { return nibbles(crypto.Keccak256(slot[:])) }

func accountPath(a common.Address) []byte { return nibbles(crypto.Keccak256(a[:])) }

func nibbles(key []byte) []byte {
	out := make([]byte, 0, 2*len(key))
	for _, b := range key {
		out = append(out, b>>4, b&0x0f)
	}
	return out
}

// freeNibbles are two nibbles none of used is.
func freeNibbles(used ...byte) (byte, byte) {
	var free []byte
	for n := byte(15); len(free) < 2; n-- {
		if !slices.Contains(used, n) {
			free = append(free, n)
		}
	}
	return free[0], free[1]
}

// compactKey is the hex-prefix encoding of a nibble key.
func compactKey(key []byte, leaf bool) []byte {
	flag := byte(0)
	if leaf {
		flag = 2
	}
	out := []byte{flag << 4}
	if len(key)%2 == 1 {
		out[0] = (flag|1)<<4 | key[0]
		key = key[1:]
	}
	for i := 0; i+1 < len(key); i += 2 {
		out = append(out, key[i]<<4|key[i+1])
	}
	return out
}

func rlpString(b []byte) []byte {
	enc, err := rlp.EncodeToBytes(b)
	if err != nil {
		panic(err)
	}
	return enc
}

func rlpList(items ...[]byte) []byte {
	raw := make([]rlp.RawValue, len(items))
	for i, it := range items {
		raw[i] = it
	}
	enc, err := rlp.EncodeToBytes(raw)
	if err != nil {
		panic(err)
	}
	return enc
}
