// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Execute} from "./lib/Execute.sol";
import {RollupHost} from "./RollupHost.sol";

/// @title OptimisticNativeRollup
/// @notice The optimistic variant: a proposer posts a claim over a range of L2 blocks
/// with a bond and no EXECUTE call (transaction data travels in blobs; only a
/// commitment to each block's inputs is stored). During the challenge window anyone
/// may open a dispute with a bond. Each dispute is a K-section game over the block
/// range that narrows to the first disputed block, and one EXECUTE call settles it.
///
/// Data flow:
///   propose(endNumber, endOutput, inputsRoot, anchor) + blobs + bond
///     -> challenge() + bond          (any number of games, one per challenger call)
///     -> bisect(outputs)  by proposer: K-1 intermediate output roots
///     -> select(outputs, section) by challenger: the first section it disputes
///     -> ... until one block is left ...
///     -> step(parent, claimed, inputs, proof, witness): EXECUTE on that block
///     -> or timeout(): whoever's move it is and who let the clock run out loses
///   finalize() after the window when no game is open: the end state root is accepted.
///
/// Output of L2 block n: outputRoot = keccak256(abi.encode(blockHash, stateRoot,
/// receiptsRoot, gasUsed)). Inputs of block n: keccak256(abi.encode(BlockInputs));
/// inputsRoot is the binary Merkle root (keccak256(left ++ right), padded with zero
/// leaves to a power of two) over blocks start+1..end in order. Every block uses the
/// proposal's anchor and must have a timestamp no later than the proposal's L1 time.
///
/// Choice of K = 16. A round costs one L1 transaction per side and at most one move
/// timeout of wall time; its calldata grows by 32 bytes per extra section (~512 gas
/// each), which is negligible next to the 21,000 base cost. Rounds are
/// ceil(log_K(blocks)): for a 3,600-block proposal (2 h of 2 s blocks) K = 2 needs 12
/// rounds, K = 16 needs 3, K = 64 needs 2 at ~2 KB of calldata per move. K = 16 keeps
/// the worst-case dispute within three round trips while a move stays below ~40k gas.
///
/// Soundness of the settlement: inputs and anchor are fixed by the proposal and the
/// parent output is agreed, so the correct block is unique. EXECUTE with the
/// proposer's claimed results returns valid only if they are the correct ones, and
/// then its block hash must equal the claimed one. A block that cannot be executed
/// at all (invalid transactions, inputs out of policy) cannot be defended, so the
/// proposer's clock runs out.
contract OptimisticNativeRollup is RollupHost {
    /// @notice Sections per bisection round.
    uint256 public constant K = 16;

    /// @dev As in NativeRollup.Config, keep maxGasLimit well below ~16.3M: an
    /// honest proposer must be able to run `step` on any in-policy block in one L1
    /// transaction, or a challenger could win by the proposer's timeout.
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
    }

    /// @notice Header fields a dispute needs about one L2 block.
    struct Output {
        bytes32 blockHash;
        bytes32 stateRoot;
        bytes32 receiptsRoot;
        uint64 gasUsed;
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
        bytes32 startOutputRoot;
        bytes32 endOutputRoot;
        bytes32 endBlockHash;
        bytes32 endStateRoot;
        bytes32 inputsRoot;
        bytes32 anchor;
        bytes32 blobsHash;
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
        uint64 deadline;
        uint64 lo;
        uint64 hi;
        bytes32 loOutputRoot;
        bytes32 hiOutputRoot;
        bytes32 sectionsHash;
    }

    uint64 public immutable minGasLimit;
    uint64 public immutable maxGasLimit;
    uint256 public immutable proposerBond;
    uint256 public immutable challengerBond;
    uint64 public immutable challengeWindow;
    uint64 public immutable moveTimeout;
    uint64 public immutable maxBlocksPerProposal;

    /// @notice The last finalized L2 block.
    bytes32 public blockHash;
    bytes32 public stateRoot;
    uint64 public blockNumber;
    bytes32 public outputRoot;
    /// @notice L1 block whose hash anchored the last proposal; anchors never go backwards.
    uint64 public anchorBlockNumber;

    /// @notice Id of the pending proposal (0 = none); ids start at 1.
    uint256 public pendingProposal;
    uint256 public proposalCount;
    mapping(uint256 id => Proposal) public proposals;
    mapping(uint256 id => Game) public games;
    uint256 public gameCount;
    /// @notice Bonds won or refunded, withdrawable with `withdrawCredit`.
    mapping(address account => uint256) public credit;

    event Proposed(uint256 indexed proposalId, address indexed proposer, uint64 endNumber, bytes32 endOutputRoot, bytes32 inputsRoot, bytes32[] blobHashes);
    event Challenged(uint256 indexed proposalId, uint256 indexed gameId, address indexed challenger);
    event Bisected(uint256 indexed gameId, bytes32[] outputRoots);
    event Selected(uint256 indexed gameId, uint64 lo, uint64 hi);
    event GameResolved(uint256 indexed gameId, bool proposerWon);
    event Finalized(uint256 indexed proposalId, uint64 number, bytes32 blockHash, bytes32 stateRoot);

    error WrongBond(uint256 sent, uint256 required);
    error ProposalPending(uint256 proposalId);
    error NoPendingProposal();
    error InvalidRange(uint64 endNumber, uint64 head, uint64 maxBlocks);
    error AnchorOutOfRange(uint64 anchorBlockNumber, uint64 previousAnchor, uint256 l1BlockNumber);
    /// @notice Transaction data must travel in the proposing transaction's blobs.
    error NoBlobs();
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
    error SectionsMismatch();
    error SectionOutOfRange(uint256 section, uint256 sections);
    error NotAtOneBlock(uint64 lo, uint64 hi);
    error OutputMismatch();
    error InputsNotInProposal();
    error NothingToWithdraw();

    constructor(Config memory c) RollupHost(c.chainId, c.historySize, c.genesisStateRoot) {
        if (c.minGasLimit == 0 || c.minGasLimit > c.maxGasLimit) revert InvalidConfig("need 0 < minGasLimit <= maxGasLimit");
        if (c.maxBlocksPerProposal == 0) revert InvalidConfig("maxBlocksPerProposal must be positive");
        if (c.moveTimeout == 0 || c.challengeWindow == 0) revert InvalidConfig("timeouts must be positive");
        minGasLimit = c.minGasLimit;
        maxGasLimit = c.maxGasLimit;
        proposerBond = c.proposerBond;
        challengerBond = c.challengerBond;
        challengeWindow = c.challengeWindow;
        moveTimeout = c.moveTimeout;
        maxBlocksPerProposal = c.maxBlocksPerProposal;
        blockHash = c.genesisHash;
        stateRoot = c.genesisStateRoot;
        outputRoot = hashOutput(Output(c.genesisHash, c.genesisStateRoot, c.genesisReceiptsRoot, c.genesisGasUsed));
        anchorBlockNumber = uint64(block.number);
    }

    /// @notice Claims that blocks head+1..endNumber, built from the inputs committed
    /// in `inputsRoot` (whose data is in this transaction's blobs) and anchored to
    /// L1 block `anchorL1Block`, end in `end`.
    function propose(uint64 endNumber, Output calldata end, bytes32 inputsRoot, uint64 anchorL1Block)
        external
        payable
        returns (uint256 proposalId)
    {
        if (pendingProposal != 0) revert ProposalPending(pendingProposal);
        if (msg.value != proposerBond) revert WrongBond(msg.value, proposerBond);
        if (endNumber <= blockNumber || endNumber - blockNumber > maxBlocksPerProposal) {
            revert InvalidRange(endNumber, blockNumber, maxBlocksPerProposal);
        }
        if (anchorL1Block < anchorBlockNumber || anchorL1Block >= block.number || blockhash(anchorL1Block) == 0) {
            revert AnchorOutOfRange(anchorL1Block, anchorBlockNumber, block.number);
        }
        bytes32[] memory blobs = _blobHashes();
        proposalId = ++proposalCount;
        proposals[proposalId] = Proposal({
            proposer: msg.sender,
            startNumber: blockNumber,
            endNumber: endNumber,
            proposedAt: uint64(block.timestamp),
            openGames: 0,
            defeated: false,
            startOutputRoot: outputRoot,
            endOutputRoot: hashOutput(end),
            endBlockHash: end.blockHash,
            endStateRoot: end.stateRoot,
            inputsRoot: inputsRoot,
            anchor: blockhash(anchorL1Block),
            blobsHash: keccak256(abi.encode(blobs))
        });
        pendingProposal = proposalId;
        anchorBlockNumber = anchorL1Block;
        emit Proposed(proposalId, msg.sender, endNumber, hashOutput(end), inputsRoot, blobs);
    }

    /// @notice Disputes the pending proposal; the proposer moves first.
    function challenge() external payable returns (uint256 gameId) {
        uint256 id = pendingProposal;
        if (id == 0) revert NoPendingProposal();
        Proposal storage p = proposals[id];
        uint64 closesAt = p.proposedAt + challengeWindow;
        if (block.timestamp >= closesAt) revert ChallengeWindowClosed(closesAt);
        if (msg.value != challengerBond) revert WrongBond(msg.value, challengerBond);
        gameId = ++gameCount;
        games[gameId] = Game({
            proposalId: id,
            challenger: msg.sender,
            turn: Turn.Proposer,
            deadline: uint64(block.timestamp) + moveTimeout,
            lo: p.startNumber,
            hi: p.endNumber,
            loOutputRoot: p.startOutputRoot,
            hiOutputRoot: p.endOutputRoot,
            sectionsHash: bytes32(0)
        });
        p.openGames++;
        emit Challenged(id, gameId, msg.sender);
    }

    /// @notice The proposer splits the disputed range (lo, hi] into
    /// m = min(K, hi - lo) sections by posting the output roots of blocks
    /// lo + (hi - lo) * j / m for j = 1..m-1.
    function bisect(uint256 gameId, bytes32[] calldata outputRoots) external {
        Game storage g = _liveGame(gameId, Turn.Proposer);
        if (msg.sender != proposals[g.proposalId].proposer) revert NotYourTurn(g.turn);
        if (g.hi - g.lo < 2) revert NotAtOneBlock(g.lo, g.hi);
        uint256 m = _sections(g);
        if (outputRoots.length != m - 1) revert WrongOutputCount(outputRoots.length, m - 1);
        g.sectionsHash = keccak256(abi.encode(outputRoots));
        g.turn = Turn.Challenger;
        g.deadline = uint64(block.timestamp) + moveTimeout;
        emit Bisected(gameId, outputRoots);
    }

    /// @notice The challenger picks the section it disputes: it agrees with the
    /// output at the section's start and disputes the one at its end.
    function select(uint256 gameId, bytes32[] calldata outputRoots, uint256 section) external {
        Game storage g = _liveGame(gameId, Turn.Challenger);
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
    }

    /// @notice Settles a game narrowed to one block with one EXECUTE call. Anyone may
    /// call it before the proposer's clock runs out.
    /// @param parent Preimage of the agreed output of block lo.
    /// @param claimed Preimage of the proposer's output of block hi = lo + 1.
    /// @param inputs The inputs of block hi as committed in the proposal.
    /// @param inputsProof Merkle siblings of those inputs, leaf to root.
    /// @param witness Stateless witness for executing block hi on top of `parent`.
    function step(
        uint256 gameId,
        Output calldata parent,
        Output calldata claimed,
        BlockInputs calldata inputs,
        bytes32[] calldata inputsProof,
        bytes calldata witness
    ) external {
        Game storage g = _liveGame(gameId, Turn.Proposer);
        if (g.hi - g.lo != 1) revert NotAtOneBlock(g.lo, g.hi);
        if (hashOutput(parent) != g.loOutputRoot || hashOutput(claimed) != g.hiOutputRoot) revert OutputMismatch();
        Proposal storage p = proposals[g.proposalId];
        uint256 leafIndex = g.hi - p.startNumber - 1;
        uint256 width = _treeWidth(p.endNumber - p.startNumber);
        if (!_verifyLeaf(p.inputsRoot, keccak256(abi.encode(inputs)), leafIndex, width, inputsProof)) {
            revert InputsNotInProposal();
        }
        bool proposerRight = _inPolicy(inputs.env, p.proposedAt) && _executes(p, parent, claimed, inputs, witness);
        _resolve(gameId, g, proposerRight);
    }

    /// @notice Ends a game whose current mover let the clock run out: that side loses.
    /// Games of a proposal another challenger already defeated end with `reclaim`.
    function timeout(uint256 gameId) external {
        Game storage g = games[gameId];
        if (g.turn == Turn.Resolved || g.challenger == address(0)) revert GameResolvedAlready();
        if (proposals[g.proposalId].defeated) revert ProposalDefeated(g.proposalId);
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

    /// @notice Accepts the pending proposal once its window has passed with no game open.
    function finalize() external {
        uint256 id = pendingProposal;
        if (id == 0) revert NoPendingProposal();
        Proposal storage p = proposals[id];
        uint64 closesAt = p.proposedAt + challengeWindow;
        if (block.timestamp < closesAt) revert ChallengeWindowOpen(closesAt);
        if (p.openGames != 0) revert GamesOpen(p.openGames);
        blockHash = p.endBlockHash;
        stateRoot = p.endStateRoot;
        blockNumber = p.endNumber;
        outputRoot = p.endOutputRoot;
        pendingProposal = 0;
        _recordStateRoot(p.endNumber, p.endStateRoot);
        credit[p.proposer] += proposerBond;
        emit Finalized(id, p.endNumber, p.endBlockHash, p.endStateRoot);
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

    function _liveGame(uint256 gameId, Turn turn) private view returns (Game storage g) {
        g = games[gameId];
        if (g.turn == Turn.Resolved || g.challenger == address(0)) revert GameResolvedAlready();
        if (proposals[g.proposalId].defeated) revert ProposalDefeated(g.proposalId);
        if (g.turn != turn) revert NotYourTurn(g.turn);
        if (block.timestamp > g.deadline) revert ClockExpired(g.deadline);
    }

    function _sections(Game storage g) private view returns (uint256) {
        uint256 span = g.hi - g.lo;
        return span < K ? span : K;
    }

    function _inPolicy(Execute.BlockEnv calldata env, uint64 proposedAt) private view returns (bool) {
        return env.gasLimit >= minGasLimit && env.gasLimit <= maxGasLimit && env.timestamp <= proposedAt;
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
            if (pendingProposal == g.proposalId) pendingProposal = 0;
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

    function _treeWidth(uint256 leaves) private pure returns (uint256 width) {
        width = 1;
        while (width < leaves) width <<= 1;
    }

    function _verifyLeaf(bytes32 root, bytes32 leaf, uint256 index, uint256 width, bytes32[] calldata siblings)
        private
        pure
        returns (bool)
    {
        uint256 depth;
        while ((uint256(1) << depth) < width) depth++;
        if (siblings.length != depth) return false;
        bytes32 node = leaf;
        for (uint256 i = 0; i < depth; i++) {
            node = (index >> i) & 1 == 0
                ? keccak256(abi.encodePacked(node, siblings[i]))
                : keccak256(abi.encodePacked(siblings[i], node));
        }
        return node == root;
    }
}
