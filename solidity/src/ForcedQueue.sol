// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "./lib/RLPReader.sol";
import {SignedTx} from "./lib/SignedTx.sol";
import {StateProof} from "./lib/StateProof.sol";

/// @title ForcedQueue
/// @notice The queue on L1 of signed L2 transactions that the L2 must take, and the
/// judgement of whether one can execute as the first transaction of a block on a
/// given L2 state. Each host decides how the queue leaves: `NativeRollup` matches it
/// against the block's transactions in `advance` and lets anyone skip an invalid head
/// (ForcedInclusion, spec/host-forced-inclusion.md); `OptimisticNativeRollup` has its
/// queue in a contract of its own (OptimisticForcedQueue, which keeps the host below
/// EIP-170's code size limit) and makes each proposal's outputs say how far its
/// blocks took the queue, which a dispute checks block by block (spec/host.md,
/// "Forced inclusion on the optimistic host").
///
/// Entries are never reordered: index i is the i-th transaction queued. Each keeps,
/// beside its hash, time and fee, what `_feesBefore` gives it: the optimistic queue
/// keeps the sum of the fees queued before it there, so the fees of any range of
/// entries are one subtraction, however long the range.
abstract contract ForcedQueue {
    using RLPReader for RLPReader.Item;

    /// @notice Largest signed transaction the queue accepts, in bytes: enough for a
    /// deposit claim with mainnet-depth L1 proofs (~10 KB), small enough that the block
    /// carrying it stays far from any input bound and the queueing L1 transaction
    /// fits the 128 KiB transaction-pool limit.
    uint256 internal constant MAX_FORCED_TX_BYTES = 32768;
    /// @notice The fee to queue, in L1 gas at the queueing block's base fee: at
    /// least what proving an invalid transaction invalid costs whoever proves it, so
    /// spam pays for its own removal. Measured: ~35k per account-proof node (190k with
    /// 2 nodes, 318k with 5, BenchmarkForcedSkipGas) and 321k for the costliest
    /// reason, a fee-cap skip, with 3 nodes (TestForcedInvalidSkipped): about 500k
    /// to 530k with the 8 to 9 nodes of a state of 10^8 to 10^9 accounts.
    uint256 public constant FORCED_INCLUSION_FEE_GAS = 600_000;

    struct ForcedTransaction {
        bytes32 txHash;
        uint64 queuedAt;
        // All ether is below 2^87 wei, so no msg.value is truncated.
        uint96 fee;
        /// @dev `_feesBefore` at queueing (0 on the native host).
        uint96 feesBefore;
    }

    /// @notice A pending queue entry as `forcedTransaction` returns it.
    struct QueuedTransaction {
        bytes32 txHash;
        uint256 dueAt;
        uint256 fee;
    }

    /// @notice Index of the oldest queued transaction still pending.
    uint64 public forcedHead;
    /// @notice Index the next queued transaction gets (forcedTail - forcedHead pending).
    uint64 public forcedTail;
    mapping(uint256 index => ForcedTransaction) internal _forced;

    /// @notice Why a queued transaction cannot execute on a given L2 state.
    enum SkipReason {
        Nonce, // the sender's nonce differs from the transaction's
        Balance, // balance below gasLimit * maxFeePerGas + value
        SenderCode, // the sender has code that is not an EIP-7702 delegation
        FeeCap, // maxFeePerGas below the next block's base fee
        Unsettleable // marked unsettleable and not included for forcedInclusionDelay() (native host)
    }

    /// @notice L2 transaction `txHash` (its L2 hash) was queued; the L2 must take it
    /// by `dueAt` (L1 time).
    event ForcedTransactionQueued(
        uint256 indexed index, bytes32 indexed txHash, address indexed sender, uint256 dueAt, bytes transaction
    );

    /// @notice The signed transaction is longer than MAX_FORCED_TX_BYTES.
    error ForcedTransactionTooLarge(uint256 size, uint256 max);
    /// @notice Queueing costs FORCED_INCLUSION_FEE_GAS * block.basefee wei.
    error ForcedInclusionFeeTooLow(uint256 paid, uint256 required);
    /// @notice The transaction given is not the one queued at `index`.
    error ForcedTransactionMismatch(uint256 index, bytes32 queued, bytes32 given);
    /// @notice The code given does not hash to the sender's code hash in the state.
    error SenderCodeMismatch(bytes32 codeHash);
    /// @notice The header given is not the L2 block's the proof is about.
    error HeadHeaderMismatch(bytes32 headerHash, bytes32 blockHash);
    /// @notice The header given has fewer than the 16 fields of a London header, or
    /// a gas limit below 2 (no EIP-1559 gas target to compute the next base fee from).
    error MalformedHeader();

    /// @notice How long (L1 seconds) the L2 has to take a queued transaction.
    function forcedInclusionDelay() public view virtual returns (uint256);

    /// @dev The L2's chain id, which every queued transaction must sign.
    function _l2ChainId() internal view virtual returns (uint64);

    /// @dev The most gas a queued transaction may ask for: the L2's smallest block
    /// gas limit, so it fits the first slot of any block the host accepts.
    function _forcedGasCap() internal view virtual returns (uint64);

    /// @notice Queues a signed EIP-1559 L2 transaction (its EIP-2718 bytes, as
    /// `eth_sendRawTransaction` takes them) for forced inclusion. It must pass every
    /// check that does not depend on L2 state (SignedTx) with a gas limit of at most
    /// _forcedGasCap(), so it fits the first slot of any block the host accepts.
    function queueForcedTransaction(bytes calldata signedTx) external payable returns (uint256 index) {
        if (signedTx.length > MAX_FORCED_TX_BYTES) revert ForcedTransactionTooLarge(signedTx.length, MAX_FORCED_TX_BYTES);
        uint256 required = FORCED_INCLUSION_FEE_GAS * block.basefee;
        if (msg.value < required) revert ForcedInclusionFeeTooLow(msg.value, required);
        SignedTx.Fields memory f = SignedTx.decode(signedTx, _l2ChainId(), _forcedGasCap());
        bytes32 txHash = keccak256(signedTx);
        index = forcedTail++;
        _forced[index] = ForcedTransaction(txHash, uint64(block.timestamp), uint96(msg.value), _feesBefore(msg.value));
        emit ForcedTransactionQueued(index, txHash, f.sender, block.timestamp + forcedInclusionDelay(), signedTx);
    }

    /// @notice The queued transaction at `index`: its L2 hash, when it is due and
    /// the fee its includer or skipper earns (all zero once it left the queue).
    function forcedTransaction(uint256 index) external view returns (QueuedTransaction memory q) {
        ForcedTransaction storage t = _forced[index];
        if (t.txHash != bytes32(0) && index >= forcedHead) q = QueuedTransaction(t.txHash, _dueAt(t), t.fee);
    }

    /// @dev What entry forcedTail - 1, just queued with `fee`, stores as feesBefore:
    /// nothing here; the optimistic queue overrides it with a running sum.
    function _feesBefore(uint256 fee) internal virtual returns (uint96) {}

    function _dueAt(ForcedTransaction storage t) internal view returns (uint256) {
        return uint256(t.queuedAt) + forcedInclusionDelay();
    }

    /// @dev Decodes `signedTx`, which must be entry `index`'s transaction.
    function _queuedFields(uint64 index, bytes calldata signedTx) internal view returns (SignedTx.Fields memory) {
        bytes32 queued = _forced[index].txHash;
        bytes32 txHash = keccak256(signedTx);
        if (txHash != queued) revert ForcedTransactionMismatch(index, queued, txHash);
        return SignedTx.decode(signedTx, _l2ChainId(), _forcedGasCap());
    }

    /// @dev Whether `f` can execute as the first transaction of the block after the
    /// L2 block whose header is `header` (which must hash to `blockHash_`) and whose
    /// state root is `root`: go-ethereum's state-dependent checks, in the order
    /// nonce, balance, sender code, fee cap (the first that fails is the reason).
    /// The header is read only when nonce, balance and code allow the transaction.
    function _judge(
        SignedTx.Fields memory f,
        bytes32 root,
        bytes32 blockHash_,
        bytes[] calldata accountProof,
        bytes calldata senderCode,
        bytes calldata header
    ) internal pure returns (bool valid, SkipReason reason) {
        StateProof.Account memory a = StateProof.accountAt(root, f.sender, accountProof);
        if (a.nonce != f.nonce) return (false, SkipReason.Nonce);
        // SignedTx.decode rejected transactions whose cost overflows.
        if (a.balance < uint256(f.gasLimit) * f.maxFeePerGas + f.value) return (false, SkipReason.Balance);
        if (a.codeHash != StateProof.EMPTY_CODE_HASH) {
            if (keccak256(senderCode) != a.codeHash) revert SenderCodeMismatch(a.codeHash);
            if (!SignedTx.isDelegation(senderCode)) return (false, SkipReason.SenderCode);
        }
        if (f.maxFeePerGas < _nextBaseFee(header, blockHash_)) return (false, SkipReason.FeeCap);
        return (true, SkipReason.Nonce);
    }

    /// @dev The RLP fields of `header`, which must hash to `blockHash_`.
    function _headerFields(bytes calldata header, bytes32 blockHash_) internal pure returns (RLPReader.Item[] memory) {
        bytes32 headerHash = keccak256(header);
        if (headerHash != blockHash_) revert HeadHeaderMismatch(headerHash, blockHash_);
        RLPReader.Item[] memory fields = RLPReader.toItem(header).readList();
        if (fields.length < 16) revert MalformedHeader();
        return fields;
    }

    /// @dev EIP-1559's base fee of the block after the one whose header is `header`
    /// (elasticity 2, change denominator 8, as the L2 config has): go-ethereum's
    /// eip1559.CalcBaseFee.
    function _nextBaseFee(bytes calldata header, bytes32 blockHash_) private pure returns (uint256) {
        RLPReader.Item[] memory fields = _headerFields(header, blockHash_);
        uint256 gasLimit = fields[9].readUint(8);
        uint256 gasUsed = fields[10].readUint(8);
        uint256 baseFee = fields[15].readUint(32);
        uint256 target = gasLimit / 2;
        // Only judgeForcedTransaction reads headers that are not an accepted block's.
        if (target == 0) revert MalformedHeader();
        if (gasUsed == target) return baseFee;
        if (gasUsed > target) {
            uint256 up = baseFee * (gasUsed - target) / target / 8;
            return baseFee + (up == 0 ? 1 : up);
        }
        return baseFee - baseFee * (target - gasUsed) / target / 8;
    }
}
