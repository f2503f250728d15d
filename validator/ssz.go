package validator

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// SSZ (consensus-specs ssz/simple-serialize.md) for the containers the proof
// statement hashes: the Deneb/Electra/Fulu ExecutionPayload (17 fields), the
// EIP-7685 request containers of Electra, and NewPayloadRequest as a plain
// Container (spec/validator.md, "NewPayloadRequest"). Mainnet preset limits.
const (
	MaxBytesPerTransaction             = 1 << 30
	MaxTransactionsPerPayload          = 1 << 20
	MaxWithdrawalsPerPayload           = 16
	MaxExtraDataBytes                  = 32
	MaxBlobCommitmentsPerBlock         = 4096
	MaxDepositRequestsPerPayload       = 8192
	MaxWithdrawalRequestsPerPayload    = 16
	MaxConsolidationRequestsPerPayload = 2
)

// ErrSSZ is the sentinel of every SSZ decoding failure.
var ErrSSZ = errors.New("malformed SSZ")

// Withdrawal is capella.Withdrawal.
type Withdrawal struct {
	Index          uint64
	ValidatorIndex uint64
	Address        common.Address
	Amount         uint64
}

// DepositRequest is electra.DepositRequest (EIP-6110).
type DepositRequest struct {
	Pubkey                [48]byte
	WithdrawalCredentials common.Hash
	Amount                uint64
	Signature             [96]byte
	Index                 uint64
}

// WithdrawalRequest is electra.WithdrawalRequest (EIP-7002).
type WithdrawalRequest struct {
	SourceAddress   common.Address
	ValidatorPubkey [48]byte
	Amount          uint64
}

// ConsolidationRequest is electra.ConsolidationRequest (EIP-7251).
type ConsolidationRequest struct {
	SourceAddress common.Address
	SourcePubkey  [48]byte
	TargetPubkey  [48]byte
}

// ExecutionRequests is electra.ExecutionRequests: three lists.
type ExecutionRequests struct {
	Deposits       []DepositRequest
	Withdrawals    []WithdrawalRequest
	Consolidations []ConsolidationRequest
}

// ExecutionPayload is the 17-field deneb (= electra = fulu) ExecutionPayload.
type ExecutionPayload struct {
	ParentHash    common.Hash
	FeeRecipient  common.Address
	StateRoot     common.Hash
	ReceiptsRoot  common.Hash
	LogsBloom     [256]byte
	PrevRandao    common.Hash
	BlockNumber   uint64
	GasLimit      uint64
	GasUsed       uint64
	Timestamp     uint64
	ExtraData     []byte
	BaseFeePerGas uint256.Int
	BlockHash     common.Hash
	Transactions  [][]byte
	Withdrawals   []Withdrawal
	BlobGasUsed   uint64
	ExcessBlobGas uint64
}

// Every HashTreeRoot below requires its value within the SSZ limits above
// (list lengths, extra_data); UnmarshalSSZ guarantees that for decoded values.

// NewPayloadRequest is the four-field plain Container nr hashes for Prague and
// Osaka (schema ids SchemaPrague, SchemaOsaka).
type NewPayloadRequest struct {
	ExecutionPayload      ExecutionPayload
	VersionedHashes       []common.Hash
	ParentBeaconBlockRoot common.Hash
	ExecutionRequests     ExecutionRequests
}

// ---- merkleization ----

// zeroHashes[i] is the root of a subtree of depth i whose leaves are zero chunks.
var zeroHashes = func() [41][32]byte {
	var z [41][32]byte
	for i := 1; i < len(z); i++ {
		z[i] = hashPair(z[i-1], z[i-1])
	}
	return z
}()

func hashPair(a, b [32]byte) [32]byte {
	var buf [64]byte
	copy(buf[:32], a[:])
	copy(buf[32:], b[:])
	return sha256.Sum256(buf[:])
}

// depthFor is ceil(log2(limit)), the depth of a tree holding limit chunks.
func depthFor(limit uint64) int {
	d := 0
	for (uint64(1) << d) < limit {
		d++
	}
	return d
}

