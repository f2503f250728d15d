package execute

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// boundary is a vector at a witness rule or a limit: a block EXECUTE accepts
// at the bound (kind "valid", returning true) or one it refuses just past it
// (kind "failure", with exactly the error want, whose text contains contains).
type boundary struct {
	name, kind, description string
	input                   func() ([]byte, error)
	want                    error
	contains                string
}

// nonCanonical is a failure with ErrNonCanonicalNode naming the rule that fired.
func nonCanonical(name, description, contains string, input func() ([]byte, error)) boundary {
	return boundary{name, "failure", description, input, stateless.ErrNonCanonicalNode, contains}
}

// Addresses of the forged pre-states' extra accounts.
var (
	// sharedA and sharedB hold one storage trie between them.
	sharedA = common.HexToAddress("0x5a5a000000000000000000000000000000000001")
	sharedB = common.HexToAddress("0x5a5a000000000000000000000000000000000002")
	// clearTarget is the contract of the honest many-slots block.
	clearTarget = common.HexToAddress("0xc1ea200000000000000000000000000000000000")
)

// clearLoopRuntime clears slots from+1..n, n the first calldata word and from
// the second (precompile/honest_test.go):
// PUSH1 32 CALLDATALOAD PUSH1 0 MSTORE
// JUMPDEST PUSH1 0 MLOAD PUSH1 1 ADD DUP1 PUSH1 0 MSTORE PUSH1 0 DUP2 SSTORE
// PUSH1 0 CALLDATALOAD GT PUSH1 6 JUMPI STOP
var clearLoopRuntime = common.FromHex("0x602035600052" + "5b60005160010180600052600081556000351160065700")

// Sizes of the honest many-slots block: a contract holding honestSlots slots, one
// transaction clearing the first honestCleared of them.
const (
	honestSlots   = 10_000
	honestCleared = 1_900
)

// beaconCase forges the beacon-roots storage (which the EIP-4788 system call of
// every block writes) with edit applied to an honest trie of the two slots the
// block writes and the given other slots.
func beaconCase(exec *precompile.Execute, edit func(s *forgedState, root fnode) (fnode, error), others ...uint64) func() ([]byte, error) {
	return func() ([]byte, error) {
		s := newForgedState()
		root, err := edit(s, s.beaconTrie(others...))
		if err != nil {
			return nil, err
		}
		s.Accounts[params.BeaconRootsAddress].Storage = root
		return s.input(exec, false)
	}
}

// rootBranch is the root of an honest beacon-roots trie, which must be a branch
// so that a vector can hang a subtree on a nibble no written slot uses.
func rootBranch(s *forgedState, root fnode) (*fBranch, byte, error) {
	b, ok := root.(*fBranch)
	if !ok {
		return nil, 0, errors.New("the beacon-roots trie does not start with a branch")
	}
	return b, freeNibble(0, s.beaconPaths()...), nil
}

// onBeaconLeaf replaces the leaf of the slot the EIP-4788 call writes the
// timestamp to.
func onBeaconLeaf(fn func(leaf *fLeaf, depth int) fnode) func(*forgedState, fnode) (fnode, error) {
	return func(s *forgedState, root fnode) (fnode, error) {
		var err error
		root = onPath(root, s.beaconPaths()[0], 0, func(n fnode, depth int) fnode {
			leaf, ok := n.(*fLeaf)
			if !ok {
				err = fmt.Errorf("the walk to the timestamp slot ends at %T", n)
				return n
			}
			return fn(leaf, depth)
		})
		return root, err
	}
}

// fullBranch is a 532-byte branch, the largest canonical node: sixteen hashed
// children (absent from the witness) and an empty value.
func fullBranch(seed byte) *fBranch {
	b := new(fBranch)
	for i := range b.Children {
		b.Children[i] = fHash{seed, byte(i), 0xfb}
	}
	return b
}

