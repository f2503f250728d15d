package solidity_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// The shortest windows the contract allows (MIN_CHALLENGE_WINDOW, MIN_MOVE_TIMEOUT,
// MIN_FORCED_INCLUSION_DELAY).
const (
	challengeWindow = 2 * 3600
	moveTimeout     = 3600
	forcedDelay     = 3600
)

var (
	proposerBond   = ether(3) // at least challengerBond
	challengerBond = ether(2) // above MIN_CHALLENGER_BOND
	optABI         = bindings.NewOptimisticNativeRollup()
)

// optimisticFixture is an L1 with an OptimisticNativeRollup and an L2 whose blocks
// 1..n are built (all anchored to one L1 block) but not yet proposed.
type optimisticFixture struct {
	l1      *l1
	l2      *l2Chain
	rollup  common.Address
	anchor  uint64
	genesis bindings.OptimisticNativeRollupOutput
	blocks  []*l2.Block
	data    *blobData // what the last proposal posted
	last    uint64    // the last proposal's id
	// truth is what the honest challenger compares with (honestProposal(f)
	// when nil): tests with queued forced transactions set it.
	truth *proposal
	// queuedAt is the L1 time of each forced queue entry queueForced made, by
	// its L2 transaction hash.
	queuedAt map[common.Hash]uint64
	// newSibling starts another L2 chain from the same genesis (siblingBlock).
	newSibling func(t testing.TB) *l2Chain
}

func newOptimisticFixture(t testing.TB, n int) *optimisticFixture {
	t.Helper()
	return newOptimisticFixtureWithPolicy(t, n, testMaxGasLimit)
}

// newOptimisticFixtureWithPolicy deploys with maxGasLimit as the gas-limit policy
// cap; the L2 blocks have l2.GenesisGasLimit.
func newOptimisticFixtureWithPolicy(t testing.TB, n int, maxGasLimit uint64) *optimisticFixture {
	t.Helper()
	return newOptimisticFixtureWithBlocks(t, n, maxGasLimit, func(_ *l2Chain, i int, b *core.BlockGen) {
		b.AddTx(l2Tx(t, b, aliceKey, addr(bobKey), big.NewInt(int64(i+1)), nil))
	})
}

// newOptimisticFixtureWithBlocks builds blocks 1..n with gen adding block i's
// transactions; gen gets the L2 chain, whose head is its genesis while the blocks
// are built.
func newOptimisticFixtureWithBlocks(t testing.TB, n int, maxGasLimit uint64, gen func(c *l2Chain, i int, b *core.BlockGen)) *optimisticFixture {
	t.Helper()
	return newOptimisticFixtureWith(t, n, l2.GenesisGasLimit, func(c *bindings.OptimisticNativeRollupConfig) { c.MaxGasLimit = maxGasLimit }, gen)
}

// newOptimisticFixtureWith builds blocks 1..n of gasLimit with gen, for a host
// whose test configuration mutate changes, with extra accounts in the L2 genesis.
func newOptimisticFixtureWith(t testing.TB, n int, gasLimit uint64, mutate func(c *bindings.OptimisticNativeRollupConfig), gen func(c *l2Chain, i int, b *core.BlockGen), extra ...types.GenesisAlloc) *optimisticFixture {
	t.Helper()
	return newOptimisticFixtureAt(t, n, gasLimit, 0, mutate, gen, extra...)
}

// newOptimisticFixtureAt is newOptimisticFixtureWith with the L2 genesis lead
// seconds after the L1 head (0: at time 0), so its blocks are newer than forced
// queue entries a test makes right after (no block older than an entry skips
// it); proposeData waits for L1 time to reach the blocks.
func newOptimisticFixtureAt(t testing.TB, n int, gasLimit, lead uint64, mutate func(c *bindings.OptimisticNativeRollupConfig), gen func(c *l2Chain, i int, b *core.BlockGen), extra ...types.GenesisAlloc) *optimisticFixture {
	t.Helper()
	e := newL1(t)
	host := e.nextCreateAddress(t, deployerKey)
	var genesisTime uint64
	if lead > 0 {
		e.wait(t, 0) // the simulated L1's genesis has time 0; its next block has the clock's
		genesisTime = e.head(t).Time + lead
	}
	c := newL2At(t, host, gasLimit, genesisTime, extra...)
	g := c.Head()
	genesis := bindings.OptimisticNativeRollupOutput{BlockHash: g.Hash(), StateRoot: g.Root(), ReceiptsRoot: g.ReceiptHash(), GasUsed: g.GasUsed()}
	cfg := bindings.OptimisticNativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: g.Hash(), GenesisStateRoot: g.Root(), GenesisReceiptsRoot: g.ReceiptHash(),
		MinGasLimit: 1_000_000, MaxGasLimit: testMaxGasLimit, HistorySize: testHistorySize,
		ProposerBond: proposerBond, ChallengerBond: challengerBond,
		ChallengeWindow: challengeWindow, MoveTimeout: moveTimeout, MaxBlocksPerProposal: 1024, ForcedInclusionDelay: forcedDelay,
	}
	mutate(&cfg)
	rollup := e.deploy(t, deployerKey, "OptimisticNativeRollup", optABI.PackConstructor(cfg))
	require.Equal(t, host, rollup)
	anchor := e.head(t)
	f := &optimisticFixture{l1: e, l2: c, rollup: rollup, anchor: anchor.Number.Uint64(), genesis: genesis,
		newSibling: func(t testing.TB) *l2Chain { return newL2At(t, host, gasLimit, genesisTime, extra...) }}
	blocks, err := c.AddBlocks(n, func(i int, b *core.BlockGen) {
		b.SetParentBeaconRoot(anchor.Hash())
		gen(c, i, b)
	})
	require.NoError(t, err)
	f.blocks = blocks
	return f
}