// merkleize is merkleize(chunks, limit) of the SSZ spec: the chunks padded
// with zero chunks to the next power of two of limit. len(chunks) <= limit.
func merkleize(chunks [][32]byte, limit uint64) [32]byte {
	depth := depthFor(limit)
	if len(chunks) == 0 {
		return zeroHashes[depth]
	}
	layer := append([][32]byte(nil), chunks...)
	for d := 0; d < depth; d++ {
		if len(layer)%2 == 1 {
			layer = append(layer, zeroHashes[d])
		}
		next := layer[:len(layer)/2]
		for i := range next {
			next[i] = hashPair(layer[2*i], layer[2*i+1])
		}
		layer = next
	}
	return layer[0]
}

func mixInLength(root [32]byte, length int) [32]byte {
	var l [32]byte
	binary.LittleEndian.PutUint64(l[:], uint64(length))
	return hashPair(root, l)
}

// pack splits bytes into 32-byte chunks, the last zero-padded.
func pack(b []byte) [][32]byte {
	chunks := make([][32]byte, (len(b)+31)/32)
	for i := range chunks {
		copy(chunks[i][:], b[32*i:])
	}
	return chunks
}

func uint64Root(v uint64) [32]byte {
	var c [32]byte
	binary.LittleEndian.PutUint64(c[:], v)
	return c
}

func bytesVectorRoot(b []byte) [32]byte { return merkleize(pack(b), uint64((len(b)+31)/32)) }

func byteListRoot(b []byte, limit uint64) [32]byte {
	return mixInLength(merkleize(pack(b), (limit+31)/32), len(b))
}

func uint256Root(v *uint256.Int) [32]byte {
	var le [32]byte
	b := v.Bytes32() // big-endian
	for i := range le {
		le[i] = b[31-i]
	}
	return le
}

func listRoot(roots [][32]byte, limit uint64) [32]byte {
	return mixInLength(merkleize(roots, limit), len(roots))
}

func containerRoot(fields ...[32]byte) [32]byte {
	return merkleize(fields, uint64(len(fields)))
}

// HashTreeRoot is hash_tree_root(Withdrawal).
func (w *Withdrawal) HashTreeRoot() common.Hash {
	return containerRoot(uint64Root(w.Index), uint64Root(w.ValidatorIndex), bytesVectorRoot(w.Address[:]), uint64Root(w.Amount))
}

// HashTreeRoot is hash_tree_root(DepositRequest).
func (r *DepositRequest) HashTreeRoot() common.Hash {
	return containerRoot(bytesVectorRoot(r.Pubkey[:]), r.WithdrawalCredentials, uint64Root(r.Amount),
		bytesVectorRoot(r.Signature[:]), uint64Root(r.Index))
}

// HashTreeRoot is hash_tree_root(WithdrawalRequest).
func (r *WithdrawalRequest) HashTreeRoot() common.Hash {
	return containerRoot(bytesVectorRoot(r.SourceAddress[:]), bytesVectorRoot(r.ValidatorPubkey[:]), uint64Root(r.Amount))
}

// HashTreeRoot is hash_tree_root(ConsolidationRequest).
func (r *ConsolidationRequest) HashTreeRoot() common.Hash {
	return containerRoot(bytesVectorRoot(r.SourceAddress[:]), bytesVectorRoot(r.SourcePubkey[:]), bytesVectorRoot(r.TargetPubkey[:]))
}

// HashTreeRoot is hash_tree_root(ExecutionRequests).
func (r *ExecutionRequests) HashTreeRoot() common.Hash {
	deposits := make([][32]byte, len(r.Deposits))
	for i := range r.Deposits {
		deposits[i] = r.Deposits[i].HashTreeRoot()
	}
	withdrawals := make([][32]byte, len(r.Withdrawals))
	for i := range r.Withdrawals {
		withdrawals[i] = r.Withdrawals[i].HashTreeRoot()
	}
	consolidations := make([][32]byte, len(r.Consolidations))
	for i := range r.Consolidations {
		consolidations[i] = r.Consolidations[i].HashTreeRoot()
	}
	return containerRoot(listRoot(deposits, MaxDepositRequestsPerPayload),
		listRoot(withdrawals, MaxWithdrawalRequestsPerPayload),
		listRoot(consolidations, MaxConsolidationRequestsPerPayload))
}