// sizedLeaves is an extension from depth to a branch at depth+ext whose two
// children are leaves completing 64 nibbles with the value 1: at depth 1 with
// ext 5 each leaf is 32 bytes (57 nibbles), with ext 7 it is 31 bytes (55 nibbles).
// embed chooses how the branch refers to its first leaf.
func sizedLeaves(depth, ext int, embedFirst bool) fnode {
	rest := 64 - depth - ext - 1
	b := new(fBranch)
	var first fnode = &fLeaf{Key: make([]byte, rest), Value: slotValueN(1)}
	if embedFirst {
		first = fEmbed{first}
	}
	b.Children[3] = first
	b.Children[9] = &fLeaf{Key: bytes.Repeat([]byte{1}, rest), Value: slotValueN(1)}
	return &fExt{Key: bytes.Repeat([]byte{7}, ext), Child: b}
}

// nodeRuleVectors are one vector per witness trie rule (spec/witness.md, "Trie
// nodes"), each failing with ErrNonCanonicalNode, and the canonical shapes at
// the rules' bounds, each valid.
func nodeRuleVectors(exec *precompile.Execute) []boundary {
	entry := func(size int) func() ([]byte, error) {
		return func() ([]byte, error) {
			s := newForgedState()
			s.Extra = [][]byte{make([]byte, size)}
			return s.input(exec, false)
		}
	}
	atFree := func(n func(s *forgedState) fnode) func(*forgedState, fnode) (fnode, error) {
		return func(s *forgedState, root fnode) (fnode, error) {
			b, free, err := rootBranch(s, root)
			if err != nil {
				return nil, err
			}
			b.Children[free] = n(s)
			return root, nil
		}
	}
	accountValue := func(nonce []byte, codeHash []byte) func() ([]byte, error) {
		return func() ([]byte, error) {
			s := newForgedState()
			s.Accounts[params.BeaconRootsAddress].Value = rlpList(rlpBytes(nonce), rlpBytes(nil), rlpBytes(types.EmptyRootHash[:]), rlpBytes(codeHash))
			return s.input(exec, false)
		}
	}
	compact := func(edit func(key []byte) []byte) func(*forgedState, fnode) (fnode, error) {
		return onBeaconLeaf(func(leaf *fLeaf, _ int) fnode {
			return fRaw(rlpList(rlpBytes(edit(compactKey(leaf.Key, true))), rlpBytes(leaf.Value)))
		})
	}
	return []boundary{
		nonCanonical("fail-node-entry-31-bytes", "an unreachable witness state entry of 31 bytes (entries are 32 to 532 bytes, reachable or not)", "outside [32, 532]", entry(31)),
		nonCanonical("fail-node-entry-533-bytes", "an unreachable witness state entry of 533 bytes", "outside [32, 532]", entry(533)),
		nonCanonical("fail-node-not-a-list", "a 40-byte beacon-roots storage node that is not an RLP list", "not a single RLP list", beaconCase(exec, atFree(func(*forgedState) fnode {
			return fHashed{fRaw(bytes.Repeat([]byte{0xc1}, 40))}
		}))),
		nonCanonical("fail-node-branch-one-child", "the beacon-roots storage root is a branch with one child", "collapsed", beaconCase(exec, func(s *forgedState, _ fnode) (fnode, error) {
			b := new(fBranch)
			b.Children[freeNibble(0, s.beaconPaths()...)] = &fLeaf{Key: make([]byte, 63), Value: slotValueN(1)}
			return b, nil
		})),
		nonCanonical("fail-node-branch-value", "a beacon-roots storage branch holding a value", "value", beaconCase(exec, func(s *forgedState, root fnode) (fnode, error) {
			b, _ := firstBranch(root)
			b.Value = []byte{1}
			return root, nil
		}, 1, 9)),
		nonCanonical("fail-node-branch-at-depth-64", "a beacon-roots storage branch at depth 64, below two keys that differ in their last nibble", "no room", beaconCase(exec, func(s *forgedState, root fnode) (fnode, error) {
			base := slotPath(slotN(12345))
			a, b := append(slices.Clone(base[:63]), 1), append(slices.Clone(base[:63]), 2)
			deep := new(fBranch)
			deep.Children[0] = &fLeaf{Value: slotValueN(1)}
			deep.Children[1] = &fLeaf{Value: slotValueN(2)}
			t := trieOf([]kv{{a, slotValueN(1)}, {b, slotValueN(2)}})
			return onPath(t, a, 0, func(fnode, int) fnode { return deep }), nil
		})),
		nonCanonical("fail-node-ext-empty-key", "a beacon-roots storage extension with an empty key above the honest root branch", "empty key", beaconCase(exec, func(s *forgedState, root fnode) (fnode, error) {
			if _, _, err := rootBranch(s, root); err != nil {
				return nil, err
			}
			return &fExt{Child: root}, nil
		}, 1, 9)),
		nonCanonical("fail-node-ext-to-depth-64", "a beacon-roots storage extension whose key reaches depth 64, leaving no room for its branch", "no room", beaconCase(exec, func(s *forgedState, _ fnode) (fnode, error) {
			b := new(fBranch)
			b.Children[1], b.Children[2] = fHash{1}, fHash{2}
			return &fExt{Key: s.beaconPaths()[0], Child: b}, nil
		})),
		nonCanonical("fail-node-ext-hashed-leaf", "the timestamp slot's leaf split into an extension of one nibble over a hashed leaf", "must be a branch",
			beaconCase(exec, onBeaconLeaf(func(leaf *fLeaf, d int) fnode { return splitLeaf(1, nil)(leaf, d) }))),
		nonCanonical("fail-node-ext-embedded-leaf", "the timestamp slot's leaf split into an extension of 30 nibbles over an embedded 20-byte leaf", "must be a branch",
			beaconCase(exec, onBeaconLeaf(func(leaf *fLeaf, d int) fnode {
				return splitLeaf(30, func(n fnode) fnode { return fEmbed{n} })(leaf, d)
			}))),
		nonCanonical("fail-node-ext-empty-child", "a hashed beacon-roots storage extension of 60 nibbles whose child is the empty string", "extension's child", beaconCase(exec, atFree(func(*forgedState) fnode {
			return &fExt{Key: make([]byte, 60)}
		}))),
		nonCanonical("fail-node-crash-beacon-roots-embedded-ext", "crash shape (b): the beacon-roots storage root branch embeds rlp([0x15, \"\"]), an extension whose child is the empty string; before the rule, writing the block's slots re-hashed it and go-ethereum's hasher panicked", "extension's child", beaconCase(exec, atFree(func(*forgedState) fnode {
			return evilExt(5)
		}))),
		nonCanonical("fail-node-crash-withdrawal-queue-ext-over-leaf", "crash shape (a): the EIP-7002 withdrawal-queue storage holds the request count (slot 1, cleared by the end-of-block dequeue) as an extension of one nibble over a leaf; before the rule, deleting the leaf left the extension without a child", "must be a branch", func() ([]byte, error) {
			s := newForgedState()
			count := storageTrie(map[common.Hash]common.Hash{slotN(1): slotN(1)})
			s.Accounts[params.WithdrawalQueueAddress].Storage = onPath(count, slotPath(slotN(1)), 0, splitLeaf(1, nil))
			return s.input(exec, false)
		}),
		nonCanonical("fail-node-leaf-key-short", "the timestamp slot's leaf key ends at 63 nibbles", "not 64",
			beaconCase(exec, onBeaconLeaf(func(leaf *fLeaf, _ int) fnode { return &fLeaf{Key: leaf.Key[:len(leaf.Key)-1], Value: leaf.Value} }))),
		nonCanonical("fail-node-leaf-key-long", "the timestamp slot's leaf key ends at 65 nibbles", "not 64",
			beaconCase(exec, onBeaconLeaf(func(leaf *fLeaf, _ int) fnode {
				return &fLeaf{Key: append(slices.Clone(leaf.Key), 0), Value: leaf.Value}
			}))),
		nonCanonical("fail-node-embedded-32-bytes", "a beacon-roots storage branch at depth 6 embedding a 32-byte leaf (valid-node-sizes refers to the same leaf by hash)", "stored by hash",
			beaconCase(exec, atFree(func(*forgedState) fnode { return sizedLeaves(1, 5, true) }))),
		nonCanonical("fail-node-two-depths", "one branch is the history contract's storage root (depth 0) and a child of the beacon-roots storage root (depth 1)", "also reached at depth", func() ([]byte, error) {
			s := newForgedState()
			inner := new(fBranch)
			inner.Children[1], inner.Children[2] = fHash{1}, fHash{2}
			s.Accounts[params.HistoryStorageAddress].Storage = inner
			root, free, err := rootBranch(s, s.beaconTrie())
			if err != nil {
				return nil, err
			}
			root.Children[free] = inner
			s.Accounts[params.BeaconRootsAddress].Storage = root
			return s.input(exec, false)
		}),
		nonCanonical("fail-node-account-nonce-leading-zero", "the beacon-roots account's nonce is encoded with a leading zero byte", "account is not canonical", accountValue([]byte{0, 1}, crypto.Keccak256(params.BeaconRootsCode))),
		nonCanonical("fail-node-account-code-hash-31-bytes", "the beacon-roots account's code hash is 31 bytes", "code hash of 31 bytes", accountValue([]byte{1}, crypto.Keccak256(params.BeaconRootsCode)[1:])),
		nonCanonical("fail-node-slot-leading-zero", "the timestamp slot's value has a leading zero byte", "leading zero",
			beaconCase(exec, onBeaconLeaf(func(leaf *fLeaf, _ int) fnode { return &fLeaf{Key: leaf.Key, Value: rlpBytes([]byte{0, 1})} }))),
		nonCanonical("fail-node-slot-33-bytes", "the timestamp slot's value is 33 bytes", "slot value of 33 bytes",
			beaconCase(exec, onBeaconLeaf(func(leaf *fLeaf, _ int) fnode {
				return &fLeaf{Key: leaf.Key, Value: rlpBytes(bytes.Repeat([]byte{1}, 33))}
			}))),
		nonCanonical("fail-node-compact-flag-4", "the timestamp slot's leaf key has hex-prefix flag 4", "flag 4",
			beaconCase(exec, compact(func(key []byte) []byte { key[0] = 0x40 | key[0]&0x0f; return key }))),
		nonCanonical("fail-node-compact-padding-nibble", "the timestamp slot's leaf key is even-length (flag 2) with a non-zero padding nibble", "padding nibble",
			beaconCase(exec, compact(func(key []byte) []byte { key[0] = 0x20 | max(key[0]&0x0f, 1); return key }))),
		{"valid-node-sizes", "valid", "canonical nodes at the size bounds: reachable 32-byte leaves, a reachable 532-byte branch, embedded 31-byte leaves, and unreachable entries of 32 and 532 bytes", func() ([]byte, error) {
			s := newForgedState()
			root, _, err := rootBranch(s, s.beaconTrie())
			if err != nil {
				return nil, err
			}
			free := freeNibbles(0, s.beaconPaths()...)
			root.Children[free[0]] = sizedLeaves(1, 5, false)
			root.Children[free[1]] = sizedLeaves(1, 7, false)
			root.Children[free[2]] = fullBranch(1)
			s.Accounts[params.BeaconRootsAddress].Storage = root
			s.Extra = [][]byte{make([]byte, stateless.MinNodeSize), make([]byte, stateless.MaxNodeSize)}
			return s.input(exec, true)
		}, nil, ""},
		{"valid-node-depth-64-leaves", "valid", "two beacon-roots storage leaves at depth 64 with empty keys, embedded in a branch at depth 63 (canonical)", func() ([]byte, error) {
			s := newForgedState()
			base := slotPath(slotN(12345))
			a, b := append(slices.Clone(base[:63]), 1), append(slices.Clone(base[:63]), 2)
			t, _ := s.beaconSlots()
			s.Accounts[params.BeaconRootsAddress].Storage = trieOf([]kv{{a, slotValueN(1)}, {b, slotValue(common.MaxHash)}, {slotPath(t), slotValueN(3)}})
			return s.input(exec, true)
		}, nil, ""},
	}
}

