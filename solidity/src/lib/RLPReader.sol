// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title RLPReader
/// @notice Strict, allocation-light decoder for Recursive Length Prefix encoding. It
/// accepts exactly the canonical encodings go-ethereum's rlp package accepts and
/// reverts with a named error on anything else, so a proof cannot smuggle two
/// encodings of one node past a hash check.
///
/// Spec code (Ethereum Yellow Paper, Appendix B):
///   R_b(x) = x                          if ||x|| = 1 and x[0] < 128
///            (128 + ||x||) . x          else if ||x|| < 56
///            (183 + ||BE(||x||)||) . BE(||x||) . x   otherwise
///   R_l(x) = (192 + ||s(x)||) . s(x)    if ||s(x)|| < 56
///            (247 + ||BE(||s(x)||)||) . BE(||s(x)||) . s(x)   otherwise
/// where BE is the big-endian encoding without leading zeros.
library RLPReader {
    /// @notice One encoded item in memory: `ptr` points at its first (prefix) byte,
    /// `len` is the full encoded length including the prefix.
    struct Item {
        uint256 ptr;
        uint256 len;
    }

    /// @notice The input has no bytes at all.
    error RLPEmptyInput();
    /// @notice A prefix announces more bytes than the input (or enclosing list) holds.
    error RLPTruncated();
    /// @notice An encoding that canonical RLP forbids: a single byte below 0x80 wrapped
    /// in a string prefix, a long form for fewer than 56 bytes, or a length with
    /// leading zero bytes.
    error RLPNonCanonical();
    /// @notice Bytes follow the single top-level item.
    error RLPTrailingBytes();
    /// @notice A string was found where a list was required.
    error RLPNotAList();
    /// @notice A list was found where a string was required.
    error RLPNotAString();

    /// @notice Wraps `data`, which must be exactly one canonical item.
    function toItem(bytes memory data) internal pure returns (Item memory item) {
        if (data.length == 0) revert RLPEmptyInput();
        uint256 ptr;
        assembly {
            ptr := add(data, 32)
        }
        (uint256 offset, uint256 payloadLen,) = _header(ptr, data.length);
        if (offset + payloadLen != data.length) revert RLPTrailingBytes();
        return Item(ptr, data.length);
    }

    /// @notice Whether the item is a list.
    function isList(Item memory item) internal pure returns (bool list) {
        (,, list) = _header(item.ptr, item.len);
    }

    /// @notice The items of a list, in order.
    function readList(Item memory item) internal pure returns (Item[] memory items) {
        (uint256 offset, uint256 payloadLen, bool list) = _header(item.ptr, item.len);
        if (!list) revert RLPNotAList();
        uint256 start = item.ptr + offset;
        uint256 end = start + payloadLen;
        uint256 count;
        for (uint256 p = start; p < end; count++) {
            (uint256 o, uint256 l,) = _header(p, end - p);
            p += o + l;
        }
        items = new Item[](count);
        uint256 ptr = start;
        for (uint256 i = 0; i < count; i++) {
            (uint256 o, uint256 l,) = _header(ptr, end - ptr);
            items[i] = Item(ptr, o + l);
            ptr += o + l;
        }
    }

    /// @notice The payload of a string item, copied into new memory.
    function readBytes(Item memory item) internal pure returns (bytes memory out) {
        (uint256 offset, uint256 payloadLen, bool list) = _header(item.ptr, item.len);
        if (list) revert RLPNotAString();
        out = new bytes(payloadLen);
        uint256 src = item.ptr + offset;
        assembly {
            mcopy(add(out, 32), src, payloadLen)
        }
    }

    /// @notice The payload of a string item of exactly 32 bytes, e.g. a root hash.
    function readBytes32(Item memory item) internal pure returns (bytes32 value, bool ok) {
        (uint256 offset, uint256 payloadLen, bool list) = _header(item.ptr, item.len);
        if (list) revert RLPNotAString();
        if (payloadLen != 32) return (bytes32(0), false);
        uint256 src = item.ptr + offset;
        assembly {
            value := mload(src)
        }
        return (value, true);
    }

    // ---- Used by SignedTx and ForcedInclusion (forced inclusion of L2 transactions) ----

    /// @notice An integer field wider than the caller allows (e.g. a uint64 field of 9 bytes).
    error RLPIntegerTooLarge(uint256 maxBytes);

    /// @notice Decodes the prefix of the item at memory `ptr`, of which `avail` bytes
    /// may belong to it: (prefix length, payload length, whether it is a list), with
    /// the same canonical and bounds checks as `toItem`. It reads at most the 9
    /// prefix bytes, so a caller walking calldata copies only a small window.
    function prefix(uint256 ptr, uint256 avail) internal pure returns (uint256 offset, uint256 len, bool list) {
        return _header(ptr, avail);
    }

    /// @notice `prefix` of the item at `pos` in calldata `data`, decoded from a copy
    /// of its first (at most 9) bytes: how the hosts walk a block's transaction list
    /// in calldata without copying it.
    function prefixAt(bytes calldata data, uint256 pos) internal pure returns (uint256 offset, uint256 len, bool list) {
        uint256 avail = data.length - pos;
        bytes memory window = data[pos:pos + (avail < 9 ? avail : 9)];
        uint256 ptr;
        assembly ("memory-safe") {
            ptr := add(window, 32)
        }
        return _header(ptr, avail);
    }

    /// @notice The value of a string item read as a canonical big-endian integer of
    /// at most `maxBytes` bytes: no leading zero byte (zero is the empty string), as
    /// go-ethereum's rlp package decodes integer fields.
    function readUint(Item memory item, uint256 maxBytes) internal pure returns (uint256 value) {
        (uint256 offset, uint256 payloadLen, bool list) = _header(item.ptr, item.len);
        if (list) revert RLPNotAString();
        if (payloadLen > maxBytes) revert RLPIntegerTooLarge(maxBytes);
        if (payloadLen == 0) return 0;
        uint256 src = item.ptr + offset;
        if (_byteAt(src) == 0) revert RLPNonCanonical();
        assembly {
            value := shr(sub(256, mul(8, payloadLen)), mload(src))
        }
    }

    /// @dev Decodes the prefix at `ptr`, given that `avail` bytes may be read from it.
    /// Returns the prefix length, the payload length and whether the item is a list,
    /// after checking that the whole item fits in `avail` and is canonical.
    function _header(uint256 ptr, uint256 avail) private pure returns (uint256 offset, uint256 len, bool list) {
        if (avail == 0) revert RLPTruncated();
        uint256 b0 = _byteAt(ptr);
        if (b0 < 0x80) {
            return (0, 1, false);
        }
        if (b0 < 0xb8) {
            (offset, len) = (1, b0 - 0x80);
            if (len == 1) {
                if (avail < 2) revert RLPTruncated();
                if (_byteAt(ptr + 1) < 0x80) revert RLPNonCanonical();
            }
        } else if (b0 < 0xc0) {
            (offset, len) = _longLength(ptr, avail, b0 - 0xb7);
        } else if (b0 < 0xf8) {
            (offset, len, list) = (1, b0 - 0xc0, true);
        } else {
            (offset, len) = _longLength(ptr, avail, b0 - 0xf7);
            list = true;
        }
        if (offset + len > avail) revert RLPTruncated();
    }

    /// @dev Reads a long-form length of `lenOfLen` (1..8) bytes following the prefix byte.
    function _longLength(uint256 ptr, uint256 avail, uint256 lenOfLen) private pure returns (uint256 offset, uint256 len) {
        offset = 1 + lenOfLen;
        if (avail < offset) revert RLPTruncated();
        if (_byteAt(ptr + 1) == 0) revert RLPNonCanonical();
        assembly {
            len := shr(sub(256, mul(8, lenOfLen)), mload(add(ptr, 1)))
        }
        if (len < 56) revert RLPNonCanonical();
    }

    function _byteAt(uint256 ptr) private pure returns (uint256 b) {
        assembly {
            b := byte(0, mload(ptr))
        }
    }
}
