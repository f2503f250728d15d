package validator

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/params/forks"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
)

// The proof statement (spec/validator.md, "Statement"): a proof, or an
// attestation, says that an EIP-8025 guest validated the NewPayloadRequest
// whose SSZ root is in its public output. Bind turns that, for one EXECUTE
// input, into the output EXECUTE must return if it succeeds.

// Schema ids, (fork_index << 8) | revision as in execution-specs'
// stateless_ssz.py (Amsterdam = 0x1501), with execution-specs' fork order
// (Paris 0x0e … Prague 0x11, Osaka 0x12). Revision 1 of Prague and Osaka is
// nr's: the plain 4-field NewPayloadRequest Container with the 17-field
// ExecutionPayload and the 3-list ExecutionRequests (spec/validator.md).
const (
	SchemaPrague uint16 = 0x1101
	SchemaOsaka  uint16 = 0x1201
)

// Schema is one versioned statement shape: the fork it serves, and how it
// decodes a NewPayloadRequest and computes its root. Amsterdam adds a row
// with its own decoder (progressive containers, block access list,
// slot_number); nothing else changes.
type Schema struct {
	ID   uint16
	Fork forks.Fork
	// Decode parses the prover's SSZ NewPayloadRequest bytes.
	Decode func(ssz []byte) (*NewPayloadRequest, error)
	// Root is new_payload_request_root.
	Root func(*NewPayloadRequest) common.Hash
}

func decodePlain(b []byte) (*NewPayloadRequest, error) {
	var r NewPayloadRequest
	if err := r.UnmarshalSSZ(b); err != nil {
		return nil, err
	}
	return &r, nil
}

func rootPlain(r *NewPayloadRequest) common.Hash { return r.HashTreeRoot() }

// Schemas lists every schema nr verifies, by id.
var Schemas = map[uint16]*Schema{
	SchemaPrague: {ID: SchemaPrague, Fork: forks.Prague, Decode: decodePlain, Root: rootPlain},
	SchemaOsaka:  {ID: SchemaOsaka, Fork: forks.Osaka, Decode: decodePlain, Root: rootPlain},
}

// Statement errors. Each says why a proof or attestation proves nothing
// about the call; none of them is a disagreement.
var (
	ErrUnsupportedSchema = errors.New("no statement schema for this fork")
	ErrSchemaMismatch    = errors.New("public output schema_id is not the schema of the L2 block's fork")
	ErrChainIDMismatch   = errors.New("public output chain_id is not the input's L2 chain id")
	ErrRootMismatch      = errors.New("new_payload_request_root is not the root of the prover's NewPayloadRequest")
	ErrPayloadMismatch   = errors.New("the proven payload is not the block the EXECUTE input describes")
	ErrNotValidated      = errors.New("the proof says the payload failed validation (successful_validation = false), which proves nothing about the call")
	ErrPublicOutput      = errors.New("malformed EIP-8025 public output")
)

// SchemaFor is the schema of an L2 block at timestamp on an L2 of chainID
// settling on L1 config l1 (the L2 follows L1's fork schedule:
// precompile.L2Config).
func SchemaFor(l1 *params.ChainConfig, chainID, timestamp uint64) (*Schema, error) {
	fork := precompile.L2Config(l1, chainID).LatestFork(timestamp)
	for _, s := range Schemas {
		if s.Fork == fork {
			return s, nil
		}
	}
	return nil, fmt.Errorf("%w: the L2 block at timestamp %d is %s; nr has schemas for Prague (%#04x) and Osaka (%#04x)",
		ErrUnsupportedSchema, timestamp, fork, SchemaPrague, SchemaOsaka)
}

// PublicOutput is the EIP-8025 guest's public output (execution-specs
// StatelessValidationResult, v0.8.x): a plain Container of fixed fields whose
// SSZ is 43 bytes, root 32 ‖ bool 1 ‖ uint64 LE 8 ‖ uint16 LE 2.
type PublicOutput struct {
	NewPayloadRequestRoot common.Hash
	SuccessfulValidation  bool
	ChainID               uint64
	SchemaID              uint16
}

// PublicOutputSize is len(PublicOutput.MarshalSSZ()).
const PublicOutputSize = 43

