// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "./RLPReader.sol";

/// @title MerkleTrie
/// @notice Verifies Merkle-Patricia trie proofs in the format go-ethereum's
/// `trie.Prove` and `eth_getProof` produce: the RLP encodings of the hashed nodes on
/// the path from the root, in order; nodes shorter than 32 bytes are embedded in
/// their parent and not listed. Both inclusion and exclusion proofs are supported,
/// and every malformed proof reverts with a named error instead of being read as
/// "absent".
///
/// Spec code (Ethereum Yellow Paper, Appendix D):
///   c(J, i) = ( ) if J = {}; leaf (HP(I_0[i..], true), I_1) if ||J|| = 1;
///   extension (HP(I_0[i..j], false), n(J, j)) if a common prefix of length j - i
///   exists; else branch (u(0), ..., u(15), v) with v the value of a key ending at i.
///   n(I, i) = c(I, i) if ||RLP(c(I, i))|| < 32, else KEC(RLP(c(I, i))).
/// HP is hex-prefix encoding: first nibble 0/1 extension (even/odd path length),
/// 2/3 leaf (even/odd); for an even length the second nibble is 0.
library MerkleTrie {
    using RLPReader for RLPReader.Item;

    /// @notice Root of the empty trie, keccak256(rlp("")).
    bytes32 internal constant EMPTY_ROOT = 0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421;

    /// @notice The first proof node does not hash to the root.
    error MPTInvalidRootHash();
    /// @notice A proof node does not hash to the reference its parent holds.
    error MPTInvalidNodeHash();
    /// @notice A node is not a 2-item (leaf/extension) or 17-item (branch) list, has a
    /// bad hex-prefix path, or references a child that is neither empty, a 32-byte
    /// hash nor an embedded node shorter than 32 bytes.
    error MPTInvalidNode();
    /// @notice The path needs another hashed node but the proof has ended.
    error MPTProofTooShort();
    /// @notice The walk ended (value or proven absence) before the last proof node.
    error MPTExtraProofNodes();
    /// @notice A leaf holds an empty value, which no trie stores.
    error MPTEmptyValue();

    /// @notice Looks `key` up in the trie with root `root` using `proof`.
    /// @return found Whether the key is in the trie.
    /// @return value The stored value (empty when not found).
    function get(bytes32 root, bytes memory key, bytes[] memory proof)
        internal
        pure
        returns (bool found, bytes memory value)
    {
        if (proof.length == 0) {
            if (root == EMPTY_ROOT) return (false, "");
            revert MPTProofTooShort();
        }
        bytes memory path = _nibbles(key);
        uint256 consumed;
        uint256 used;
        bytes32 expected = root;
        RLPReader.Item memory node;
        bool hashed = true;
        while (true) {
            if (hashed) {
                if (used == proof.length) revert MPTProofTooShort();
                if (keccak256(proof[used]) != expected) {
                    if (used == 0) revert MPTInvalidRootHash();
                    revert MPTInvalidNodeHash();
                }
                node = RLPReader.toItem(proof[used]);
                used++;
            }
            RLPReader.Item[] memory items = node.readList();
            RLPReader.Item memory child;
            if (items.length == 17) {
                if (consumed == path.length) {
                    value = items[16].readBytes();
                    return _finish(used, proof.length, value.length != 0, value);
                }
                child = items[uint8(path[consumed])];
                consumed++;
            } else if (items.length == 2) {
                (bool leaf, bytes memory nodePath) = _hexPrefix(items[0].readBytes());
                bool prefixMatches = _isPrefix(nodePath, path, consumed);
                if (leaf) {
                    if (!prefixMatches || consumed + nodePath.length != path.length) {
                        return _finish(used, proof.length, false, "");
                    }
                    value = items[1].readBytes();
                    if (value.length == 0) revert MPTEmptyValue();
                    return _finish(used, proof.length, true, value);
                }
                if (nodePath.length == 0) revert MPTInvalidNode();
                if (!prefixMatches) return _finish(used, proof.length, false, "");
                consumed += nodePath.length;
                child = items[1];
            } else {
                revert MPTInvalidNode();
            }
            if (child.isList()) {
                if (child.len >= 32) revert MPTInvalidNode();
                node = child;
                hashed = false;
                continue;
            }
            (bytes32 ref, bool isHash) = child.readBytes32();
            if (!isHash) {
                if (items.length == 17 && child.readBytes().length == 0) {
                    return _finish(used, proof.length, false, ""); // empty branch slot
                }
                revert MPTInvalidNode();
            }
            expected = ref;
            hashed = true;
        }
    }

    function _finish(uint256 used, uint256 total, bool found, bytes memory value)
        private
        pure
        returns (bool, bytes memory)
    {
        if (used != total) revert MPTExtraProofNodes();
        return (found, value);
    }

    /// @dev Splits bytes into nibbles, high nibble first.
    function _nibbles(bytes memory key) private pure returns (bytes memory out) {
        out = new bytes(key.length * 2);
        for (uint256 i = 0; i < key.length; i++) {
            out[2 * i] = bytes1(uint8(key[i]) >> 4);
            out[2 * i + 1] = bytes1(uint8(key[i]) & 0x0f);
        }
    }

    /// @dev Decodes a hex-prefix encoded path into its leaf flag and nibbles.
    function _hexPrefix(bytes memory encoded) private pure returns (bool leaf, bytes memory path) {
        if (encoded.length == 0) revert MPTInvalidNode();
        bytes memory all = _nibbles(encoded);
        uint8 flag = uint8(all[0]);
        if (flag > 3) revert MPTInvalidNode();
        leaf = flag >= 2;
        bool odd = flag & 1 == 1;
        if (!odd && uint8(all[1]) != 0) revert MPTInvalidNode();
        uint256 skip = odd ? 1 : 2;
        path = new bytes(all.length - skip);
        for (uint256 i = 0; i < path.length; i++) {
            path[i] = all[i + skip];
        }
    }

    /// @dev Whether `part` equals `path[from : from + len(part)]`.
    function _isPrefix(bytes memory part, bytes memory path, uint256 from) private pure returns (bool) {
        if (path.length - from < part.length) return false;
        for (uint256 i = 0; i < part.length; i++) {
            if (part[i] != path[from + i]) return false;
        }
        return true;
    }
}
