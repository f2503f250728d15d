package solidity_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
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
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

func TestMain(m *testing.M) {
	// The real EXECUTE, installed before any EVM exists, in L1 (simulated backend)
	// and L2 (l2.Chain) alike.
	precompile.Register(l2.L1Config())
	os.Exit(m.Run())
}

// Actors; the same deterministic keys are funded on L1 and L2.
var (
	deployerKey   = l2.DevKey(0)
	sequencerKey  = l2.DevKey(1)
	aliceKey      = l2.DevKey(2)
	bobKey        = l2.DevKey(3)
	challengerKey = l2.DevKey(4)
	relayerKey    = l2.DevKey(5)
)

func addr(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }

// maxTxGas is the Osaka per-transaction gas cap (EIP-7825).
const maxTxGas = 1 << 24

// l1 is a go-ethereum simulated backend running nr's pinned L1 config with EXECUTE.
type l1 struct {
	sim    *simulated.Backend
	client simulated.Client
	rpc    *rpc.Client
	signer types.Signer
}

func newL1(t testing.TB) *l1 {
	t.Helper()
	cfg := l2.L1Config()
	// The node also listens on IPC, so tests can use the RPC methods the simulated
	// client does not expose (eth_getProof).
	ipc := filepath.Join(t.TempDir(), "l1.ipc")
	sim := simulated.NewBackend(l2.DevAlloc(8+colludingChallengers), func(nc *node.Config, ec *ethconfig.Config) {
		nc.IPCPath = ipc
		ec.Genesis.Config = cfg
		ec.Genesis.GasLimit = 60_000_000
		ec.Miner.GasCeil = 60_000_000
	})
	t.Cleanup(func() { _ = sim.Close() })
	rpcClient, err := rpc.Dial(ipc)
	require.NoError(t, err)
	t.Cleanup(rpcClient.Close)
	return &l1{sim: sim, client: sim.Client(), rpc: rpcClient, signer: types.LatestSigner(cfg)}
}

// send includes one transaction in a new block and returns its receipt.
func (e *l1) send(t testing.TB, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	tx := e.sign(t, key, &types.DynamicFeeTx{To: to, Value: value, Data: data, Gas: maxTxGas})
	return e.include(t, tx)
}

func (e *l1) sign(t testing.TB, key *ecdsa.PrivateKey, tx types.TxData) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	nonce, err := e.client.PendingNonceAt(ctx, addr(key))
	require.NoError(t, err)
	switch tx := tx.(type) {
	case *types.DynamicFeeTx:
		tx.ChainID, tx.Nonce = e.signer.ChainID(), nonce
		tx.GasTipCap, tx.GasFeeCap = big.NewInt(params.GWei), big.NewInt(20*params.GWei)
		if tx.Value == nil {
			tx.Value = new(big.Int)
		}
	case *types.BlobTx:
		tx.Nonce = nonce
	}
	signed, err := types.SignNewTx(key, e.signer, tx)
	require.NoError(t, err)
	return signed
}

func (e *l1) include(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	require.NoError(t, e.client.SendTransaction(ctx, tx))
	e.sim.Commit()
	receipt, err := e.client.TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err)
	return receipt
}

// mustSend is send that requires success.
func (e *l1) mustSend(t testing.TB, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	revert := e.revertOf(t, key, to, value, data)
	require.Nil(t, revert, "the call to %s reverts with %x", to, revert)
	r := e.send(t, key, &to, value, data)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "transaction to %s reverted", to)
	return r
}

// revertOf runs the call in the pending block (as the next transaction would run)
// and returns its revert data (nil if it succeeds).
func (e *l1) revertOf(t testing.TB, from *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) []byte {
	t.Helper()
	return e.callRevert(t, ethereum.CallMsg{From: addr(from), To: &to, Value: value, Data: data, Gas: maxTxGas})
}

// callRevert runs msg in the pending block and returns its revert data (nil if it
// succeeds).
func (e *l1) callRevert(t testing.TB, msg ethereum.CallMsg) []byte {
	t.Helper()
	_, err := e.client.PendingCallContract(context.Background(), msg)
	if err == nil {
		return nil
	}
	var dataErr rpc.DataError
	require.True(t, errors.As(err, &dataErr), "call failed without revert data: %v", err)
	hexData, ok := dataErr.ErrorData().(string)
	require.True(t, ok, "revert data of unexpected type %T", dataErr.ErrorData())
	return hexutil.MustDecode(hexData)
}

