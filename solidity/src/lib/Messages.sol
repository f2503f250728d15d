// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Messages
/// @notice The two bridge messages and where their hashes live in storage. The L1
/// host records deposit hashes and the L2 bridge records withdrawal hashes, each as
/// `1` in a mapping at a fixed, namespaced base slot, so the other side can prove
/// them with `StateProof` without knowing the contract's storage layout.
library Messages {
    /// @notice L1 -> L2: `value` wei locked on L1; on L2 `to` receives
    /// `value - relayerFee` and whoever claims the deposit receives `relayerFee`.
    struct Deposit {
        uint256 nonce;
        address from;
        address to;
        uint256 value;
        uint256 relayerFee;
    }

    /// @notice L2 -> L1: `value` wei locked in the L2 bridge, paid to `to` on L1.
    struct Withdrawal {
        uint256 nonce;
        address from;
        address to;
        uint256 value;
    }

    /// @notice Base slot of the host's `mapping(bytes32 depositHash => uint256 sent)`.
    uint256 internal constant DEPOSITS_SLOT = uint256(keccak256("nr.host.deposits")) - 1;
    /// @notice Base slot of the L2 bridge's `mapping(bytes32 withdrawalHash => uint256 sent)`.
    uint256 internal constant WITHDRAWALS_SLOT = uint256(keccak256("nr.l2bridge.withdrawals")) - 1;

    function hash(Deposit memory d) internal pure returns (bytes32) {
        return keccak256(abi.encode(d));
    }

    function hash(Withdrawal memory w) internal pure returns (bytes32) {
        return keccak256(abi.encode(w));
    }

    /// @notice The storage slot that holds `1` once message `messageHash` is sent.
    function slot(bytes32 messageHash, uint256 base) internal pure returns (bytes32) {
        return keccak256(abi.encode(messageHash, base));
    }

    function markSent(bytes32 messageHash, uint256 base) internal {
        bytes32 s = slot(messageHash, base);
        assembly {
            sstore(s, 1)
        }
    }

    function isSent(bytes32 messageHash, uint256 base) internal view returns (bool sent) {
        bytes32 s = slot(messageHash, base);
        assembly {
            sent := eq(sload(s), 1)
        }
    }
}
