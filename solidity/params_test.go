package solidity_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity/bindings"
)

// paramCase is one deploy-time parameter: how to set it, the inclusive range the
// constructor accepts (evaluated when each edge is deployed, since one bound is
// the deploying block's timestamp), values inside it that are refused all the
// same, and the error the constructor names otherwise.
type paramCase[C any] struct {
	name    string
	set     func(c *C, v *big.Int)
	bounds  func() (lo, hi *big.Int)
	typeMax *big.Int
	refused []*big.Int
	err     common.Hash
}

var (
	maxUint64  = new(big.Int).SetUint64(math.MaxUint64)
	maxUint160 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 160), big.NewInt(1))
	maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func fixed(lo, hi *big.Int) func() (*big.Int, *big.Int) {
	return func() (*big.Int, *big.Int) { return lo, hi }
}

// edges are the values a parameter is deployed with, given its range [lo, hi]
// and the largest value of its type: 0, each bound and its outside neighbour,
// 2^64-1 and the type's largest value. They are functions of the range because a
// range may move between deployments.
var edges = []struct {
	name  string
	value func(lo, hi, typeMax *big.Int) *big.Int
}{
	{"zero", func(_, _, _ *big.Int) *big.Int { return new(big.Int) }},
	{"below", func(lo, _, _ *big.Int) *big.Int { return new(big.Int).Sub(lo, big.NewInt(1)) }},
	{"lo", func(lo, _, _ *big.Int) *big.Int { return lo }},
	{"hi", func(_, hi, _ *big.Int) *big.Int { return hi }},
	{"above", func(_, hi, _ *big.Int) *big.Int { return new(big.Int).Add(hi, big.NewInt(1)) }},
	{"2^64-1", func(_, _, _ *big.Int) *big.Int { return maxUint64 }},
	{"typemax", func(_, _, typeMax *big.Int) *big.Int { return typeMax }},
}

// testParamEdges deploys contract with valid changed in one parameter at a time,
// at each edge of its range and at each refused value: values inside deploy (a
// mined transaction), values outside revert with the parameter's named error.
func testParamEdges[C any](t *testing.T, e *l1, contract string, valid C, pack func(C) []byte, cases []paramCase[C]) {
	for _, pc := range cases {
		values := make([]func(lo, hi, typeMax *big.Int) *big.Int, 0, len(edges)+len(pc.refused))
		names := make([]string, 0, cap(values))
		lo, hi := pc.bounds()
		seen := map[string]bool{}
		for _, edge := range edges {
			// Only values of the parameter's type, each once (2^64-1 is the type's
			// largest for a uint64, and a bound may be 0).
			if v := edge.value(lo, hi, pc.typeMax); v.Sign() >= 0 && v.Cmp(pc.typeMax) <= 0 && !seen[v.String()] {
				seen[v.String()] = true
				values, names = append(values, edge.value), append(names, edge.name)
			}
		}
		for _, r := range pc.refused {
			values, names = append(values, func(_, _, _ *big.Int) *big.Int { return r }), append(names, "refused")
		}
		for i, value := range values {
			t.Run(pc.name+"/"+names[i], func(t *testing.T) {
				lo, hi := pc.bounds()
				v := value(lo, hi, pc.typeMax)
				accepted := v.Cmp(lo) >= 0 && v.Cmp(hi) <= 0
				for _, r := range pc.refused {
					accepted = accepted && v.Cmp(r) != 0
				}
				c := valid
				pc.set(&c, v)
				if accepted {
					e.deploy(t, deployerKey, contract, pack(c))
					return
				}
				requireRevert(t, e.deployRevert(t, contract, pack(c)), pc.err, "%s = %s is outside [%s, %s]", pc.name, v, lo, hi)
			})
		}
	}
}

// hostConstants are RollupHost's parameter bounds, read from a deployed host.
type hostConstants struct {
	maxChainID, minHistory, gasFloor, gasCeiling uint64
}