func outputOf(b *l2.Block) bindings.OptimisticNativeRollupOutput {
	h := b.Block.Header()
	return bindings.OptimisticNativeRollupOutput{BlockHash: h.Hash(), StateRoot: h.Root, ReceiptsRoot: h.ReceiptHash, GasUsed: h.GasUsed}
}

// hashOutput is the host's hashOutput.
func hashOutput(o bindings.OptimisticNativeRollupOutput) common.Hash { return solidity.OutputRoot(o) }

func inputsOf(b *l2.Block) bindings.OptimisticNativeRollupBlockInputs {
	return bindings.OptimisticNativeRollupBlockInputs{Env: envOf(b), Transactions: b.Input.Transactions}
}

// hashInputs is Derive.digestOf: keccak256(abi.encode(timestamp, gasLimit,
// feeRecipient, prevRandao, extraData, transactions)), what proveBlockData records
// for a derived block.
func hashInputs(t testing.TB, in bindings.OptimisticNativeRollupBlockInputs) common.Hash {
	t.Helper()
	var args abi.Arguments
	for _, typ := range []string{"uint64", "uint64", "address", "bytes32", "bytes", "bytes"} {
		ty, err := abi.NewType(typ, "", nil)
		require.NoError(t, err)
		args = append(args, abi.Argument{Type: ty})
	}
	e := in.Env
	enc, err := args.Pack(e.Timestamp, e.GasLimit, e.FeeRecipient, e.PrevRandao, e.ExtraData, in.Transactions)
	require.NoError(t, err)
	return crypto.Keccak256Hash(enc)
}

// postedBlock is an L2 block as a sequencer posts it in a DERIVE batch.
func postedBlock(t testing.TB, b *l2.Block) derive.Block {
	t.Helper()
	in := b.Input
	var txs [][]byte
	for _, tx := range b.Block.Transactions() {
		raw, err := tx.MarshalBinary()
		require.NoError(t, err)
		txs = append(txs, raw)
	}
	return derive.Block{Timestamp: in.Timestamp, GasLimit: in.GasLimit, FeeRecipient: in.FeeRecipient, PrevRandao: in.PrevRandao, ExtraData: in.ExtraData, Transactions: txs}
}

// derivedInputs are step's inputs for a block as DERIVE outputs it.
func derivedInputs(b derive.Block) bindings.OptimisticNativeRollupBlockInputs {
	return bindings.OptimisticNativeRollupBlockInputs{
		Env:          bindings.ExecuteBlockEnv{Timestamp: b.Timestamp, GasLimit: b.GasLimit, FeeRecipient: b.FeeRecipient, PrevRandao: b.PrevRandao, ExtraData: b.ExtraData},
		Transactions: b.TransactionsRLP(),
	}
}

// blobData is what a proposal posts: blobs (each one DERIVE payload) and the number
// of blocks it says each blob holds.
type blobData struct {
	blobs  []kzg4844.Blob
	hashes [][32]byte
	counts []uint32
}

// payloadBlob encodes one DERIVE payload into exactly one blob.
func payloadBlob(t testing.TB, payload []byte) kzg4844.Blob {
	t.Helper()
	blobs, err := derive.EncodeBlobs(payload)
	require.NoError(t, err)
	require.Len(t, blobs, 1, "the payload must fit one blob")
	return blobs[0]
}

// batchBlob encodes blocks as one batch in one blob.
func batchBlob(t testing.TB, blocks []derive.Block) kzg4844.Blob {
	t.Helper()
	payload, err := derive.EncodePayload(derive.Batch{Blocks: blocks})
	require.NoError(t, err)
	return payloadBlob(t, payload)
}

// newBlobData posts blobs claiming counts[j] blocks in blob j.
func newBlobData(t testing.TB, blobs []kzg4844.Blob, counts []uint32) *blobData {
	t.Helper()
	hashes, err := derive.VersionedHashes(blobs)
	require.NoError(t, err)
	d := &blobData{blobs: blobs, counts: counts}
	for _, h := range hashes {
		d.hashes = append(d.hashes, h)
	}
	return d
}

// honestData posts the fixture's blocks, counts[j] of them in blob j (all in one
// blob when counts is empty).
func (f *optimisticFixture) honestData(t testing.TB, counts ...uint32) *blobData {
	t.Helper()
	if len(counts) == 0 {
		counts = []uint32{uint32(len(f.blocks))}
	}
	var blobs []kzg4844.Blob
	next := 0
	for _, n := range counts {
		var posted []derive.Block
		for _, b := range f.blocks[next : next+int(n)] {
			posted = append(posted, postedBlock(t, b))
		}
		blobs = append(blobs, batchBlob(t, posted))
		next += int(n)
	}
	require.Equal(t, len(f.blocks), next, "counts must cover the blocks")
	return newBlobData(t, blobs, counts)
}

// blobOf is the blob holding block number n (1-based) of a proposal from genesis,
// and n's index in that blob.
func (d *blobData) blobOf(n uint64) (blob int, index uint64) {
	index = n - 1
	for index >= uint64(d.counts[blob]) {
		index -= uint64(d.counts[blob])
		blob++
	}
	return blob, index
}

