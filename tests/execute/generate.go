package execute

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// Contracts the generated chain deploys (runtime bytecode).
var (
	// counterCode: slot0 += 1; LOG0(slot0).
	counterCode = common.FromHex("0x6000546001018060005560005260206000a000")
	// storeCode: slot0 = calldata word 0 (writing 0 deletes the slot).
	storeCode = common.FromHex("0x60003560005500")
	// blockhashCode: slot0 = BLOCKHASH(NUMBER - 3), the great-grandparent's hash,
	// which only the grandparent header holds.
	blockhashCode = common.FromHex("0x600343034060005500")
)

// anchor is the L1 block hash the anchor block carries.
var anchor = common.HexToHash("0x5eed000000000000000000000000000000000000000000000000000000a1c0e0")

func deployCode(runtime []byte) []byte {
	initCode := []byte{0x60, byte(len(runtime)), 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, byte(len(runtime)), 0x60, 0x00, 0xf3}
	return append(initCode, runtime...)
}

// txMaker signs transactions of the dev keys for one L2 chain.
type txMaker struct {
	chainID *big.Int
	signer  types.Signer
	err     error
}

func newTxMaker(chainID uint64) *txMaker {
	id := new(big.Int).SetUint64(chainID)
	return &txMaker{chainID: id, signer: types.LatestSignerForChainID(id)}
}

func (m *txMaker) sign(key int, data types.TxData) *types.Transaction {
	tx, err := types.SignNewTx(l2.DevKey(key), m.signer, data)
	if err != nil && m.err == nil {
		m.err = err
	}
	return tx
}

func (m *txMaker) dynamic(b *core.BlockGen, key int, to *common.Address, value *big.Int, gas uint64, data []byte) *types.Transaction {
	return m.sign(key, &types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: b.TxNonce(l2.DevAddress(key)), GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(2*params.GWei)), Gas: gas, To: to, Value: value, Data: data,
	})
}

func (m *txMaker) legacy(b *core.BlockGen, key int, to *common.Address, value *big.Int) *types.Transaction {
	return m.sign(key, &types.LegacyTx{
		Nonce: b.TxNonce(l2.DevAddress(key)), GasPrice: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
		Gas: params.TxGas, To: to, Value: value,
	})
}

// validBlock is one generated block with a name and description for its vector.
type validBlock struct {
	name, description string
	block             *l2.Block
}

