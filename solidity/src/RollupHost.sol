// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Messages} from "./lib/Messages.sol";
import {StateProof} from "./lib/StateProof.sol";

/// @title RollupHost
/// @notice What every nr rollup host keeps on L1, however it learns new L2 state
/// roots: the L2 chain id and gas-limit policy, the last accepted L2 block and the
/// L1 anchor bound, a bounded history of accepted L2 state roots, the deposit queue
/// (L1 -> L2) and withdrawal finalization (L2 -> L1).
///
/// Deposits: `deposit` locks ETH here and marks the message hash as sent in storage.
/// L2 learns it through the anchor: the host passes a recent L1 block hash to every
/// L2 block, EIP-4788 stores it on L2, and anyone can claim the deposit on L2 from
/// the pre-minted `L2Bridge` by proving the header and this contract's storage.
///
/// Withdrawals: `L2Bridge.withdraw` marks the message hash as sent in L2 storage;
/// `finalizeWithdrawal` proves the L2Bridge account, then that slot, against an
/// accepted L2 state root, and pays once.
///
/// The constructor refuses parameters outside the ranges of spec/host.md
/// ("Parameters"), and a block is accepted only if `settleable`: one L1 transaction
/// carries its settlement (spec/host.md, "Settleability").
abstract contract RollupHost {
    /// @notice Address of the L2Bridge predeploy in the L2 genesis (solidity.L2BridgeAddress in Go).
    address public constant L2_BRIDGE = 0x4e52000000000000000000000000000000000001;

    /// @notice L2 chain id, bound into every EXECUTE call.
    uint64 public immutable chainId;
    /// @notice How many recent L2 state roots stay provable.
    uint64 public immutable historySize;
    /// @notice Smallest L2 block gas limit the rollup accepts.
    uint64 public immutable minGasLimit;
    /// @notice Largest L2 block gas limit the rollup accepts.
    uint64 public immutable maxGasLimit;

    /// @notice Bounds of the deploy-time parameters (spec/host.md, "Parameters").
    /// The largest L2 chain id EIP-155 signatures carry in a uint64 v (EIP-2294).
    uint64 public constant MAX_CHAIN_ID = type(uint64).max / 2 - 36;
    /// @notice Fewest state roots kept provable: at the fastest steady rate the
    /// timestamp rule allows (one L2 block per second) a root stays provable for 256 s,
    /// 21 L1 slots, for a withdrawal proven against it to land.
    uint64 public constant MIN_HISTORY_SIZE = 256;
    /// @notice Smallest allowed minGasLimit: every block the policy admits can carry
    /// any user's deposit claim (~444,000 L2 gas with its proofs) or withdrawal.
    uint64 public constant GAS_LIMIT_FLOOR = 1_000_000;
    /// @notice Largest allowed maxGasLimit: a block at this gas limit still settles in
    /// one L1 transaction with MIN_SETTLE_PAYLOAD bytes of transactions and witness
    /// (settleGasBound(MAX_GAS_LIMIT, MIN_SETTLE_PAYLOAD) <= MAX_TX_GAS).
    uint64 public constant MAX_GAS_LIMIT = 13_500_000;

    /// @notice Settleability (spec/host.md, "Settleability"): the most gas one L1
    /// transaction may use (EIP-7825). Every block the host accepts must be settled by
    /// one transaction (`advance`, or an optimistic dispute's `step`).
    uint256 public constant MAX_TX_GAS = 1 << 24;
    /// @notice Payload bytes (transactions + witness + extra data) a block at
    /// MAX_GAS_LIMIT may still carry: an empty block's witness is ~3 KB, the rest is
    /// room for transactions.
    uint256 public constant MIN_SETTLE_PAYLOAD = 64 * 1024;
    /// @notice Most payload bytes (transactions + witness + extra data) of a block:
    /// its settling transaction then stays under go-ethereum's 128 KiB transaction-pool
    /// limit (with CALL_HEAD_BYTES and the signed envelope), so anyone can settle it
    /// through the public mempool.
    uint256 public constant MAX_SETTLE_PAYLOAD = 126 * 1024;
    /// @notice L1 gas settleGasBound allows for the host's own work in the settling
    /// transaction (checks, cold reads, storage writes of the head, the history and
    /// a game's resolution, the event), beside EXECUTE and the bytes.
    uint256 internal constant SETTLE_HOST_GAS = 300_000;

    /// @notice Number of deposits so far; the next deposit's nonce.
    uint256 public depositCount;
    /// @notice Withdrawal hashes already paid out.
    mapping(bytes32 withdrawalHash => bool) public withdrawalFinalized;

    struct HistoryEntry {
        uint64 number;
        bytes32 stateRoot;
    }

    mapping(uint256 slot => HistoryEntry) private _history;

    /// @notice Hash, state root and number of the last accepted L2 block (the
    /// genesis at deployment).
    bytes32 public blockHash;
    bytes32 public stateRoot;
    uint64 public blockNumber;
    /// @notice L1 block whose hash anchored the last accepted L2 block (the L1 block
    /// of deployment at first); a new anchor may not be older.
    uint64 public anchorBlockNumber;

    /// @notice A deposit was queued for L2; claim it on L2 with `L2Bridge.claimDeposit`.
    event DepositSent(bytes32 indexed depositHash, Messages.Deposit deposit);
    /// @notice A withdrawal was paid out on L1.
    event WithdrawalFinalized(bytes32 indexed withdrawalHash, Messages.Withdrawal withdrawal);

    /// @notice A deposit must carry ETH and a relayer fee no larger than its value.
    error InvalidDeposit(uint256 value, uint256 relayerFee);
    /// @notice The L2 block is older than the kept history or not accepted yet; prove
    /// against a more recent accepted block.
    error StateRootUnavailable(uint64 l2BlockNumber);
    /// @notice This withdrawal was already paid.
    error WithdrawalAlreadyFinalized(bytes32 withdrawalHash);
    /// @notice The storage proof does not show the withdrawal as sent on L2.
    error WithdrawalNotProven(bytes32 withdrawalHash);
    /// @notice Paying `to` failed (it rejected the ETH).
    error TransferFailed(address to);
    /// @notice The L2 chain id must be in [1, MAX_CHAIN_ID] and not L1's own
    /// (EXECUTE refuses L1's chain id, and 0 has no replay protection).
    error InvalidChainId(uint64 chainId, uint256 l1ChainId, uint64 max);
    /// @notice The genesis hash and state root must be set (zero is no block's).
    error GenesisUnset(bytes32 genesisHash, bytes32 genesisStateRoot);
    /// @notice historySize must be at least MIN_HISTORY_SIZE.
    error HistorySizeTooSmall(uint64 historySize, uint64 min);
    /// @notice Need GAS_LIMIT_FLOOR <= minGasLimit <= maxGasLimit <= MAX_GAS_LIMIT.
    error GasLimitsOutOfRange(uint64 minGasLimit, uint64 maxGasLimit, uint64 floor, uint64 ceiling);
    /// @notice The block's transactions, witness and extra data (payloadBytes) are
    /// more than MAX_SETTLE_PAYLOAD, or with its gas limit need up to settleGas L1 gas
    /// to settle, more than one L1 transaction may use (MAX_TX_GAS): leave
    /// transactions out of the block.
    error BlockTooLarge(uint256 payloadBytes, uint64 gasLimit, uint256 settleGas);
    /// @notice The anchor must be one of the last 256 L1 blocks and not older than the
    /// previous anchor.
    error AnchorOutOfRange(uint64 anchorBlockNumber, uint64 previousAnchor, uint256 l1BlockNumber);

    constructor(
        uint64 chainId_,
        uint64 historySize_,
        bytes32 genesisHash,
        bytes32 genesisStateRoot,
        uint64 minGasLimit_,
        uint64 maxGasLimit_
    ) {
        if (chainId_ == 0 || chainId_ > MAX_CHAIN_ID || chainId_ == block.chainid) {
            revert InvalidChainId(chainId_, block.chainid, MAX_CHAIN_ID);
        }
        if (genesisHash == 0 || genesisStateRoot == 0) revert GenesisUnset(genesisHash, genesisStateRoot);
        if (historySize_ < MIN_HISTORY_SIZE) revert HistorySizeTooSmall(historySize_, MIN_HISTORY_SIZE);
        if (minGasLimit_ < GAS_LIMIT_FLOOR || minGasLimit_ > maxGasLimit_ || maxGasLimit_ > MAX_GAS_LIMIT) {
            revert GasLimitsOutOfRange(minGasLimit_, maxGasLimit_, GAS_LIMIT_FLOOR, MAX_GAS_LIMIT);
        }
        chainId = chainId_;
        historySize = historySize_;
        minGasLimit = minGasLimit_;
        maxGasLimit = maxGasLimit_;
        _accept(0, genesisHash, genesisStateRoot, uint64(block.number));
    }

    /// @notice Queues `msg.value` wei for `to` on L2, of which `relayerFee` goes to
    /// whoever claims it there (so a recipient without L2 gas can still be paid).
    function deposit(address to, uint256 relayerFee) external payable returns (bytes32 depositHash) {
        if (msg.value == 0 || relayerFee > msg.value) revert InvalidDeposit(msg.value, relayerFee);
        Messages.Deposit memory d = Messages.Deposit({
            nonce: depositCount,
            from: msg.sender,
            to: to,
            value: msg.value,
            relayerFee: relayerFee
        });
        depositCount++;
        depositHash = Messages.hash(d);
        Messages.markSent(depositHash, Messages.DEPOSITS_SLOT);
        emit DepositSent(depositHash, d);
    }

    /// @notice Whether a deposit with this hash was queued.
    function depositSent(bytes32 depositHash) external view returns (bool) {
        return Messages.isSent(depositHash, Messages.DEPOSITS_SLOT);
    }

    /// @notice Pays a withdrawal sent on L2 at or before accepted L2 block `l2BlockNumber`.
    /// @param accountProof `eth_getProof(L2_BRIDGE, [slot], l2BlockNumber).accountProof` on L2.
    /// @param storageProof `storageProof[0].proof` of the same call, for
    /// `Messages.slot(withdrawalHash, Messages.WITHDRAWALS_SLOT)`.
    function finalizeWithdrawal(
        Messages.Withdrawal calldata withdrawal,
        uint64 l2BlockNumber,
        bytes[] calldata accountProof,
        bytes[] calldata storageProof
    ) external {
        bytes32 withdrawalHash = Messages.hash(withdrawal);
        if (withdrawalFinalized[withdrawalHash]) revert WithdrawalAlreadyFinalized(withdrawalHash);
        bytes32 bridgeStorage = StateProof.storageRoot(stateRootAt(l2BlockNumber), L2_BRIDGE, accountProof);
        bytes32 slot = Messages.slot(withdrawalHash, Messages.WITHDRAWALS_SLOT);
        if (StateProof.storageValue(bridgeStorage, slot, storageProof) != 1) {
            revert WithdrawalNotProven(withdrawalHash);
        }
        withdrawalFinalized[withdrawalHash] = true;
        emit WithdrawalFinalized(withdrawalHash, withdrawal);
        (bool ok,) = withdrawal.to.call{value: withdrawal.value}("");
        if (!ok) revert TransferFailed(withdrawal.to);
    }

    /// @notice The accepted state root of L2 block `l2BlockNumber`, if still in history.
    function stateRootAt(uint64 l2BlockNumber) public view returns (bytes32) {
        HistoryEntry storage e = _history[l2BlockNumber % historySize];
        if (e.number != l2BlockNumber || e.stateRoot == bytes32(0)) revert StateRootUnavailable(l2BlockNumber);
        return e.stateRoot;
    }

    /// @notice An upper bound on the L1 gas of the transaction that settles an L2
    /// block declaring `gasLimit` whose transactions, witness and extra data add up
    /// to `payloadBytes` (spec/host.md, "Settleability"): the calldata (16 gas a byte,
    /// or EIP-7623's floor of 40), EXECUTE's charge (50,000 + 16 per input byte + the
    /// gas limit) plus the 1/64 the calling frame keeps, the memory of three copies of
    /// the input, the base cost and SETTLE_HOST_GAS. The host accepts a block only if
    /// this is at most MAX_TX_GAS; Go: solidity.SettleGasBound.
    function settleGasBound(uint64 gasLimit, uint256 payloadBytes) public pure returns (uint256) {
        if (payloadBytes > MAX_TX_GAS) return type(uint256).max; // no transaction carries that many bytes
        uint256 inputBytes = payloadBytes + EXECUTE_HEAD_BYTES;
        uint256 execute = 50_000 + 16 * inputBytes + gasLimit;
        uint256 words = 3 * inputBytes / 32 + 64;
        uint256 standard = 21_000 + 16 * (payloadBytes + CALL_HEAD_BYTES) + execute + execute / 63 + 1
            + 3 * words + words * words / 512 + SETTLE_HOST_GAS;
        uint256 floor = 21_000 + 40 * (payloadBytes + CALL_HEAD_BYTES);
        return standard > floor ? standard : floor;
    }

    /// @dev EXECUTE input bytes beside the payload: 15 head words, three length
    /// words and the padding of three byte strings.
    uint256 private constant EXECUTE_HEAD_BYTES = 704;
    /// @dev Calldata bytes of `advance` or `step` beside the payload: the selector,
    /// head words, offsets, lengths and padding.
    uint256 private constant CALL_HEAD_BYTES = 1024;

    /// @notice Whether a block declaring `gasLimit` with `payloadBytes` of
    /// transactions, witness and extra data settles in one L1 transaction that the
    /// public mempool carries; Go: solidity.Settleable.
    function settleable(uint64 gasLimit, uint256 payloadBytes) public pure returns (bool) {
        return payloadBytes <= MAX_SETTLE_PAYLOAD && settleGasBound(gasLimit, payloadBytes) <= MAX_TX_GAS;
    }

    /// @dev Reverts with BlockTooLarge unless `settleable(gasLimit, payloadBytes)`.
    function _requireSettleable(uint64 gasLimit, uint256 payloadBytes) internal pure {
        if (!settleable(gasLimit, payloadBytes)) {
            revert BlockTooLarge(payloadBytes, gasLimit, settleGasBound(gasLimit, payloadBytes));
        }
    }

    /// @dev Whether an L2 block may declare `gasLimit`.
    function _gasLimitInPolicy(uint64 gasLimit) internal view returns (bool) {
        return gasLimit >= minGasLimit && gasLimit <= maxGasLimit;
    }

    /// @dev The hash of L1 block `anchorL1Block`, which must be one of the last 256
    /// and not older than `anchorBlockNumber`.
    function _anchor(uint64 anchorL1Block) internal view returns (bytes32 anchor) {
        if (anchorL1Block < anchorBlockNumber || anchorL1Block >= block.number) {
            revert AnchorOutOfRange(anchorL1Block, anchorBlockNumber, block.number);
        }
        anchor = blockhash(anchorL1Block);
        if (anchor == bytes32(0)) revert AnchorOutOfRange(anchorL1Block, anchorBlockNumber, block.number);
    }

    /// @dev Makes L2 block `number` the last accepted one, anchored at L1 block
    /// `anchorL1Block`, and keeps its state root provable.
    function _accept(uint64 number, bytes32 hash, bytes32 root, uint64 anchorL1Block) internal {
        blockHash = hash;
        stateRoot = root;
        blockNumber = number;
        anchorBlockNumber = anchorL1Block;
        _history[number % historySize] = HistoryEntry(number, root);
    }
}