// trimmed is a blob without its trailing zero bytes, as proveBlockData takes it.
func trimmed(blob *kzg4844.Blob) []byte {
	n := len(blob)
	for n > 0 && blob[n-1] == 0 {
		n--
	}
	return blob[:n]
}

// proposal is what a proposer claims: the output of each block 1..n.
type proposal struct {
	outputs []bindings.OptimisticNativeRollupOutput // outputs[i] is block i+1
}

func honestProposal(f *optimisticFixture) *proposal {
	p := &proposal{}
	for _, b := range f.blocks {
		p.outputs = append(p.outputs, outputOf(b))
	}
	return p
}

// dishonestFrom claims a wrong state root for every block from `from` on.
func dishonestFrom(f *optimisticFixture, from uint64) *proposal {
	p := honestProposal(f)
	for n := from; n <= uint64(len(p.outputs)); n++ {
		p.outputs[n-1].StateRoot[0] ^= 0xff
	}
	return p
}

func (p *proposal) output(f *optimisticFixture, n uint64) bindings.OptimisticNativeRollupOutput {
	if n == 0 {
		return f.genesis
	}
	return p.outputs[n-1]
}

// propose posts the proposal with the fixture's blocks, all in one blob.
func (f *optimisticFixture) propose(t testing.TB, key *ecdsa.PrivateKey, p *proposal) *types.Receipt {
	t.Helper()
	return f.proposeData(t, key, p, f.honestData(t), f.anchor)
}

// proposeData sends the proposal in a transaction carrying d's blobs.
func (f *optimisticFixture) proposeData(t testing.TB, key *ecdsa.PrivateKey, p *proposal, d *blobData, anchor uint64) *types.Receipt {
	t.Helper()
	n := uint64(len(p.outputs))
	if last, now := f.blocks[n-1].Block.Time(), f.now(t); last > now {
		f.l1.wait(t, last-now) // step requires each block's timestamp <= the proposal's L1 time
	}
	data := optABI.PackPropose(new(big.Int), n, p.outputs[n-1], d.counts, anchor)
	r := f.l1.include(t, f.blobTx(t, key, proposerBond, data, d.blobs))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "propose: %x", f.l1.revertOf(t, key, f.rollup, proposerBond, data))
	f.data = d
	ev, err := optABI.UnpackProposedEvent(r.Logs[0])
	require.NoError(t, err)
	f.last = ev.ProposalId.Uint64()
	return r
}

// challengeLast is challenge's calldata for the last proposal.
func (f *optimisticFixture) challengeLast() []byte {
	return optABI.PackChallenge(new(big.Int).SetUint64(f.last))
}

// proposeChallenged proposes p as the sequencer, with the fixture's blocks in one
// blob, and opens the first game against it.
func (f *optimisticFixture) proposeChallenged(t testing.TB, p *proposal) {
	t.Helper()
	f.propose(t, sequencerKey, p)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
}

// revertWithBlobs is revertOf for a call whose BLOBHASHes are d's.
func (f *optimisticFixture) revertWithBlobs(t testing.TB, key *ecdsa.PrivateKey, value *big.Int, data []byte, d *blobData) []byte {
	t.Helper()
	hashes := make([]common.Hash, len(d.hashes))
	for i, h := range d.hashes {
		hashes[i] = h
	}
	return f.l1.callRevert(t, ethereum.CallMsg{
		From: addr(key), To: &f.rollup, Value: value, Data: data, Gas: maxTxGas,
		BlobHashes: hashes, BlobGasFeeCap: big.NewInt(params.GWei),
	})
}

// blobTx carries blobs with real KZG commitments and cell proofs.
func (f *optimisticFixture) blobTx(t testing.TB, key *ecdsa.PrivateKey, value *big.Int, data []byte, blobs []kzg4844.Blob) *types.Transaction {
	t.Helper()
	sidecar, err := derive.Sidecar(blobs, types.BlobSidecarVersion1)
	require.NoError(t, err)
	return f.l1.sign(t, key, &types.BlobTx{
		ChainID:    uint256.MustFromBig(f.l1.signer.ChainID()),
		GasTipCap:  uint256.NewInt(params.GWei),
		GasFeeCap:  uint256.NewInt(20 * params.GWei),
		Gas:        2_000_000,
		To:         f.rollup,
		Value:      uint256.MustFromBig(value),
		Data:       data,
		BlobFeeCap: uint256.NewInt(params.GWei),
		BlobHashes: sidecar.BlobHashes(),
		Sidecar:    sidecar,
	})
}

func (f *optimisticFixture) game(t testing.TB, id uint64) bindings.GamesOutput {
	t.Helper()
	g, err := optABI.UnpackGames(f.l1.view(t, f.rollup, optABI.PackGames(new(big.Int).SetUint64(id))))
	require.NoError(t, err)
	return g
}

func (f *optimisticFixture) credit(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	c, err := optABI.UnpackCredit(f.l1.view(t, f.rollup, optABI.PackCredit(who)))
	require.NoError(t, err)
	return c
}

func (f *optimisticFixture) finalized(t testing.TB) (common.Hash, uint64) {
	t.Helper()
	root, err := optABI.UnpackStateRoot(f.l1.view(t, f.rollup, optABI.PackStateRoot()))
	require.NoError(t, err)
	n, err := optABI.UnpackBlockNumber(f.l1.view(t, f.rollup, optABI.PackBlockNumber()))
	require.NoError(t, err)
	return root, n
}

