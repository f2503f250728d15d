// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Derive} from "./lib/Derive.sol";
import {Execute} from "./lib/Execute.sol";
import {RLPReader} from "./lib/RLPReader.sol";
import {OptimisticForcedQueue, forcedBlockKey} from "./OptimisticForcedQueue.sol";
import {RollupHost} from "./RollupHost.sol";

/// @title OptimisticNativeRollup
/// @notice The optimistic variant: proposers post claims over ranges of L2 blocks
/// with a bond and no EXECUTE call. The blocks themselves travel in the proposing
/// transaction's blobs, one DERIVE payload (spec/derive.md) per blob; the contract
/// keeps only a hash of the blobs' versioned hashes and of how many blocks each blob
/// holds. During the challenge window anyone may open a dispute with a bond. Each
/// dispute is a K-section game over the block range that narrows to the first
/// disputed block; DERIVE on the blob holding that block, then one EXECUTE call,
/// settle it. The dispute game is specified in spec/host.md, "Dispute game".
///
/// Data flow:
///   propose(parentId, endNumber, endOutput, blockCounts, anchor) + blobs + bond
///     -> challenge(proposalId) + bond (any number of games, one per call)
///     -> bisect(outputs)  by proposer: K-1 intermediate output roots, recorded once
///        per (proposal, lo, hi) and reused by every game that reaches that range
///     -> select(outputs, section) by challenger: the first section it disputes
///     -> ... until one block is left ...
///     -> proveBlockData(blob): DERIVE on the blob holding block hi; records the
///        Merkle root of the digests of all the blob's blocks, or defeats the
///        proposal if the blob does not hold the blocks the proposal says it does
///     -> step(parent, claimed, inputs, witness, proof): EXECUTE on inputs proven
///        to be in that root; a block executed once settles every game reaching it
///     -> or timeout(): whoever's move it is and who let the clock run out loses
///   finalize(): the earliest undefeated proposal over the finalized head, once its
///   window has passed and none of its games is open; its siblings are voided and
///   their bonds refunded (refund).
///
/// Several pending proposals. Anyone may propose at any time. A proposal names its
/// parent: 0 for the finalized head, or a pending proposal whose end it builds on, so
/// an honest proposer chains on its own (or anyone's correct) pending proposals
/// instead of waiting. Of the undefeated proposals over the finalized head, the
/// earliest proposed finalizes; the others over the same head are void. A garbage
/// proposal does not block an honest one: it is defeated by one game while the honest
/// proposal's window runs (spec/host.md, "Dispute game", for the bound).
///
/// Blocks of a proposal. The proposing transaction carries blobs 0..n-1 (BLOBHASH
/// order) and `blockCounts[0..n-1]`, each at least 1, summing to the number of
/// proposed blocks. Blob j is one DERIVE payload of exactly blockCounts[j] blocks: the
/// proposal's blocks start+1..endNumber are the DERIVE blocks of blob 0, then of blob
/// 1, and so on. Each blob is its own payload (not one payload spanning blobs) because
/// EIP-7825 caps a transaction at 2^24 gas and DERIVE charges 14.35M for one blob
/// (8M for its KZG commitment plus 48 gas per byte of the 131 KB input), so a dispute
/// can afford to derive one blob and no more. Every block uses the proposal's anchor
/// and must have a timestamp no later than the proposal's L1 time.
///
/// Output of L2 block n: outputRoot = keccak256(abi.encode(blockHash, stateRoot,
/// receiptsRoot, gasUsed, forcedIndex)), where forcedIndex is how far the forced
/// queue (`forcedQueue`, an OptimisticForcedQueue this contract deploys) has been
/// taken after block n: block n takes the entries its leading transactions match,
/// or, taking none, skips those proven unable to execute on its parent and those
/// past the sequencer's inclusion grace that nobody proved settleable in block n
/// (FORCED_VALID_LATE), at most MAX_FORCED_PER_BLOCK, never past the proposal's own
/// end index (OptimisticForcedQueue.taken). A proposal may not leave a due entry behind unless
/// its blocks took at least one entry each, so a queued transaction is in the first
/// proposal made after it is due, or behind a due backlog in the first blocks that
/// reach it (spec/host.md, "Forced inclusion on the optimistic host").
///
/// Data availability. Only what DERIVE makes of the posted blobs can be defended: the
/// proposer wins a game only with `step`, and `step` runs EXECUTE on inputs proven to
/// be among those `proveBlockData` derived from the blob. The blobs are L1 data: once
/// the proposal is included, every L1 node serves them for the blob retention period
/// (4096 epochs, ~18.2 days, BLOB_RETENTION), which the challenge window may not
/// exceed, so challengers can derive and execute every proposed block while they can
/// still dispute it. (After a dispute reaches one block, the blob is checked against
/// the stored versioned hash, not against BLOBHASH, so the proposer can prove it from
/// its own copy even after nodes have pruned it.) A proposal whose blobs do not
/// decode, or decode to another number of blocks than it committed to, loses the
/// first game that reaches a block of such a blob.
///
/// Blob size. `proveBlockData` carries the blob in calldata, trailing zero bytes left
/// out. go-ethereum's transaction pool refuses transactions over 128 KiB, and the
/// call must fit 2^24 gas with DERIVE's 14.35M plus hashing every block of the blob,
/// so an honest proposer keeps each blob's content (up to its last non-zero byte)
/// below the size docs/BENCHMARKS.md ("Host contracts") measures for its block count.
///
/// Choice of K = 16. A round costs one L1 transaction per side and at most one move
/// timeout of wall time; its calldata grows by 32 bytes per extra section (~512 gas
/// each), which is negligible next to the 21,000 base cost. Rounds are
/// ceil(log_K(blocks)): for a 3,600-block proposal (2 h of 2 s blocks) K = 2 needs 12
/// rounds, K = 16 needs 3, K = 64 needs 2 at ~2 KB of calldata per move. K = 16 keeps
/// the worst-case dispute within three round trips while a move stays below ~100k gas.
///
/// Soundness of the settlement: the blob's versioned hash is fixed by the proposing
/// transaction and DERIVE checks the blob against it (KZG), so the block's inputs are
/// a function of the posted data; the Merkle proof ties `step`'s inputs to the
/// digest of exactly that block; the anchor is fixed by the proposal and the parent
/// output is agreed, so the correct block is unique. EXECUTE with the proposer's
/// claimed results returns valid only if they are the correct ones, and then its block
/// hash must equal the claimed one. Sharing keeps this: a bisection is the proposer's
/// one claim about a range of its proposal (it cannot post two), and a game reuses an
/// execution only for the same block with the same agreed and claimed outputs. A
/// block that cannot be executed at all (invalid transactions, inputs out of policy)
/// cannot be defended, so the proposer's clock runs out. Both of the proposer's
/// settling moves (`proveBlockData`, `step`) fit one transaction each under the 2^24
/// cap; anything that keeps them from running (a blob nobody can supply, a block too
/// large to derive or execute) costs the proposer the game, never the challenger.
contract OptimisticNativeRollup is RollupHost {
    /// @notice Sections per bisection round.
    uint256 public constant K = 16;
    /// @notice Seconds L1 nodes keep blobs (MIN_EPOCHS_FOR_BLOB_SIDECARS_REQUESTS =
    /// 4096 epochs of 32 12-second slots); the challenge window may not be longer.
    uint64 public constant BLOB_RETENTION = 4096 * 32 * 12;

    /// @notice Bounds of the deploy-time parameters (spec/host.md, "Parameters").
    /// Shortest challenge window: a challenger has MIN_MOVE_TIMEOUT to get its
    /// challenge included after an hour to re-execute the proposal's blocks.
    uint64 public constant MIN_CHALLENGE_WINDOW = 2 hours;
    /// @notice Shortest move timeout: a move is included within an hour (300 L1
    /// slots) whatever a single censoring builder or proposer does.
    uint64 public constant MIN_MOVE_TIMEOUT = 1 hours;
    /// @notice Longest move timeout: an honest proposal finalizes at most
    /// challengeWindow + (2 * 4 rounds + 2) days after it was proposed, whatever the
    /// number of challengers (spec/host.md, "Dispute game").
    uint64 public constant MAX_MOVE_TIMEOUT = 1 days;
    /// @notice Most blocks one proposing transaction can carry: 6 blobs (EIP-7594's
    /// per-transaction limit) of at most 4096 blocks (DERIVE's batch limit); a game
    /// over it needs at most four K-section rounds.
    uint64 public constant MAX_BLOCKS_PER_PROPOSAL = 6 * 4096;
    /// @notice Most L1 gas an honest proposer spends defending one game: four
    /// bisects (budgeted 150,000 gas each; about 120,000 measured with K - 1 = 15 roots,
    /// TestOptimisticMoveGas), one proveBlockData and one step (each at most
    /// MAX_TX_GAS = 2^24).
    uint256 public constant MAX_DEFENCE_GAS = 4 * 150_000 + 2 * (1 << 24);
    /// @notice The L1 gas price up to which the smallest challenger bond pays for the
    /// proposer's defence of the game it opens.
    uint256 public constant DEFENCE_GAS_PRICE = 30 gwei;
    /// @notice Smallest challenger bond: MAX_DEFENCE_GAS at DEFENCE_GAS_PRICE
    /// (~1.0246 ETH), so a challenger pays for the work each of its games causes.
    uint256 public constant MIN_CHALLENGER_BOND = MAX_DEFENCE_GAS * DEFENCE_GAS_PRICE;
    /// @notice Largest bond: above Arbitrum BOLD's 3,600 ETH assertion bond, far from
    /// any overflow of bond arithmetic, and payable.
    uint256 public constant MAX_BOND = 10_000 ether;
    /// @notice Most defeated proposals one finalize call skips; it keeps its
    /// progress, so a flood of defeated proposals costs finalizers gas, never liveness.
    uint256 public constant MAX_FINALIZE_SKIPS = 1024;
    /// @notice Most queue entries one L2 block takes: OptimisticForcedQueue's.
    uint64 public constant MAX_FORCED_PER_BLOCK = 16;
    /// @notice Bounds of forcedInclusionDelay: an hour covers seeing a queued
    /// transaction, building it into a block and proposing that block; a day is
    /// Arbitrum's default delay for its delayed inbox.
    uint64 public constant MIN_FORCED_INCLUSION_DELAY = 1 hours;
    uint64 public constant MAX_FORCED_INCLUSION_DELAY = 1 days;

    /// @notice Deploy-time parameters.
    struct Config {
        uint64 chainId;
        bytes32 genesisHash;
        bytes32 genesisStateRoot;
        bytes32 genesisReceiptsRoot;
        uint64 genesisGasUsed;
        uint64 minGasLimit;
        uint64 maxGasLimit;
        uint64 historySize;
        uint256 proposerBond;
        uint256 challengerBond;
        uint64 challengeWindow;
        uint64 moveTimeout;
        uint64 maxBlocksPerProposal;
        uint64 forcedInclusionDelay;
    }

    /// @notice Header fields a dispute needs about one L2 block.
    struct Output {
        bytes32 blockHash;
        bytes32 stateRoot;
        bytes32 receiptsRoot;
        uint64 gasUsed;
        /// @dev Queue entries taken after this block (see the contract's doc).
        uint64 forcedIndex;
    }

    /// @notice Everything the proposer chose for one L2 block.
    struct BlockInputs {
        Execute.BlockEnv env;
        bytes transactions;
    }

    struct Proposal {
        address proposer;
        uint64 startNumber;
        uint64 endNumber;
        uint64 proposedAt;
        uint64 openGames;
        bool defeated;
        /// @dev The bond went back to the proposer (finalized or refunded).
        bool settled;
        /// @dev L1 block of `anchor`; becomes anchorBlockNumber only on finalize.
        uint64 anchorBlockNumber;
        bytes32 startOutputRoot;
        bytes32 endOutputRoot;
        bytes32 endBlockHash;
        bytes32 endStateRoot;
        bytes32 anchor;
        /// @dev keccak256(abi.encode(blobHashes, blockCounts)): the proposing
        /// transaction's BLOBHASHes and the number of blocks each blob holds.
        bytes32 dataHash;
    }

    enum Turn {
        Proposer,
        Challenger,
        Resolved
    }

    struct Game {
        uint256 proposalId;
        address challenger;
        Turn turn;
        /// @dev The mover's deadline; a turn passes with deadline = now + moveTimeout.
        uint64 deadline;
        uint64 lo;
        uint64 hi;
        bytes32 loOutputRoot;
        bytes32 hiOutputRoot;
        bytes32 sectionsHash;
    }

    /// @notice The proposer's one bisection of a range of a proposal.
    struct Bisection {
        bytes32 sectionsHash;
        uint64 at;
    }

    /// @notice What proveBlockData derived from one blob of a proposal.
    struct BlobBlocks {
        /// @dev Derive's blocks root of the blob; 0 = not yet proven.
        bytes32 root;
        /// @dev L2 number of the blob's first block.
        uint64 firstNumber;
        uint32 count;
    }

    /// @notice A block `step` proved the proposer right about.
    struct Execution {
        /// @dev keccak256(abi.encode(parent output root, claimed output root)).
        bytes32 outputs;
        uint64 at;
        /// @dev The queue entries the block's walk skipped (skipFrom..skipTo-1) and
        /// its forcedBlockKey (zero if it skipped none): the walk read that none of
        /// them was proven settleable, so a proof recorded since stops the reuse.
        uint64 skipFrom;
        uint64 skipTo;
        bytes32 blockKey;
    }

    uint256 public immutable proposerBond;
    uint256 public immutable challengerBond;
    uint64 public immutable challengeWindow;
    uint64 public immutable moveTimeout;
    uint64 public immutable maxBlocksPerProposal;
    /// @notice This rollup's forced-inclusion queue (deployed by the constructor).
    OptimisticForcedQueue public immutable forcedQueue;

    /// @notice Output root of the last finalized L2 block (blockHash, stateRoot,
    /// blockNumber). anchorBlockNumber is that of the last finalized proposal: a
    /// pending or defeated proposal's anchor does not bound the next one.
    bytes32 public outputRoot;

    uint256 public proposalCount;
    mapping(uint256 id => Proposal) public proposals;
    /// @notice The end output's forcedIndex of each proposal: no block of the
    /// proposal takes a queue entry at or past it.
    mapping(uint256 id => uint64) public endForcedIndex;
    /// @notice Ids of the proposals over each start (key: keccak256(abi.encode(number,
    /// outputRoot))), in proposing order.
    mapping(bytes32 start => uint256[]) private _children;
    /// @notice How many of a start's proposals finalize skipped as defeated.
    mapping(bytes32 start => uint256) private _skipped;
    mapping(uint256 id => Game) public games;
    uint256 public gameCount;
    /// @notice The proposer's bisection of each range (key: keccak256(abi.encode(
    /// proposalId, lo, hi))).
    mapping(bytes32 range => Bisection) public bisections;
    /// @notice What DERIVE derived from each blob of a proposal (`proveBlockData`).
    mapping(uint256 proposalId => mapping(uint256 blobIndex => BlobBlocks)) public blobBlocks;
    /// @notice Blocks of a proposal `step` settled for the proposer.
    mapping(uint256 proposalId => mapping(uint64 number => Execution)) public executions;
    /// @notice Bonds won or refunded, withdrawable with `withdrawCredit`.
    mapping(address account => uint256) public credit;

    event Proposed(
        uint256 indexed proposalId,
        address indexed proposer,
        uint64 endNumber,
        bytes32 endOutputRoot,
        uint64 endForcedIndex,
        bytes32[] blobHashes,
        uint32[] blockCounts,
        uint64 anchorL1Block
    );
    /// @notice The proposal builds on `parentId`'s end (0: the finalized head), block
    /// `startNumber` with output root `startOutputRoot`.
    event ProposalParent(uint256 indexed proposalId, uint256 indexed parentId, uint64 startNumber, bytes32 startOutputRoot);
    event Challenged(uint256 indexed proposalId, uint256 indexed gameId, address indexed challenger);
    /// @notice The proposer's outputs at the split points of (lo, hi] of the
    /// proposal; the first such event of a (proposal, lo, hi) is the recorded one.
    event Bisected(uint256 indexed gameId, uint256 indexed proposalId, uint64 lo, uint64 hi, bytes32[] outputRoots);
    /// @notice The game reached a range the proposer had bisected in another game:
    /// that bisection (event Bisected of the same proposal and range) stands, and it
    /// is the challenger's turn.
    event BisectionReused(uint256 indexed gameId, uint64 lo, uint64 hi);
    event Selected(uint256 indexed gameId, uint64 lo, uint64 hi);
    /// @notice DERIVE derived blob `blobIndex` of the game's proposal; `blocksRoot` is
    /// the Merkle root of its blocks' digests (Derive.deriveBlocksRoot), which `step`
    /// proves its inputs against.
    event BlockDataProven(uint256 indexed gameId, uint256 blobIndex, bytes32 blocksRoot);
    /// @notice The blob that should hold the disputed block does not decode to the
    /// number of blocks the proposal committed to (reason: DERIVE's reason code, 0 if
    /// the payload is valid but has `count` blocks); the proposer loses.
    event BlockDataInvalid(uint256 indexed gameId, uint256 blobIndex, uint8 reason, uint256 count);
    event GameResolved(uint256 indexed gameId, bool proposerWon);
    event Finalized(uint256 indexed proposalId, uint64 number, bytes32 blockHash, bytes32 stateRoot);
    /// @notice A void proposal's bond went back to its proposer.
    event Refunded(uint256 indexed proposalId);

    error WrongBond(uint256 sent, uint256 required);
    /// @notice The proposal may still finalize: its bond is not refundable.
    error ProposalPending(uint256 proposalId);
    /// @notice No undefeated proposal builds on the finalized head.
    error NoPendingProposal();
    /// @notice The proposal is unknown, finalized or void: it cannot be challenged or
    /// built on.
    error ProposalNotPending(uint256 proposalId);
    /// @notice The proposal's bond was paid out already.
    error BondPaid(uint256 proposalId);
    error InvalidRange(uint64 endNumber, uint64 start, uint64 maxBlocks);
    /// @notice Transaction data must travel in the proposing transaction's blobs.
    error NoBlobs();
    /// @notice blockCounts needs one count of at least 1 per blob, summing to the
    /// number of proposed blocks.
    error InvalidBlockCounts(uint256 blobs, uint256 blocks);
    error ChallengeWindowClosed(uint64 closedAt);
    error ChallengeWindowOpen(uint64 closesAt);
    error GamesOpen(uint64 openGames);
    error NotYourTurn(Turn turn);
    error ClockExpired(uint64 deadline);
    error ClockRunning(uint64 deadline);
    error GameResolvedAlready();
    error ProposalDefeated(uint256 proposalId);
    error ProposalNotDefeated(uint256 proposalId);
    error WrongOutputCount(uint256 got, uint256 want);
    /// @notice The outputs given are not the bisection recorded for this range.
    error SectionsMismatch();
    error SectionOutOfRange(uint256 section, uint256 sections);
    error NotAtOneBlock(uint64 lo, uint64 hi);
    error OutputMismatch();
    /// @notice blobHashes and blockCounts are not the proposal's.
    error DataMismatch();
    /// @notice Blob `blobIndex` does not hold block `number` (per blockCounts).
    error BlobDoesNotHoldBlock(uint256 blobIndex, uint64 number);
    error BlockDataProvenAlready(uint256 blobIndex);
    /// @notice `step` needs `proveBlockData` of the blob holding the block first.
    error BlockDataNotProven(uint64 number);
    /// @notice The inputs given are not the ones DERIVE derived from the blob (the
    /// proof does not lead from their digest to the blob's blocks root).
    error InputsNotDerived();
    /// @notice `sync` found no bisection or execution of another game to apply.
    error NothingToSync(uint256 gameId);
    error NothingToWithdraw();
    /// @notice A bond must be in [min, MAX_BOND].
    error BondOutOfRange(uint256 bond, uint256 min, uint256 max);
    /// @notice challengeWindow must be in [MIN_CHALLENGE_WINDOW, BLOB_RETENTION].
    error ChallengeWindowOutOfRange(uint64 challengeWindow, uint64 min, uint64 max);
    /// @notice moveTimeout must be in [MIN_MOVE_TIMEOUT, MAX_MOVE_TIMEOUT].
    error MoveTimeoutOutOfRange(uint64 moveTimeout, uint64 min, uint64 max);
    /// @notice maxBlocksPerProposal must be in [1, MAX_BLOCKS_PER_PROPOSAL].
    error MaxBlocksPerProposalOutOfRange(uint64 maxBlocksPerProposal, uint64 max);
    /// @notice forcedInclusionDelay must be in [MIN_FORCED_INCLUSION_DELAY, MAX_FORCED_INCLUSION_DELAY].
    error ForcedInclusionDelayOutOfRange(uint64 forcedInclusionDelay, uint64 min, uint64 max);

    constructor(Config memory c)
        RollupHost(c.chainId, c.historySize, c.genesisHash, c.genesisStateRoot, c.minGasLimit, c.maxGasLimit)
    {
        _requireBond(c.challengerBond, MIN_CHALLENGER_BOND);
        // A garbage proposal must cost its proposer at least the bond that defeating
        // it locks: else an attacker burning X forces challengers to lock
        // challengerBond / proposerBond times X within one window, or a garbage
        // proposal nobody could afford to dispute finalizes.
        _requireBond(c.proposerBond, c.challengerBond);
        if (c.challengeWindow < _minChallengeWindow() || c.challengeWindow > BLOB_RETENTION) {
            revert ChallengeWindowOutOfRange(c.challengeWindow, _minChallengeWindow(), BLOB_RETENTION);
        }
        if (c.moveTimeout < _minMoveTimeout() || c.moveTimeout > MAX_MOVE_TIMEOUT) {
            revert MoveTimeoutOutOfRange(c.moveTimeout, _minMoveTimeout(), MAX_MOVE_TIMEOUT);
        }
        if (c.maxBlocksPerProposal == 0 || c.maxBlocksPerProposal > MAX_BLOCKS_PER_PROPOSAL) {
            revert MaxBlocksPerProposalOutOfRange(c.maxBlocksPerProposal, MAX_BLOCKS_PER_PROPOSAL);
        }
        proposerBond = c.proposerBond;
        challengerBond = c.challengerBond;
        challengeWindow = c.challengeWindow;
        moveTimeout = c.moveTimeout;
        if (c.forcedInclusionDelay < _minForcedInclusionDelay() || c.forcedInclusionDelay > MAX_FORCED_INCLUSION_DELAY) {
            revert ForcedInclusionDelayOutOfRange(
                c.forcedInclusionDelay, _minForcedInclusionDelay(), MAX_FORCED_INCLUSION_DELAY
            );
        }
        maxBlocksPerProposal = c.maxBlocksPerProposal;
        forcedQueue = new OptimisticForcedQueue(c.chainId, c.minGasLimit, c.forcedInclusionDelay);
        outputRoot = hashOutput(Output(c.genesisHash, c.genesisStateRoot, c.genesisReceiptsRoot, c.genesisGasUsed, 0));
    }

    /// @notice The shortest challenge window and move timeout the constructor takes:
    /// MIN_CHALLENGE_WINDOW and MIN_MOVE_TIMEOUT. Only a host on a dev L1 with one
    /// operator, where no one can be censored, lowers them (DevOptimisticRollup).
    function _minChallengeWindow() internal pure virtual returns (uint64) {
        return MIN_CHALLENGE_WINDOW;
    }

    function _minMoveTimeout() internal pure virtual returns (uint64) {
        return MIN_MOVE_TIMEOUT;
    }

    function _minForcedInclusionDelay() internal pure virtual returns (uint64) {
        return MIN_FORCED_INCLUSION_DELAY;
    }

    /// @notice Claims that blocks start+1..endNumber, the blocks DERIVE derives from
    /// this transaction's blobs (blob j holding the next `blockCounts[j]` of them),
    /// executed with the anchor of L1 block `anchorL1Block`, end in `end`. The start is
    /// the finalized head (parentId 0) or the end of pending proposal `parentId`.
    /// `end.forcedIndex` is how far the blocks take the forced queue; it may not stop
    /// at an entry that is due unless the blocks took at least one entry each.
    function propose(
        uint256 parentId,
        uint64 endNumber,
        Output calldata end,
        uint32[] calldata blockCounts,
        uint64 anchorL1Block
    ) external payable returns (uint256 proposalId) {
        if (msg.value != proposerBond) revert WrongBond(msg.value, proposerBond);
        (uint64 startNumber, bytes32 startOutputRoot, uint64 startForced) = (blockNumber, outputRoot, forcedQueue.forcedHead());
        if (parentId != 0) {
            Proposal storage parent = proposals[parentId];
            if (!_pending(parent)) revert ProposalNotPending(parentId);
            if (anchorL1Block < parent.anchorBlockNumber) {
                revert AnchorOutOfRange(anchorL1Block, parent.anchorBlockNumber, block.number);
            }
            (startNumber, startOutputRoot, startForced) = (parent.endNumber, parent.endOutputRoot, endForcedIndex[parentId]);
        }
        if (endNumber <= startNumber || endNumber - startNumber > maxBlocksPerProposal) {
            revert InvalidRange(endNumber, startNumber, maxBlocksPerProposal);
        }
        forcedQueue.requireTakeable(end.forcedIndex, startForced, endNumber - startNumber);
        bytes32 anchor = _anchor(anchorL1Block);
        bytes32[] memory blobs = _blobHashes();
        uint256 total;
        for (uint256 j = 0; j < blockCounts.length; j++) {
            if (blockCounts[j] == 0) revert InvalidBlockCounts(blobs.length, endNumber - startNumber);
            total += blockCounts[j];
        }
        if (blockCounts.length != blobs.length || total != endNumber - startNumber) {
            revert InvalidBlockCounts(blobs.length, endNumber - startNumber);
        }
        proposalId = ++proposalCount;
        proposals[proposalId] = Proposal({
            proposer: msg.sender,
            startNumber: startNumber,
            endNumber: endNumber,
            proposedAt: uint64(block.timestamp),
            openGames: 0,
            defeated: false,
            settled: false,
            anchorBlockNumber: anchorL1Block,
            startOutputRoot: startOutputRoot,
            endOutputRoot: hashOutput(end),
            endBlockHash: end.blockHash,
            endStateRoot: end.stateRoot,
            anchor: anchor,
            dataHash: keccak256(abi.encode(blobs, blockCounts))
        });
        endForcedIndex[proposalId] = end.forcedIndex;
        _children[_startKey(startNumber, startOutputRoot)].push(proposalId);
        emit Proposed(
            proposalId, msg.sender, endNumber, hashOutput(end), end.forcedIndex, blobs, blockCounts, anchorL1Block
        );
        emit ProposalParent(proposalId, parentId, startNumber, startOutputRoot);
    }

    /// @notice Disputes proposal `proposalId`; the proposer moves first, unless it
    /// already bisected the whole range in another game.
    function challenge(uint256 proposalId) external payable returns (uint256 gameId) {
        Proposal storage p = proposals[proposalId];
        if (p.defeated) revert ProposalDefeated(proposalId);
        if (!_pending(p)) revert ProposalNotPending(proposalId);
        uint64 closesAt = p.proposedAt + challengeWindow;
        if (block.timestamp >= closesAt) revert ChallengeWindowClosed(closesAt);
        if (msg.value != challengerBond) revert WrongBond(msg.value, challengerBond);
        gameId = ++gameCount;
        Game storage g = games[gameId];
        g.proposalId = proposalId;
        g.challenger = msg.sender;
        g.turn = Turn.Proposer;
        g.deadline = uint64(block.timestamp) + moveTimeout;
        g.lo = p.startNumber;
        g.hi = p.endNumber;
        g.loOutputRoot = p.startOutputRoot;
        g.hiOutputRoot = p.endOutputRoot;
        p.openGames++;
        emit Challenged(proposalId, gameId, msg.sender);
        _reuse(gameId, g);
    }

    /// @notice The proposer splits the disputed range (lo, hi] into
    /// m = min(K, hi - lo) sections by posting the output roots of blocks
    /// lo + (hi - lo) * j / m for j = 1..m-1. The first bisection of a range is
    /// recorded and stands for every game of the proposal over that range.
    function bisect(uint256 gameId, bytes32[] calldata outputRoots) external {
        Game storage g = _liveGame(gameId, Turn.Proposer);
        if (msg.sender != proposals[g.proposalId].proposer) revert NotYourTurn(g.turn);
        if (g.hi - g.lo < 2) revert NotAtOneBlock(g.lo, g.hi);
        uint256 m = _sections(g);
        if (outputRoots.length != m - 1) revert WrongOutputCount(outputRoots.length, m - 1);
        bytes32 sectionsHash = keccak256(abi.encode(outputRoots));
        Bisection storage b = bisections[_rangeKey(g.proposalId, g.lo, g.hi)];
        if (b.sectionsHash == 0) {
            b.sectionsHash = sectionsHash;
            b.at = uint64(block.timestamp);
        } else if (b.sectionsHash != sectionsHash) {
            revert SectionsMismatch();
        }
        g.sectionsHash = sectionsHash;
        g.turn = Turn.Challenger;
        g.deadline = uint64(block.timestamp) + moveTimeout;
        emit Bisected(gameId, g.proposalId, g.lo, g.hi, outputRoots);
    }

    /// @notice The challenger picks the section it disputes: it agrees with the
    /// output at the section's start and disputes the one at its end.
    function select(uint256 gameId, bytes32[] calldata outputRoots, uint256 section) external {
        Game storage g = _openGame(gameId);
        _reuse(gameId, g);
        _requireTurn(g, Turn.Challenger);
        if (msg.sender != g.challenger) revert NotYourTurn(g.turn);
        if (keccak256(abi.encode(outputRoots)) != g.sectionsHash) revert SectionsMismatch();
        uint256 m = _sections(g);
        if (section >= m) revert SectionOutOfRange(section, m);
        uint64 span = g.hi - g.lo;
        uint64 newLo = g.lo + uint64((uint256(span) * section) / m);
        uint64 newHi = g.lo + uint64((uint256(span) * (section + 1)) / m);
        if (section > 0) g.loOutputRoot = outputRoots[section - 1];
        if (section < m - 1) g.hiOutputRoot = outputRoots[section];
        g.lo = newLo;
        g.hi = newHi;
        g.sectionsHash = bytes32(0);
        g.turn = Turn.Proposer;
        g.deadline = uint64(block.timestamp) + moveTimeout;
        emit Selected(gameId, newLo, newHi);
        _reuse(gameId, g);
    }

    /// @notice First half of settling a game narrowed to one block: derives the blob
    /// that holds block hi, with DERIVE, and records the Merkle root of the digests of
    /// all its blocks, which every later `step` on any block of the blob proves its
    /// inputs against. If the blob's payload is invalid or holds another number of
    /// blocks than the proposal committed to, the proposer loses at once. Anyone may
    /// call it while the proposer's clock runs; on success the proposer gets a fresh
    /// move timeout in this game for `step`. It costs DERIVE's 14.35M for any blob
    /// plus the blob's calldata and the hashing of its blocks (docs/BENCHMARKS.md),
    /// so it is a transaction of its own, before `step`.
    /// @param blobHashes The proposing transaction's blob versioned hashes (event Proposed).
    /// @param blockCounts The proposal's blocks per blob (event Proposed).
    /// @param blobIndex The blob holding block hi.
    /// @param blob That blob's bytes; trailing zero bytes may be left out.
    function proveBlockData(
        uint256 gameId,
        bytes32[] calldata blobHashes,
        uint32[] calldata blockCounts,
        uint256 blobIndex,
        bytes calldata blob
    ) external {
        Game storage g = _liveGame(gameId, Turn.Proposer);
        if (g.hi - g.lo != 1) revert NotAtOneBlock(g.lo, g.hi);
        Proposal storage p = proposals[g.proposalId];
        if (keccak256(abi.encode(blobHashes, blockCounts)) != p.dataHash) revert DataMismatch();
        uint256 index = g.hi - p.startNumber - 1;
        uint256 first;
        for (uint256 j = 0; j < blobIndex && j < blockCounts.length; j++) {
            first += blockCounts[j];
        }
        if (blobIndex >= blockCounts.length || index < first || index - first >= blockCounts[blobIndex]) {
            revert BlobDoesNotHoldBlock(blobIndex, g.hi);
        }
        BlobBlocks storage b = blobBlocks[g.proposalId][blobIndex];
        if (b.root != 0) revert BlockDataProvenAlready(blobIndex);
        (uint8 reason, uint256 count, bytes32 root) = Derive.deriveBlocksRoot(blob, blobHashes[blobIndex]);
        if (reason != 0 || count != blockCounts[blobIndex]) {
            emit BlockDataInvalid(gameId, blobIndex, reason, count);
            _resolve(gameId, g, false);
            return;
        }
        b.root = root;
        b.firstNumber = p.startNumber + uint64(first) + 1;
        b.count = blockCounts[blobIndex];
        g.deadline = uint64(block.timestamp) + moveTimeout;
        emit BlockDataProven(gameId, blobIndex, root);
    }

    /// @notice Settles a game narrowed to one block with one EXECUTE call, on inputs
    /// `proof` shows to be block hi of blob `blobIndex` as `proveBlockData` derived
    /// it. Anyone may call it before the proposer's clock runs out. A block outside
    /// the gas-limit policy, or whose transactions and extra data alone could not
    /// settle in one L1 transaction (`settleable`), is wrong whatever it executes to:
    /// the proposer loses. A witness that makes the input too large reverts
    /// (BlockTooLarge): the caller can send a smaller one, so every block the proposer
    /// can win with settles within MAX_TX_GAS. A block whose claimed forcedIndex is
    /// not how far its transactions and the recorded verdicts take the queue
    /// (`_forcedTaken`) is wrong too; a verdict the walk needs and nobody recorded
    /// reverts (ForcedVerdictMissing): record it with judgeForcedTransaction and step
    /// again. A FORCED_VALID_LATE entry the block does not include is skipped unless
    /// someone recorded before this call, with proveForcedSettleable, that a block
    /// with this block's parent, environment and anchor holding it alone settles.
    /// A win is recorded: every other game
    /// reaching the same block with the same outputs resolves for the proposer
    /// (`sync`) without another EXECUTE call, unless an entry the walk skipped has
    /// been proven settleable since (then that game must step again).
    /// @param parent Preimage of the agreed output of block lo.
    /// @param claimed Preimage of the proposer's output of block hi = lo + 1.
    /// @param inputs The inputs of block hi as DERIVE derived them from the blob.
    /// @param witness Stateless witness for executing block hi on top of `parent`.
    /// @param blobIndex The blob holding block hi.
    /// @param proof Siblings of the inputs' digest in the blob's blocks tree, leaf up.
    function step(
        uint256 gameId,
        Output calldata parent,
        Output calldata claimed,
        BlockInputs calldata inputs,
        bytes calldata witness,
        uint256 blobIndex,
        bytes32[] calldata proof
    ) external {
        Game storage g = _liveGame(gameId, Turn.Proposer);
        if (g.hi - g.lo != 1) revert NotAtOneBlock(g.lo, g.hi);
        if (hashOutput(parent) != g.loOutputRoot || hashOutput(claimed) != g.hiOutputRoot) revert OutputMismatch();
        BlobBlocks storage b = blobBlocks[g.proposalId][blobIndex];
        if (b.root == 0) revert BlockDataNotProven(g.hi);
        if (g.hi < b.firstNumber || g.hi - b.firstNumber >= b.count) revert BlobDoesNotHoldBlock(blobIndex, g.hi);
        bytes32 digest = Derive.digestOf(inputs.env, inputs.transactions);
        if (!Derive.verify(b.root, b.count, g.hi - b.firstNumber, digest, proof)) revert InputsNotDerived();
        Proposal storage p = proposals[g.proposalId];
        uint256 blockBytes = inputs.transactions.length + inputs.env.extraData.length;
        // No witness can make a block outside the policy, or one that takes the queue
        // elsewhere than its output claims, acceptable.
        if (!_inPolicy(inputs.env, p.proposedAt) || !settleable(inputs.env.gasLimit, blockBytes)) {
            _resolve(gameId, g, false);
            return;
        }
        (uint64 index, uint64 skipEnd, bytes32 blockKey) =
            _forcedTaken(inputs, parent, p.anchor, endForcedIndex[g.proposalId]);
        if (index != claimed.forcedIndex) {
            _resolve(gameId, g, false);
            return;
        }
        _requireSettleable(inputs.env.gasLimit, blockBytes + witness.length); // a smaller witness may still fit
        bool won = _executes(p, parent, claimed, inputs, witness);
        if (won) {
            Execution storage e = executions[g.proposalId][g.hi];
            e.outputs = keccak256(abi.encode(g.loOutputRoot, g.hiOutputRoot));
            e.at = uint64(block.timestamp);
            if (skipEnd > parent.forcedIndex) (e.skipFrom, e.skipTo, e.blockKey) = (parent.forcedIndex, skipEnd, blockKey);
        }
        _resolve(gameId, g, won);
    }

    /// @notice Applies the proposer's move made in another game of the same
    /// proposal: a bisection of this game's range (the challenger's turn comes), or an
    /// execution of this game's block with the same outputs (the proposer wins). A
    /// move counts only if it was made before this game's deadline. `select` and
    /// `timeout` apply it too, so a game never waits on a move already made.
    function sync(uint256 gameId) external {
        Game storage g = _openGame(gameId);
        if (!_reuse(gameId, g)) revert NothingToSync(gameId);
    }

    /// @notice Ends a game whose current mover let the clock run out: that side loses.
    /// Games of a proposal another challenger already defeated end with `reclaim`.
    function timeout(uint256 gameId) external {
        Game storage g = _openGame(gameId);
        if (_reuse(gameId, g) && g.turn == Turn.Resolved) return;
        if (block.timestamp <= g.deadline) revert ClockRunning(g.deadline);
        _resolve(gameId, g, g.turn == Turn.Challenger);
    }

    /// @notice Returns the bond of a game whose proposal another challenger defeated.
    function reclaim(uint256 gameId) external {
        Game storage g = games[gameId];
        if (g.turn == Turn.Resolved || g.challenger == address(0)) revert GameResolvedAlready();
        if (!proposals[g.proposalId].defeated) revert ProposalNotDefeated(g.proposalId);
        g.turn = Turn.Resolved;
        credit[g.challenger] += challengerBond;
        emit GameResolved(gameId, false);
    }

    /// @notice Accepts the earliest undefeated proposal over the finalized head once
    /// its window has passed with none of its games open. The queue entries its
    /// blocks took leave the queue and their fees are owed to its proposer
    /// (OptimisticForcedQueue.withdrawFees). Every other proposal over
    /// that head becomes void (`refund`). Skips at most MAX_FINALIZE_SKIPS defeated
    /// proposals per call and keeps that progress: if that many were skipped, it
    /// returns without finalizing, and the next call goes on from there.
    function finalize() external {
        bytes32 start = _startKey(blockNumber, outputRoot);
        uint256[] storage children = _children[start];
        uint256 i = _skipped[start];
        uint256 stop = i + MAX_FINALIZE_SKIPS;
        while (i < children.length && proposals[children[i]].defeated) {
            if (++i == stop) {
                _skipped[start] = i;
                return;
            }
        }
        _skipped[start] = i;
        if (i == children.length) revert NoPendingProposal();
        uint256 id = children[i];
        Proposal storage p = proposals[id];
        uint64 closesAt = p.proposedAt + challengeWindow;
        if (block.timestamp < closesAt) revert ChallengeWindowOpen(closesAt);
        if (p.openGames != 0) revert GamesOpen(p.openGames);
        _accept(p.endNumber, p.endBlockHash, p.endStateRoot, p.anchorBlockNumber);
        outputRoot = p.endOutputRoot;
        p.settled = true;
        credit[p.proposer] += proposerBond;
        emit Finalized(id, p.endNumber, p.endBlockHash, p.endStateRoot);
        forcedQueue.take(endForcedIndex[id], p.proposer, id);
    }

    /// @notice Returns the bond of a void proposal: one that can no longer finalize
    /// (the finalized head is past its start, or a sibling finalized) and was not
    /// defeated, once none of its games is open.
    function refund(uint256 proposalId) external {
        Proposal storage p = proposals[proposalId];
        if (p.proposer == address(0)) revert ProposalNotPending(proposalId);
        if (p.defeated) revert ProposalDefeated(proposalId);
        if (p.settled) revert BondPaid(proposalId);
        if (!_void(p)) revert ProposalPending(proposalId);
        if (p.openGames != 0) revert GamesOpen(p.openGames);
        p.settled = true;
        credit[p.proposer] += proposerBond;
        emit Refunded(proposalId);
    }

    /// @notice Whether proposal `proposalId` can still finalize: undefeated, not
    /// finalized, and over the finalized head or a later block.
    function pending(uint256 proposalId) external view returns (bool) {
        return _pending(proposals[proposalId]);
    }

    /// @notice Pays out the caller's won and refunded bonds.
    function withdrawCredit() external {
        uint256 amount = credit[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credit[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender);
    }

    /// @notice keccak256(abi.encode(output)), the root a proposal commits to.
    function hashOutput(Output memory o) public pure returns (bytes32) {
        return keccak256(abi.encode(o));
    }

    function _requireBond(uint256 bond, uint256 min) private pure {
        if (bond < min || bond > MAX_BOND) revert BondOutOfRange(bond, min, MAX_BOND);
    }

    /// @dev Known, undefeated, bond not paid, and not void.
    function _pending(Proposal storage p) private view returns (bool) {
        return p.proposer != address(0) && !p.defeated && !p.settled && !_void(p);
    }

    /// @dev The proposal can never finalize: the head is past its start, or at its
    /// start number with another output (a sibling or another chain finalized).
    function _void(Proposal storage p) private view returns (bool) {
        return p.startNumber < blockNumber || (p.startNumber == blockNumber && p.startOutputRoot != outputRoot);
    }

    /// @dev How far the block `inputs` with `anchor` on top of `parent` takes the
    /// forced queue (OptimisticForcedQueue.taken, with the block's forcedBlockKey
    /// for the settleability proofs), never to `end` (its proposal's end index) or past.
    function _forcedTaken(BlockInputs calldata inputs, Output calldata parent, bytes32 anchor, uint64 end)
        private
        view
        returns (uint64 index, uint64 skipEnd, bytes32 blockKey)
    {
        if (parent.forcedIndex >= end) return (parent.forcedIndex, parent.forcedIndex, 0);
        blockKey = forcedBlockKey(parent.blockHash, inputs.env, anchor);
        (index, skipEnd) = forcedQueue.taken(
            _leadingTxHashes(inputs.transactions), parent.forcedIndex, parent.blockHash, blockKey, end
        );
    }

    /// @dev The hashes of the leading typed transactions (strings in the RLP list;
    /// their hash is keccak256 of the string's payload) of `transactions`, at most
    /// MAX_FORCED_PER_BLOCK, up to the first legacy one (a list). A list that is not
    /// canonical RLP reverts: such a block cannot be executed either.
    function _leadingTxHashes(bytes calldata transactions) private pure returns (bytes32[] memory hashes) {
        hashes = new bytes32[](MAX_FORCED_PER_BLOCK);
        (uint256 offset, uint256 len, bool list) = RLPReader.prefixAt(transactions, 0);
        uint256 pos = offset;
        uint256 stop = list ? offset + len : 0;
        uint256 n;
        while (n < MAX_FORCED_PER_BLOCK && pos < stop) {
            (offset, len, list) = RLPReader.prefixAt(transactions, pos);
            if (list) break;
            hashes[n++] = keccak256(transactions[pos + offset:pos + offset + len]);
            pos += offset + len;
        }
        assembly ("memory-safe") {
            mstore(hashes, n)
        }
    }

    function _startKey(uint64 number, bytes32 root) private pure returns (bytes32) {
        return keccak256(abi.encode(number, root));
    }

    function _rangeKey(uint256 proposalId, uint64 lo, uint64 hi) private pure returns (bytes32) {
        return keccak256(abi.encode(proposalId, lo, hi));
    }

    /// @dev A game that is neither resolved nor of a defeated proposal.
    function _openGame(uint256 gameId) private view returns (Game storage g) {
        g = games[gameId];
        if (g.turn == Turn.Resolved || g.challenger == address(0)) revert GameResolvedAlready();
        if (proposals[g.proposalId].defeated) revert ProposalDefeated(g.proposalId);
    }

    function _requireTurn(Game storage g, Turn turn) private view {
        if (g.turn != turn) revert NotYourTurn(g.turn);
        if (block.timestamp > g.deadline) revert ClockExpired(g.deadline);
    }

    function _liveGame(uint256 gameId, Turn turn) private view returns (Game storage g) {
        g = _openGame(gameId);
        _requireTurn(g, turn);
    }

    /// @dev If it is the proposer's turn in `g` and the proposer already made this
    /// move in another game before g's deadline, applies it and returns true: a
    /// recorded bisection of g's range passes the turn to the challenger, whose clock
    /// starts when the game reached the range or when the bisection was made,
    /// whichever is later; a recorded execution of g's block with g's outputs
    /// resolves g for the proposer.
    function _reuse(uint256 gameId, Game storage g) private returns (bool) {
        if (g.turn != Turn.Proposer) return false;
        if (g.hi - g.lo >= 2) {
            Bisection storage b = bisections[_rangeKey(g.proposalId, g.lo, g.hi)];
            if (b.sectionsHash == 0 || b.at > g.deadline) return false;
            uint64 reachedAt = g.deadline - moveTimeout; // the last turn change
            g.sectionsHash = b.sectionsHash;
            g.turn = Turn.Challenger;
            g.deadline = (b.at > reachedAt ? b.at : reachedAt) + moveTimeout;
            emit BisectionReused(gameId, g.lo, g.hi);
            return true;
        }
        Execution storage e = executions[g.proposalId][g.hi];
        if (e.outputs != keccak256(abi.encode(g.loOutputRoot, g.hiOutputRoot)) || e.at > g.deadline) return false;
        // The walk skipped entries for want of a proof; one recorded since makes the
        // block wrong, which only a step of this game can now show.
        if (e.skipTo > e.skipFrom && forcedQueue.provenSettleable(e.blockKey, e.skipFrom, e.skipTo)) return false;
        _resolve(gameId, g, true);
        return true;
    }

    function _sections(Game storage g) private view returns (uint256) {
        uint256 span = g.hi - g.lo;
        return span < K ? span : K;
    }

    function _inPolicy(Execute.BlockEnv calldata env, uint64 proposedAt) private view returns (bool) {
        return _gasLimitInPolicy(env.gasLimit) && env.timestamp <= proposedAt;
    }

    function _executes(
        Proposal storage p,
        Output calldata parent,
        Output calldata claimed,
        BlockInputs calldata inputs,
        bytes calldata witness
    ) private view returns (bool) {
        (bool valid, bytes32 computed) = Execute.run(
            chainId,
            parent.blockHash,
            parent.stateRoot,
            inputs.env,
            p.anchor,
            Execute.Claims(claimed.stateRoot, claimed.receiptsRoot, claimed.gasUsed),
            inputs.transactions,
            witness
        );
        return valid && computed == claimed.blockHash;
    }

    function _resolve(uint256 gameId, Game storage g, bool proposerWon) private {
        g.turn = Turn.Resolved;
        Proposal storage p = proposals[g.proposalId];
        p.openGames--;
        if (proposerWon) {
            credit[p.proposer] += challengerBond;
        } else {
            p.defeated = true;
            credit[g.challenger] += challengerBond + proposerBond;
        }
        emit GameResolved(gameId, proposerWon);
    }

    function _blobHashes() private view returns (bytes32[] memory hashes) {
        uint256 n;
        while (blobhash(n) != bytes32(0)) n++;
        if (n == 0) revert NoBlobs();
        hashes = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            hashes[i] = blobhash(i);
        }
    }
}