// wait moves L1 time forward by seconds and mines a block.
//
// The simulated beacon refuses to adjust time while its transaction pool still
// lists a transaction, and the pool drops the ones the last Commit mined on its
// own goroutine, a moment later. So wait retries that refusal (and only that one)
// for up to ten seconds.
func (e *l1) wait(t testing.TB, seconds uint64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := e.sim.AdjustTime(time.Duration(seconds) * time.Second)
		if err == nil {
			break
		}
		require.ErrorContains(t, err, "could not adjust time on non-empty block")
		require.True(t, time.Now().Before(deadline), "the transaction pool still lists transactions 10 s after the last block: %v", err)
		time.Sleep(time.Millisecond)
	}
	e.sim.Commit()
}

func (e *l1) deploy(t testing.TB, key *ecdsa.PrivateKey, contract string, args []byte) common.Address {
	t.Helper()
	art, err := solidity.LoadArtifact(contract)
	require.NoError(t, err)
	r := e.send(t, key, nil, nil, append(common.CopyBytes(art.Bytecode), args...))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "deploying %s", contract)
	return r.ContractAddress
}

func (e *l1) head(t testing.TB) *types.Header {
	t.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	return h
}

func (e *l1) balance(t testing.TB, account common.Address) *big.Int {
	t.Helper()
	b, err := e.client.BalanceAt(context.Background(), account, nil)
	require.NoError(t, err)
	return b
}

// nextCreateAddress is the address key's next contract creation will get.
func (e *l1) nextCreateAddress(t testing.TB, key *ecdsa.PrivateKey) common.Address {
	t.Helper()
	nonce, err := e.client.PendingNonceAt(context.Background(), addr(key))
	require.NoError(t, err)
	return crypto.CreateAddress(addr(key), nonce)
}

// storageProof is eth_getProof of one slot on L1, as RollupHost deposits are proven on L2.
func (e *l1) storageProof(t testing.TB, account common.Address, slot common.Hash, block *big.Int) (accountProof, storageProof [][]byte) {
	t.Helper()
	res, err := gethclient.New(e.rpc).GetProof(context.Background(), account, []string{slot.Hex()}, block)
	require.NoError(t, err)
	return decodeHexList(t, res.AccountProof), decodeHexList(t, res.StorageProof[0].Proof)
}

func decodeHexList(t testing.TB, list []string) [][]byte {
	out := make([][]byte, len(list))
	for i, s := range list {
		out[i] = hexutil.MustDecode(s)
	}
	return out
}

// l2Chain is an L2 built with package l2, which records each block's witness and
// EXECUTE input and keeps an archive node whose state the tests read and prove.
type l2Chain struct {
	*l2.Chain
}

func newL2(t testing.TB, l1Host common.Address, extra ...types.GenesisAlloc) *l2Chain {
	t.Helper()
	return newL2WithGasLimit(t, l1Host, l2.GenesisGasLimit, extra...)
}

// newL2WithGasLimit is newL2 with gasLimit as the genesis gas limit, which the
// blocks keep. The dev accounts hold unbacked L2 ETH (l2.DevUnbacked): the tests
// need funded L2 users, and TestUnbackedGenesisETH shows what that costs on L1.
func newL2WithGasLimit(t testing.TB, l1Host common.Address, gasLimit uint64, extra ...types.GenesisAlloc) *l2Chain {
	t.Helper()
	return newL2At(t, l1Host, gasLimit, 0, extra...)
}

// newL2At is newL2WithGasLimit with a genesis timestamp (go-ethereum's block
// generator adds 10 s per block).
func newL2At(t testing.TB, l1Host common.Address, gasLimit, timestamp uint64, extra ...types.GenesisAlloc) *l2Chain {
	t.Helper()
	alloc := l2.DevAlloc(8)
	for _, e := range extra {
		maps.Copy(alloc, e)
	}
	predeploys, err := solidity.Predeploys(l1Host, l2BridgeFunds)
	require.NoError(t, err)
	maps.Copy(alloc, predeploys)
	genesis, err := l2.BridgedGenesis(l2.DefaultChainID, alloc, solidity.L2BridgeAddress, l2.DevUnbacked)
	require.NoError(t, err)
	genesis.GasLimit = gasLimit
	genesis.Timestamp = timestamp
	chain, err := l2.NewChainFromGenesis(l2.DefaultChainID, genesis)
	require.NoError(t, err)
	t.Cleanup(chain.Close)
	return &l2Chain{Chain: chain}
}

// l2BridgeFunds is the L2Bridge's pre-minted balance in the test genesis.
var l2BridgeFunds = new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))

// build adds one block anchored to anchor.
func (c *l2Chain) build(t testing.TB, anchor common.Hash, txs func(b *core.BlockGen)) *l2.Block {
	t.Helper()
	blocks, err := c.AddBlocks(1, func(_ int, b *core.BlockGen) {
		b.SetParentBeaconRoot(anchor)
		if txs != nil {
			txs(b)
		}
	})
	require.NoError(t, err)
	return blocks[0]
}