// sections are the block numbers the proposer must post outputs for in a round.
func sections(lo, hi uint64) []uint64 {
	m := min(uint64(16), hi-lo)
	points := make([]uint64, 0, m-1)
	for j := uint64(1); j < m; j++ {
		points = append(points, lo+(hi-lo)*j/m)
	}
	return points
}

// bisect posts the proposer's outputs at the split points of game id.
func (f *optimisticFixture) bisect(t testing.TB, key *ecdsa.PrivateKey, id uint64, p *proposal) [][32]byte {
	t.Helper()
	g := f.game(t, id)
	var roots [][32]byte
	for _, n := range sections(g.Lo, g.Hi) {
		roots = append(roots, hashOutput(p.output(f, n)))
	}
	f.l1.mustSend(t, key, f.rollup, nil, optABI.PackBisect(new(big.Int).SetUint64(id), roots))
	return roots
}

// selectFirstWrong is the honest challenger: it picks the first section whose end
// output differs from the true one.
func (f *optimisticFixture) selectFirstWrong(t testing.TB, id uint64, roots [][32]byte) {
	t.Helper()
	g := f.game(t, id)
	truth := f.truth
	if truth == nil {
		truth = honestProposal(f)
	}
	points := sections(g.Lo, g.Hi)
	section := len(points) // the last section ends at hi, which the challenger disputes
	for i, n := range points {
		if roots[i] != hashOutput(truth.output(f, n)) {
			section = i
			break
		}
	}
	f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackSelect(new(big.Int).SetUint64(id), roots, big.NewInt(int64(section))))
}

// proveArgs derives block hi of a one-block game from the blob the last proposal
// posted it in.
func (f *optimisticFixture) proveArgs(t testing.TB, id uint64) []byte {
	t.Helper()
	g := f.game(t, id)
	require.Equal(t, g.Lo+1, g.Hi, "the game must be at one block")
	j, _ := f.data.blobOf(g.Hi)
	return optABI.PackProveBlockData(new(big.Int).SetUint64(id), f.data.hashes, f.data.counts, big.NewInt(int64(j)), trimmed(&f.data.blobs[j]))
}

// stepArgs settles a one-block game on block hi with the proposal's claims and the
// fixture's inputs for that block.
func (f *optimisticFixture) stepArgs(t testing.TB, id uint64, p *proposal) []byte {
	t.Helper()
	g := f.game(t, id)
	require.Equal(t, g.Lo+1, g.Hi, "the game must be at one block")
	block := f.blocks[g.Hi-1]
	return f.stepWith(t, id, p.output(f, g.Lo), p.output(f, g.Hi), inputsOf(block), block.Input.Witness)
}

// stepWith is step's calldata for game id with the proof of its block hi in the
// last proposal's blob.
func (f *optimisticFixture) stepWith(t testing.TB, id uint64, parent, claimed bindings.OptimisticNativeRollupOutput, inputs bindings.OptimisticNativeRollupBlockInputs, witness []byte) []byte {
	t.Helper()
	j, proof := f.blockProof(t, f.game(t, id).Hi)
	return optABI.PackStep(new(big.Int).SetUint64(id), parent, claimed, inputs, witness, big.NewInt(int64(j)), proof)
}

// blockProof is the blob of the last proposal holding block n and step's proof
// of n's inputs in that blob's blocks tree, computed from the blob as DERIVE
// decodes it.
func (f *optimisticFixture) blockProof(t testing.TB, n uint64) (int, [][32]byte) {
	t.Helper()
	j, index := f.data.blobOf(n)
	res := derive.DeriveBlobs([]kzg4844.Blob{f.data.blobs[j]})
	if uint64(len(res.Blocks)) <= index {
		return j, nil // the blob does not hold the block: proveBlockData defeats the proposal first
	}
	return j, solidity.BlobBlockTree(res.Blocks).Proof(int(index))
}

// settle proves block hi's data and then steps: the two transactions that end a
// one-block game.
func (f *optimisticFixture) settle(t testing.TB, key *ecdsa.PrivateKey, id uint64, p *proposal) (prove, step *types.Receipt) {
	t.Helper()
	prove = f.l1.mustSend(t, key, f.rollup, nil, f.proveArgs(t, id))
	step = f.l1.mustSend(t, key, f.rollup, nil, f.stepArgs(t, id, p))
	return prove, step
}

// play runs the K-section game to one block: the proposer bisects with its
// outputs, the honest challenger picks the first wrong section.
func (f *optimisticFixture) play(t testing.TB, id uint64, p *proposal) {
	t.Helper()
	for g := f.game(t, id); g.Hi-g.Lo > 1; g = f.game(t, id) {
		roots := f.bisect(t, sequencerKey, id, p)
		f.selectFirstWrong(t, id, roots)
	}
}

const firstGame = 1

// resolved returns the GameResolved event of r (its last log).
func resolved(t testing.TB, r *types.Receipt) *bindings.OptimisticNativeRollupGameResolved {
	t.Helper()
	ev, err := optABI.UnpackGameResolvedEvent(r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	return ev
}

func TestOptimisticHonestProposerUnchallenged(t *testing.T) {
	f := newOptimisticFixture(t, 3)
	p := honestProposal(f)
	f.propose(t, sequencerKey, p)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupChallengeWindowOpenErrorID())
	f.l1.wait(t, challengeWindow)
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, challengerBond, f.challengeLast()), bindings.OptimisticNativeRollupChallengeWindowClosedErrorID())
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	root, number := f.finalized(t)
	require.Equal(t, f.blocks[2].Block.Root(), root)
	require.Equal(t, uint64(3), number)
	require.Equal(t, proposerBond, f.credit(t, addr(sequencerKey)))
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, optABI.PackWithdrawCredit())
	require.Zero(t, f.credit(t, addr(sequencerKey)).Sign())
}