// freeNibbles are the nibbles no path in paths has at depth, highest first.
func freeNibbles(depth int, paths ...[]byte) []byte {
	var out []byte
	for n := 15; n >= 0; n-- {
		used := false
		for _, p := range paths {
			used = used || p[depth] == byte(n)
		}
		if !used {
			out = append(out, byte(n))
		}
	}
	return out
}

// repeatedVectors put the repeated-positions bound at the declared gas limit:
// the shape's repeated bytes R are measured, then the block declares exactly R
// (valid) or R-1 (ErrTrieExpansion). The parent header is forged with the same
// gas limit, so the header rules hold for both.
func repeatedVectors(exec *precompile.Execute) []boundary {
	// dag: a branch on a free nibble of the beacon-roots root whose sixteen
	// children are one 532-byte branch: 15 * 532 repeated bytes.
	dag := func(s *forgedState) error {
		root, free, err := rootBranch(s, s.beaconTrie())
		if err != nil {
			return err
		}
		fan := new(fBranch)
		shared := fullBranch(2)
		for i := range fan.Children {
			fan.Children[i] = shared
		}
		root.Children[free] = fan
		s.Accounts[params.BeaconRootsAddress].Storage = root
		return nil
	}
	// shared: two accounts with one storage trie of seventeen 532-byte branches.
	shared := func(s *forgedState) error {
		top := new(fBranch)
		for i := range top.Children {
			top.Children[i] = fullBranch(byte(0x10 + i))
		}
		for _, a := range []common.Address{sharedA, sharedB} {
			s.Accounts[a] = &fAccount{Balance: uint256.NewInt(1), Storage: top}
		}
		return nil
	}
	at := func(shape func(*forgedState) error, over bool) func() ([]byte, error) {
		return func() ([]byte, error) {
			s := newForgedState()
			if err := shape(s); err != nil {
				return nil, err
			}
			s.Parent.GasLimit = 30_000_000
			in, err := s.input(exec, false)
			if err != nil {
				return nil, err
			}
			v, err := exec.Verify(context.Background(), in)
			if err != nil {
				return nil, fmt.Errorf("measuring the repeated bytes: %w", err)
			}
			limit := v.Result.RepeatedTrieBytes
			if limit < params.MinGasLimit {
				return nil, fmt.Errorf("the shape repeats %d bytes, under the least gas limit", limit)
			}
			if over {
				limit--
			}
			s = newForgedState()
			if err := shape(s); err != nil {
				return nil, err
			}
			s.Parent.GasLimit = limit
			return s.input(exec, !over)
		}
	}
	return []boundary{
		{"valid-repeated-bytes-dag-at-limit", "valid", "a beacon-roots storage branch points its sixteen children at one 532-byte branch: 7,980 bytes at repeated positions, and the block declares a gas limit of exactly 7,980 (MaxRepeatedTrieBytes = gasLimit)", at(dag, false), nil, ""},
		{"fail-repeated-bytes-dag-over-limit", "failure", "the same shape under a gas limit of 7,979: one byte over the bound", at(dag, true), stateless.ErrTrieExpansion, "7980 bytes"},
		{"valid-repeated-bytes-shared-storage-at-limit", "valid", "two accounts share one storage trie of seventeen 532-byte branches: 9,044 bytes at repeated positions, under a gas limit of exactly 9,044", at(shared, false), nil, ""},
		{"fail-repeated-bytes-shared-storage-over-limit", "failure", "the same shape under a gas limit of 9,043", at(shared, true), stateless.ErrTrieExpansion, "9044 bytes"},
	}
}