func readHostConstants(t *testing.T, e *l1, host common.Address) hostConstants {
	t.Helper()
	abi := bindings.NewTestNativeRollup()
	var c hostConstants
	var err error
	c.maxChainID, err = abi.UnpackMAXCHAINID(e.view(t, host, abi.PackMAXCHAINID()))
	require.NoError(t, err)
	c.minHistory, err = abi.UnpackMINHISTORYSIZE(e.view(t, host, abi.PackMINHISTORYSIZE()))
	require.NoError(t, err)
	c.gasFloor, err = abi.UnpackGASLIMITFLOOR(e.view(t, host, abi.PackGASLIMITFLOOR()))
	require.NoError(t, err)
	c.gasCeiling, err = abi.UnpackMAXGASLIMIT(e.view(t, host, abi.PackMAXGASLIMIT()))
	require.NoError(t, err)
	return c
}

// hostCases are the RollupHost parameters, shared by both hosts; get points at
// them in the configuration being deployed.
func hostCases[C any](k hostConstants, get func(*C) *hostFields, chainIDErr, genesisErr, historyErr, gasErr common.Hash) []paramCase[C] {
	setU64 := func(field func(*hostFields) *uint64) func(c *C, v *big.Int) {
		return func(c *C, v *big.Int) { *field(get(c)) = v.Uint64() }
	}
	return []paramCase[C]{
		{name: "chainId", set: setU64(func(h *hostFields) *uint64 { return h.chainID }), bounds: fixed(big.NewInt(1), u64(k.maxChainID)),
			typeMax: maxUint64, refused: []*big.Int{l2.L1Config().ChainID}, err: chainIDErr},
		{name: "genesisHash", set: func(c *C, v *big.Int) { *get(c).genesisHash = [32]byte(common.BigToHash(v)) }, bounds: fixed(big.NewInt(1), maxUint256),
			typeMax: maxUint256, err: genesisErr},
		{name: "genesisStateRoot", set: func(c *C, v *big.Int) { *get(c).genesisStateRoot = [32]byte(common.BigToHash(v)) }, bounds: fixed(big.NewInt(1), maxUint256),
			typeMax: maxUint256, err: genesisErr},
		{name: "historySize", set: setU64(func(h *hostFields) *uint64 { return h.historySize }), bounds: fixed(u64(k.minHistory), maxUint64),
			typeMax: maxUint64, err: historyErr},
		// minGasLimit up to maxGasLimit (the ceiling in the valid configuration).
		{name: "minGasLimit", set: setU64(func(h *hostFields) *uint64 { return h.minGasLimit }), bounds: fixed(u64(k.gasFloor), u64(k.gasCeiling)),
			typeMax: maxUint64, err: gasErr},
		// maxGasLimit from minGasLimit (the floor in the valid configuration).
		{name: "maxGasLimit", set: setU64(func(h *hostFields) *uint64 { return h.maxGasLimit }), bounds: fixed(u64(k.gasFloor), u64(k.gasCeiling)),
			typeMax: maxUint64, err: gasErr},
	}
}

// hostFields points at the RollupHost fields of either host's configuration.
type hostFields struct {
	chainID, historySize, minGasLimit, maxGasLimit *uint64
	genesisHash, genesisStateRoot                  *[32]byte
}