// buildValidChain builds the chain the valid vectors come from: one feature per block.
func buildValidChain() ([]validBlock, error) {
	chain, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(3))
	if err != nil {
		return nil, err
	}
	defer chain.Close()
	m := newTxMaker(l2.DefaultChainID)
	deployer := l2.DevAddress(0)
	counter := crypto.CreateAddress(deployer, 0)
	store := crypto.CreateAddress(deployer, 1)
	blockhash := crypto.CreateAddress(deployer, 2)
	delegated := l2.DevAddress(2)
	recipient := l2.DevAddress(1)
	word := func(v byte) []byte { w := make([]byte, 32); w[31] = v; return w }

	steps := []struct {
		name, description string
		gen               func(b *core.BlockGen)
	}{
		{"valid-deploy", "three contract creations (counter, store, blockhash reader) by one sender", func(b *core.BlockGen) {
			for _, code := range [][]byte{counterCode, storeCode, blockhashCode} {
				b.AddTx(m.dynamic(b, 0, nil, nil, 200_000, deployCode(code)))
			}
		}},
		{"valid-transfers", "EIP-1559 value transfers and an EIP-155 legacy transfer", func(b *core.BlockGen) {
			b.AddTx(m.dynamic(b, 0, &recipient, big.NewInt(params.Ether), params.TxGas, nil))
			b.AddTx(m.dynamic(b, 1, &deployer, big.NewInt(1), params.TxGas, nil))
			b.AddTx(m.legacy(b, 0, &recipient, big.NewInt(params.GWei)))
		}},
		{"valid-calls-storage-logs", "contract calls writing storage and emitting logs", func(b *core.BlockGen) {
			b.AddTx(m.dynamic(b, 1, &counter, nil, 100_000, nil))
			b.AddTx(m.dynamic(b, 0, &counter, nil, 100_000, nil))
			b.AddTx(m.dynamic(b, 1, &store, nil, 100_000, word(7)))
		}},
		{"valid-storage-delete", "a call that clears a storage slot (refund, trie node deletion)", func(b *core.BlockGen) {
			b.AddTx(m.dynamic(b, 1, &store, nil, 100_000, word(0)))
		}},
		{"valid-eip7702", "an EIP-7702 set-code transaction delegating an EOA to the counter, then a call to the EOA", func(b *core.BlockGen) {
			auth, err := types.SignSetCode(l2.DevKey(2), types.SetCodeAuthorization{
				ChainID: *uint256.NewInt(l2.DefaultChainID), Address: counter, Nonce: b.TxNonce(delegated),
			})
			if err != nil && m.err == nil {
				m.err = err
			}
			b.AddTx(m.sign(0, &types.SetCodeTx{
				ChainID: uint256.NewInt(l2.DefaultChainID), Nonce: b.TxNonce(deployer), GasTipCap: uint256.NewInt(params.GWei),
				GasFeeCap: uint256.MustFromBig(new(big.Int).Add(b.BaseFee(), big.NewInt(2*params.GWei))), Gas: 100_000,
				To: delegated, AuthList: []types.SetCodeAuthorization{auth},
			}))
			b.AddTx(m.dynamic(b, 1, &delegated, nil, 100_000, nil))
		}},
		{"valid-blockhash", "BLOCKHASH three blocks back: the witness carries ancestor headers", func(b *core.BlockGen) {
			b.AddTxWithChain(chain.BlockChain(), m.dynamic(b, 1, &blockhash, nil, 100_000, nil))
		}},
		{"valid-anchor", "an L1 anchor in parent_beacon_block_root, stored on L2 by the EIP-4788 system call", func(b *core.BlockGen) {
			b.SetParentBeaconRoot(anchor)
			b.AddTx(m.dynamic(b, 0, &recipient, big.NewInt(1), params.TxGas, nil))
		}},
		{"valid-empty", "a block without transactions (system calls only)", func(*core.BlockGen) {}},
	}
	out := make([]validBlock, 0, len(steps))
	for _, s := range steps {
		blocks, err := chain.AddBlocks(1, func(_ int, b *core.BlockGen) { s.gen(b) })
		if err != nil {
			return nil, fmt.Errorf("building %s: %w", s.name, err)
		}
		if m.err != nil {
			return nil, fmt.Errorf("signing for %s: %w", s.name, m.err)
		}
		out = append(out, validBlock{s.name, s.description, blocks[0]})
	}
	return out, nil
}

// buildSystemContractBlock builds an empty block on a chain whose genesis holds
// other code at the EIP-4788 beacon-roots address: L1's rules run it, EXECUTE
// refuses the pre-state (ErrSystemContractCode).
func buildSystemContractBlock() (*l2.Block, error) {
	genesis := l2.Genesis(l2.DefaultChainID, l2.DevAlloc(1))
	genesis.Alloc[params.BeaconRootsAddress] = types.Account{Nonce: 1, Code: []byte{0x00}, Balance: common.Big0}
	chain, err := l2.NewChainFromGenesis(l2.DefaultChainID, genesis)
	if err != nil {
		return nil, err
	}
	defer chain.Close()
	blocks, err := chain.AddBlocks(1, nil)
	if err != nil {
		return nil, fmt.Errorf("building the system-contract block: %w", err)
	}
	return blocks[0], nil
}

