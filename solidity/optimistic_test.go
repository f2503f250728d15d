package solidity_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity/bindings"
)

const (
	challengeWindow = 3600
	moveTimeout     = 600
)

var (
	proposerBond   = ether(1)
	challengerBond = new(big.Int).Div(ether(1), big.NewInt(2))
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
}

func newOptimisticFixture(t testing.TB, n int) *optimisticFixture {
	t.Helper()
	return newOptimisticFixtureWithPolicy(t, n, 15_000_000)
}

// newOptimisticFixtureWithPolicy deploys with maxGasLimit as the gas-limit policy
// cap; the L2 blocks have l2.GenesisGasLimit.
func newOptimisticFixtureWithPolicy(t testing.TB, n int, maxGasLimit uint64) *optimisticFixture {
	t.Helper()
	e := newL1(t)
	host := e.nextCreateAddress(t, deployerKey)
	c := newL2(t, host)
	g := c.Head()
	genesis := bindings.OptimisticNativeRollupOutput{BlockHash: g.Hash(), StateRoot: g.Root(), ReceiptsRoot: g.ReceiptHash(), GasUsed: g.GasUsed()}
	rollup := e.deploy(t, deployerKey, "OptimisticNativeRollup", optABI.PackConstructor(bindings.OptimisticNativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: g.Hash(), GenesisStateRoot: g.Root(), GenesisReceiptsRoot: g.ReceiptHash(),
		MinGasLimit: 1_000_000, MaxGasLimit: maxGasLimit, HistorySize: testHistorySize,
		ProposerBond: proposerBond, ChallengerBond: challengerBond,
		ChallengeWindow: challengeWindow, MoveTimeout: moveTimeout, MaxBlocksPerProposal: 1024,
	}))
	require.Equal(t, host, rollup)
	anchor := e.head(t)
	f := &optimisticFixture{l1: e, l2: c, rollup: rollup, anchor: anchor.Number.Uint64(), genesis: genesis}
	blocks, err := c.AddBlocks(n, func(i int, b *core.BlockGen) {
		b.SetParentBeaconRoot(anchor.Hash())
		b.AddTx(l2Tx(t, b, aliceKey, addr(bobKey), big.NewInt(int64(i+1)), nil))
	})
	require.NoError(t, err)
	f.blocks = blocks
	return f
}

func outputOf(b *l2.Block) bindings.OptimisticNativeRollupOutput {
	h := b.Block.Header()
	return bindings.OptimisticNativeRollupOutput{BlockHash: h.Hash(), StateRoot: h.Root, ReceiptsRoot: h.ReceiptHash, GasUsed: h.GasUsed}
}

// hashOutput is keccak256(abi.encode(output)): four static words.
func hashOutput(o bindings.OptimisticNativeRollupOutput) common.Hash {
	return crypto.Keccak256Hash(o.BlockHash[:], o.StateRoot[:], o.ReceiptsRoot[:], common.BigToHash(new(big.Int).SetUint64(o.GasUsed)).Bytes())
}

func inputsOf(b *l2.Block) bindings.OptimisticNativeRollupBlockInputs {
	in := b.Input
	return bindings.OptimisticNativeRollupBlockInputs{
		Env:          bindings.ExecuteBlockEnv{Timestamp: in.Timestamp, GasLimit: in.GasLimit, FeeRecipient: in.FeeRecipient, PrevRandao: in.PrevRandao, ExtraData: in.ExtraData},
		Transactions: in.Transactions,
	}
}

// hashInputs is keccak256(abi.encode(inputs)), packed with the ABI type of step's
// inputs parameter.
func hashInputs(t testing.TB, in bindings.OptimisticNativeRollupBlockInputs) common.Hash {
	t.Helper()
	typ := optABI.GetABI().Methods["step"].Inputs[3].Type
	enc, err := abi.Arguments{{Type: typ}}.Pack(in)
	require.NoError(t, err)
	return crypto.Keccak256Hash(enc)
}

// inputsTree returns the binary Merkle tree over the blocks' input hashes, padded
// with zero leaves to a power of two: levels[0] are the leaves, the last level the root.
func inputsTree(t testing.TB, blocks []*l2.Block) [][]common.Hash {
	width := 1
	for width < len(blocks) {
		width <<= 1
	}
	level := make([]common.Hash, width)
	for i, b := range blocks {
		level[i] = hashInputs(t, inputsOf(b))
	}
	levels := [][]common.Hash{level}
	for len(level) > 1 {
		next := make([]common.Hash, len(level)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(level[2*i][:], level[2*i+1][:])
		}
		levels = append(levels, next)
		level = next
	}
	return levels
}