// TestNativeRollupParameterEdges deploys TestNativeRollup (RollupHost and
// NativeRollup's constructors) with each parameter at 0, at each bound, just
// outside it and at 2^64-1 (spec/host.md, "Parameters").
func TestNativeRollupParameterEdges(t *testing.T) {
	e := newL1(t)
	e.wait(t, 1<<20) // L1 time ahead of the clock: each block is then exactly one second after its parent
	abi := bindings.NewTestNativeRollup()
	valid := bindings.NativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: common.Hash{1}, GenesisStateRoot: common.Hash{2}, GenesisTimestamp: 0,
		MinGasLimit: 1_000_000, MaxGasLimit: 1_000_000, Sequencer: addr(sequencerKey), SequencerWindow: 60, HistorySize: testHistorySize,
	}
	pack := func(c bindings.NativeRollupConfig) []byte { return abi.PackConstructor(c) }
	host := e.deploy(t, deployerKey, "TestNativeRollup", pack(valid))
	k := readHostConstants(t, e, host)
	valid.MinGasLimit, valid.MaxGasLimit = k.gasFloor, k.gasCeiling
	// The window's bounds are internal constants (getters would put the market
	// host over EIP-170); its refusal names them.
	noWindow := valid
	noWindow.SequencerWindow = 0
	revert := e.deployRevert(t, "TestNativeRollup", pack(noWindow))
	requireRevert(t, revert, bindings.TestNativeRollupSequencerWindowOutOfRangeErrorID())
	window, err := abi.UnpackSequencerWindowOutOfRangeError(revert[4:])
	require.NoError(t, err)
	minWindow, maxWindow := window.Min, window.Max

	fields := func(c *bindings.NativeRollupConfig) *hostFields {
		return &hostFields{&c.ChainId, &c.HistorySize, &c.MinGasLimit, &c.MaxGasLimit, &c.GenesisHash, &c.GenesisStateRoot}
	}
	cases := hostCases(k, fields, bindings.TestNativeRollupInvalidChainIdErrorID(), bindings.TestNativeRollupGenesisUnsetErrorID(),
		bindings.TestNativeRollupHistorySizeTooSmallErrorID(), bindings.TestNativeRollupGasLimitsOutOfRangeErrorID())
	cases = append(cases,
		paramCase[bindings.NativeRollupConfig]{name: "genesisTimestamp", set: func(c *bindings.NativeRollupConfig, v *big.Int) { c.GenesisTimestamp = v.Uint64() },
			// The next block, which deploys, is one second after the head.
			bounds:  func() (*big.Int, *big.Int) { return new(big.Int), u64(e.head(t).Time + 1) },
			typeMax: maxUint64, err: bindings.TestNativeRollupGenesisTimestampInFutureErrorID()},
		paramCase[bindings.NativeRollupConfig]{name: "sequencer", set: func(c *bindings.NativeRollupConfig, v *big.Int) { c.Sequencer = common.BigToAddress(v) },
			bounds: fixed(big.NewInt(1), maxUint160), typeMax: maxUint160, err: bindings.TestNativeRollupSequencerUnsetErrorID()},
		paramCase[bindings.NativeRollupConfig]{name: "sequencerWindow", set: func(c *bindings.NativeRollupConfig, v *big.Int) { c.SequencerWindow = v.Uint64() },
			bounds: fixed(u64(minWindow), u64(maxWindow)), typeMax: maxUint64, err: bindings.TestNativeRollupSequencerWindowOutOfRangeErrorID()},
	)
	testParamEdges(t, e, "TestNativeRollup", valid, pack, cases)
}