// buildRequestsBlock builds, on a fresh chain, a block whose transactions queue
// an EIP-7002 withdrawal request and an EIP-7251 consolidation request, each
// paying the fee its contract asks: EXECUTE accepts requests whatever their
// content, bound by the header's requests_hash.
func buildRequestsBlock() (*l2.Block, error) {
	chain, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(1))
	if err != nil {
		return nil, err
	}
	defer chain.Close()
	m := newTxMaker(l2.DefaultChainID)
	var source, target [48]byte
	source[0], target[0] = 0xaa, 0xbb
	requests := []struct {
		queue common.Address
		data  []byte
		fee   *big.Int
	}{
		{queue: params.WithdrawalQueueAddress, data: l2.WithdrawalRequestData(source, params.GWei)},
		{queue: params.ConsolidationQueueAddress, data: l2.ConsolidationRequestData(source, target)},
	}
	for i := range requests {
		if requests[i].fee, err = chain.RequestFee(requests[i].queue); err != nil {
			return nil, err
		}
	}
	blocks, err := chain.AddBlocks(1, func(_ int, b *core.BlockGen) {
		for _, r := range requests {
			b.AddTx(m.dynamic(b, 0, &r.queue, r.fee, 200_000, r.data))
		}
	})
	if err != nil {
		return nil, fmt.Errorf("building the requests block: %w", err)
	}
	if h := blocks[0].Block.RequestsHash(); h == nil || *h == types.EmptyRequestsHash {
		return nil, fmt.Errorf("the requests block queued no requests")
	}
	return blocks[0], m.err
}

// Generate builds the vector set: every valid block, every false-claim kind and
// every failure kind. It is deterministic: the same code gives the same bytes.
func Generate() ([]Vector, error) {
	exec := precompile.NewExecute(l2.L1Config())
	valid, err := buildValidChain()
	if err != nil {
		return nil, err
	}
	var vectors []Vector
	add := func(name, kind, description string, input []byte) error {
		v, err := makeVector(exec, name, kind, description, input)
		if err != nil {
			return err
		}
		vectors = append(vectors, *v)
		return nil
	}
	for _, vb := range valid {
		if err := add(vb.name, "valid", vb.description, vb.block.Input.Encode()); err != nil {
			return nil, err
		}
	}
	requests, err := buildRequestsBlock()
	if err != nil {
		return nil, err
	}
	if err := add("valid-requests", "valid", "an EIP-7002 withdrawal request and an EIP-7251 consolidation request, each paying its contract's fee: accepted, bound by requests_hash",
		requests.Input.Encode()); err != nil {
		return nil, err
	}
	byName := func(name string) *l2.Block {
		for _, vb := range valid {
			if vb.name == name {
				return vb.block
			}
		}
		panic("no generated block " + name)
	}
	base := byName("valid-calls-storage-logs")
	m := newTxMaker(l2.DefaultChainID)

	for _, c := range falseClaims() {
		in := *base.Input
		c.mutate(&in)
		if err := add(c.name, "false", c.description, in.Encode()); err != nil {
			return nil, err
		}
	}
	systemContract, err := buildSystemContractBlock()
	if err != nil {
		return nil, err
	}
	for _, c := range failures(base, byName("valid-blockhash"), systemContract, m) {
		input, err := c.input()
		if err != nil {
			return nil, fmt.Errorf("building %s: %w", c.name, err)
		}
		if err := add(c.name, "failure", c.description, input); err != nil {
			return nil, err
		}
	}
	if m.err != nil {
		return nil, m.err
	}
	for _, b := range boundaryVectors(exec) {
		input, err := b.input()
		if err != nil {
			return nil, fmt.Errorf("building %s: %w", b.name, err)
		}
		v, runErr, err := runVector(exec, b.name, b.kind, b.description, input)
		if err != nil {
			return nil, err
		}
		if err := checkBoundary(b, runErr); err != nil {
			return nil, err
		}
		vectors = append(vectors, *v)
	}
	return vectors, nil
}

// makeVector runs the reference on input and checks the outcome is the kind the
// generator meant, so a generator bug cannot commit a wrong vector.
func makeVector(exec *precompile.Execute, name, kind, description string, input []byte) (*Vector, error) {
	v, _, err := runVector(exec, name, kind, description, input)
	return v, err
}

// runVector is makeVector that also returns the reference's error for the input.
func runVector(exec *precompile.Execute, name, kind, description string, input []byte) (v *Vector, runErr, err error) {
	v = &Vector{Name: name, Description: description, Kind: kind, Input: input, Gas: hexutil.Uint64(precompile.RequiredGas(input))}
	out, runErr := exec.Run(input)
	if runErr != nil {
		v.Error = runErr.Error()
	} else {
		v.Success, v.Output = true, out
	}
	wantValid := kind == "valid"
	switch {
	case kind == "failure" && v.Success:
		return nil, runErr, fmt.Errorf("vector %s should fail but the reference returned %x", name, out)
	case kind != "failure" && !v.Success:
		return nil, runErr, fmt.Errorf("vector %s should succeed but the reference failed: %v", name, runErr)
	case kind != "failure" && (out[31] == 1) != wantValid:
		return nil, runErr, fmt.Errorf("vector %s: reference returned valid=%v, want %v", name, out[31] == 1, wantValid)
	}
	return v, runErr, nil
}