// l2Tx signs an L2 transaction for inclusion by b.
func l2Tx(t testing.TB, b *core.BlockGen, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, b.Signer(), &types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(l2.DefaultChainID),
		Nonce:     b.TxNonce(addr(key)),
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
		Gas:       1_000_000,
		To:        &to,
		Value:     value,
		Data:      data,
	})
	require.NoError(t, err)
	return tx
}

// queueRequests adds two transactions from key to b: an EIP-7002 withdrawal
// request and an EIP-7251 consolidation request, each paying the fee its
// contract asks in c's head state. The contracts change their fee only at the
// end of a block that queued more than their target of requests, so the fee
// holds for any block built on the head before such a block.
func (c *l2Chain) queueRequests(t testing.TB, b *core.BlockGen, key *ecdsa.PrivateKey) {
	t.Helper()
	var source, target [48]byte
	source[0], target[0] = 0xaa, 0xbb
	for _, r := range []struct {
		queue common.Address
		data  []byte
	}{
		{params.WithdrawalQueueAddress, l2.WithdrawalRequestData(source, params.GWei)},
		{params.ConsolidationQueueAddress, l2.ConsolidationRequestData(source, target)},
	} {
		fee, err := c.RequestFee(r.queue)
		require.NoError(t, err)
		b.AddTx(l2Tx(t, b, key, r.queue, fee, r.data))
	}
}

// requireRequests asserts that every transaction of b succeeded and that b's
// header commits to a non-empty request list.
func requireRequests(t testing.TB, b *l2.Block) {
	t.Helper()
	for i, r := range b.Receipts {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "transaction %d of L2 block %d", i, b.Block.NumberU64())
	}
	require.NotEqual(t, types.EmptyRequestsHash, *b.Block.RequestsHash(), "L2 block %d has no requests", b.Block.NumberU64())
}

// storageProof proves one slot of account in the L2 state with root.
func (c *l2Chain) storageProof(t testing.TB, root common.Hash, account common.Address, slot common.Hash) (accountProof, storageProof [][]byte) {
	t.Helper()
	db := c.BlockChain().TrieDB()
	st, err := trie.NewStateTrie(trie.StateTrieID(root), db)
	require.NoError(t, err)
	var ap proofList
	require.NoError(t, st.Prove(crypto.Keccak256(account.Bytes()), &ap)) // StateTrie.Prove takes the hashed key
	acc, err := st.GetAccount(account)
	require.NoError(t, err)
	require.NotNil(t, acc, "account %s not in L2 state %s", account, root)
	stor, err := trie.NewStateTrie(trie.StorageTrieID(root, crypto.Keccak256Hash(account.Bytes()), acc.Root), db)
	require.NoError(t, err)
	var sp proofList
	require.NoError(t, stor.Prove(crypto.Keccak256(slot.Bytes()), &sp))
	return ap, sp
}

func (c *l2Chain) balance(t testing.TB, account common.Address) *big.Int {
	t.Helper()
	head := c.BlockChain().CurrentBlock()
	st, err := c.BlockChain().StateAt(head.Root, head.Number, head.Time)
	require.NoError(t, err)
	return st.GetBalance(account).ToBig()
}

// advanceArgs turns a built L2 block into NativeRollup.advance arguments.
func advanceArgs(b *l2.Block, anchorL1Block uint64) []byte {
	return bindings.NewTestNativeRollup().PackAdvance(envOf(b), anchorL1Block, claimsOf(b), b.Input.Transactions, b.Input.Witness)
}

// envOf is the Execute.BlockEnv of a built L2 block.
func envOf(b *l2.Block) bindings.ExecuteBlockEnv {
	env, _ := solidity.ExecuteArgs(b.Input)
	return env
}

// claimsOf is the Execute.Claims of a built L2 block.
func claimsOf(b *l2.Block) bindings.ExecuteClaims {
	_, claims := solidity.ExecuteArgs(b.Input)
	return claims
}

// headerRLP encodes an L1 header for a deposit claim.
func headerRLP(t testing.TB, h *types.Header) []byte {
	t.Helper()
	enc, err := rlp.EncodeToBytes(h)
	require.NoError(t, err)
	require.Equal(t, h.Hash(), crypto.Keccak256Hash(enc))
	return enc
}

// view runs a read-only call on the latest block.
func (e *l1) view(t testing.TB, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	return out
}

// nativeFixture is an L1 with a TestNativeRollup whose L2 genesis holds the predeploys.
type nativeFixture struct {
	l1     *l1
	l2     *l2Chain
	rollup common.Address
	abi    *bindings.TestNativeRollup
}