// TestOptimisticParameterEdges is TestNativeRollupParameterEdges for
// OptimisticNativeRollup (RollupHost and its own constructor).
func TestOptimisticParameterEdges(t *testing.T) {
	e := newL1(t)
	valid := bindings.OptimisticNativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: common.Hash{1}, GenesisStateRoot: common.Hash{2},
		MinGasLimit: 1_000_000, MaxGasLimit: 1_000_000, HistorySize: testHistorySize, ProposerBond: proposerBond, ChallengerBond: challengerBond,
		ChallengeWindow: challengeWindow, MoveTimeout: moveTimeout, MaxBlocksPerProposal: 1, ForcedInclusionDelay: forcedDelay,
	}
	pack := func(c bindings.OptimisticNativeRollupConfig) []byte { return optABI.PackConstructor(c) }
	host := e.deploy(t, deployerKey, "OptimisticNativeRollup", pack(valid))
	k := readHostConstants(t, e, host)
	valid.MinGasLimit, valid.MaxGasLimit = k.gasFloor, k.gasCeiling
	view := func(data []byte) []byte { return e.view(t, host, data) }
	minWindow, err := optABI.UnpackMINCHALLENGEWINDOW(view(optABI.PackMINCHALLENGEWINDOW()))
	require.NoError(t, err)
	retention, err := optABI.UnpackBLOBRETENTION(view(optABI.PackBLOBRETENTION()))
	require.NoError(t, err)
	require.Equal(t, uint64(4096*32*12), retention)
	minTimeout, err := optABI.UnpackMINMOVETIMEOUT(view(optABI.PackMINMOVETIMEOUT()))
	require.NoError(t, err)
	maxTimeout, err := optABI.UnpackMAXMOVETIMEOUT(view(optABI.PackMAXMOVETIMEOUT()))
	require.NoError(t, err)
	maxBlocks, err := optABI.UnpackMAXBLOCKSPERPROPOSAL(view(optABI.PackMAXBLOCKSPERPROPOSAL()))
	require.NoError(t, err)
	maxBond, err := optABI.UnpackMAXBOND(view(optABI.PackMAXBOND()))
	require.NoError(t, err)
	minChallengerBond, err := optABI.UnpackMINCHALLENGERBOND(view(optABI.PackMINCHALLENGERBOND()))
	require.NoError(t, err)
	minDelay, err := optABI.UnpackMINFORCEDINCLUSIONDELAY(view(optABI.PackMINFORCEDINCLUSIONDELAY()))
	require.NoError(t, err)
	maxDelay, err := optABI.UnpackMAXFORCEDINCLUSIONDELAY(view(optABI.PackMAXFORCEDINCLUSIONDELAY()))
	require.NoError(t, err)

	type cfg = bindings.OptimisticNativeRollupConfig
	fields := func(c *cfg) *hostFields {
		return &hostFields{&c.ChainId, &c.HistorySize, &c.MinGasLimit, &c.MaxGasLimit, &c.GenesisHash, &c.GenesisStateRoot}
	}
	cases := hostCases(k, fields, bindings.OptimisticNativeRollupInvalidChainIdErrorID(), bindings.OptimisticNativeRollupGenesisUnsetErrorID(),
		bindings.OptimisticNativeRollupHistorySizeTooSmallErrorID(), bindings.OptimisticNativeRollupGasLimitsOutOfRangeErrorID())
	bondErr := bindings.OptimisticNativeRollupBondOutOfRangeErrorID()
	cases = append(cases,
		// Only hashed into the genesis output root: any value is safe.
		paramCase[cfg]{name: "genesisReceiptsRoot", set: func(c *cfg, v *big.Int) { c.GenesisReceiptsRoot = common.BigToHash(v) },
			bounds: fixed(new(big.Int), maxUint256), typeMax: maxUint256},
		paramCase[cfg]{name: "genesisGasUsed", set: func(c *cfg, v *big.Int) { c.GenesisGasUsed = v.Uint64() },
			bounds: fixed(new(big.Int), maxUint64), typeMax: maxUint64},
		// A proposer bond below the challenger bond made garbage cheaper than what
		// disputing it locks (TestOptimisticGarbageCostsWhatItsDisputeLocks).
		paramCase[cfg]{name: "proposerBond", set: func(c *cfg, v *big.Int) { c.ProposerBond = v }, bounds: fixed(valid.ChallengerBond, maxBond), typeMax: maxUint256, err: bondErr},
		paramCase[cfg]{name: "challengerBond", set: func(c *cfg, v *big.Int) { c.ChallengerBond = v }, bounds: fixed(minChallengerBond, valid.ProposerBond), typeMax: maxUint256, err: bondErr},
		paramCase[cfg]{name: "challengeWindow", set: func(c *cfg, v *big.Int) { c.ChallengeWindow = v.Uint64() }, bounds: fixed(u64(minWindow), u64(retention)),
			typeMax: maxUint64, err: bindings.OptimisticNativeRollupChallengeWindowOutOfRangeErrorID()},
		paramCase[cfg]{name: "moveTimeout", set: func(c *cfg, v *big.Int) { c.MoveTimeout = v.Uint64() }, bounds: fixed(u64(minTimeout), u64(maxTimeout)),
			typeMax: maxUint64, err: bindings.OptimisticNativeRollupMoveTimeoutOutOfRangeErrorID()},
		paramCase[cfg]{name: "maxBlocksPerProposal", set: func(c *cfg, v *big.Int) { c.MaxBlocksPerProposal = v.Uint64() }, bounds: fixed(big.NewInt(1), u64(maxBlocks)),
			typeMax: maxUint64, err: bindings.OptimisticNativeRollupMaxBlocksPerProposalOutOfRangeErrorID()},
		paramCase[cfg]{name: "forcedInclusionDelay", set: func(c *cfg, v *big.Int) { c.ForcedInclusionDelay = v.Uint64() }, bounds: fixed(u64(minDelay), u64(maxDelay)),
			typeMax: maxUint64, err: bindings.OptimisticNativeRollupForcedInclusionDelayOutOfRangeErrorID()},
	)
	testParamEdges(t, e, "OptimisticNativeRollup", valid, pack, cases)
}