type falseClaim struct {
	name, description string
	mutate            func(*precompile.Input)
}

func falseClaims() []falseClaim {
	return []falseClaim{
		{"false-post-state-root", "the claimed post-state root differs in one bit", func(in *precompile.Input) { in.PostStateRoot[31] ^= 1 }},
		{"false-receipts-root", "the claimed receipts root differs in one bit", func(in *precompile.Input) { in.ReceiptsRoot[31] ^= 1 }},
		{"false-gas-used-high", "the claimed gas used is one more than computed", func(in *precompile.Input) { in.GasUsed++ }},
		{"false-gas-used-low", "the claimed gas used is one less than computed", func(in *precompile.Input) { in.GasUsed-- }},
		{"false-all-claims", "every claim is wrong", func(in *precompile.Input) {
			in.PostStateRoot, in.ReceiptsRoot, in.GasUsed = common.Hash{}, common.Hash{}, 0
		}},
	}
}

type failure struct {
	name, description string
	input             func() ([]byte, error)
}

// failures lists one vector per failure kind, most as a mutation of base.
func failures(base, blockhash, systemContract *l2.Block, m *txMaker) []failure {
	mutated := func(mutate func(in *precompile.Input) error) func() ([]byte, error) {
		return func() ([]byte, error) {
			in := *base.Input
			if err := mutate(&in); err != nil {
				return nil, err
			}
			return in.Encode(), nil
		}
	}
	withWitness := func(b *l2.Block, edit func(w *stateless.Witness)) func() ([]byte, error) {
		return func() ([]byte, error) {
			w, err := stateless.DecodeWitnessRLP(b.Input.Witness)
			if err != nil {
				return nil, err
			}
			edit(w)
			in := *b.Input
			in.Witness, err = stateless.EncodeWitnessRLP(w)
			return in.Encode(), err
		}
	}
	withTxs := func(tx *types.Transaction) func(in *precompile.Input) error {
		return func(in *precompile.Input) (err error) {
			in.Transactions, err = rlp.EncodeToBytes(types.Transactions{tx})
			return err
		}
	}
	fixed := func(b []byte) func() ([]byte, error) { return func() ([]byte, error) { return b, nil } }
	to := l2.DevAddress(1)
	id := new(big.Int).SetUint64(l2.DefaultChainID)
	feeCap := new(big.Int).Add(base.Block.BaseFee(), big.NewInt(2*params.GWei))
	nonce := base.Block.Transactions()[0].Nonce() // a nonce sender 1 has already used

	return []failure{
		{"fail-empty-input", "no input bytes", fixed(nil)},
		{"fail-unsupported-version", "word 0 is 2", func() ([]byte, error) {
			enc := base.Input.Encode()
			enc[31] = 2
			return enc, nil
		}},
		{"fail-trailing-byte", "a valid input followed by one extra byte (non-canonical)", func() ([]byte, error) {
			return append(base.Input.Encode(), 0), nil
		}},
		{"fail-malformed-transactions", "the transactions field is an RLP string, not a list", mutated(func(in *precompile.Input) error {
			in.Transactions = []byte{0x80}
			return nil
		})},
		{"fail-too-many-transactions", "three transactions under a 21,000 gas limit", mutated(func(in *precompile.Input) error {
			in.GasLimit = params.TxGas
			return nil
		})},
		{"fail-blob-transaction", "an EIP-4844 transaction", mutated(withTxs(m.sign(1, &types.BlobTx{
			ChainID: uint256.MustFromBig(id), Nonce: nonce, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.MustFromBig(feeCap),
			Gas: params.TxGas, To: to, BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{0x01}},
		})))},
		{"fail-wrong-chain-id", "a transaction signed for chain 1", mutated(withTxs(func() *types.Transaction {
			tx, err := types.SignNewTx(l2.DevKey(1), types.LatestSignerForChainID(common.Big1), &types.DynamicFeeTx{
				ChainID: common.Big1, Nonce: nonce, GasTipCap: common.Big1, GasFeeCap: feeCap, Gas: params.TxGas, To: &to,
			})
			if err != nil && m.err == nil {
				m.err = err
			}
			return tx
		}()))},
		{"fail-unprotected-legacy", "a legacy transaction without EIP-155 replay protection", mutated(withTxs(func() *types.Transaction {
			tx, err := types.SignNewTx(l2.DevKey(1), types.HomesteadSigner{}, &types.LegacyTx{Nonce: nonce, GasPrice: feeCap, Gas: params.TxGas, To: &to})
			if err != nil && m.err == nil {
				m.err = err
			}
			return tx
		}()))},
		{"fail-invalid-nonce", "a transaction reusing a nonce", mutated(withTxs(m.sign(1, &types.DynamicFeeTx{
			ChainID: id, Nonce: 0, GasTipCap: common.Big1, GasFeeCap: feeCap, Gas: params.TxGas, To: &to,
		})))},
		{"fail-malformed-witness", "the witness is an RLP string", mutated(func(in *precompile.Input) error {
			in.Witness = []byte{0x80}
			return nil
		})},
		{"fail-witness-too-many-headers", "257 witness headers (limit 256), rejected before decoding", mutated(func(in *precompile.Input) (err error) {
			in.Witness, err = rlp.EncodeToBytes([]any{make([][]byte, precompile.MaxWitnessHeaders+1), []any{}, []any{}, []any{}})
			return err
		})},
		{"fail-witness-no-headers", "the witness has no headers", withWitness(base, func(w *stateless.Witness) { w.Headers = nil })},
		{"fail-witness-missing-state-node", "one trie node removed from the witness", withWitness(base, func(w *stateless.Witness) { w.State = w.State[1:] })},
		{"fail-witness-missing-code", "the counter's code removed from the witness", withWitness(base, func(w *stateless.Witness) {
			w.Codes = removeBytes(w.Codes, counterCode)
		})},
		{"fail-witness-missing-ancestor", "BLOCKHASH needs the grandparent header; only the parent is left", withWitness(blockhash, func(w *stateless.Witness) {
			w.Headers = w.Headers[len(w.Headers)-1:]
		})},
		{"fail-witness-headers-not-linked", "the grandparent header is altered, breaking the hash link", withWitness(blockhash, func(w *stateless.Witness) {
			h := types.CopyHeader(w.Headers[0])
			h.Extra = []byte("forged")
			w.Headers[0] = h
		})},
		{"fail-wrong-parent-hash", "the parent hash is not the witness's last header", mutated(func(in *precompile.Input) error {
			in.ParentHash[31] ^= 1
			return nil
		})},
		{"fail-wrong-pre-state-root", "the pre-state root is not the parent's state root", mutated(func(in *precompile.Input) error {
			in.PreStateRoot[31] ^= 1
			return nil
		})},
		{"fail-timestamp-not-increasing", "the timestamp equals the parent's", mutated(func(in *precompile.Input) error {
			in.Timestamp = base.Witness.Headers[len(base.Witness.Headers)-1].Time
			return nil
		})},
		{"fail-gas-limit-jump", "the gas limit doubles, beyond the 1/1024 bound", mutated(func(in *precompile.Input) error {
			in.GasLimit *= 2
			return nil
		})},
		{"fail-extra-data-too-long", "33 bytes of extra data", mutated(func(in *precompile.Input) error {
			in.ExtraData = make([]byte, 33)
			return nil
		})},
		{"fail-l1-chain-id", "the L2 chain id is L1's own", mutated(func(in *precompile.Input) error {
			in.ChainID = l2.L1Config().ChainID.Uint64()
			return nil
		})},
		{"fail-system-contract-code", "the pre-state holds other code at the EIP-4788 beacon-roots address", fixed(systemContract.Input.Encode())},
	}
}

func removeBytes(list [][]byte, drop []byte) [][]byte {
	var out [][]byte
	for _, b := range list {
		if string(b) != string(drop) {
			out = append(out, b)
		}
	}
	return out
}