// HashTreeRoot is hash_tree_root(ExecutionPayload).
func (p *ExecutionPayload) HashTreeRoot() common.Hash {
	txs := make([][32]byte, len(p.Transactions))
	for i, tx := range p.Transactions {
		txs[i] = byteListRoot(tx, MaxBytesPerTransaction)
	}
	ws := make([][32]byte, len(p.Withdrawals))
	for i := range p.Withdrawals {
		ws[i] = p.Withdrawals[i].HashTreeRoot()
	}
	return containerRoot(
		p.ParentHash,
		bytesVectorRoot(p.FeeRecipient[:]),
		p.StateRoot,
		p.ReceiptsRoot,
		bytesVectorRoot(p.LogsBloom[:]),
		p.PrevRandao,
		uint64Root(p.BlockNumber),
		uint64Root(p.GasLimit),
		uint64Root(p.GasUsed),
		uint64Root(p.Timestamp),
		byteListRoot(p.ExtraData, MaxExtraDataBytes),
		uint256Root(&p.BaseFeePerGas),
		p.BlockHash,
		listRoot(txs, MaxTransactionsPerPayload),
		listRoot(ws, MaxWithdrawalsPerPayload),
		uint64Root(p.BlobGasUsed),
		uint64Root(p.ExcessBlobGas),
	)
}

// HashTreeRoot is hash_tree_root(NewPayloadRequest) as a plain Container.
func (r *NewPayloadRequest) HashTreeRoot() common.Hash {
	hashes := make([][32]byte, len(r.VersionedHashes))
	for i, h := range r.VersionedHashes {
		hashes[i] = h
	}
	return containerRoot(r.ExecutionPayload.HashTreeRoot(), listRoot(hashes, MaxBlobCommitmentsPerBlock),
		r.ParentBeaconBlockRoot, r.ExecutionRequests.HashTreeRoot())
}

// ---- serialization ----

const (
	withdrawalSize           = 44
	depositRequestSize       = 192
	withdrawalRequestSize    = 76
	consolidationRequestSize = 116
	executionPayloadFixed    = 528
	executionRequestsFixed   = 12
	newPayloadRequestFixed   = 4 + 4 + 32 + 4
)

func appendUint64(b []byte, v uint64) []byte { return binary.LittleEndian.AppendUint64(b, v) }
func appendOffset(b []byte, v int) []byte    { return binary.LittleEndian.AppendUint32(b, uint32(v)) }

// MarshalSSZ is the SSZ serialization of w.
func (w *Withdrawal) MarshalSSZ() []byte { return w.appendSSZ(nil) }

func (w *Withdrawal) appendSSZ(b []byte) []byte {
	b = appendUint64(b, w.Index)
	b = appendUint64(b, w.ValidatorIndex)
	b = append(b, w.Address[:]...)
	return appendUint64(b, w.Amount)
}

func (r *DepositRequest) appendSSZ(b []byte) []byte {
	b = append(b, r.Pubkey[:]...)
	b = append(b, r.WithdrawalCredentials[:]...)
	b = appendUint64(b, r.Amount)
	b = append(b, r.Signature[:]...)
	return appendUint64(b, r.Index)
}

func (r *WithdrawalRequest) appendSSZ(b []byte) []byte {
	b = append(b, r.SourceAddress[:]...)
	b = append(b, r.ValidatorPubkey[:]...)
	return appendUint64(b, r.Amount)
}

func (r *ConsolidationRequest) appendSSZ(b []byte) []byte {
	b = append(b, r.SourceAddress[:]...)
	b = append(b, r.SourcePubkey[:]...)
	return append(b, r.TargetPubkey[:]...)
}

// MarshalSSZ is the SSZ serialization of r.
func (r *DepositRequest) MarshalSSZ() []byte { return r.appendSSZ(nil) }

// MarshalSSZ is the SSZ serialization of r.
func (r *WithdrawalRequest) MarshalSSZ() []byte { return r.appendSSZ(nil) }

// MarshalSSZ is the SSZ serialization of r.
func (r *ConsolidationRequest) MarshalSSZ() []byte { return r.appendSSZ(nil) }