// TestSequencerWindowCannotOverflow (issue 12, finding 1): a sequencerWindow near
// 2^64 made lastAdvanceTime + sequencerWindow overflow, so every advance reverted
// while deposits still took ETH. The constructor now refuses it, and with the
// longest window it accepts, anyone may advance once the sequencer has been silent
// that long.
func TestSequencerWindowCannotOverflow(t *testing.T) {
	e := newL1(t)
	abi := bindings.NewTestNativeRollup()
	cfg := bindings.NativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: common.Hash{1}, GenesisStateRoot: common.Hash{2},
		MinGasLimit: 1_000_000, MaxGasLimit: testMaxGasLimit, Sequencer: addr(sequencerKey), HistorySize: testHistorySize,
		SequencerWindow: math.MaxUint64 - e.head(t).Time,
	}
	requireRevert(t, e.deployRevert(t, "TestNativeRollup", abi.PackConstructor(cfg)), bindings.TestNativeRollupSequencerWindowOutOfRangeErrorID())

	const maxWindow = 24 * 3600 // NativeRollup.MAX_SEQUENCER_WINDOW
	f := newNativeFixture(t, maxWindow)
	b, anchor := f.nextBlock(t, transfer(t, addr(bobKey)))
	requireRevert(t, f.l1.revertOf(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor)), bindings.TestNativeRollupSequencerExclusiveErrorID())
	f.l1.wait(t, maxWindow)
	f.l1.mustSend(t, challengerKey, f.rollup, nil, advanceArgs(b, anchor))
	f.l1.mustSend(t, aliceKey, f.rollup, ether(1), f.abi.PackDeposit(addr(bobKey), new(big.Int)))
}

// optimisticConfig is a valid OptimisticNativeRollup configuration for the
// constructor-only findings.
func optimisticConfig() bindings.OptimisticNativeRollupConfig {
	return bindings.OptimisticNativeRollupConfig{
		ChainId: l2.DefaultChainID, GenesisHash: common.Hash{1}, GenesisStateRoot: common.Hash{2},
		MinGasLimit: 1_000_000, MaxGasLimit: testMaxGasLimit, HistorySize: testHistorySize, ProposerBond: proposerBond, ChallengerBond: challengerBond,
		ChallengeWindow: challengeWindow, MoveTimeout: moveTimeout, MaxBlocksPerProposal: 1024, ForcedInclusionDelay: forcedDelay,
	}
}