func inputsProof(levels [][]common.Hash, index int) [][32]byte {
	var proof [][32]byte
	for _, level := range levels[:len(levels)-1] {
		proof = append(proof, level[index^1])
		index >>= 1
	}
	return proof
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

// propose sends the proposal in a blob-carrying transaction.
func (f *optimisticFixture) propose(t testing.TB, key *ecdsa.PrivateKey, p *proposal) *types.Receipt {
	t.Helper()
	n := uint64(len(p.outputs))
	levels := inputsTree(t, f.blocks)
	data := optABI.PackPropose(n, p.outputs[n-1], levels[len(levels)-1][0], f.anchor)
	var txs [][]byte
	for _, b := range f.blocks {
		txs = append(txs, b.Input.Transactions)
	}
	payload, err := rlp.EncodeToBytes(txs)
	require.NoError(t, err)
	r := f.l1.include(t, f.blobTx(t, key, proposerBond, data, payload))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "propose: %x", f.l1.revertOf(t, key, f.rollup, proposerBond, data))
	return r
}

// blobTx carries payload in one blob (31 bytes per field element, so every
// element is canonical) with real KZG commitment and cell proofs.
func (f *optimisticFixture) blobTx(t testing.TB, key *ecdsa.PrivateKey, value *big.Int, data, payload []byte) *types.Transaction {
	t.Helper()
	var blob kzg4844.Blob
	require.LessOrEqual(t, len(payload), len(blob)/32*31, "payload does not fit one blob")
	for i := 0; len(payload) > 0; i++ {
		payload = payload[copy(blob[32*i+1:32*i+32], payload):]
	}
	commitment, err := kzg4844.BlobToCommitment(&blob)
	require.NoError(t, err)
	proofs, err := kzg4844.ComputeCellProofs(&blob)
	require.NoError(t, err)
	sidecar := types.NewBlobTxSidecar(types.BlobSidecarVersion1, []kzg4844.Blob{blob}, []kzg4844.Commitment{commitment}, proofs)
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

func (f *optimisticFixture) wait(t testing.TB, seconds uint64) {
	t.Helper()
	require.NoError(t, f.l1.sim.AdjustTime(time.Duration(seconds)*time.Second))
	f.l1.sim.Commit()
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
	truth := honestProposal(f)
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

// stepArgs settles a one-block game on block hi with the proposal's claims.
func (f *optimisticFixture) stepArgs(t testing.TB, id uint64, p *proposal) []byte {
	t.Helper()
	g := f.game(t, id)
	require.Equal(t, g.Lo+1, g.Hi, "the game must be at one block")
	block := f.blocks[g.Hi-1]
	levels := inputsTree(t, f.blocks)
	return optABI.PackStep(new(big.Int).SetUint64(id), p.output(f, g.Lo), p.output(f, g.Hi),
		inputsOf(block), inputsProof(levels, int(g.Hi-1)), block.Input.Witness)
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

func TestOptimisticHonestProposerUnchallenged(t *testing.T) {
	f := newOptimisticFixture(t, 3)
	p := honestProposal(f)
	f.propose(t, sequencerKey, p)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupChallengeWindowOpenErrorID())
	f.wait(t, challengeWindow)
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge()), bindings.OptimisticNativeRollupChallengeWindowClosedErrorID())
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	root, number := f.finalized(t)
	require.Equal(t, f.blocks[2].Block.Root(), root)
	require.Equal(t, uint64(3), number)
	require.Equal(t, proposerBond, f.credit(t, addr(sequencerKey)))
	f.l1.mustSend(t, sequencerKey, f.rollup, nil, optABI.PackWithdrawCredit())
	require.Zero(t, f.credit(t, addr(sequencerKey)).Sign())
}

// TestOptimisticDishonestProposerSlashed: 40 blocks, wrong from block 13 on; the
// 16-section game needs two rounds to reach block 13 ((0,40] -> (12,15] ->
// (12,13]), where one EXECUTE call returns valid == false for the proposer's claim.
func TestOptimisticDishonestProposerSlashed(t *testing.T) {
	f := newOptimisticFixture(t, 40)
	bad := dishonestFrom(f, 13)
	f.propose(t, sequencerKey, bad)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
	f.play(t, firstGame, bad)
	g := f.game(t, firstGame)
	require.Equal(t, uint64(12), g.Lo)
	require.Equal(t, uint64(13), g.Hi)
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, f.stepArgs(t, firstGame, bad))
	ev, err := optABI.UnpackGameResolvedEvent(r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	require.False(t, ev.ProposerWon)
	require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	require.Zero(t, f.credit(t, addr(sequencerKey)).Sign())
	// The slot is free again and the honest chain can be proposed.
	f.propose(t, sequencerKey, honestProposal(f))
}

// TestOptimisticDishonestChallengerSlashed: the proposer is right; at the leaf its
// claim is proven valid by EXECUTE and it takes the challenger's bond.
func TestOptimisticDishonestChallengerSlashed(t *testing.T) {
	f := newOptimisticFixture(t, 5)
	p := honestProposal(f)
	f.propose(t, sequencerKey, p)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
	f.play(t, firstGame, p) // nothing is wrong, so the challenger ends on the last block
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupChallengeWindowOpenErrorID())
	r := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p))
	ev, err := optABI.UnpackGameResolvedEvent(r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	require.True(t, ev.ProposerWon)
	require.Equal(t, challengerBond, f.credit(t, addr(sequencerKey)))
	f.wait(t, challengeWindow)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	root, number := f.finalized(t)
	require.Equal(t, f.blocks[4].Block.Root(), root)
	require.Equal(t, uint64(5), number)
	require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(sequencerKey)))
	require.Zero(t, f.credit(t, addr(challengerKey)).Sign())
}