// TestOptimisticDishonestProposerSlashed: 40 blocks in two blobs (10 + 30), wrong
// from block 13 on; the 16-section game needs two rounds to reach block 13 ((0,40]
// -> (12,15] -> (12,13]). DERIVE takes block 13 from blob 1 (its third block), and
// one EXECUTE call returns valid == false for the proposer's claim.
func TestOptimisticDishonestProposerSlashed(t *testing.T) {
	f := newOptimisticFixture(t, 40)
	bad := dishonestFrom(f, 13)
	f.proposeData(t, sequencerKey, bad, f.honestData(t, 10, 30), f.anchor)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
	f.play(t, firstGame, bad)
	g := f.game(t, firstGame)
	require.Equal(t, uint64(12), g.Lo)
	require.Equal(t, uint64(13), g.Hi)
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, f.stepArgs(t, firstGame, bad)), bindings.OptimisticNativeRollupBlockDataNotProvenErrorID())
	prove, step := f.settle(t, challengerKey, firstGame, bad)
	ev, err := optABI.UnpackBlockDataProvenEvent(prove.Logs[0])
	require.NoError(t, err)
	require.Equal(t, int64(1), ev.BlobIndex.Int64())
	var digests []common.Hash
	for _, b := range f.blocks[10:40] {
		digests = append(digests, hashInputs(t, inputsOf(b)))
	}
	require.Equal(t, solidity.NewBlockTree(digests).Root(), common.Hash(ev.BlocksRoot), "DERIVE gives the blocks' own inputs")
	require.False(t, resolved(t, step).ProposerWon)
	require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	require.Zero(t, f.credit(t, addr(sequencerKey)).Sign())
	// The defeated proposal cannot be challenged or finalized any more.
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, challengerBond, f.challengeLast()), bindings.OptimisticNativeRollupProposalDefeatedErrorID())
	f.l1.wait(t, challengeWindow)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupNoPendingProposalErrorID())
}

// TestOptimisticDishonestChallengerSlashed: the proposer is right; at the leaf it
// derives the block from its blob and EXECUTE proves its claim valid, and it takes
// the challenger's bond.
func TestOptimisticDishonestChallengerSlashed(t *testing.T) {
	f := newOptimisticFixture(t, 5)
	p := honestProposal(f)
	f.proposeData(t, sequencerKey, p, f.honestData(t, 2, 3), f.anchor)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
	f.play(t, firstGame, p) // nothing is wrong, so the challenger ends on the last block
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupChallengeWindowOpenErrorID())
	prove, step := f.settle(t, sequencerKey, firstGame, p)
	require.Less(t, prove.GasUsed, uint64(maxTxGas))
	require.True(t, resolved(t, step).ProposerWon)
	require.Equal(t, challengerBond, f.credit(t, addr(sequencerKey)))
	f.l1.wait(t, challengeWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	root, number := f.finalized(t)
	require.Equal(t, f.blocks[4].Block.Root(), root)
	require.Equal(t, uint64(5), number)
	require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(sequencerKey)))
	require.Zero(t, f.credit(t, addr(challengerKey)).Sign())
}

func TestOptimisticTimeouts(t *testing.T) {
	timeout := optABI.PackTimeout(big.NewInt(firstGame))
	// challenged is a 4-block honest proposal with one game open, the proposer to move.
	challenged := func(t *testing.T) (*optimisticFixture, *proposal) {
		t.Helper()
		f := newOptimisticFixture(t, 4)
		p := honestProposal(f)
		f.proposeChallenged(t, p)
		return f, p
	}
	t.Run("proposer does not bisect", func(t *testing.T) {
		f, _ := challenged(t)
		requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, timeout), bindings.OptimisticNativeRollupClockRunningErrorID())
		f.l1.wait(t, moveTimeout+1)
		f.l1.mustSend(t, bobKey, f.rollup, nil, timeout)
		require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	})
	t.Run("challenger does not select", func(t *testing.T) {
		f, p := challenged(t)
		f.bisect(t, sequencerKey, firstGame, p)
		f.l1.wait(t, moveTimeout+1)
		f.l1.mustSend(t, bobKey, f.rollup, nil, timeout)
		require.Equal(t, challengerBond, f.credit(t, addr(sequencerKey)))
		require.Zero(t, f.credit(t, addr(challengerKey)).Sign())
	})
	t.Run("proposer does not defend the last block", func(t *testing.T) {
		f, p := challenged(t)
		f.play(t, firstGame, p)
		f.l1.wait(t, moveTimeout+1)
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame)), bindings.OptimisticNativeRollupClockExpiredErrorID())
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p)), bindings.OptimisticNativeRollupClockExpiredErrorID())
		f.l1.mustSend(t, bobKey, f.rollup, nil, timeout)
		require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	})
	t.Run("proving the data restarts the proposer's clock, once", func(t *testing.T) {
		f, p := challenged(t)
		f.play(t, firstGame, p)
		f.l1.wait(t, moveTimeout-10)
		f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame)), bindings.OptimisticNativeRollupBlockDataProvenAlreadyErrorID())
		f.l1.wait(t, moveTimeout-10)
		require.True(t, resolved(t, f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p))).ProposerWon)
	})
	t.Run("proposer proves the data but does not step", func(t *testing.T) {
		f, p := challenged(t)
		f.play(t, firstGame, p)
		f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
		f.l1.wait(t, moveTimeout+1)
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p)), bindings.OptimisticNativeRollupClockExpiredErrorID())
		f.l1.mustSend(t, bobKey, f.rollup, nil, timeout)
		require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	})
}