// MarshalSSZ is the SSZ serialization of r.
func (r *ExecutionRequests) MarshalSSZ() []byte {
	b := make([]byte, 0, executionRequestsFixed+len(r.Deposits)*depositRequestSize+
		len(r.Withdrawals)*withdrawalRequestSize+len(r.Consolidations)*consolidationRequestSize)
	off := executionRequestsFixed
	b = appendOffset(b, off)
	off += len(r.Deposits) * depositRequestSize
	b = appendOffset(b, off)
	off += len(r.Withdrawals) * withdrawalRequestSize
	b = appendOffset(b, off)
	for i := range r.Deposits {
		b = r.Deposits[i].appendSSZ(b)
	}
	for i := range r.Withdrawals {
		b = r.Withdrawals[i].appendSSZ(b)
	}
	for i := range r.Consolidations {
		b = r.Consolidations[i].appendSSZ(b)
	}
	return b
}

// MarshalSSZ is the SSZ serialization of p.
func (p *ExecutionPayload) MarshalSSZ() []byte {
	txsSize := 4 * len(p.Transactions)
	for _, tx := range p.Transactions {
		txsSize += len(tx)
	}
	b := make([]byte, 0, executionPayloadFixed+len(p.ExtraData)+txsSize+len(p.Withdrawals)*withdrawalSize)
	b = append(b, p.ParentHash[:]...)
	b = append(b, p.FeeRecipient[:]...)
	b = append(b, p.StateRoot[:]...)
	b = append(b, p.ReceiptsRoot[:]...)
	b = append(b, p.LogsBloom[:]...)
	b = append(b, p.PrevRandao[:]...)
	b = appendUint64(b, p.BlockNumber)
	b = appendUint64(b, p.GasLimit)
	b = appendUint64(b, p.GasUsed)
	b = appendUint64(b, p.Timestamp)
	off := executionPayloadFixed
	b = appendOffset(b, off)
	off += len(p.ExtraData)
	fee := uint256Root(&p.BaseFeePerGas)
	b = append(b, fee[:]...)
	b = append(b, p.BlockHash[:]...)
	b = appendOffset(b, off)
	off += txsSize
	b = appendOffset(b, off)
	b = appendUint64(b, p.BlobGasUsed)
	b = appendUint64(b, p.ExcessBlobGas)
	b = append(b, p.ExtraData...)
	txOff := 4 * len(p.Transactions)
	for _, tx := range p.Transactions {
		b = appendOffset(b, txOff)
		txOff += len(tx)
	}
	for _, tx := range p.Transactions {
		b = append(b, tx...)
	}
	for i := range p.Withdrawals {
		b = p.Withdrawals[i].appendSSZ(b)
	}
	return b
}

// MarshalSSZ is the SSZ serialization of r.
func (r *NewPayloadRequest) MarshalSSZ() []byte {
	payload := r.ExecutionPayload.MarshalSSZ()
	requests := r.ExecutionRequests.MarshalSSZ()
	b := make([]byte, 0, newPayloadRequestFixed+len(payload)+32*len(r.VersionedHashes)+len(requests))
	off := newPayloadRequestFixed
	b = appendOffset(b, off)
	off += len(payload)
	b = appendOffset(b, off)
	off += 32 * len(r.VersionedHashes)
	b = append(b, r.ParentBeaconBlockRoot[:]...)
	b = appendOffset(b, off)
	b = append(b, payload...)
	for _, h := range r.VersionedHashes {
		b = append(b, h[:]...)
	}
	return append(b, requests...)
}

// ---- deserialization ----

// offsets reads the n offsets at the given positions of a container's fixed
// part (of size fixed) and returns the n variable parts. The SSZ rules: the
// first offset equals the fixed size, offsets never decrease, the last part
// ends at len(b).
func offsets(b []byte, fixed int, positions ...int) ([][]byte, error) {
	if len(b) < fixed {
		return nil, fmt.Errorf("%w: %d bytes, the fixed part alone is %d", ErrSSZ, len(b), fixed)
	}
	offs := make([]int, len(positions)+1)
	for i, pos := range positions {
		offs[i] = int(binary.LittleEndian.Uint32(b[pos:]))
	}
	offs[len(positions)] = len(b)
	if offs[0] != fixed {
		return nil, fmt.Errorf("%w: first offset %d, want the fixed size %d", ErrSSZ, offs[0], fixed)
	}
	parts := make([][]byte, len(positions))
	for i := range parts {
		if offs[i+1] < offs[i] || offs[i+1] > len(b) {
			return nil, fmt.Errorf("%w: offset %d (%d) out of order or past the end (%d bytes)", ErrSSZ, i+1, offs[i+1], len(b))
		}
		parts[i] = b[offs[i]:offs[i+1]]
	}
	return parts, nil
}

