// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "./lib/RLPReader.sol";
import {ForcedQueue} from "./ForcedQueue.sol";
import {RollupHost} from "./RollupHost.sol";

/// @title ForcedInclusion
/// @notice A queue on L1 of signed L2 transactions that the L2 must include, so a
/// censoring sequencer cannot keep a user's transaction (a transfer, a deposit
/// claim, a withdrawal) out of the L2 for longer than `forcedInclusionDelay()`
/// (spec/host-forced-inclusion.md).
///
/// Data flow:
///   user: queueForcedTransaction(signed EIP-1559 L2 tx) + fee
///     -> stateless checks on L1 (SignedTx) -> queue[tail] = (hash, time, fee)
///   advance(..., transactions, ...): the block's leading transactions are matched
///     against the queue from its head (keccak256 of each one's EIP-2718 bytes);
///     matches leave the queue and their fees go to the advancer; if the head is
///     due (queued at least forcedInclusionDelay() ago) it MUST be the block's
///     first transaction, else ForcedTransactionNotIncluded.
///   anyone: skipForcedTransaction(tx, account proof, code, head header) when the
///     head cannot execute on top of the accepted head (nonce, balance, sender
///     code, fee cap below the next base fee); the fee goes to the prover.
///   anyone: markForcedUnsettleable(header of the L2 head judged on) +
///     FORCED_MARK_BOND when the mark's canonical block (the head's next block with
///     a fixed environment, starting with the entry) cannot settle: the head is no
///     longer required (once due, anyone may still advance); a block that includes
///     it returns the bond to the marker; anyone who settles the canonical block
///     (refuteMark, no race with later blocks, no choice of environment) wins the
///     bond and makes it required again; once the mark has stood
///     forcedInclusionDelay() skipUnsettleable() removes it, returns the marker its
///     bond and pays the entry's fee to nobody.
///
/// Nothing here loops over the queue: `advance` touches only the entries its own
/// calldata includes, and a skip or a mark touches one.
abstract contract ForcedInclusion is RollupHost, ForcedQueue {
    /// @notice The bond to mark the queue's head unsettleable: one L1 transaction at
    /// EIP-7825's 2^24 gas cap at 30 gwei (~0.503 ETH), the most that settling a
    /// block starting with the entry costs whoever advances it, so including a
    /// settleable marked entry pays up to that L1 gas price and marking one loses
    /// the bond (spec/host-forced-inclusion.md, "Unsettleable entries").
    uint256 public constant FORCED_MARK_BOND = (1 << 24) * 30 gwei;

    /// @notice Who marked a queue entry unsettleable, when (L1 time), and what
    /// fixes the one block the mark is about (refuteMark): the L2 head accepted at
    /// the mark (hash, state root, timestamp, gas limit) and the hash of the L1
    /// block the marker named as its anchor. Kept whole so that a refutation needs
    /// no preimage in its calldata.
    struct ForcedMark {
        address marker;
        uint64 markedAt;
        bytes32 markedHash;
        bytes32 markedStateRoot;
        bytes32 markedAnchor;
        uint64 markedTimestamp;
        uint64 markedGasLimit;
    }

    /// @dev The mark on queue entry `index` (forcedMark). Only the head is ever
    /// marked, and a mark leaves with its entry.
    mapping(uint256 index => ForcedMark) internal _marks;
    /// @notice Wei an account may withdraw (withdrawForcedCredit): a marker's bonds
    /// returned. Credited, never pushed, so an account that refuses ether cannot
    /// hold up the queue.
    mapping(address account => uint256) public forcedCredit;

    /// @notice The queued transaction is in accepted L2 block `l2BlockNumber`.
    event ForcedTransactionIncluded(uint256 indexed index, bytes32 indexed txHash, uint64 l2BlockNumber);
    /// @notice The queued transaction was proven unable to execute and left the queue.
    event ForcedTransactionSkipped(uint256 indexed index, bytes32 indexed txHash, SkipReason reason);
    /// @notice `marker` bonded that the canonical block of its mark, which starts
    /// with queue entry `index` and is anchored to L1 block `anchorL1Block`, cannot
    /// settle; anyone may skip it at `skippableAt` unless a block includes it or a
    /// refutation ends the mark first.
    event ForcedTransactionMarked(
        uint256 indexed index, address indexed marker, uint256 skippableAt, uint64 anchorL1Block
    );
    /// @notice `refuter` settled the canonical block of the mark on queue entry
    /// `index` and won `marker`'s bond; the entry is required again from its dueAt.
    event ForcedMarkRefuted(uint256 indexed index, address indexed marker, address refuter);

    /// @notice The queue's head is due and the block does not start with it: put it
    /// first, or prove it invalid with skipForcedTransaction.
    error ForcedTransactionNotIncluded(uint256 index, bytes32 txHash, uint256 dueAt);
    /// @notice No transaction is queued.
    error ForcedQueueEmpty();
    /// @notice The proofs show the head can execute on the accepted head: include it.
    error ForcedTransactionValid(uint256 index, bytes32 txHash);
    /// @notice Marking the head costs exactly FORCED_MARK_BOND wei.
    error WrongForcedMarkBond(uint256 paid, uint256 required);
    /// @notice The head is already marked (by `marker`): include it, or skip it
    /// with skipUnsettleable once the mark has stood.
    error ForcedTransactionAlreadyMarked(uint256 index, address marker);
    /// @notice The head is not marked unsettleable: mark it first
    /// (markForcedUnsettleable), or prove it invalid with skipForcedTransaction.
    error ForcedTransactionNotMarked(uint256 index);
    /// @notice The head's mark has not stood forcedInclusionDelay() yet: it may be
    /// skipped from `skippableAt`, unless a block includes it before.
    error ForcedMarkStanding(uint256 index, uint256 skippableAt);
    /// @notice The refuting block does not start with the marked queue entry
    /// `index` (forcedTransaction(index).txHash): put it first.
    error RefutationWithoutHead(uint256 index);

    function _l2ChainId() internal view override returns (uint64) {
        return chainId;
    }

    function _forcedGasCap() internal view override returns (uint64) {
        return minGasLimit;
    }

    /// @notice Removes the queue's head, which cannot execute as the first
    /// transaction of a block on the accepted L2 head, and pays its fee to the caller.
    /// @param signedTx The head's signed transaction (as queued).
    /// @param accountProof `eth_getProof(sender, [], head).accountProof` on L2, for
    /// the accepted head's state root (an exclusion proof for an absent sender).
    /// @param senderCode The sender's code, when it has any (else empty).
    /// @param headHeader RLP of the accepted L2 head's header, for the next base
    /// fee; read only when nonce, balance and code allow the transaction.
    function skipForcedTransaction(
        bytes calldata signedTx,
        bytes[] calldata accountProof,
        bytes calldata senderCode,
        bytes calldata headHeader
    ) external returns (SkipReason reason) {
        // Not while marked: the blocks a mark lets land without the entry could make
        // it invalid (a base fee raised past its fee cap), so a false marker would
        // skip it by proof, keep its bond and take the fee. A marked entry leaves by
        // inclusion, refutation or skipUnsettleable.
        uint64 head = _unmarkedHead();
        ForcedTransaction storage t = _forced[head];
        bytes32 txHash = t.txHash;
        bool valid;
        (valid, reason) = _judge(_queuedFields(head, signedTx), stateRoot, blockHash, accountProof, senderCode, headHeader);
        if (valid) revert ForcedTransactionValid(head, txHash);
        uint256 fee = t.fee;
        _skipHead(head, reason);
        _payCaller(fee);
    }

    /// @notice Marks the queue's head as one whose canonical block cannot settle
    /// (its witness is over MAX_SETTLE_PAYLOAD although every state check passes),
    /// with a bond of FORCED_MARK_BOND. The canonical block is the one block the
    /// marker measures and a refuter must settle: parent the accepted L2 head,
    /// timestamp its timestamp + 1, its gas limit, fee recipient and prevRandao
    /// zero, no extra data, anchor L1 block `anchorL1Block`'s hash, and
    /// transactions starting with the entry (solidity.MarkedBlockEnv in Go). Every
    /// field is fixed at the mark, so a transaction that is cheap only under an
    /// environment of its queuer's choosing cannot take the bond; and the block is
    /// one that could be advanced as it is when the mark lands, so a transaction
    /// cannot tell a refutation from an accepted block either. While marked the head is not
    /// required; once it is due anyone may advance (as for any due head); a block
    /// that includes it returns the bond to the marker; whoever refutes the mark
    /// (refuteMark) wins it; if neither happens for forcedInclusionDelay() anyone
    /// may skipUnsettleable it.
    /// @param headHeader RLP of the accepted L2 head's header (HeadHeaderMismatch
    /// if a block landed since the marker judged: the bond is staked only on the
    /// head it was judged on), for its timestamp and gas limit.
    /// @param anchorL1Block An L1 block that anchors a block advanced now (one of
    /// the last 256, not older than the accepted head's anchor; AnchorOutOfRange),
    /// the canonical block's anchor: chosen by the marker, so it can build the
    /// block before it marks.
    function markForcedUnsettleable(bytes calldata headHeader, uint64 anchorL1Block) external payable {
        if (msg.value != FORCED_MARK_BOND) revert WrongForcedMarkBond(msg.value, FORCED_MARK_BOND);
        uint64 head = _unmarkedHead();
        RLPReader.Item[] memory fields = _headerFields(headHeader, blockHash);
        // The lowest gas limit the next block may declare (EIP-1559: less than
        // parent/1024 below the parent's; the policy's floor): the settle bound
        // charges each declared gas, so that block is the most settleable.
        uint64 gasLimit = uint64(RLPReader.readUint(fields[9], 8));
        unchecked {
            gasLimit -= gasLimit / 1024 - 1; // gasLimit >= 1024: an accepted head's is in the policy
        }
        _marks[head] = ForcedMark(
            msg.sender,
            uint64(block.timestamp),
            blockHash,
            stateRoot,
            _anchor(anchorL1Block),
            uint64(RLPReader.readUint(fields[11], 8)),
            gasLimit < minGasLimit ? minGasLimit : gasLimit
        );
        emit ForcedTransactionMarked(head, msg.sender, block.timestamp + forcedInclusionDelay(), anchorL1Block);
    }

    /// @notice Removes the queue's head once its unsettleable mark has stood
    /// forcedInclusionDelay() without a block including it or a refutation
    /// (anyone may call; no proof: the time is the evidence) and credits its marker
    /// the bond back (withdrawForcedCredit). The entry's fee goes to nobody (it
    /// stays in the host): no party profits from a skip, so a false mark gains
    /// its marker nothing and queueing unsettleable entries costs their fees.
    function skipUnsettleable() external {
        uint64 head = forcedHead;
        _markerOf(head);
        uint256 skippableAt = _marks[head].markedAt + forcedInclusionDelay();
        if (block.timestamp < skippableAt) revert ForcedMarkStanding(head, skippableAt);
        _returnBond(head);
        _skipHead(head, SkipReason.Unsettleable);
    }

    /// @dev Ends the mark on queue entry `index`, if any, and credits its marker
    /// the bond back. One function for the three ways a mark ends with its bond
    /// returned (inclusion, proof skip, unsettleable skip): deleting the
    /// five-slot mark inline at each cost the market host 230 bytes of code.
    function _returnBond(uint64 index) private {
        address marker = _marks[index].marker;
        if (marker != address(0)) {
            delete _marks[index];
            forcedCredit[marker] += FORCED_MARK_BOND;
        }
    }

    /// @dev The queue's head; reverts if the queue is empty or the head is marked.
    function _unmarkedHead() private view returns (uint64 head) {
        head = forcedHead;
        if (head == forcedTail) revert ForcedQueueEmpty();
        address marker = _marks[head].marker;
        if (marker != address(0)) revert ForcedTransactionAlreadyMarked(head, marker);
    }

    /// @dev The marker of the queue's head `head`; reverts if the queue is empty or
    /// the head is not marked.
    function _markerOf(uint64 head) internal view returns (address marker) {
        marker = _marks[head].marker;
        if (marker == address(0)) {
            if (head == forcedTail) revert ForcedQueueEmpty();
            revert ForcedTransactionNotMarked(head);
        }
    }

    /// @dev Ends the mark of `marker` on the queue's head `head`, refuted: the
    /// mark's canonical block settles. The head is
    /// required again from its own dueAt: at once if that passed (the next block
    /// must start with it and anyone may advance), else as if never marked. Not
    /// earlier: an outsider could otherwise queue, mark and refute an entry of its
    /// own to take a block in the sequencer's window for gas only. It may be marked
    /// again, with a new bond, on the head of that moment.
    function _refuteMark(uint64 head, address marker) internal {
        delete _marks[head];
        emit ForcedMarkRefuted(head, marker, msg.sender);
    }

    /// @dev Whether the block's RLP transaction list `transactions` starts with
    /// queue entry `index`'s transaction.
    function _startsWith(bytes calldata transactions, uint64 index) internal view returns (bool) {
        (uint256 pos, uint256 end) = _listBody(transactions);
        (bytes32 txHash,) = _typedTxAt(transactions, pos, end);
        return txHash == _forced[index].txHash;
    }

    /// @dev Start and end of the items of the RLP list `transactions`.
    function _listBody(bytes calldata transactions) private pure returns (uint256 start, uint256 end) {
        (uint256 offset, uint256 len, bool list) = RLPReader.prefixAt(transactions, 0);
        if (!list) revert RLPReader.RLPNotAList();
        return (offset, offset + len);
    }

    /// @dev The hash of the item at `pos` of a transaction list whose items end at
    /// `end`, if it is a typed transaction (an RLP string: its payload's hash is the
    /// transaction's), and where the next item starts; zero, which no queue entry
    /// has, past the end or for a legacy transaction (a list), which none is.
    function _typedTxAt(bytes calldata transactions, uint256 pos, uint256 end)
        private
        pure
        returns (bytes32 txHash, uint256 next)
    {
        if (pos >= end) return (0, end);
        (uint256 offset, uint256 len, bool list) = RLPReader.prefixAt(transactions, pos);
        if (list) return (0, end);
        next = pos + offset + len;
        txHash = keccak256(transactions[pos + offset:next]);
    }

    /// @dev Removes the queue's head `head` as skipped for `reason` (its caller
    /// removes the head's mark, if any).
    function _skipHead(uint64 head, SkipReason reason) private {
        emit ForcedTransactionSkipped(head, _forced[head].txHash, reason);
        delete _forced[head];
        forcedHead = head + 1;
    }

    /// @notice Who marked queue entry `index` unsettleable (zero if nobody, or once
    /// the mark ended); when and on which L2 head are in ForcedTransactionMarked and
    /// the host's state at that L1 block.
    function forcedMarker(uint256 index) external view returns (address) {
        return _marks[index].marker;
    }

    /// @notice Pays the caller its forced credit (nothing if it has none).
    function withdrawForcedCredit() external {
        uint256 amount = forcedCredit[msg.sender];
        forcedCredit[msg.sender] = 0;
        _payCaller(amount);
    }

    /// @dev Matches the leading transactions of `transactions` (the block's RLP
    /// list, in calldata) against the queue from its head, removes the matches and
    /// returns their fees, to be paid with _payCaller once the block is accepted; a
    /// marked head it includes returns its bond to the marker (the includer chose
    /// the block's environment, so its block proves nothing about the mark's
    /// canonical block). Reverts with
    /// ForcedTransactionNotIncluded if the head was due, unmarked, and is not first.
    function _includeForced(bytes calldata transactions, uint64 l2BlockNumber) internal returns (uint256 fees) {
        uint64 head = forcedHead;
        uint64 tail = forcedTail;
        if (head == tail) return 0;
        uint64 first = head;
        (uint256 pos, uint256 end) = _listBody(transactions);
        // pos < end first: past the block's last transaction no entry is read.
        while (head < tail && pos < end) {
            (bytes32 txHash, uint256 next) = _typedTxAt(transactions, pos, end);
            ForcedTransaction storage t = _forced[head];
            if (txHash != t.txHash) break;
            fees += t.fee;
            emit ForcedTransactionIncluded(head, txHash, l2BlockNumber);
            delete _forced[head];
            head++;
            pos = next;
        }
        if (head == first) {
            ForcedTransaction storage due = _forced[first];
            if (block.timestamp >= _dueAt(due) && _marks[first].marker == address(0)) {
                revert ForcedTransactionNotIncluded(first, due.txHash, _dueAt(due));
            }
            return 0;
        }
        forcedHead = head;
        // Only the head is ever marked.
        _returnBond(first);
    }

    /// @dev Whether the queue's head lets anyone advance: it is due (the next
    /// block must start with it, unless it is marked unsettleable; then any block
    /// may start with it). A mark alone opens nothing: a mark
    /// made before the deadline let anyone take the sequencer's window, and the
    /// market sequencer's signed slot, for the gas of marking an entry of their own.
    function _forcedHeadOpen() internal view returns (bool) {
        uint64 head = forcedHead;
        return head < forcedTail && block.timestamp >= _dueAt(_forced[head]);
    }

    /// @dev Pays `amount` wei to the caller (forced-inclusion fees, a refutation's
    /// bond, or credit it withdraws); call it last, after every state change.
    function _payCaller(uint256 amount) internal {
        if (amount == 0) return;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender);
    }
}