func TestOptimisticRejects(t *testing.T) {
	f := newOptimisticFixture(t, 4)
	p := honestProposal(f)
	d := f.honestData(t, 1, 3)
	propose := optABI.PackPropose(new(big.Int), 4, p.outputs[3], d.counts, f.anchor)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, proposerBond, propose), bindings.OptimisticNativeRollupNoBlobsErrorID())
	r := f.l1.include(t, f.blobTx(t, sequencerKey, big.NewInt(1), propose, d.blobs))
	require.Equal(t, types.ReceiptStatusFailed, r.Status, "a proposal with the wrong bond fails")
	for _, counts := range [][]uint32{{4}, {1, 2}, {0, 4}, {1, 3, 0}} {
		requireRevert(t, f.revertWithBlobs(t, sequencerKey, proposerBond, optABI.PackPropose(new(big.Int), 4, p.outputs[3], counts, f.anchor), d),
			bindings.OptimisticNativeRollupInvalidBlockCountsErrorID(), "block counts %v for two blobs and four blocks", counts)
	}
	require.Nil(t, f.revertWithBlobs(t, sequencerKey, proposerBond, propose, d))
	f.proposeData(t, sequencerKey, p, d, f.anchor)
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, big.NewInt(1), f.challengeLast()), bindings.OptimisticNativeRollupWrongBondErrorID())
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, optABI.PackBisect(big.NewInt(firstGame), nil)), bindings.OptimisticNativeRollupNotYourTurnErrorID())
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackBisect(big.NewInt(firstGame), make([][32]byte, 1))), bindings.OptimisticNativeRollupWrongOutputCountErrorID())
	id := big.NewInt(firstGame)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackProveBlockData(id, d.hashes, d.counts, big.NewInt(1), trimmed(&d.blobs[1]))),
		bindings.OptimisticNativeRollupNotAtOneBlockErrorID())
	f.play(t, firstGame, p)
	g := f.game(t, firstGame)
	require.Equal(t, uint64(4), g.Hi)

	// proveBlockData: the proposal's blobs and counts, the blob holding the block,
	// that blob's bytes.
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackProveBlockData(id, d.hashes, []uint32{2, 2}, big.NewInt(1), trimmed(&d.blobs[1]))),
		bindings.OptimisticNativeRollupDataMismatchErrorID())
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackProveBlockData(id, d.hashes, d.counts, big.NewInt(0), trimmed(&d.blobs[0]))),
		bindings.OptimisticNativeRollupBlobDoesNotHoldBlockErrorID())
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackProveBlockData(id, d.hashes, d.counts, big.NewInt(2), nil)),
		bindings.OptimisticNativeRollupBlobDoesNotHoldBlockErrorID())
	// Another blob's bytes fail DERIVE's KZG check: nothing is settled.
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackProveBlockData(id, d.hashes, d.counts, big.NewInt(1), trimmed(&d.blobs[0]))),
		bindings.OptimisticNativeRollupDeriveFailedErrorID())
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackProveBlockData(id, d.hashes, d.counts, big.NewInt(1), make([]byte, derive.BlobSize+1))),
		bindings.OptimisticNativeRollupBlobTooLongErrorID())

	// step before the data is proven.
	args := f.stepArgs(t, firstGame, p)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, args), bindings.OptimisticNativeRollupBlockDataNotProvenErrorID())
	f.l1.mustSend(t, bobKey, f.rollup, nil, f.proveArgs(t, firstGame))
	// Inputs of another block than the derived one.
	other := f.blocks[0]
	wrongInputs := f.stepWith(t, firstGame, p.output(f, g.Lo), p.output(f, g.Hi), inputsOf(other), other.Input.Witness)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, wrongInputs), bindings.OptimisticNativeRollupInputsNotDerivedErrorID())
	// The right inputs with a proof of another leaf, a proof one sibling short, or
	// the wrong blob.
	block := f.blocks[g.Hi-1]
	_, proof := f.blockProof(t, g.Hi)
	_, otherProof := f.blockProof(t, g.Hi-1)
	for _, bad := range [][][32]byte{otherProof, proof[:len(proof)-1]} {
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackStep(id, p.output(f, g.Lo), p.output(f, g.Hi), inputsOf(block), block.Input.Witness, big.NewInt(1), bad)),
			bindings.OptimisticNativeRollupInputsNotDerivedErrorID())
	}
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackStep(id, p.output(f, g.Lo), p.output(f, g.Hi), inputsOf(block), block.Input.Witness, big.NewInt(0), proof)),
		bindings.OptimisticNativeRollupBlockDataNotProvenErrorID())
	// A truncated witness makes EXECUTE fail: nothing is settled.
	truncated := f.stepWith(t, firstGame, p.output(f, g.Lo), p.output(f, g.Hi), inputsOf(block), block.Input.Witness[:len(block.Input.Witness)/2])
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, truncated), bindings.OptimisticNativeRollupExecuteFailedErrorID())
	require.Nil(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, args), "the proposer can still defend")
	f.l1.wait(t, challengeWindow)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupGamesOpenErrorID())
}