// balanceVectors put the pre-state balance bound (stateless.MaxBalanceBits) at
// its value: an account holding 2^128 - 1 wei (valid) and one holding 2^128
// (ErrBalanceBound). The account is in the witness but the block never touches
// it: the bound is a rule on the pre-state, not on what the block does.
func balanceVectors(exec *precompile.Execute) []boundary {
	with := func(balance *uint256.Int, claim bool) func() ([]byte, error) {
		return func() ([]byte, error) {
			s := newForgedState()
			s.Accounts[sharedA] = &fAccount{Balance: balance}
			return s.input(exec, claim)
		}
	}
	bound := new(uint256.Int).Lsh(uint256.NewInt(1), stateless.MaxBalanceBits)
	return []boundary{
		{"valid-balance-below-2pow128", "valid", "an account in the pre-state holds 2^128 - 1 wei, the largest balance EXECUTE accepts", with(new(uint256.Int).SubUint64(bound, 1), true), nil, ""},
		{"fail-balance-2pow128", "failure", "an account in the pre-state holds 2^128 wei: clients disagree on what overflowing a balance does, so EXECUTE refuses pre-states where one could", with(bound, false), stateless.ErrBalanceBound, "340282366920938463463374607431768211456 wei"},
	}
}

// parentVectors break one parent-header rule each (stateless checkParent and
// Policy.BlobFreeParent): a caller forges the parent, and every client must read
// the same fields from it and derive a base fee it can hold.
func parentVectors(exec *precompile.Execute) []boundary {
	with := func(edit func(h *types.Header)) func() ([]byte, error) {
		return func() ([]byte, error) {
			s := newForgedState()
			edit(&s.Parent)
			return s.input(exec, false)
		}
	}
	invalid := stateless.ErrInvalidHeader
	return []boundary{
		{"fail-parent-no-requests-hash", "failure", "the parent of an Osaka block has no requests hash, a field its fork requires", with(func(h *types.Header) { h.RequestsHash = nil }), invalid, "no requests hash"},
		{"fail-parent-amsterdam-field", "failure", "the parent carries Amsterdam's block access list hash and slot number, fields of a fork the executor does not implement", with(func(h *types.Header) {
			slot := uint64(1)
			h.BlockAccessListHash, h.SlotNumber = &common.Hash{1}, &slot
		}), invalid, "a block access list hash its fork does not have"},
		{"fail-parent-gas-used-above-limit", "failure", "the parent's gas used exceeds its gas limit", with(func(h *types.Header) { h.GasUsed = h.GasLimit + 1 }), invalid, "above its gas limit"},
		{"fail-parent-base-fee-2pow128", "failure", "the parent's base fee is 2^128 wei, at the bound (its child's must fit 256 bits in every client)", with(func(h *types.Header) { h.BaseFee = new(big.Int).Lsh(common.Big1, stateless.MaxBaseFeeBits) }), invalid, "is not below 2^128"},
		{"fail-parent-excess-blob-gas", "failure", "the parent has an excess blob gas of 1: an L2 has no blob gas", with(func(h *types.Header) { one := uint64(1); h.ExcessBlobGas = &one }), invalid, "on a chain without blobs"},
		{"fail-parent-proof-of-work", "failure", "the parent has difficulty 1: an L2 parent is proof of stake", with(func(h *types.Header) { h.Difficulty = common.Big1 }), invalid, "not a proof-of-stake header"},
	}
}