func TestOptimisticTimeouts(t *testing.T) {
	timeout := optABI.PackTimeout(big.NewInt(firstGame))
	t.Run("proposer does not bisect", func(t *testing.T) {
		f := newOptimisticFixture(t, 4)
		f.propose(t, sequencerKey, honestProposal(f))
		f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
		requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, timeout), bindings.OptimisticNativeRollupClockRunningErrorID())
		f.wait(t, moveTimeout+1)
		f.l1.mustSend(t, bobKey, f.rollup, nil, timeout)
		require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	})
	t.Run("challenger does not select", func(t *testing.T) {
		f := newOptimisticFixture(t, 4)
		p := honestProposal(f)
		f.propose(t, sequencerKey, p)
		f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
		f.bisect(t, sequencerKey, firstGame, p)
		f.wait(t, moveTimeout+1)
		f.l1.mustSend(t, bobKey, f.rollup, nil, timeout)
		require.Equal(t, challengerBond, f.credit(t, addr(sequencerKey)))
		require.Zero(t, f.credit(t, addr(challengerKey)).Sign())
	})
	t.Run("proposer does not defend the last block", func(t *testing.T) {
		f := newOptimisticFixture(t, 4)
		p := honestProposal(f)
		f.propose(t, sequencerKey, p)
		f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
		f.play(t, firstGame, p)
		f.wait(t, moveTimeout+1)
		requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.stepArgs(t, firstGame, p)), bindings.OptimisticNativeRollupClockExpiredErrorID())
		f.l1.mustSend(t, bobKey, f.rollup, nil, timeout)
		require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
	})
}

func TestOptimisticRejects(t *testing.T) {
	f := newOptimisticFixture(t, 4)
	p := honestProposal(f)
	levels := inputsTree(t, f.blocks)
	propose := optABI.PackPropose(4, p.outputs[3], levels[len(levels)-1][0], f.anchor)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, proposerBond, propose), bindings.OptimisticNativeRollupNoBlobsErrorID())
	tx := f.blobTx(t, sequencerKey, big.NewInt(1), propose, []byte{1})
	r := f.l1.include(t, tx)
	require.Equal(t, types.ReceiptStatusFailed, r.Status, "a proposal with the wrong bond fails")
	f.propose(t, sequencerKey, p)
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, big.NewInt(1), optABI.PackChallenge()), bindings.OptimisticNativeRollupWrongBondErrorID())
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, optABI.PackBisect(big.NewInt(firstGame), nil)), bindings.OptimisticNativeRollupNotYourTurnErrorID())
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, optABI.PackBisect(big.NewInt(firstGame), make([][32]byte, 1))), bindings.OptimisticNativeRollupWrongOutputCountErrorID())
	f.play(t, firstGame, p)
	// Inputs of another block than the disputed one.
	g := f.game(t, firstGame)
	other := f.blocks[0]
	wrongInputs := optABI.PackStep(big.NewInt(firstGame), p.output(f, g.Lo), p.output(f, g.Hi), inputsOf(other), inputsProof(levels, int(g.Hi-1)), other.Input.Witness)
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, wrongInputs), bindings.OptimisticNativeRollupInputsNotInProposalErrorID())
	// A truncated witness makes EXECUTE fail: nothing is settled.
	args := f.stepArgs(t, firstGame, p)
	block := f.blocks[g.Hi-1]
	truncated := optABI.PackStep(big.NewInt(firstGame), p.output(f, g.Lo), p.output(f, g.Hi), inputsOf(block), inputsProof(levels, int(g.Hi-1)), block.Input.Witness[:len(block.Input.Witness)/2])
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, truncated), bindings.OptimisticNativeRollupExecuteFailedErrorID())
	require.Nil(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, args), "the proposer can still defend")
	f.wait(t, challengeWindow)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupGamesOpenErrorID())
}

// TestOptimisticConcurrentGames: two challengers dispute one wrong proposal; the
// first to win takes the proposer's bond, the other gets its bond back, once.
func TestOptimisticConcurrentGames(t *testing.T) {
	f := newOptimisticFixture(t, 3)
	bad := dishonestFrom(f, 2)
	f.propose(t, sequencerKey, bad)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
	f.l1.mustSend(t, relayerKey, f.rollup, challengerBond, optABI.PackChallenge())
	const secondGame = 2
	f.play(t, firstGame, bad)
	f.l1.mustSend(t, challengerKey, f.rollup, nil, f.stepArgs(t, firstGame, bad))
	require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))

	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackReclaim(big.NewInt(firstGame))), bindings.OptimisticNativeRollupGameResolvedAlreadyErrorID())
	f.wait(t, moveTimeout+1)
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
	f.propose(t, sequencerKey, p)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, optABI.PackChallenge())
	f.play(t, firstGame, p)
	r := f.l1.mustSend(t, challengerKey, f.rollup, nil, f.stepArgs(t, firstGame, p))
	ev, err := optABI.UnpackGameResolvedEvent(r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	require.False(t, ev.ProposerWon)
}