// TestOptimisticConcurrentGames: two challengers dispute one wrong proposal; the
// first to win takes the proposer's bond, the other gets its bond back, once.
func TestOptimisticConcurrentGames(t *testing.T) {
	f := newOptimisticFixture(t, 3)
	bad := dishonestFrom(f, 2)
	f.proposeChallenged(t, bad)
	f.l1.mustSend(t, relayerKey, f.rollup, challengerBond, f.challengeLast())
	const secondGame = 2
	f.play(t, firstGame, bad)
	f.settle(t, challengerKey, firstGame, bad)
	require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))

	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackReclaim(big.NewInt(firstGame))), bindings.OptimisticNativeRollupGameResolvedAlreadyErrorID())
	f.l1.wait(t, moveTimeout+1)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackTimeout(big.NewInt(secondGame))), bindings.OptimisticNativeRollupProposalDefeatedErrorID())
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackReclaim(big.NewInt(secondGame)))
	require.Equal(t, challengerBond, f.credit(t, addr(relayerKey)))
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackReclaim(big.NewInt(secondGame))), bindings.OptimisticNativeRollupGameResolvedAlreadyErrorID())
}

// TestOptimisticBlockOutsidePolicy: a proposed block whose gas limit breaks the
// rollup's policy is wrong even though it executes; the step settles against the
// proposer without trusting the execution result.
func TestOptimisticBlockOutsidePolicy(t *testing.T) {
	f := newOptimisticFixtureWithPolicy(t, 2, l2.GenesisGasLimit-1)
	p := honestProposal(f)
	f.proposeChallenged(t, p)
	f.play(t, firstGame, p)
	_, step := f.settle(t, challengerKey, firstGame, p)
	require.False(t, resolved(t, step).ProposerWon)
}

// TestOptimisticRequestsBlock: the last of three L2 blocks queues an EIP-7002
// withdrawal request and an EIP-7251 consolidation request. The game reaches that
// block, DERIVE gives its inputs and EXECUTE settles it: an honest proposer wins
// and the chain finalizes on it; a proposer claiming the block without its
// requests (the true roots and gas, the header's requests_hash empty) loses.
func TestOptimisticRequestsBlock(t *testing.T) {
	const n = 3
	build := func(t *testing.T) *optimisticFixture {
		f := newOptimisticFixtureWithBlocks(t, n, testMaxGasLimit, func(c *l2Chain, i int, b *core.BlockGen) {
			if i == n-1 {
				c.queueRequests(t, b, aliceKey)
				return
			}
			b.AddTx(l2Tx(t, b, aliceKey, addr(bobKey), big.NewInt(1), nil))
		})
		requireRequests(t, f.blocks[n-1])
		return f
	}
	t.Run("honest proposer", func(t *testing.T) {
		f := build(t)
		p := honestProposal(f)
		f.proposeChallenged(t, p)
		f.play(t, firstGame, p)
		require.Equal(t, uint64(n), f.game(t, firstGame).Hi)
		_, step := f.settle(t, sequencerKey, firstGame, p)
		require.True(t, resolved(t, step).ProposerWon)
		f.l1.wait(t, challengeWindow)
		f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
		root, number := f.finalized(t)
		require.Equal(t, f.blocks[n-1].Block.Root(), root)
		require.Equal(t, uint64(n), number)
	})
	t.Run("claim without the requests", func(t *testing.T) {
		f := build(t)
		p := honestProposal(f)
		dropped := f.blocks[n-1].Block.Header()
		dropped.RequestsHash = &types.EmptyRequestsHash
		p.outputs[n-1].BlockHash = dropped.Hash()
		f.proposeChallenged(t, p)
		f.play(t, firstGame, p)
		require.Equal(t, uint64(n), f.game(t, firstGame).Hi)
		_, step := f.settle(t, challengerKey, firstGame, p)
		require.False(t, resolved(t, step).ProposerWon)
		require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	})
}