// gasLimitVectors put the header's gas limit at go-ethereum's bound (misc.VerifyGaslimit,
// spec/execute.md "Header rules"): the change from the parent's gas limit P must be
// strictly below P/1024 (integer division) either way, and the limit at least 5000.
// With P = 30,000,000 the bound is 29,296: ±29,295 is valid, ±29,296 fails.
func gasLimitVectors(exec *precompile.Execute) []boundary {
	const parent = 30_000_000
	const bound = parent / params.GasLimitBoundDivisor
	with := func(parentLimit, limit uint64, claim bool) func() ([]byte, error) {
		return func() ([]byte, error) {
			s := newForgedState()
			s.Parent.GasLimit, s.GasLimit = parentLimit, limit
			return s.input(exec, claim)
		}
	}
	invalid := stateless.ErrInvalidHeader
	return []boundary{
		{"valid-gas-limit-up-max", "valid", "the gas limit rises by 29,295 from a parent's 30,000,000: one below 30,000,000/1024 = 29,296, the largest rise the strict bound allows", with(parent, parent+bound-1, true), nil, ""},
		{"fail-gas-limit-up-bound", "failure", "the gas limit rises by exactly 30,000,000/1024 = 29,296: the bound is strict (|change| < parent/1024)", with(parent, parent+bound, false), invalid, "invalid gas limit"},
		{"valid-gas-limit-down-max", "valid", "the gas limit falls by 29,295 from a parent's 30,000,000, the largest fall the strict bound allows", with(parent, parent-bound+1, true), nil, ""},
		{"fail-gas-limit-down-bound", "failure", "the gas limit falls by exactly 29,296 = 30,000,000/1024", with(parent, parent-bound, false), invalid, "invalid gas limit"},
		{"fail-gas-limit-below-5000", "failure", "the gas limit is 4,999 after a parent's 5,000: a change of 1, within the bound 5,000/1024 = 4, but below the 5,000 minimum", with(params.MinGasLimit, params.MinGasLimit-1, false), invalid, "gas limit"},
	}
}