// TestMoveTimeoutCannotOverflow (issue 12, finding 1): with moveTimeout = 2^64-1,
// block.timestamp + moveTimeout overflowed in challenge, so no proposal could be
// challenged and a forged root finalized. The constructor now refuses it; with
// the longest timeout it accepts, a forged proposal is challenged, and the
// proposer, who cannot defend it, loses when its clock runs out.
func TestMoveTimeoutCannotOverflow(t *testing.T) {
	e := newL1(t)
	cfg := optimisticConfig()
	cfg.MoveTimeout = math.MaxUint64
	requireRevert(t, e.deployRevert(t, "OptimisticNativeRollup", optABI.PackConstructor(cfg)), bindings.OptimisticNativeRollupMoveTimeoutOutOfRangeErrorID())

	const maxTimeout = 24 * 3600 // OptimisticNativeRollup.MAX_MOVE_TIMEOUT
	f := newOptimisticFixtureWith(t, 2, l2.GenesisGasLimit, func(c *bindings.OptimisticNativeRollupConfig) { c.MoveTimeout = maxTimeout },
		func(_ *l2Chain, i int, b *core.BlockGen) {
			b.AddTx(l2Tx(t, b, aliceKey, addr(bobKey), big.NewInt(int64(i+1)), nil))
		})
	forged := dishonestFrom(f, 1)
	f.proposeChallenged(t, forged)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackTimeout(big.NewInt(firstGame))), bindings.OptimisticNativeRollupClockRunningErrorID())
	f.l1.wait(t, maxTimeout+1)
	r := f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackTimeout(big.NewInt(firstGame)))
	require.False(t, resolved(t, r).ProposerWon)
	_, number := f.finalized(t)
	require.Zero(t, number, "the forged root never finalizes")
}

// TestMoveTimeoutFreezeBounded (issue 12, finding 1): a 10-year moveTimeout let
// one challenger freeze the rollup (finalize: GamesOpen, timeout: ClockRunning,
// propose: ProposalPending). The constructor now refuses it; with the longest
// timeout it accepts, a challenger who stops moving loses a day later and the
// honest proposal finalizes.
func TestMoveTimeoutFreezeBounded(t *testing.T) {
	e := newL1(t)
	cfg := optimisticConfig()
	cfg.MoveTimeout = 10 * 365 * 24 * 3600
	requireRevert(t, e.deployRevert(t, "OptimisticNativeRollup", optABI.PackConstructor(cfg)), bindings.OptimisticNativeRollupMoveTimeoutOutOfRangeErrorID())

	const maxTimeout = 24 * 3600
	f := newOptimisticFixtureWith(t, 20, l2.GenesisGasLimit, func(c *bindings.OptimisticNativeRollupConfig) { c.MoveTimeout = maxTimeout },
		func(_ *l2Chain, i int, b *core.BlockGen) {
			b.AddTx(l2Tx(t, b, aliceKey, addr(bobKey), big.NewInt(int64(i+1)), nil))
		})
	honest := honestProposal(f)
	f.proposeChallenged(t, honest)
	f.bisect(t, sequencerKey, firstGame, honest) // the challenger never selects
	f.l1.wait(t, challengeWindow)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupGamesOpenErrorID())
	f.l1.wait(t, maxTimeout)
	r := f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackTimeout(big.NewInt(firstGame)))
	require.True(t, resolved(t, r).ProposerWon)
	f.l1.mustSend(t, bobKey, f.rollup, nil, optABI.PackFinalize())
	root, number := f.finalized(t)
	require.Equal(t, f.blocks[19].Block.Root(), root)
	require.Equal(t, uint64(20), number)
}

// TestChallengeWindowTooShortRefused (issue 12, finding 1): a 1-second challenge
// window let a forged root finalize one L1 block after it was proposed. The
// constructor now refuses it; with the shortest window it accepts, the forged
// root cannot finalize for two hours, and a challenge sent a full move timeout
// (one hour) late still lands.
func TestChallengeWindowTooShortRefused(t *testing.T) {
	e := newL1(t)
	cfg := optimisticConfig()
	cfg.ChallengeWindow = 1
	requireRevert(t, e.deployRevert(t, "OptimisticNativeRollup", optABI.PackConstructor(cfg)), bindings.OptimisticNativeRollupChallengeWindowOutOfRangeErrorID())

	f := newOptimisticFixture(t, 2)
	f.propose(t, sequencerKey, dishonestFrom(f, 1))
	f.l1.wait(t, 1)
	requireRevert(t, f.l1.revertOf(t, bobKey, f.rollup, nil, optABI.PackFinalize()), bindings.OptimisticNativeRollupChallengeWindowOpenErrorID())
	f.l1.wait(t, moveTimeout)
	f.l1.mustSend(t, challengerKey, f.rollup, challengerBond, f.challengeLast())
}