// fixedList splits b into elements of size each, at most limit of them.
func fixedList(b []byte, size, limit int, what string) ([][]byte, error) {
	if len(b)%size != 0 {
		return nil, fmt.Errorf("%w: %s: %d bytes is not a multiple of %d", ErrSSZ, what, len(b), size)
	}
	if n := len(b) / size; n > limit {
		return nil, fmt.Errorf("%w: %s: %d elements, limit %d", ErrSSZ, what, n, limit)
	}
	out := make([][]byte, len(b)/size)
	for i := range out {
		out[i] = b[i*size : (i+1)*size]
	}
	return out, nil
}

func decodeWithdrawal(b []byte) Withdrawal {
	var w Withdrawal
	w.Index = binary.LittleEndian.Uint64(b[0:])
	w.ValidatorIndex = binary.LittleEndian.Uint64(b[8:])
	copy(w.Address[:], b[16:36])
	w.Amount = binary.LittleEndian.Uint64(b[36:])
	return w
}

// UnmarshalSSZ decodes an ExecutionRequests; it accepts only canonical bytes.
func (r *ExecutionRequests) UnmarshalSSZ(b []byte) error {
	parts, err := offsets(b, executionRequestsFixed, 0, 4, 8)
	if err != nil {
		return fmt.Errorf("execution_requests: %w", err)
	}
	deposits, err := fixedList(parts[0], depositRequestSize, MaxDepositRequestsPerPayload, "deposits")
	if err != nil {
		return err
	}
	withdrawals, err := fixedList(parts[1], withdrawalRequestSize, MaxWithdrawalRequestsPerPayload, "withdrawal requests")
	if err != nil {
		return err
	}
	consolidations, err := fixedList(parts[2], consolidationRequestSize, MaxConsolidationRequestsPerPayload, "consolidations")
	if err != nil {
		return err
	}
	*r = ExecutionRequests{}
	for _, d := range deposits {
		var x DepositRequest
		copy(x.Pubkey[:], d[0:48])
		copy(x.WithdrawalCredentials[:], d[48:80])
		x.Amount = binary.LittleEndian.Uint64(d[80:])
		copy(x.Signature[:], d[88:184])
		x.Index = binary.LittleEndian.Uint64(d[184:])
		r.Deposits = append(r.Deposits, x)
	}
	for _, w := range withdrawals {
		var x WithdrawalRequest
		copy(x.SourceAddress[:], w[0:20])
		copy(x.ValidatorPubkey[:], w[20:68])
		x.Amount = binary.LittleEndian.Uint64(w[68:])
		r.Withdrawals = append(r.Withdrawals, x)
	}
	for _, c := range consolidations {
		var x ConsolidationRequest
		copy(x.SourceAddress[:], c[0:20])
		copy(x.SourcePubkey[:], c[20:68])
		copy(x.TargetPubkey[:], c[68:116])
		r.Consolidations = append(r.Consolidations, x)
	}
	return nil
}

