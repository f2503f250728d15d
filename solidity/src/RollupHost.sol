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
    /// @dev EXECUTE charges one L1 gas per unit of the declared L2 gas limit plus
    /// 16 per input byte, and one L1 transaction may use at most 2^24 gas (EIP-7825)
    /// of which a call forwards 63/64: keep maxGasLimit well below ~16.3M (MyRollup
    /// uses 12M) so that a full block with its witness still fits the one L1
    /// transaction that executes it (`advance`, or an optimistic dispute's `step`).
    uint64 public immutable maxGasLimit;

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
    /// @notice A deploy-time parameter is out of range.
    error InvalidConfig(string reason);
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
        if (historySize_ == 0) revert InvalidConfig("historySize must be positive");
        if (minGasLimit_ == 0 || minGasLimit_ > maxGasLimit_) revert InvalidConfig("need 0 < minGasLimit <= maxGasLimit");
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
