// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "./lib/RLPReader.sol";
import {SignedTx} from "./lib/SignedTx.sol";
import {ForcedQueue} from "./ForcedQueue.sol";

/// @title OptimisticForcedQueue
/// @notice The forced-inclusion queue of one `OptimisticNativeRollup`, which deploys
/// it in its constructor and is its `host` (spec/host.md, "Forced inclusion on the
/// optimistic host"). Users queue signed L2 transactions here as on the native host;
/// the optimistic host has no `advance` to match them against, so each L2 block's
/// output says how far the queue has been taken (`forcedIndex`), a proposal may not
/// leave a due entry behind unless it took one entry per block (`requireTakeable`), and a dispute that reaches one block
/// checks that block's step of the queue (`taken`) against verdicts anyone records
/// with `judgeForcedTransaction`. Finalizing a proposal moves `forcedHead` and
/// credits the fees of the entries it took to its proposer (`take`, `withdrawFees`).
///
/// Data flow:
///   user: queueForcedTransaction(signed EIP-1559 L2 tx) + fee
///   proposer: propose(... end.forcedIndex ...) -> host -> requireTakeable
///   anyone: judgeForcedTransaction(index, tx, L2 header, account proof, code)
///     -> forcedVerdicts[(blockHash, index)] = FORCED_VALID | FORCED_INVALID
///   dispute at one block: step -> host -> taken(leading tx hashes, parent) == claimed?
///   finalize -> host -> take(end.forcedIndex, proposer)
contract OptimisticForcedQueue is ForcedQueue {
    using RLPReader for RLPReader.Item;

    /// @notice Most queue entries one L2 block takes (includes or skips): what `step`
    /// reads of the queue stays a few SLOADs, well within the host's SETTLE_HOST_GAS,
    /// and at one block a second the L2 takes 16 entries a second, more than L1 can
    /// queue (each costs FORCED_INCLUSION_FEE_GAS at the base fee).
    uint64 public constant MAX_FORCED_PER_BLOCK = 16;
    /// @notice forcedVerdicts values: the queued transaction can, or cannot, execute
    /// first on top of the block (0: not judged).
    uint8 public constant FORCED_VALID = 1;
    uint8 public constant FORCED_INVALID = 2;

    /// @notice The OptimisticNativeRollup this queue belongs to.
    address public immutable host;
    uint64 private immutable _chainId;
    uint64 private immutable _gasCap;
    uint64 private immutable _delay;

    /// @notice Whether queue entry `index` can execute as the first transaction of
    /// the block after L2 block `blockHash` (key: keccak256(abi.encode(blockHash,
    /// index))): FORCED_VALID, FORCED_INVALID, or 0 if nobody judged it yet.
    mapping(bytes32 key => uint8) public forcedVerdicts;
    /// @dev Sum of the fees of every entry queued, modulo 2^96: the feesBefore of the
    /// next entry. The fees of a range of entries that are all still unpaid sum to
    /// less than all ether (they are held here), so the difference of two such sums
    /// modulo 2^96 is exact.
    uint96 private _feesQueued;
    /// @notice Fees of taken entries owed to the proposers whose proposals took them.
    mapping(address account => uint256) public feeCredit;

    /// @notice Finalizing proposal `proposalId` took entries fromIndex..toIndex-1
    /// (included or skipped in its blocks); their fees went to `proposer`'s feeCredit.
    event ForcedTransactionsTaken(uint256 indexed proposalId, address indexed proposer, uint64 fromIndex, uint64 toIndex);
    /// @notice Entry `index` can (valid) or cannot (reason) execute first on top of L2
    /// block `blockHash`.
    event ForcedTransactionJudged(uint256 indexed index, bytes32 indexed blockHash, bool valid, SkipReason reason);

    /// @notice Only the host may call this.
    error NotHost(address caller);
    /// @notice A proposal's end forcedIndex must be in [the start's, forcedTail].
    error ForcedIndexOutOfRange(uint64 forcedIndex, uint64 min, uint64 max);
    /// @notice Entry `index` is due and the proposal's blocks neither take it nor take
    /// at least one entry per block: propose blocks that include it (or skip it, if it
    /// cannot execute), or that take one queued entry per block or more.
    error ForcedTransactionDue(uint256 index, bytes32 txHash, uint256 dueAt);
    /// @notice A dispute's `step` needs to know whether entry `index` can execute on
    /// top of L2 block `blockHash`: call judgeForcedTransaction first, then step again.
    error ForcedVerdictMissing(uint256 index, bytes32 blockHash);
    /// @notice Only queued entries (index < forcedTail) can be judged.
    error ForcedEntryUnknown(uint256 index, uint64 forcedTail);
    /// @notice No fees are owed to the caller.
    error NoFees();
    /// @notice Paying the caller failed (it rejected the ETH).
    error FeeTransferFailed(address to);

    /// @param chainId_ The L2 chain id queued transactions must sign.
    /// @param gasCap The host's minGasLimit: the most gas a queued transaction may ask.
    /// @param delay forcedInclusionDelay, bounded by the host.
    constructor(uint64 chainId_, uint64 gasCap, uint64 delay) {
        host = msg.sender;
        _chainId = chainId_;
        _gasCap = gasCap;
        _delay = delay;
    }

    /// @notice A queued transaction is due this many seconds after it was queued:
    /// from then on, every proposal's blocks must take it.
    function forcedInclusionDelay() public view override returns (uint256) {
        return _delay;
    }

    /// @notice Records whether entry `index` can execute as the first transaction
    /// of the block after the L2 block whose header is `header`, judged on that
    /// block's state root by go-ethereum's state-dependent checks (nonce, balance,
    /// sender code, fee cap against the next base fee). A block whose timestamp is
    /// before the entry was queued (L1 time) is judged valid: no block older than an
    /// entry skips it. Anyone may call it, any time:
    /// the verdict is a function of the bytes given, which the hashes check.
    /// @param signedTx The entry's signed transaction (event ForcedTransactionQueued).
    /// @param header RLP of the L2 block's header.
    /// @param accountProof `eth_getProof(sender, [], block).accountProof` on L2.
    /// @param senderCode The sender's code, when it has any (else empty).
    function judgeForcedTransaction(
        uint64 index,
        bytes calldata signedTx,
        bytes calldata header,
        bytes[] calldata accountProof,
        bytes calldata senderCode
    ) external returns (bool valid, SkipReason reason) {
        if (index >= forcedTail) revert ForcedEntryUnknown(index, forcedTail);
        bytes32 blockHash = keccak256(header);
        RLPReader.Item[] memory fields = _headerFields(header, blockHash);
        (bytes32 root, bool ok) = fields[3].readBytes32();
        if (!ok) revert MalformedHeader();
        SignedTx.Fields memory f = _queuedFields(index, signedTx);
        // No block older than an entry skips it: its sender signed it for the state it
        // saw when queueing, which a block built before then may not reach yet.
        if (fields[11].readUint(8) < _forced[index].queuedAt) valid = true;
        else (valid, reason) = _judge(f, root, blockHash, accountProof, senderCode, header);
        forcedVerdicts[_verdictKey(blockHash, index)] = valid ? FORCED_VALID : FORCED_INVALID;
        emit ForcedTransactionJudged(index, blockHash, valid, reason);
    }

    /// @notice Reverts unless `forcedIndex` may end a proposal of `blocks` blocks
    /// starting at `startForced` now: not before it, not past the queue, and not at a
    /// due entry unless the blocks took at least one entry each. Every block can take
    /// one (the head entry is skipped if it cannot execute and fits first if it can),
    /// while entries that alternate between executable and not are taken at most two
    /// per block: without that exception a due backlog larger than one proposal's
    /// blocks can take would refuse every proposal, for good.
    function requireTakeable(uint64 forcedIndex, uint64 startForced, uint64 blocks) external view {
        uint64 tail = forcedTail;
        if (forcedIndex < startForced || forcedIndex > tail) {
            revert ForcedIndexOutOfRange(forcedIndex, startForced, tail);
        }
        if (forcedIndex == tail || forcedIndex - startForced >= blocks) return;
        ForcedTransaction storage t = _forced[forcedIndex];
        uint256 dueAt = _dueAt(t);
        if (block.timestamp >= dueAt) revert ForcedTransactionDue(forcedIndex, t.txHash, dueAt);
    }

    /// @notice How far a block takes the queue from `from` (its parent's
    /// forcedIndex), never to `end` (its proposal's end index) or past, where
    /// `leading` are the hashes of the block's leading typed transactions (at most
    /// MAX_FORCED_PER_BLOCK, up to its first untyped one) and `parentHash` is its
    /// parent's hash. Each entry whose transaction is the block's next leading
    /// transaction is included; while none is included, an entry judged
    /// FORCED_INVALID on the parent is skipped; at most MAX_FORCED_PER_BLOCK entries.
    /// The first entry neither included nor skipped stops it; one that needs a
    /// verdict nobody recorded reverts (ForcedVerdictMissing). A skipped entry is
    /// judged on the parent's state because skipping changes no state and the block's
    /// first transaction runs on it (the system calls before it write only their own
    /// contracts, which never send transactions).
    function taken(bytes32[] calldata leading, uint64 from, bytes32 parentHash, uint64 end)
        external
        view
        returns (uint64 index)
    {
        index = from;
        uint64 limit = from + MAX_FORCED_PER_BLOCK;
        uint256 next;
        while (index < end && index < limit) {
            if (next < leading.length && leading[next] == _forced[index].txHash) {
                next++;
                index++;
                continue;
            }
            if (next > 0) break; // an entry was included: no more skips
            uint8 verdict = forcedVerdicts[_verdictKey(parentHash, index)];
            if (verdict == 0) revert ForcedVerdictMissing(index, parentHash);
            if (verdict == FORCED_VALID) break;
            index++;
        }
    }

    /// @notice The host finalized proposal `proposalId`, whose blocks took the queue
    /// to `to`: the entries below leave the queue, their fees are owed to `proposer`.
    function take(uint64 to, address proposer, uint256 proposalId) external {
        if (msg.sender != host) revert NotHost(msg.sender);
        uint64 from = forcedHead;
        if (to == from) return;
        feeCredit[proposer] += _fees(from, to);
        forcedHead = to;
        emit ForcedTransactionsTaken(proposalId, proposer, from, to);
    }

    /// @notice Pays out the fees owed to the caller.
    function withdrawFees() external {
        uint256 amount = feeCredit[msg.sender];
        if (amount == 0) revert NoFees();
        feeCredit[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert FeeTransferFailed(msg.sender);
    }

    function _feesBefore(uint256 fee) internal override returns (uint96 before) {
        before = _feesQueued;
        unchecked {
            _feesQueued = before + uint96(fee); // fee < 2^87 (all ether)
        }
    }

    /// @dev The fees of entries from..to-1 (from <= to <= forcedTail).
    function _fees(uint64 from, uint64 to) private view returns (uint256) {
        uint96 end = to == forcedTail ? _feesQueued : _forced[to].feesBefore;
        unchecked {
            return end - _forced[from].feesBefore;
        }
    }

    function _l2ChainId() internal view override returns (uint64) {
        return _chainId;
    }

    function _forcedGasCap() internal view override returns (uint64) {
        return _gasCap;
    }

    function _verdictKey(bytes32 blockHash, uint64 index) private pure returns (bytes32) {
        return keccak256(abi.encode(blockHash, index));
    }
}