// testHistorySize is RollupHost.MIN_HISTORY_SIZE.
const testHistorySize = 256

// testMaxGasLimit is the test hosts' gas-limit policy cap, MyRollup's.
const testMaxGasLimit = 12_000_000

func newNativeFixture(t testing.TB, sequencerWindow uint64, extraL2Alloc ...types.GenesisAlloc) *nativeFixture {
	t.Helper()
	return newNativeFixtureWith(t, l2.GenesisGasLimit, func(c *bindings.NativeRollupConfig) { c.SequencerWindow = sequencerWindow }, extraL2Alloc...)
}

// newNativeFixtureWith deploys a TestNativeRollup for an L2 whose blocks have
// gasLimit, with the test configuration changed by mutate.
func newNativeFixtureWith(t testing.TB, gasLimit uint64, mutate func(c *bindings.NativeRollupConfig), extraL2Alloc ...types.GenesisAlloc) *nativeFixture {
	t.Helper()
	e := newL1(t)
	host := e.nextCreateAddress(t, deployerKey)
	c := newL2WithGasLimit(t, host, gasLimit, extraL2Alloc...)
	genesis := c.Head()
	abi := bindings.NewTestNativeRollup()
	cfg := bindings.NativeRollupConfig{
		ChainId:          l2.DefaultChainID,
		GenesisHash:      genesis.Hash(),
		GenesisStateRoot: genesis.Root(),
		GenesisTimestamp: genesis.Time(),
		MinGasLimit:      1_000_000,
		MaxGasLimit:      testMaxGasLimit,
		Sequencer:        addr(sequencerKey),
		SequencerWindow:  3600,
		HistorySize:      testHistorySize,
	}
	mutate(&cfg)
	rollup := e.deploy(t, deployerKey, "TestNativeRollup", abi.PackConstructor(cfg))
	require.Equal(t, host, rollup)
	return &nativeFixture{l1: e, l2: c, rollup: rollup, abi: abi}
}

// nextBlock builds an L2 block anchored to the latest L1 block and returns it with
// that anchor's number.
func (f *nativeFixture) nextBlock(t testing.TB, txs func(b *core.BlockGen)) (*l2.Block, uint64) {
	t.Helper()
	anchor := f.l1.head(t)
	return f.l2.build(t, anchor.Hash(), txs), anchor.Number.Uint64()
}

func (f *nativeFixture) advance(t testing.TB, b *l2.Block, anchor uint64) *types.Receipt {
	t.Helper()
	return f.l1.mustSend(t, sequencerKey, f.rollup, nil, advanceArgs(b, anchor))
}

func (f *nativeFixture) head(t testing.TB) (hash common.Hash, root common.Hash, number uint64) {
	t.Helper()
	h, err := f.abi.UnpackBlockHash(f.l1.view(t, f.rollup, f.abi.PackBlockHash()))
	require.NoError(t, err)
	r, err := f.abi.UnpackStateRoot(f.l1.view(t, f.rollup, f.abi.PackStateRoot()))
	require.NoError(t, err)
	n, err := f.abi.UnpackBlockNumber(f.l1.view(t, f.rollup, f.abi.PackBlockNumber()))
	require.NoError(t, err)
	return h, r, n
}

// revertOf runs a call on the L2 head state and returns its revert data (nil if
// it succeeds).
func (c *l2Chain) revertOf(t testing.TB, from, to common.Address, data []byte) []byte {
	t.Helper()
	bc := c.BlockChain()
	head := bc.CurrentBlock()
	st, err := bc.StateAt(head.Root, head.Number, head.Time)
	require.NoError(t, err)
	blockCtx := core.NewEVMBlockContext(head, bc, nil)
	blockCtx.Random = &head.MixDigest // post-merge rules
	evm := vm.NewEVM(blockCtx, st, c.Genesis.Config, vm.Config{})
	ret, _, err := evm.Call(from, to, data, vm.NewGasBudget(10_000_000, 0), new(uint256.Int))
	if err == nil {
		return nil
	}
	require.ErrorIs(t, err, vm.ErrExecutionReverted)
	return ret
}

// deployRevert runs a contract creation as a call and returns its revert data.
func (e *l1) deployRevert(t testing.TB, contract string, args []byte) []byte {
	t.Helper()
	art, err := solidity.LoadArtifact(contract)
	require.NoError(t, err)
	revert := e.callRevert(t, ethereum.CallMsg{From: addr(deployerKey), Data: append(common.CopyBytes(art.Bytecode), args...), Gas: maxTxGas})
	require.NotNil(t, revert, "deploying %s must fail", contract)
	return revert
}
