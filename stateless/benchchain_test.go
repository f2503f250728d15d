package stateless_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/nativerollup/nr/stateless"
)

// benchBlock is one block to benchmark, kept as bytes so that every iteration
// decodes its own copy: a decoded transaction caches its sender, and reusing one
// would let all iterations after the first skip signature recovery.
type benchBlock struct {
	name         string
	config       *params.ChainConfig
	blockRLP     []byte
	witnessRLP   []byte
	preStateRoot common.Hash
	gasUsed      uint64
	// chain holds the block's parent state, for go-ethereum's stateful
	// processing of the same block; nil for a corpus block.
	chain *core.BlockChain
}

// benchConfig is the generated chains' config: every fork up to Osaka active at
// genesis, none after. params.AllDevChainProtocolChanges would also enable Bogota,
// whose storage pricing (EIP-8037/8038) would make the figures incomparable with
// mainnet's, so the later forks are removed explicitly.
func benchConfig() *params.ChainConfig {
	config := *params.MergedTestChainConfig
	config.BPO1Time, config.BPO2Time, config.BPO3Time, config.BPO4Time, config.BPO5Time = nil, nil, nil, nil, nil
	config.AmsterdamTime, config.BogotaTime, config.UBTTime = nil, nil, nil
	return &config
}

const (
	// benchSenders is how many externally owned accounts sign the generated
	// transactions, round-robin, so that no single account dominates the state
	// accesses.
	benchSenders = 64
	// benchFiller is how many extra accounts the genesis holds: enough that the
	// account trie is four to five levels deep, as opposed to two or three for a
	// bare test genesis, so trie walks and the witness have a realistic shape.
	benchFiller = 1 << 14
	// benchCalleeSlots is how many pre-filled storage slots the callee reads.
	benchCalleeSlots = 1024
)

// Runtime code of the benchmark contracts, hand-assembled so the benchmarks depend
// on nothing but go-ethereum.
var (
	// benchStoreCode fills calldata[0:32] fresh slots: with n = sload(0), it
	// stores i at slot i for i in n+1..n+count, then sets slot 0 to n+count.
	benchStoreCode = common.FromHex("600035600054016000545b600101808055818110600a5760005500")
	// benchCalleeCode returns keccak256(sload(calldata[0:32])).
	benchCalleeCode = common.FromHex("60003554600052602060002060005260206000f3")
	// benchCallerCode calls the callee calldata[0:32] times, passing i mod 1024
	// as the slot to read.
	benchCallerCode = common.FromHex("60003560005b806103ff166000526020600060206000600073" +
		benchCalleeAddr.Hex()[2:] + "5af15060010181811060055700")

	benchStoreAddr  = common.HexToAddress("0x00000000000000000000000000000000000b0001")
	benchCalleeAddr = common.HexToAddress("0x00000000000000000000000000000000000b0002")
	benchCallerAddr = common.HexToAddress("0x00000000000000000000000000000000000b0003")
)

// benchShape fills a generated block with transactions of one kind.
type benchShape struct {
	name string
	fill func(gen *core.BlockGen, send benchSend)
}

// benchSend signs and adds a transaction from the next sender.
type benchSend func(to common.Address, value *big.Int, gas uint64, data []byte)

// benchShapes are the generated workloads; each block uses 16-19M gas of the 30M
// limit.
var benchShapes = []benchShape{
	{"transfers", func(gen *core.BlockGen, send benchSend) {
		// 21,000 gas each, every one creating an account.
		for i := range 900 {
			send(benchAddress("fresh", gen.Number().Uint64()<<32|uint64(i)), common.Big1, params.TxGas, nil)
		}
	}},
	{"storage", func(gen *core.BlockGen, send benchSend) {
		// About 22,100 gas per fresh slot, 800 slots per block.
		for range 8 {
			send(benchStoreAddr, new(big.Int), 2_500_000, common.BigToHash(big.NewInt(100)).Bytes())
		}
	}},
	{"calls", func(gen *core.BlockGen, send benchSend) {
		// Per transaction 6,000 calls, each a CALL, an SLOAD (cold for the first
		// 1,024 slots) and a KECCAK256.
		for range 4 {
			send(benchCallerAddr, new(big.Int), 5_000_000, common.BigToHash(big.NewInt(6000)).Bytes())
		}
	}},
}

// benchChains caches each shape's chain for the life of the benchmark binary, so
// that -count and the benchmark framework's repeated runs build it once. Nothing
// is built unless a benchmark asks for it.
var benchChains = func() map[string]func() (*benchBlock, error) {
	m := make(map[string]func() (*benchBlock, error), len(benchShapes))
	for _, shape := range benchShapes {
		m[shape.name] = sync.OnceValues(func() (*benchBlock, error) { return newBenchChain(shape) })
	}
	return m
}()