// limitVectors put each EXECUTE witness limit and the input size at its value
// (valid) and one past it (ErrWitnessTooLarge, ErrInputTooLarge). Padding is
// made of duplicates of one all-zero entry, which the rules allow (unreachable
// entries are only size-checked) and which compresses to almost nothing.
func limitVectors(exec *precompile.Execute) []boundary {
	padded := func(claim bool, pad func(s *forgedState) error) func() ([]byte, error) {
		return func() ([]byte, error) {
			s := newForgedState()
			if err := pad(s); err != nil {
				return nil, err
			}
			return s.input(exec, claim)
		}
	}
	codes := func(n int) func(s *forgedState) error {
		return func(s *forgedState) error {
			_, w := s.witness(s.accountTrie())
			s.f = newForge()
			for range n - len(w.Codes) {
				s.Codes = append(s.Codes, []byte{0x00})
			}
			return nil
		}
	}
	nodes := func(n int) func(s *forgedState) error {
		return func(s *forgedState) error {
			_, w := s.witness(s.accountTrie())
			s.f = newForge()
			for range n - len(w.State) {
				s.Extra = append(s.Extra, make([]byte, stateless.MinNodeSize))
			}
			return nil
		}
	}
	keys := func(n int) func(s *forgedState) error {
		return func(s *forgedState) error {
			s.Keys = slices.Repeat([][]byte{{0x00}}, n)
			return nil
		}
	}
	tooLarge := precompile.ErrWitnessTooLarge
	return []boundary{
		{"valid-input-max-size", "valid", fmt.Sprintf("an input of exactly MaxInputSize (%d bytes): an empty block whose witness is padded with unreachable 532-byte entries", precompile.MaxInputSize),
			func() ([]byte, error) { return sizedInput(exec, precompile.MaxInputSize, true) }, nil, ""},
		{"fail-input-too-large", "failure", fmt.Sprintf("the same block padded to %d bytes, the next canonical input size above MaxInputSize", precompile.MaxInputSize+32),
			func() ([]byte, error) { return sizedInput(exec, precompile.MaxInputSize+32, false) }, precompile.ErrInputTooLarge, ""},
		{"valid-witness-256-headers", "valid", "256 witness headers (MaxWitnessHeaders): a hash-linked chain of 255 forged ancestors and the parent", padded(true, func(s *forgedState) error {
			s.Ancestors = precompile.MaxWitnessHeaders - 1
			return nil
		}), nil, ""},
		{"valid-witness-4096-codes", "valid", "4,096 witness codes (MaxWitnessCodes): the four system contracts and 4,092 copies of one unused 1-byte code", padded(true, codes(precompile.MaxWitnessCodes)), nil, ""},
		{"fail-witness-too-many-codes", "failure", "4,097 witness codes", padded(false, codes(precompile.MaxWitnessCodes+1)), tooLarge, "4097 codes"},
		{"valid-witness-65536-nodes", "valid", "65,536 witness state entries (MaxWitnessNodes): the pre-state's nodes and copies of one unreachable 32-byte entry", padded(true, nodes(precompile.MaxWitnessNodes)), nil, ""},
		{"fail-witness-too-many-nodes", "failure", "65,537 witness state entries", padded(false, nodes(precompile.MaxWitnessNodes+1)), tooLarge, "65537 state"},
		{"valid-witness-65536-keys", "valid", "65,536 witness keys (MaxWitnessKeys), each the byte 0x00 (keys are never read)", padded(true, keys(precompile.MaxWitnessKeys)), nil, ""},
		{"fail-witness-too-many-keys", "failure", "65,537 witness keys", padded(false, keys(precompile.MaxWitnessKeys+1)), tooLarge, "65537 keys"},
	}
}

