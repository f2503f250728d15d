// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "./RLPReader.sol";

/// @title SignedTx
/// @notice Decodes a signed EIP-1559 (type 2) L2 transaction on L1 and checks every
/// rule go-ethereum applies to it that does not depend on state, so that a host can
/// promise to include it (forced inclusion, spec/host-forced-inclusion.md). It
/// accepts a subset of what go-ethereum's block processing accepts under the L2's
/// pinned rules (Osaka, no Amsterdam): anything it lets through either executes in
/// a block or fails one of the state-dependent checks a host proves against a state
/// root (nonce, balance, sender code, fee cap below base fee).
///
/// Spec code (EIP-1559, EIP-2718): tx = 0x02 || rlp([chainId, nonce,
///   maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList,
///   yParity, r, s]); sender = ecrecover(keccak256(0x02 || rlp(first nine fields))).
/// Intrinsic gas (EIP-2028, EIP-2930, EIP-3860): 21000 (+ 32000 + 2 per initcode
/// word when `to` is empty) + 16 per non-zero and 4 per zero data byte + 2400 per
/// access-list address + 1900 per storage key; EIP-7623 floor: 21000 + 10 per token
/// (4 tokens per non-zero byte, 1 per zero byte); EIP-7825 cap: 2^24 gas.
library SignedTx {
    using RLPReader for RLPReader.Item;

    /// @notice What a host needs of a transaction to decide its validity on a state.
    struct Fields {
        address sender;
        uint64 nonce;
        uint64 gasLimit;
        uint256 maxFeePerGas;
        uint256 value;
    }

    /// @notice EIP-7825: no Osaka transaction may declare more gas.
    uint64 internal constant MAX_TX_GAS = 1 << 24;
    /// @notice EIP-3860: largest initcode of a contract-creation transaction.
    uint256 internal constant MAX_INITCODE_SIZE = 49152;
    /// @dev secp256k1's group order and half of it (go-ethereum rejects s above it).
    uint256 private constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
    uint256 private constant SECP256K1_HALF_N = SECP256K1_N / 2;

    /// @notice Only EIP-1559 (type 2) transactions can be forced; sign one of those.
    error UnsupportedTransactionType(uint8 txType);
    /// @notice The transaction's field `field` breaks the encoding go-ethereum
    /// decodes (count, length, or an integer out of range).
    error MalformedTransaction(string field);
    /// @notice The transaction is signed for another chain.
    error WrongTransactionChainId(uint256 txChainId, uint64 chainId);
    /// @notice The signature values are out of range (r, s zero or too large, s in
    /// the upper half, yParity not 0 or 1) or recover no address.
    error InvalidTransactionSignature();
    /// @notice maxPriorityFeePerGas exceeds maxFeePerGas.
    error TipAboveFeeCap(uint256 maxPriorityFeePerGas, uint256 maxFeePerGas);
    /// @notice The gas limit is below the intrinsic gas or the EIP-7623 floor.
    error IntrinsicGasTooLow(uint64 gasLimit, uint256 intrinsicGas);
    /// @notice The gas limit is above `maxGas` (EIP-7825's cap or the host's).
    error TransactionGasTooHigh(uint64 gasLimit, uint256 maxGas);
    /// @notice gasLimit * maxFeePerGas + value exceeds 2^256: no balance can pay it.
    error TransactionCostOverflow();
    /// @notice A contract creation's initcode is larger than EIP-3860 allows.
    error InitcodeTooLarge(uint256 size);

    /// @notice Decodes `signed` (the EIP-2718 bytes, as in a block body) and checks
    /// every stateless rule for chain `chainId` with a gas limit of at most `maxGas`.
    function decode(bytes memory signed, uint64 chainId, uint256 maxGas) internal pure returns (Fields memory f) {
        if (signed.length == 0 || uint8(signed[0]) != 2) {
            revert UnsupportedTransactionType(signed.length == 0 ? 0 : uint8(signed[0]));
        }
        RLPReader.Item memory body;
        assembly {
            mstore(body, add(signed, 33)) // body.ptr: after the length word and the type byte
            mstore(add(body, 32), sub(mload(signed), 1))
        }
        RLPReader.Item[] memory items = _bodyItems(body);
        if (items.length != 12) revert MalformedTransaction("field count");

        uint256 txChainId = items[0].readUint(32);
        if (txChainId != chainId) revert WrongTransactionChainId(txChainId, chainId);
        f.nonce = uint64(items[1].readUint(8));
        // A nonce of 2^64-1 is never valid: the state nonce would have to equal it,
        // and go-ethereum refuses to increment it (ErrNonceMax).
        if (f.nonce == type(uint64).max) revert MalformedTransaction("nonce");
        uint256 tip = items[2].readUint(32);
        f.maxFeePerGas = items[3].readUint(32);
        if (tip > f.maxFeePerGas) revert TipAboveFeeCap(tip, f.maxFeePerGas);
        f.gasLimit = uint64(items[4].readUint(8));
        uint256 toLength = items[5].readBytes().length;
        if (toLength != 0 && toLength != 20) revert MalformedTransaction("to");
        f.value = items[6].readUint(32);
        bytes memory data = items[7].readBytes();

        uint256 zeros = _zeroBytes(data);
        uint256 intrinsic = 21000 + _dataGas(data.length, zeros, toLength == 0) + _accessListGas(items[8]);
        uint256 floor = 21000 + 10 * (4 * data.length - 3 * zeros);
        if (floor > intrinsic) intrinsic = floor;
        if (f.gasLimit < intrinsic) revert IntrinsicGasTooLow(f.gasLimit, intrinsic);
        if (f.gasLimit > MAX_TX_GAS) revert TransactionGasTooHigh(f.gasLimit, MAX_TX_GAS);
        if (f.gasLimit > maxGas) revert TransactionGasTooHigh(f.gasLimit, maxGas);
        if (f.maxFeePerGas > (type(uint256).max - f.value) / f.gasLimit) revert TransactionCostOverflow();

        f.sender = _recover(items);
    }

    /// @notice Whether `code` is an EIP-7702 delegation designator (0xef0100 ||
    /// address), the only code a transaction sender may have (EIP-3607).
    function isDelegation(bytes memory code) internal pure returns (bool) {
        return code.length == 23 && code[0] == 0xef && code[1] == 0x01 && code[2] == 0x00;
    }

    /// @dev The fields of the RLP list `body`, which must be exactly one item.
    function _bodyItems(RLPReader.Item memory body) private pure returns (RLPReader.Item[] memory) {
        if (body.len == 0) revert MalformedTransaction("empty body");
        (uint256 offset, uint256 len, bool list) = RLPReader.prefix(body.ptr, body.len);
        if (!list) revert MalformedTransaction("body is not a list");
        if (offset + len != body.len) revert MalformedTransaction("bytes after the body");
        return body.readList();
    }

    /// @dev Gas for the data bytes, and for a creation its base and initcode words.
    function _dataGas(uint256 length, uint256 zeros, bool creation) private pure returns (uint256 gas) {
        gas = 16 * (length - zeros) + 4 * zeros;
        if (creation) {
            if (length > MAX_INITCODE_SIZE) revert InitcodeTooLarge(length);
            gas += 32000 + 2 * ((length + 31) / 32);
        }
    }

    /// @dev Gas for the access list, after checking its shape: a list of
    /// [20-byte address, list of 32-byte keys] pairs.
    function _accessListGas(RLPReader.Item memory accessList) private pure returns (uint256 gas) {
        if (!accessList.isList()) revert MalformedTransaction("access list");
        RLPReader.Item[] memory tuples = accessList.readList();
        for (uint256 i = 0; i < tuples.length; i++) {
            if (!tuples[i].isList()) revert MalformedTransaction("access list");
            RLPReader.Item[] memory pair = tuples[i].readList();
            if (pair.length != 2 || pair[0].readBytes().length != 20 || !pair[1].isList()) {
                revert MalformedTransaction("access list");
            }
            RLPReader.Item[] memory keys = pair[1].readList();
            for (uint256 k = 0; k < keys.length; k++) {
                (, bool ok) = keys[k].readBytes32();
                if (!ok) revert MalformedTransaction("access list");
            }
            gas += 2400 + 1900 * keys.length;
        }
    }

    /// @dev The number of zero bytes in `data`, a word at a time: each byte is
    /// folded onto its lowest bit (its nibbles, pairs and bits ORed, masked so no bit
    /// crosses into a neighbouring byte), and one multiplication sums the 32 flags
    /// into the top byte. Bytes past the end count as zero and are subtracted.
    function _zeroBytes(bytes memory data) private pure returns (uint256 zeros) {
        uint256 nonZero;
        assembly {
            let ones := 0x0101010101010101010101010101010101010101010101010101010101010101
            let p := add(data, 32)
            let end := add(p, mload(data))
            for {} lt(p, end) { p := add(p, 32) } {
                let w := mload(p)
                let left := sub(end, p)
                if lt(left, 32) { w := and(w, not(sub(shl(mul(8, sub(32, left)), 1), 1))) }
                w := or(w, and(shr(4, w), mul(ones, 0x0f)))
                w := or(w, and(shr(2, w), mul(ones, 0x33)))
                w := or(w, and(shr(1, w), mul(ones, 0x55)))
                nonZero := add(nonZero, shr(248, mul(and(w, ones), ones)))
            }
        }
        zeros = data.length - nonZero;
    }

    /// @dev The sender: the signature over keccak256(0x02 || rlp(fields 0..8)),
    /// with go-ethereum's value checks (1 <= r < N, 1 <= s <= N/2, yParity 0 or 1).
    function _recover(RLPReader.Item[] memory items) private pure returns (address sender) {
        uint256 v = items[9].readUint(1);
        uint256 r = items[10].readUint(32);
        uint256 s = items[11].readUint(32);
        if (v > 1 || r == 0 || r >= SECP256K1_N || s == 0 || s > SECP256K1_HALF_N) {
            revert InvalidTransactionSignature();
        }
        // The nine unsigned fields are contiguous in memory: put a new list header
        // and the type byte in front of them.
        uint256 start = items[0].ptr;
        uint256 payload = items[8].ptr + items[8].len - start;
        uint256 lenOfLen;
        if (payload >= 56) {
            while (payload >> (8 * lenOfLen) != 0) lenOfLen++;
        }
        bytes memory preimage = new bytes(2 + lenOfLen + payload);
        assembly {
            let out := add(preimage, 32)
            mstore8(out, 2)
            switch lenOfLen
            case 0 { mstore8(add(out, 1), add(0xc0, payload)) }
            default {
                mstore8(add(out, 1), add(0xf7, lenOfLen))
                mstore(add(out, 2), shl(sub(256, mul(8, lenOfLen)), payload))
            }
            mcopy(add(out, add(2, lenOfLen)), start, payload)
        }
        sender = ecrecover(keccak256(preimage), uint8(27 + v), bytes32(r), bytes32(s));
        if (sender == address(0)) revert InvalidTransactionSignature();
    }
}