// newBenchChain generates two blocks of the shape on a fresh genesis, imports them
// into a blockchain over an in-memory database, and records the second block's
// witness. The second block is the one benchmarked: its parent is not the genesis,
// so the system contracts' storage and the senders' nonces have been written once.
func newBenchChain(shape benchShape) (*benchBlock, error) {
	var (
		config  = benchConfig()
		genesis = benchGenesis(config)
		engine  = beacon.New(ethash.NewFaker())
		keys    = benchKeys()
		signer  = types.LatestSigner(config)
		next    int
	)
	_, blocks, _ := core.GenerateChainWithGenesis(genesis, engine, 2, func(_ int, gen *core.BlockGen) {
		shape.fill(gen, func(to common.Address, value *big.Int, gas uint64, data []byte) {
			key := keys[next%len(keys)]
			next++
			gen.AddTx(types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
				ChainID:   config.ChainID,
				Nonce:     gen.TxNonce(crypto.PubkeyToAddress(key.PublicKey)),
				GasTipCap: big.NewInt(params.GWei),
				GasFeeCap: big.NewInt(100 * params.GWei),
				Gas:       gas,
				To:        &to,
				Value:     value,
				Data:      data,
			}))
		})
	})
	bc, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), genesis, engine, core.DefaultConfig())
	if err != nil {
		return nil, err
	}
	if _, err := bc.InsertChain(blocks); err != nil {
		return nil, err
	}
	block := blocks[len(blocks)-1]
	for i, receipt := range bc.GetReceiptsByHash(block.Hash()) {
		if receipt.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("%s: transaction %d failed", shape.name, i)
		}
	}
	parent := bc.GetHeader(block.ParentHash(), block.NumberU64()-1)
	res, err := bc.ProcessBlock(context.Background(), parent.Root, block, core.ExecuteConfig{MakeWitness: true})
	if err != nil {
		return nil, err
	}
	witnessRLP, err := stateless.EncodeWitnessRLP(stateless.FromGeth(res.Witness()))
	if err != nil {
		return nil, err
	}
	blockRLP, err := rlp.EncodeToBytes(block)
	if err != nil {
		return nil, err
	}
	return &benchBlock{
		name:         shape.name,
		config:       config,
		blockRLP:     blockRLP,
		witnessRLP:   witnessRLP,
		preStateRoot: parent.Root,
		gasUsed:      block.GasUsed(),
		chain:        bc,
	}, nil
}

// benchGenesis holds the system contracts, the funded senders, the filler
// accounts and the benchmark contracts, the callee with its slots filled.
func benchGenesis(config *params.ChainConfig) *core.Genesis {
	alloc := core.SystemContractAllocs()
	funds := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for _, key := range benchKeys() {
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: funds}
	}
	for i := range uint64(benchFiller) {
		alloc[benchAddress("filler", i)] = types.Account{Balance: common.Big1}
	}
	slots := make(map[common.Hash]common.Hash, benchCalleeSlots)
	for i := range int64(benchCalleeSlots) {
		slots[common.BigToHash(big.NewInt(i))] = common.BigToHash(big.NewInt(i + 1))
	}
	alloc[benchStoreAddr] = types.Account{Code: benchStoreCode}
	alloc[benchCalleeAddr] = types.Account{Code: benchCalleeCode, Storage: slots}
	alloc[benchCallerAddr] = types.Account{Code: benchCallerCode}
	return &core.Genesis{
		Config:     config,
		GasLimit:   30_000_000,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc:      alloc,
	}
}

// benchKeys returns the senders' keys: the private keys 1, 2, ... benchSenders.
func benchKeys() []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, benchSenders)
	for i := range keys {
		keys[i] = crypto.ToECDSAUnsafe(common.BigToHash(big.NewInt(int64(i + 1))).Bytes())
	}
	return keys
}

// benchAddress derives a deterministic address no key controls.
func benchAddress(kind string, i uint64) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(kind), new(big.Int).SetUint64(i).Bytes()))
}

// benchMainnetBlock is mainnet block 15537394 (the first proof-of-stake block, 80
// transactions, 29,983,006 gas) with its witness, from the shared corpus.
const benchMainnetBlock = "mainnet-15537394"

// loadBenchMainnet reads the mainnet block from the corpus: $NR_CORPUS if set,
// otherwise ../shared/corpus beside the repository. It returns an error wrapping
// fs.ErrNotExist when the corpus is not there.
func loadBenchMainnet() (*benchBlock, error) {
	dir := os.Getenv("NR_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	base := filepath.Join(dir, "real-blocks", benchMainnetBlock)
	blockRLP, err := os.ReadFile(base + ".block.rlp")
	if err != nil {
		return nil, err
	}
	witnessRLP, err := os.ReadFile(base + ".witness.rlp")
	if err != nil {
		return nil, err
	}
	w, err := stateless.DecodeWitnessRLP(witnessRLP)
	if err != nil {
		return nil, err
	}
	if len(w.Headers) == 0 {
		return nil, errors.New(benchMainnetBlock + ": witness has no headers")
	}
	var block types.Block
	if err := rlp.DecodeBytes(blockRLP, &block); err != nil {
		return nil, err
	}
	return &benchBlock{
		name:         benchMainnetBlock,
		config:       params.MainnetChainConfig,
		blockRLP:     blockRLP,
		witnessRLP:   witnessRLP,
		preStateRoot: w.Headers[len(w.Headers)-1].Root,
		gasUsed:      block.GasUsed(),
	}, nil
}