// sizedInput is the input of an empty forged block padded to exactly size bytes
// (a multiple of 32): 532-byte entries fill the witness, then a few smaller
// entries bring its length to the last byte the size holds.
func sizedInput(exec *precompile.Execute, size int, claim bool) ([]byte, error) {
	s := newForgedState()
	base, err := s.input(exec, false)
	if err != nil {
		return nil, err
	}
	witnessLen := func() (int, error) {
		_, w := s.witness(s.accountTrie())
		enc, err := stateless.EncodeWitnessRLP(w)
		return len(enc), err
	}
	w0, err := witnessLen()
	if err != nil {
		return nil, err
	}
	// The input is the fixed part and the witness padded to 32 bytes; the
	// witness may end anywhere in the last 32 bytes of the target.
	target := size - (len(base) - (w0+31)/32*32)
	entry := make([]byte, stateless.MaxNodeSize)
	full := len(rlpBytes(entry))
	s.Extra = slices.Repeat([][]byte{entry}, max(0, (target-w0-800)/full))
	w, err := witnessLen()
	if err != nil {
		return nil, err
	}
	rest := target - w
	if rest < 600 {
		return nil, fmt.Errorf("padding overshot: %d bytes left", rest)
	}
	// The rest in n entries of 259..535 RLP bytes, each a 3-byte header and
	// 256..532 bytes.
	n := (rest + full - 1) / full
	for i := range n {
		part := rest / n
		if i < rest%n {
			part++
		}
		s.Extra = append(s.Extra, make([]byte, part-3))
	}
	in, err := s.input(exec, claim)
	if err != nil {
		return nil, err
	}
	if len(in) != size {
		return nil, fmt.Errorf("padded input is %d bytes, want %d", len(in), size)
	}
	return in, nil
}