// TestOptimisticBlobData: a proposal stands or falls with what DERIVE makes of its
// blobs. Each case's claimed outputs are those of the fixture's true chain; the
// posted data is what is wrong.
func TestOptimisticBlobData(t *testing.T) {
	// challengeAt plays the game down to block n with the challenger selecting the
	// section that ends at n in each round.
	challengeAt := func(t *testing.T, f *optimisticFixture, p *proposal, n uint64) {
		t.Helper()
		f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
		for g := f.game(t, firstGame); g.Hi-g.Lo > 1; g = f.game(t, firstGame) {
			roots := f.bisect(t, sequencerKey, firstGame, p)
			points := append(sections(g.Lo, g.Hi), g.Hi)
			section := 0
			for points[section] < n {
				section++
			}
			f.l1.mustSend(t, challengerKey, f.rollup, nil, optABI.PackSelect(big.NewInt(firstGame), roots, big.NewInt(int64(section))))
		}
		require.Equal(t, n, f.game(t, firstGame).Hi)
	}
	// invalidData proves the data of the game's block, which defeats the proposal.
	invalidData := func(t *testing.T, f *optimisticFixture, p *proposal) *bindings.OptimisticNativeRollupBlockDataInvalid {
		t.Helper()
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p)), bindings.OptimisticNativeRollupBlockDataNotProvenErrorID())
		r := f.l1.mustSend(t, challengerKey, f.rollup, nil, f.proveArgs(t, firstGame))
		ev, err := optABI.UnpackBlockDataInvalidEvent(r.Logs[0])
		require.NoError(t, err)
		require.False(t, resolved(t, r).ProposerWon)
		require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p)), bindings.OptimisticNativeRollupGameResolvedAlreadyErrorID())
		return ev
	}

	t.Run("blob is not a batch", func(t *testing.T) {
		f := newOptimisticFixture(t, 4)
		p := honestProposal(f)
		garbage := payloadBlob(t, []byte("not a DERIVE batch"))
		f.proposeData(t, sequencerKey, p, newBlobData(t, []kzg4844.Blob{f.honestData(t).blobs[0], garbage}, []uint32{2, 2}), f.anchor)
		challengeAt(t, f, p, 3)
		ev := invalidData(t, f, p)
		require.Equal(t, uint8(derive.ReasonBatchVersion), ev.Reason)
		require.Zero(t, ev.Count.Sign())
		require.Equal(t, int64(1), ev.BlobIndex.Int64())
	})
	t.Run("blob holds another number of blocks", func(t *testing.T) {
		f := newOptimisticFixture(t, 4)
		p := honestProposal(f)
		all := f.honestData(t)
		// Blob 0 holds all four blocks, but the proposal says three.
		f.proposeData(t, sequencerKey, p, newBlobData(t, []kzg4844.Blob{all.blobs[0], f.honestData(t, 3, 1).blobs[1]}, []uint32{3, 1}), f.anchor)
		challengeAt(t, f, p, 2)
		ev := invalidData(t, f, p)
		require.Zero(t, ev.Reason)
		require.Equal(t, int64(4), ev.Count.Int64())
	})
	t.Run("block in the blob is not the one executed", func(t *testing.T) {
		f := newOptimisticFixture(t, 4)
		p := honestProposal(f)
		// The blob's block 3 has other extra data than the block the proposer's
		// outputs come from: the proposer's inputs are not in the posted data.
		var posted []derive.Block
		for _, b := range f.blocks {
			posted = append(posted, postedBlock(t, b))
		}
		posted[2].ExtraData = []byte("not what was executed")
		f.proposeData(t, sequencerKey, p, newBlobData(t, []kzg4844.Blob{batchBlob(t, posted)}, []uint32{4}), f.anchor)
		challengeAt(t, f, p, 3)
		prove := f.l1.mustSend(t, challengerKey, f.rollup, nil, f.proveArgs(t, firstGame))
		ev, err := optABI.UnpackBlockDataProvenEvent(prove.Logs[0])
		require.NoError(t, err)
		var digests []common.Hash
		for _, b := range posted {
			digests = append(digests, hashInputs(t, derivedInputs(b)))
		}
		require.Equal(t, solidity.NewBlockTree(digests).Root(), common.Hash(ev.BlocksRoot))
		// The proposer cannot execute the inputs its outputs come from ...
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p)), bindings.OptimisticNativeRollupInputsNotDerivedErrorID())
		// ... and the derived inputs do not reach its claimed block hash.
		block := f.blocks[2]
		derived := f.stepWith(t, firstGame, p.output(f, 2), p.output(f, 3), derivedInputs(posted[2]), block.Input.Witness)
		require.False(t, resolved(t, f.l1.mustSend(t, challengerKey, f.rollup, nil, derived)).ProposerWon)
		require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	})
}

// TestOptimisticAnchorOnlyOnFinalize: a defeated proposal's anchor does not bind
// the next proposal; a finalized one's does.
func TestOptimisticAnchorOnlyOnFinalize(t *testing.T) {
	f := newOptimisticFixture(t, 2)
	anchorBlockNumber := func() uint64 {
		n, err := optABI.UnpackAnchorBlockNumber(f.l1.view(t, f.rollup, optABI.PackAnchorBlockNumber()))
		require.NoError(t, err)
		return n
	}
	require.Equal(t, f.anchor, anchorBlockNumber())
	f.l1.wait(t, 12)
	f.l1.wait(t, 12)
	later := f.l1.head(t).Number.Uint64() - 1
	require.Greater(t, later, f.anchor)
	bad := dishonestFrom(f, 1)
	f.proposeData(t, sequencerKey, bad, f.honestData(t), later)
	require.Equal(t, f.anchor, anchorBlockNumber(), "a pending proposal's anchor is not committed")
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
	f.l1.wait(t, moveTimeout+1)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackTimeout(big.NewInt(firstGame)))
	require.Equal(t, f.anchor, anchorBlockNumber(), "a defeated proposal's anchor is not committed")

	// The honest chain is anchored before the defeated proposal's anchor.
	p := honestProposal(f)
	f.propose(t, sequencerKey, p)
	f.l1.wait(t, challengeWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	require.Equal(t, f.anchor, anchorBlockNumber())

	// Once finalized, an anchor bounds the next proposal from below.
	next := bindings.OptimisticNativeRollupOutput{}
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, proposerBond, optABI.PackPropose(new(big.Int), 3, next, []uint32{1}, f.anchor-1)),
		bindings.OptimisticNativeRollupAnchorOutOfRangeErrorID())
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, proposerBond, optABI.PackPropose(new(big.Int), 3, next, []uint32{1}, f.anchor)),
		bindings.OptimisticNativeRollupNoBlobsErrorID())
}