// MarshalSSZ is the 43-byte SSZ of o: the public values a zkVM guest commits.
func (o *PublicOutput) MarshalSSZ() []byte {
	b := make([]byte, 0, PublicOutputSize)
	b = append(b, o.NewPayloadRequestRoot[:]...)
	if o.SuccessfulValidation {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = binary.LittleEndian.AppendUint64(b, o.ChainID)
	return binary.LittleEndian.AppendUint16(b, o.SchemaID)
}

// HashTreeRoot is hash_tree_root(PublicOutput) as a plain Container.
func (o *PublicOutput) HashTreeRoot() common.Hash {
	var ok, schema [32]byte
	if o.SuccessfulValidation {
		ok[0] = 1
	}
	binary.LittleEndian.PutUint16(schema[:], o.SchemaID)
	return containerRoot(o.NewPayloadRequestRoot, ok, uint64Root(o.ChainID), schema)
}

// DecodePublicOutput parses exactly 43 bytes; the bool byte must be 0 or 1.
func DecodePublicOutput(b []byte) (*PublicOutput, error) {
	if len(b) != PublicOutputSize {
		return nil, fmt.Errorf("%w: %d bytes, want %d (root 32, successful_validation 1, chain_id 8, schema_id 2)", ErrPublicOutput, len(b), PublicOutputSize)
	}
	if b[32] > 1 {
		return nil, fmt.Errorf("%w: successful_validation byte is %#x, want 0 or 1", ErrPublicOutput, b[32])
	}
	return &PublicOutput{
		NewPayloadRequestRoot: common.Hash(b[:32]),
		SuccessfulValidation:  b[32] == 1,
		ChainID:               binary.LittleEndian.Uint64(b[33:]),
		SchemaID:              binary.LittleEndian.Uint16(b[41:]),
	}, nil
}

// Outcome is what EXECUTE returns for an input: success with 64 bytes of
// output, or failure (empty output).
type Outcome struct {
	Success bool
	Output  []byte
}

// String is "success 0x…" or "failure".
func (o Outcome) String() string {
	if !o.Success {
		return "failure"
	}
	return fmt.Sprintf("success %#x", o.Output)
}

// Precheck runs EXECUTE's checks that come before execution (spec/execute.md,
// "Decoding", steps 1-8) with the precompile's own decoder
// (precompile.Execute.Decode), then stateless execution's first, pure checks
// of the witness headers (stateless.CheckHeaders: a chain ending at
// parentHash whose state root is preStateRoot, a sane parent). An input
// failing here fails on every correct node, so any verifier can decide it.
// The decoded input it returns is the one every verifier of the call reads
// and re-execution runs (precompile.Execute.VerifyDecoded): each input is
// decoded once per call.
func Precheck(l1 *params.ChainConfig, input []byte) (*precompile.Decoded, error) {
	d, err := precompile.NewExecute(l1).Decode(input)
	if err != nil {
		return nil, err
	}
	// The witness headers end at the parent, whose state root must be the
	// input's preStateRoot: a proof binds the block, not this root, so a
	// mismatch must be decided here, as EXECUTE decides it before running.
	if err := stateless.CheckHeaders(precompile.L2Config(l1, d.Input.ChainID), d.Witness.Headers, d.Input.ParentHash, d.Input.PreStateRoot); err != nil {
		return nil, err
	}
	return d, nil
}

// Bind maps a proven NewPayloadRequest to the EXECUTE output it implies for
// the decoded input d (spec/validator.md, "Statement"):
//
//   - the public output's schema_id is the schema of the L2 block's fork, its
//     chain_id is the input's, and its root is the request's root;
//   - the payload is the input's block: parent hash, fee recipient, prev
//     randao, gas limit, timestamp, extra data and transactions equal the
//     input's, parent_beacon_block_root is the anchor, and there are no
//     withdrawals, no versioned hashes and no blob gas (execution requests may
//     be anything, as in EXECUTE);
//   - successful_validation is true.
//
// Then, if EXECUTE succeeds on the input, it returns
// abi.encode(valid, payload.block_hash) with valid = (payload state root,
// receipts root, gas used) == the claims. A payload that fails any check
// proves nothing about the call: Bind returns an error, never an outcome.
func Bind(l1 *params.ChainConfig, d *precompile.Decoded, req *NewPayloadRequest, out *PublicOutput) (Outcome, error) {
	in := d.Input
	schema, err := SchemaFor(l1, in.ChainID, in.Timestamp)
	if err != nil {
		return Outcome{}, err
	}
	if out.SchemaID != schema.ID {
		return Outcome{}, fmt.Errorf("%w: proof has %#04x, the block at timestamp %d is %s (%#04x)", ErrSchemaMismatch, out.SchemaID, in.Timestamp, schema.Fork, schema.ID)
	}
	if out.ChainID != in.ChainID {
		return Outcome{}, fmt.Errorf("%w: proof has %d, input has %d", ErrChainIDMismatch, out.ChainID, in.ChainID)
	}
	if root := schema.Root(req); root != out.NewPayloadRequestRoot {
		return Outcome{}, fmt.Errorf("%w: public output has %s, the request hashes to %s", ErrRootMismatch, out.NewPayloadRequestRoot.Hex(), root.Hex())
	}
	if err := matchPayload(d, req); err != nil {
		return Outcome{}, err
	}
	if !out.SuccessfulValidation {
		return Outcome{}, ErrNotValidated
	}
	p := &req.ExecutionPayload
	v := &precompile.Verdict{
		Valid:     p.StateRoot == in.PostStateRoot && p.ReceiptsRoot == in.ReceiptsRoot && p.GasUsed == in.GasUsed,
		BlockHash: p.BlockHash,
	}
	return Outcome{Success: true, Output: v.Output()}, nil
}

// matchPayload checks that req is the block d describes, naming the first
// field that differs.
func matchPayload(d *precompile.Decoded, req *NewPayloadRequest) error {
	in, p := d.Input, &req.ExecutionPayload
	type field struct {
		name      string
		ok        bool
		got, want any
	}
	fields := []field{
		{"parent_hash", p.ParentHash == in.ParentHash, p.ParentHash, in.ParentHash},
		{"fee_recipient", p.FeeRecipient == in.FeeRecipient, p.FeeRecipient, in.FeeRecipient},
		{"prev_randao", p.PrevRandao == in.PrevRandao, p.PrevRandao, in.PrevRandao},
		{"gas_limit", p.GasLimit == in.GasLimit, p.GasLimit, in.GasLimit},
		{"timestamp", p.Timestamp == in.Timestamp, p.Timestamp, in.Timestamp},
		{"extra_data", string(p.ExtraData) == string(in.ExtraData), common.Bytes2Hex(p.ExtraData), common.Bytes2Hex(in.ExtraData)},
		{"parent_beacon_block_root", req.ParentBeaconBlockRoot == in.Anchor, req.ParentBeaconBlockRoot, in.Anchor},
		{"withdrawals", len(p.Withdrawals) == 0, len(p.Withdrawals), 0},
		{"versioned_hashes", len(req.VersionedHashes) == 0, len(req.VersionedHashes), 0},
		{"blob_gas_used", p.BlobGasUsed == 0, p.BlobGasUsed, 0},
		{"transactions (count)", len(p.Transactions) == len(d.Transactions), len(p.Transactions), len(d.Transactions)},
	}
	for _, f := range fields {
		if !f.ok {
			return fmt.Errorf("%w: %s is %v, the input's is %v", ErrPayloadMismatch, f.name, f.got, f.want)
		}
	}
	for i, tx := range d.Transactions {
		enc, err := tx.MarshalBinary()
		if err != nil {
			return fmt.Errorf("%w: transaction %d of the input does not encode: %w", ErrPayloadMismatch, i, err)
		}
		if string(enc) != string(p.Transactions[i]) {
			return fmt.Errorf("%w: transaction %d differs (payload %s, input %s)", ErrPayloadMismatch, i, payloadTxHash(p.Transactions[i]), tx.Hash().Hex())
		}
	}
	return nil
}

// RequestFromBlock builds the NewPayloadRequest of an executed block: its
// header, transactions and EIP-7685 requests (type ‖ SSZ list, as
// stateless.Result.Requests holds them). For provers and tests.
func RequestFromBlock(h *types.Header, txs types.Transactions, requests [][]byte) (*NewPayloadRequest, error) {
	r := &NewPayloadRequest{ExecutionPayload: ExecutionPayload{
		ParentHash:   h.ParentHash,
		FeeRecipient: h.Coinbase,
		StateRoot:    h.Root,
		ReceiptsRoot: h.ReceiptHash,
		LogsBloom:    h.Bloom,
		PrevRandao:   h.MixDigest,
		BlockNumber:  h.Number.Uint64(),
		GasLimit:     h.GasLimit,
		GasUsed:      h.GasUsed,
		Timestamp:    h.Time,
		ExtraData:    common.CopyBytes(h.Extra),
		BlockHash:    h.Hash(),
		Transactions: [][]byte{},
	}}
	if h.BaseFee == nil || h.BaseFee.Sign() < 0 || h.BaseFee.BitLen() > 256 {
		return nil, fmt.Errorf("header %d has no base fee", h.Number)
	}
	r.ExecutionPayload.BaseFeePerGas.SetFromBig(h.BaseFee)
	if h.BlobGasUsed != nil {
		r.ExecutionPayload.BlobGasUsed = *h.BlobGasUsed
	}
	if h.ExcessBlobGas != nil {
		r.ExecutionPayload.ExcessBlobGas = *h.ExcessBlobGas
	}
	if h.ParentBeaconRoot != nil {
		r.ParentBeaconBlockRoot = *h.ParentBeaconRoot
	}
	for _, tx := range txs {
		enc, err := tx.MarshalBinary()
		if err != nil {
			return nil, err
		}
		r.ExecutionPayload.Transactions = append(r.ExecutionPayload.Transactions, enc)
		r.VersionedHashes = append(r.VersionedHashes, tx.BlobHashes()...)
	}
	var err error
	if r.ExecutionRequests, err = RequestsFromEIP7685(requests); err != nil {
		return nil, err
	}
	// hash_tree_root is defined only within the SSZ limits, which decoding checks.
	var check NewPayloadRequest
	if err := check.UnmarshalSSZ(r.MarshalSSZ()); err != nil {
		return nil, fmt.Errorf("block %d does not fit the NewPayloadRequest limits: %w", h.Number, err)
	}
	return r, nil
}

// RequestsFromEIP7685 splits EIP-7685 requests (type byte ‖ SSZ list of
// requests of that type) into the ExecutionRequests container.
func RequestsFromEIP7685(requests [][]byte) (ExecutionRequests, error) {
	var out ExecutionRequests
	var fixed [12]byte // an ExecutionRequests with three empty lists
	for _, r := range requests {
		if len(r) == 0 {
			return out, fmt.Errorf("%w: an empty EIP-7685 request", ErrSSZ)
		}
		var one ExecutionRequests
		body := r[1:]
		var sizes [3]int
		switch r[0] {
		case 0, 1, 2:
			sizes[r[0]] = len(body)
		default:
			return out, fmt.Errorf("%w: EIP-7685 request type %d is not a deposit (0), withdrawal (1) or consolidation (2)", ErrSSZ, r[0])
		}
		enc := append([]byte{}, fixed[:]...)
		binary.LittleEndian.PutUint32(enc[0:], 12)
		binary.LittleEndian.PutUint32(enc[4:], uint32(12+sizes[0]))
		binary.LittleEndian.PutUint32(enc[8:], uint32(12+sizes[0]+sizes[1]))
		if err := one.UnmarshalSSZ(append(enc, body...)); err != nil {
			return out, fmt.Errorf("EIP-7685 request type %d: %w", r[0], err)
		}
		out.Deposits = append(out.Deposits, one.Deposits...)
		out.Withdrawals = append(out.Withdrawals, one.Withdrawals...)
		out.Consolidations = append(out.Consolidations, one.Consolidations...)
	}
	return out, nil
}

// payloadTxHash names a payload transaction for an error message: its hash,
// or its first bytes if it does not decode.
func payloadTxHash(b []byte) string {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(b); err != nil {
		return fmt.Sprintf("undecodable %x…", b[:min(len(b), 8)])
	}
	return tx.Hash().Hex()
}
