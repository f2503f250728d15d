// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Execute} from "./lib/Execute.sol";
import {ForcedInclusion} from "./ForcedInclusion.sol";
import {RollupHost} from "./RollupHost.sol";

/// @title NativeRollup
/// @notice Base contract of a native rollup: every L2 block is re-executed on L1 by
/// the EXECUTE precompile when it is submitted, so an accepted state root is final.
///
/// Data flow of `advance`:
///   storage (parent hash, pre-state root) + immutable chain id
///   + operator (env, anchor block number, claims, transactions, witness)
///   -> bounds checks (who, timestamp, gas limit, anchor)
///   -> forced inclusion (the due queued transaction first, ForcedInclusion)
///   -> EXECUTE -> (valid, blockHash) -> require valid
///   -> store head, record state root, emit BlockAdvanced, pay forced-inclusion fees.
///
/// Who may advance: the designated sequencer always; anyone once the sequencer has
/// not advanced for `sequencerWindow` seconds, for as long as it stays away (an
/// open race in which fallback advancers add blocks back to back, so a silent
/// sequencer can neither halt nor throttle the chain); and anyone while a forced
/// transaction is due (so a sequencer that keeps posting blocks cannot keep a
/// queued transaction out; if it is marked unsettleable, blocks without it too). A
/// forced transaction is due
/// `sequencerWindow` seconds after it was queued (spec/host-forced-inclusion.md).
abstract contract NativeRollup is ForcedInclusion {
    /// @notice Deploy-time parameters; their bounds are in spec/host.md ("Parameters").
    struct Config {
        uint64 chainId;
        bytes32 genesisHash;
        bytes32 genesisStateRoot;
        uint64 genesisTimestamp;
        uint64 minGasLimit;
        uint64 maxGasLimit;
        address sequencer;
        uint64 sequencerWindow;
        uint64 historySize;
    }

    address public immutable sequencer;
    uint64 public immutable sequencerWindow;

    /// @dev Shortest sequencer window: five L1 slots for the sequencer's advance
    /// to land before anyone else may post a block. This bound and the next are
    /// internal (SequencerWindowOutOfRange carries them): getters would put
    /// MarketNativeRollup over EIP-170's code size limit.
    uint64 internal constant MIN_SEQUENCER_WINDOW = 60;
    /// @dev Longest sequencer window: a silent sequencer holds the chain (and its
    /// withdrawals) for at most a day, Arbitrum's force-inclusion delay.
    uint64 internal constant MAX_SEQUENCER_WINDOW = 1 days;

    /// @notice Timestamp of the L2 head (blockHash, stateRoot, blockNumber).
    uint64 public blockTimestamp;
    /// @notice L1 timestamp of the sequencer's last advance (or of deployment);
    /// others' advances do not move it, so the fallback stays open once it opened.
    uint64 public lastSequencerAdvanceTime;

    /// @notice L2 block `number` was accepted.
    event BlockAdvanced(uint64 indexed number, bytes32 blockHash, bytes32 stateRoot, bytes32 anchor);

    /// @notice Only the sequencer may advance until `openAt` (L1 time), unless a
    /// forced transaction is due before then.
    error SequencerExclusive(address sequencer, uint256 openAt);
    /// @notice The block timestamp must be after the parent's and not after L1's.
    error TimestampOutOfRange(uint64 timestamp, uint64 parentTimestamp, uint64 l1Timestamp);
    /// @notice The block gas limit is outside the rollup's policy.
    error GasLimitOutsidePolicy(uint64 gasLimit, uint64 minGasLimit, uint64 maxGasLimit);
    /// @notice The sequencer must be set (address 0 can never advance).
    error SequencerUnset();
    /// @notice sequencerWindow must be in [MIN_SEQUENCER_WINDOW, MAX_SEQUENCER_WINDOW].
    error SequencerWindowOutOfRange(uint64 sequencerWindow, uint64 min, uint64 max);
    /// @notice The genesis timestamp may not be after the deploying L1 block's: the
    /// first L2 block needs a timestamp above it and not above L1's.
    error GenesisTimestampInFuture(uint64 genesisTimestamp, uint256 l1Timestamp);
    /// @notice EXECUTE ran the block and it does not reach the claimed state root,
    /// receipts root and gas used.
    error InvalidClaim(bytes32 computedBlockHash);

    constructor(Config memory c)
        RollupHost(c.chainId, c.historySize, c.genesisHash, c.genesisStateRoot, c.minGasLimit, c.maxGasLimit)
    {
        if (c.sequencer == address(0)) revert SequencerUnset();
        if (c.sequencerWindow < MIN_SEQUENCER_WINDOW || c.sequencerWindow > MAX_SEQUENCER_WINDOW) {
            revert SequencerWindowOutOfRange(c.sequencerWindow, MIN_SEQUENCER_WINDOW, MAX_SEQUENCER_WINDOW);
        }
        if (c.genesisTimestamp > block.timestamp) revert GenesisTimestampInFuture(c.genesisTimestamp, block.timestamp);
        sequencer = c.sequencer;
        sequencerWindow = c.sequencerWindow;
        blockTimestamp = c.genesisTimestamp;
        lastSequencerAdvanceTime = uint64(block.timestamp);
    }

    /// @notice Appends one L2 block, re-executed by EXECUTE.
    /// @param env Operator-chosen header fields.
    /// @param anchorL1Block An L1 block among the last 256, not older than the
    /// previous anchor; its hash becomes the block's anchor (parent beacon root).
    /// @param claims The post-state root, receipts root and gas used the block reaches.
    /// @param transactions RLP list of the block's transactions.
    /// @param witness RLP of the stateless witness for the block.
    function advance(
        Execute.BlockEnv calldata env,
        uint64 anchorL1Block,
        Execute.Claims calldata claims,
        bytes calldata transactions,
        bytes calldata witness
    ) external {
        _checkSender();
        (, uint256 forcedFees) = _settle(env, anchorL1Block, claims, transactions, witness);
        if (msg.sender == sequencer) _sequencerAdvanced();
        _payCaller(forcedFees);
    }

    /// @dev Records that the sequencer's block landed now, which restarts its
    /// window. A host variant that keeps more state about the window (the
    /// market's turn rotation) extends it.
    function _sequencerAdvanced() internal virtual {
        lastSequencerAdvanceTime = uint64(block.timestamp);
    }

    /// @dev Checks the block, includes the due forced transactions, re-executes it
    /// with EXECUTE and accepts it. Returns the new head's hash and the forced
    /// transactions' fees, which the caller pays (_payCaller) after its own
    /// state changes. Who may post is the caller's to check.
    function _settle(
        Execute.BlockEnv calldata env,
        uint64 anchorL1Block,
        Execute.Claims calldata claims,
        bytes calldata transactions,
        bytes calldata witness
    ) internal returns (bytes32 newHash, uint256 forcedFees) {
        if (env.timestamp <= blockTimestamp || env.timestamp > block.timestamp) {
            revert TimestampOutOfRange(env.timestamp, blockTimestamp, uint64(block.timestamp));
        }
        if (!_gasLimitInPolicy(env.gasLimit)) revert GasLimitOutsidePolicy(env.gasLimit, minGasLimit, maxGasLimit);
        _requireSettleable(env.gasLimit, transactions.length + witness.length + env.extraData.length);
        bytes32 anchor = _anchor(anchorL1Block);
        uint64 number = blockNumber + 1;
        forcedFees = _includeForced(transactions, number);
        newHash = _execute(blockHash, stateRoot, env, anchor, claims, transactions, witness);

        blockTimestamp = env.timestamp;
        _accept(number, newHash, claims.postStateRoot, anchorL1Block);
        emit BlockAdvanced(number, newHash, claims.postStateRoot, anchor);
    }

    /// @notice Refutes the unsettleable mark on the queue's head by settling the
    /// mark's canonical block (anyone, while the mark stands): parent the L2 head
    /// accepted at the mark, timestamp its timestamp + 1, its gas limit, fee
    /// recipient and prevRandao zero, no extra data, anchor the hash of the L1
    /// block the mark named (markForcedUnsettleable; solidity.MarkedBlockEnv in Go), and
    /// `transactions`, which must start with the entry. The caller chooses no
    /// environment, so it can settle only what the marker could measure. The
    /// block must be settleable with that gas limit and reach `claims` under
    /// EXECUTE; it is not accepted: the chain head does not move, so no later block
    /// can race the refutation. The caller wins the bond, and the entry is
    /// required again from its own dueAt: at once if that passed (the next block
    /// must start with it, and anyone may advance); it may be marked again, with a
    /// new bond, on the head of that moment. The checks that fail when the mark
    /// already ended (an inclusion, a skip, another refutation) come first, before
    /// the settle bound and EXECUTE.
    function refuteMark(Execute.Claims calldata claims, bytes calldata transactions, bytes calldata witness)
        external
    {
        uint64 head = forcedHead;
        address marker = _markerOf(head);
        if (!_startsWith(transactions, head)) revert RefutationWithoutHead(head);
        ForcedMark storage m = _marks[head];
        uint64 gasLimit = m.markedGasLimit;
        _requireSettleable(gasLimit, transactions.length + witness.length);
        _execute(
            m.markedHash,
            m.markedStateRoot,
            Execute.BlockEnv(m.markedTimestamp + 1, gasLimit, address(0), 0, ""),
            m.markedAnchor,
            claims,
            transactions,
            witness
        );
        _refuteMark(head, marker);
        _payCaller(FORCED_MARK_BOND);
    }

    /// @dev Runs EXECUTE on the block over (`parentHash`, `parentStateRoot`) and
    /// returns its hash; reverts InvalidClaim unless it reaches `claims`.
    function _execute(
        bytes32 parentHash,
        bytes32 parentStateRoot,
        Execute.BlockEnv memory env,
        bytes32 anchor,
        Execute.Claims calldata claims,
        bytes calldata transactions,
        bytes calldata witness
    ) private view returns (bytes32 newHash) {
        bool valid;
        (valid, newHash) = _run(parentHash, parentStateRoot, env, anchor, claims, transactions, witness);
        if (!valid) revert InvalidClaim(newHash);
    }

    /// @dev Execute.run with the rollup's chain id: whether the block over
    /// (`parentHash`, `parentStateRoot`) reaches `claims`, and its hash. The hosts'
    /// one call site of EXECUTE (each call site of the library's encoder costs
    /// hundreds of bytes of code, and the market host is at EIP-170's limit).
    function _run(
        bytes32 parentHash,
        bytes32 parentStateRoot,
        Execute.BlockEnv memory env,
        bytes32 anchor,
        Execute.Claims calldata claims,
        bytes calldata transactions,
        bytes calldata witness
    ) internal view returns (bool valid, bytes32 newHash) {
        return Execute.run(chainId, parentHash, parentStateRoot, env, anchor, claims, transactions, witness);
    }

    /// @notice Forced transactions are due after the sequencer's window: the
    /// sequencer has as long to include one as it has to post a block at all.
    function forcedInclusionDelay() public view override returns (uint256) {
        return sequencerWindow;
    }

    /// @dev Reverts unless the caller may post an unsigned block now: the
    /// sequencer, or anyone once its window passed or while the queue's head is due
    /// (marked unsettleable or not).
    function _checkSender() internal view virtual {
        if (msg.sender == sequencer) return;
        uint256 openAt = uint256(lastSequencerAdvanceTime) + sequencerWindow;
        if (block.timestamp < openAt && !_forcedHeadOpen()) revert SequencerExclusive(sequencer, openAt);
    }
}