// honestVector is a block any L2 user can cause: a contract holding honestSlots
// slots and one transaction clearing honestCleared of them, built by the l2
// builder with go-ethereum's witness. EXECUTE must accept it (true).
func honestVector() boundary {
	return boundary{"valid-honest-clear-1900-of-10000-slots", "valid",
		fmt.Sprintf("an honest state-heavy block: a contract with %d slots, one transaction clearing %d of them (storage deletions across the whole trie)", honestSlots, honestCleared),
		func() ([]byte, error) {
			alloc := l2.DevAlloc(1)
			storage := make(map[common.Hash]common.Hash, honestSlots)
			for i := 1; i <= honestSlots; i++ {
				storage[common.BigToHash(big.NewInt(int64(i)))] = common.BigToHash(common.Big1)
			}
			alloc[clearTarget] = types.Account{Code: clearLoopRuntime, Storage: storage, Balance: common.Big0, Nonce: 1}
			chain, err := l2.NewChain(l2.DefaultChainID, alloc)
			if err != nil {
				return nil, err
			}
			defer chain.Close()
			m := newTxMaker(l2.DefaultChainID)
			data := append(common.BigToHash(big.NewInt(honestCleared)).Bytes(), make([]byte, 32)...)
			blocks, err := chain.AddBlocks(1, func(_ int, b *core.BlockGen) {
				b.AddTx(m.dynamic(b, 0, &clearTarget, nil, b.Gas(), data))
			})
			if err != nil {
				return nil, err
			}
			if m.err != nil {
				return nil, m.err
			}
			if r := blocks[0].Receipts[0]; r.Status != types.ReceiptStatusSuccessful {
				return nil, fmt.Errorf("the clearing transaction failed (gas used %d)", r.GasUsed)
			}
			return blocks[0].Input.Encode(), nil
		}, nil, ""}
}

// boundaryVectors are the vectors at the witness rules and limits.
func boundaryVectors(exec *precompile.Execute) []boundary {
	var out []boundary
	out = append(out, nodeRuleVectors(exec)...)
	out = append(out, repeatedVectors(exec)...)
	out = append(out, balanceVectors(exec)...)
	out = append(out, parentVectors(exec)...)
	out = append(out, gasLimitVectors(exec)...)
	out = append(out, limitVectors(exec)...)
	return append(out, honestVector())
}

// checkBoundary requires the reference's error for a boundary failure to be
// the one the vector is about.
func checkBoundary(b boundary, err error) error {
	if b.want == nil {
		return nil
	}
	if !errors.Is(err, b.want) {
		return fmt.Errorf("vector %s: reference error %v, want %v", b.name, err, b.want)
	}
	if b.contains != "" && !bytes.Contains([]byte(err.Error()), []byte(b.contains)) {
		return fmt.Errorf("vector %s: reference error %q does not name the rule (%q)", b.name, err, b.contains)
	}
	return nil
}