// TestZeroBondsRefused (issue 12, finding 1): zero bonds were accepted, so
// proposing garbage and challenging honest proposals cost nothing.
func TestZeroBondsRefused(t *testing.T) {
	e := newL1(t)
	for _, zero := range []func(c *bindings.OptimisticNativeRollupConfig){
		func(c *bindings.OptimisticNativeRollupConfig) { c.ProposerBond = new(big.Int) },
		func(c *bindings.OptimisticNativeRollupConfig) { c.ChallengerBond = new(big.Int) },
	} {
		cfg := optimisticConfig()
		zero(&cfg)
		requireRevert(t, e.deployRevert(t, "OptimisticNativeRollup", optABI.PackConstructor(cfg)), bindings.OptimisticNativeRollupBondOutOfRangeErrorID())
	}
}

// TestDevOptimisticRollupBounds: nr devnet's host (DevOptimisticRollup) takes
// the one-second windows and forced-inclusion delay a dev L1 can afford, which OptimisticNativeRollup
// refuses; below one second, and every other bound, it refuses as the base does.
func TestDevOptimisticRollupBounds(t *testing.T) {
	e := newL1(t)
	cfg := optimisticConfig()
	cfg.ChallengeWindow, cfg.MoveTimeout, cfg.ForcedInclusionDelay = 1, 1, 1
	requireRevert(t, e.deployRevert(t, "OptimisticNativeRollup", optABI.PackConstructor(cfg)), bindings.OptimisticNativeRollupChallengeWindowOutOfRangeErrorID())
	host := e.deploy(t, deployerKey, "DevOptimisticRollup", optABI.PackConstructor(cfg))
	window, err := optABI.UnpackChallengeWindow(e.view(t, host, optABI.PackChallengeWindow()))
	require.NoError(t, err)
	require.Equal(t, uint64(1), window)
	queue, err := optABI.UnpackForcedQueue(e.view(t, host, optABI.PackForcedQueue()))
	require.NoError(t, err)
	delay, err := queueABI.UnpackForcedInclusionDelay(e.view(t, queue, queueABI.PackForcedInclusionDelay()))
	require.NoError(t, err)
	require.Equal(t, uint64(1), delay.Uint64())

	for _, bad := range []func(c *bindings.OptimisticNativeRollupConfig){
		func(c *bindings.OptimisticNativeRollupConfig) { c.ChallengeWindow = 0 },
		func(c *bindings.OptimisticNativeRollupConfig) { c.MoveTimeout = 0 },
		func(c *bindings.OptimisticNativeRollupConfig) { c.ForcedInclusionDelay = 0 },
		func(c *bindings.OptimisticNativeRollupConfig) { c.ProposerBond = new(big.Int) },
	} {
		c := cfg
		bad(&c)
		require.NotEmpty(t, e.deployRevert(t, "DevOptimisticRollup", optABI.PackConstructor(c)))
	}
	c := cfg
	c.MoveTimeout = 0
	requireRevert(t, e.deployRevert(t, "DevOptimisticRollup", optABI.PackConstructor(c)), bindings.OptimisticNativeRollupMoveTimeoutOutOfRangeErrorID())
	c = cfg
	c.ForcedInclusionDelay = 0
	requireRevert(t, e.deployRevert(t, "DevOptimisticRollup", optABI.PackConstructor(c)), bindings.OptimisticNativeRollupForcedInclusionDelayOutOfRangeErrorID())
	c = optimisticConfig()
	c.ForcedInclusionDelay = 1
	requireRevert(t, e.deployRevert(t, "OptimisticNativeRollup", optABI.PackConstructor(c)), bindings.OptimisticNativeRollupForcedInclusionDelayOutOfRangeErrorID())
}