// UnmarshalSSZ decodes an ExecutionPayload; it accepts only canonical bytes.
func (p *ExecutionPayload) UnmarshalSSZ(b []byte) error {
	parts, err := offsets(b, executionPayloadFixed, 436, 504, 508)
	if err != nil {
		return fmt.Errorf("execution_payload: %w", err)
	}
	extra, txsPart, wsPart := parts[0], parts[1], parts[2]
	if len(extra) > MaxExtraDataBytes {
		return fmt.Errorf("%w: extra_data %d bytes, limit %d", ErrSSZ, len(extra), MaxExtraDataBytes)
	}
	txs, err := variableList(txsPart, MaxTransactionsPerPayload, MaxBytesPerTransaction, "transactions")
	if err != nil {
		return err
	}
	ws, err := fixedList(wsPart, withdrawalSize, MaxWithdrawalsPerPayload, "withdrawals")
	if err != nil {
		return err
	}
	*p = ExecutionPayload{}
	copy(p.ParentHash[:], b[0:32])
	copy(p.FeeRecipient[:], b[32:52])
	copy(p.StateRoot[:], b[52:84])
	copy(p.ReceiptsRoot[:], b[84:116])
	copy(p.LogsBloom[:], b[116:372])
	copy(p.PrevRandao[:], b[372:404])
	p.BlockNumber = binary.LittleEndian.Uint64(b[404:])
	p.GasLimit = binary.LittleEndian.Uint64(b[412:])
	p.GasUsed = binary.LittleEndian.Uint64(b[420:])
	p.Timestamp = binary.LittleEndian.Uint64(b[428:])
	var be [32]byte
	for i := range be {
		be[i] = b[440+31-i]
	}
	p.BaseFeePerGas.SetBytes32(be[:])
	copy(p.BlockHash[:], b[472:504])
	p.BlobGasUsed = binary.LittleEndian.Uint64(b[512:])
	p.ExcessBlobGas = binary.LittleEndian.Uint64(b[520:])
	p.ExtraData = append([]byte{}, extra...)
	p.Transactions = make([][]byte, len(txs))
	for i, tx := range txs {
		p.Transactions[i] = append([]byte{}, tx...)
	}
	for _, w := range ws {
		p.Withdrawals = append(p.Withdrawals, decodeWithdrawal(w))
	}
	return nil
}

// variableList decodes a list of variable-size byte lists: an offset table
// whose first offset is 4 * count, then the elements.
func variableList(b []byte, limit, elemLimit int, what string) ([][]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if len(b) < 4 {
		return nil, fmt.Errorf("%w: %s: %d bytes, too short for an offset", ErrSSZ, what, len(b))
	}
	first := int(binary.LittleEndian.Uint32(b))
	if first%4 != 0 || first == 0 || first > len(b) {
		return nil, fmt.Errorf("%w: %s: first offset %d is not 4 * count within %d bytes", ErrSSZ, what, first, len(b))
	}
	n := first / 4
	if n > limit {
		return nil, fmt.Errorf("%w: %s: %d elements, limit %d", ErrSSZ, what, n, limit)
	}
	out := make([][]byte, n)
	for i := range n {
		start := int(binary.LittleEndian.Uint32(b[4*i:]))
		end := len(b)
		if i+1 < n {
			end = int(binary.LittleEndian.Uint32(b[4*(i+1):]))
		}
		if start < first || end < start || end > len(b) {
			return nil, fmt.Errorf("%w: %s: element %d spans [%d, %d) in %d bytes", ErrSSZ, what, i, start, end, len(b))
		}
		if end-start > elemLimit {
			return nil, fmt.Errorf("%w: %s: element %d has %d bytes, limit %d", ErrSSZ, what, i, end-start, elemLimit)
		}
		out[i] = b[start:end]
	}
	return out, nil
}

// UnmarshalSSZ decodes a NewPayloadRequest; it accepts only canonical bytes.
func (r *NewPayloadRequest) UnmarshalSSZ(b []byte) error {
	if len(b) < newPayloadRequestFixed {
		return fmt.Errorf("%w: new_payload_request: %d bytes, the fixed part alone is %d", ErrSSZ, len(b), newPayloadRequestFixed)
	}
	parts, err := offsets(b, newPayloadRequestFixed, 0, 4, 40)
	if err != nil {
		return fmt.Errorf("new_payload_request: %w", err)
	}
	var out NewPayloadRequest
	if err := out.ExecutionPayload.UnmarshalSSZ(parts[0]); err != nil {
		return err
	}
	hashes, err := fixedList(parts[1], 32, MaxBlobCommitmentsPerBlock, "versioned_hashes")
	if err != nil {
		return err
	}
	for _, h := range hashes {
		out.VersionedHashes = append(out.VersionedHashes, common.Hash(h))
	}
	copy(out.ParentBeaconBlockRoot[:], b[8:40])
	if err := out.ExecutionRequests.UnmarshalSSZ(parts[2]); err != nil {
		return err
	}
	*r = out
	return nil
}
