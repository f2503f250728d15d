package derive

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// Batch format parameters (spec/derive.md "Batch format").
const (
	BatchVersion       = 1       // payload byte 0: zlib(rlp(batch))
	MaxBlocksPerBatch  = 4096    // blocks in one batch
	MaxTxsPerBatch     = 1 << 20 // transactions in one batch, all blocks together
	MaxDropsPerBatch   = 1024    // transactions the filter may drop in one batch; one more and the batch is invalid
	MaxTxBytes         = 1 << 17 // bytes of one transaction (geth's txpool limit is 128 KiB)
	MaxExtraDataLength = 32      // bytes of extra data, as params.MaximumExtraDataSize
)

// Block is one L2 block as the operator posts it: the environment EXECUTE takes
// from its input and the block's transactions in their EIP-2718 binary form
// (types.Transaction.MarshalBinary).
type Block struct {
	Timestamp    uint64
	GasLimit     uint64
	FeeRecipient common.Address
	PrevRandao   common.Hash
	ExtraData    []byte
	Transactions [][]byte
}

// Batch is the sequence of L2 blocks one payload carries.
type Batch struct {
	Blocks []Block
}

// EncodePayload returns batch_version ++ zlib(rlp(batch)). It refuses a batch the
// decoder would not return unchanged (limits, extra data, transactions it drops).
//
// Spec code:
//
//	payload = uint8(BATCH_VERSION) ++ zlib(rlp(batch))
//	batch   = [block, ...]
//	block   = [timestamp: uint64, gas_limit: uint64, fee_recipient: B20, prev_randao: B32,
//	           extra_data: bytes, transactions: [tx, ...]]
//	tx      = bytes   # EIP-2718 binary: legacy rlp list, or type ++ payload
func EncodePayload(batch Batch) ([]byte, error) {
	payload, _, err := encodePayload(batch)
	return payload, err
}

// encodePayload is EncodePayload, also returning the size of rlp(batch).
func encodePayload(batch Batch) ([]byte, int, error) {
	if err := checkEncodable(batch); err != nil {
		return nil, 0, err
	}
	raw, err := rlp.EncodeToBytes(batch.Blocks)
	if err != nil {
		return nil, 0, fmt.Errorf("encoding batch: %w", err)
	}
	if len(raw) > MaxBatchBytes {
		return nil, 0, fmt.Errorf("%w: rlp(batch) is %d bytes, limit %d", ErrBatchTooLarge, len(raw), MaxBatchBytes)
	}
	compressed := compress(raw)
	if limit := DecompressedLimit(len(compressed)); uint64(len(raw)) > limit {
		return nil, 0, fmt.Errorf("%w: rlp(batch) is %d bytes, more than %dx its %d compressed bytes plus slack (%d); split the batch or add less repetitive data",
			ErrBatchTooLarge, len(raw), MaxCompressionRatio, len(compressed), limit)
	}
	return append([]byte{BatchVersion}, compressed...), len(raw), nil
}

// checkEncodable applies the decoder's rules to a batch about to be encoded, so
// decode(encode(batch)) == batch whenever encoding succeeds.
func checkEncodable(batch Batch) error {
	if len(batch.Blocks) == 0 {
		return ErrNoBlocks
	}
	if len(batch.Blocks) > MaxBlocksPerBatch {
		return fmt.Errorf("%w: %d, limit %d", ErrTooManyBlocks, len(batch.Blocks), MaxBlocksPerBatch)
	}
	txs := 0
	for i, b := range batch.Blocks {
		if len(b.ExtraData) > MaxExtraDataLength {
			return fmt.Errorf("block %d: %w: %d bytes", i, ErrExtraDataTooLong, len(b.ExtraData))
		}
		for j, tx := range b.Transactions {
			if txs++; txs > MaxTxsPerBatch {
				return fmt.Errorf("%w: limit %d", ErrTooManyTxs, MaxTxsPerBatch)
			}
			if len(tx) > MaxTxBytes {
				return fmt.Errorf("block %d tx %d: %w: %d bytes, limit %d", i, j, ErrTxTooLarge, len(tx), MaxTxBytes)
			}
			if _, err := ClassifyTx(tx); err != nil {
				return fmt.Errorf("block %d tx %d would be dropped: %w", i, j, err)
			}
		}
	}
	return nil
}

// DecodeBatch decodes a payload into its blocks, transactions still in binary
// form and unfiltered (DeriveCalldata filters them). It applies every batch-level
// rule, including the cap on dropped transactions, so it classifies each
// transaction while reading it. Every limit is enforced while reading: the
// inflater stops one byte past decompressed_limit, and the RLP reader checks each
// declared size and count before allocating. The whole zlib stream is validated
// before any RLP rule, so the reason does not depend on how far a decoder buffers
// ahead.
//
// Spec code:
//
//  1. len(payload) >= 1                                    else EmptyPayload
//  2. payload[0] == BATCH_VERSION                          else BatchVersion
//  3. payload[1:] is one zlib stream, no preset dictionary,
//     correct Adler-32, nothing after it                   else Decompress / CompressedTrailing
//  4. it inflates to one canonical RLP value of at most
//     decompressed_limit(len(payload) - 1) bytes           else BatchTooLarge / BatchRLP / BatchTrailing
//  5. 1 <= blocks <= MAX_BLOCKS_PER_BATCH                  else NoBlocks / TooManyBlocks
//  6. len(extra_data) <= 32                                else ExtraDataTooLong
//  7. transactions in the batch <= MAX_TXS_PER_BATCH       else TooManyTxs
//  8. len(tx) <= MAX_TX_BYTES                              else TxTooLarge
//  9. transactions the filter drops <= MAX_DROPS_PER_BATCH else TooManyDrops
func DecodeBatch(payload []byte) (Batch, error) {
	blocks, _, err := decodeBatch(payload, false)
	if err != nil {
		return Batch{}, err
	}
	return Batch{Blocks: blocks}, nil
}

// decodeBatch is DecodeBatch, also returning the drops. With filter, the returned
// blocks hold only the transactions the filter keeps.
func decodeBatch(payload []byte, filter bool) ([]Block, []Drop, error) {
	if len(payload) == 0 {
		return nil, nil, ErrEmptyPayload
	}
	if payload[0] != BatchVersion {
		return nil, nil, fmt.Errorf("%w: %d, want %d", ErrBatchVersion, payload[0], BatchVersion)
	}
	raw, err := inflate(payload[1:], DecompressedLimit(len(payload)-1))
	if err != nil {
		return nil, nil, err
	}
	r := bytes.NewReader(raw)
	d := batchReader{s: rlp.NewStream(r, uint64(len(raw))), filter: filter}
	blocks, err := d.readBatch()
	if err != nil {
		return nil, nil, err
	}
	if r.Len() != 0 {
		return nil, nil, fmt.Errorf("%w: %d bytes", ErrBatchTrailing, r.Len())
	}
	return blocks, d.drops, nil
}

// batchReader reads rlp(batch), counting blocks, transactions and drops as it goes.
type batchReader struct {
	s      *rlp.Stream
	filter bool // leave dropped transactions out of the blocks
	txs    int  // transactions read so far, all blocks together
	drops  []Drop
}

func (d *batchReader) readBatch() ([]Block, error) {
	s := d.s
	if _, err := s.List(); err != nil {
		return nil, rlpError("batch", err)
	}
	var blocks []Block
	for {
		more, err := hasNext(s, "batch")
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
		if len(blocks) == MaxBlocksPerBatch {
			return nil, fmt.Errorf("%w: limit %d", ErrTooManyBlocks, MaxBlocksPerBatch)
		}
		block, err := d.readBlock(len(blocks))
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", len(blocks), err)
		}
		blocks = append(blocks, block)
	}
	if err := s.ListEnd(); err != nil {
		return nil, rlpError("batch", err)
	}
	if len(blocks) == 0 {
		return nil, ErrNoBlocks
	}
	return blocks, nil
}

// readBlock reads block bi. Each transaction is classified as it is read, so the
// drop cap stops the reader at the first drop past MAX_DROPS_PER_BATCH.
func (d *batchReader) readBlock(bi int) (Block, error) {
	s := d.s
	var b Block
	if _, err := s.List(); err != nil {
		return b, rlpError("block", err)
	}
	var err error
	if b.Timestamp, err = s.Uint64(); err != nil {
		return b, rlpError("timestamp", err)
	}
	if b.GasLimit, err = s.Uint64(); err != nil {
		return b, rlpError("gas_limit", err)
	}
	if err := s.Decode(&b.FeeRecipient); err != nil {
		return b, rlpError("fee_recipient", err)
	}
	if err := s.Decode(&b.PrevRandao); err != nil {
		return b, rlpError("prev_randao", err)
	}
	if b.ExtraData, err = readString(s, MaxExtraDataLength, ErrExtraDataTooLong); err != nil {
		return b, fmt.Errorf("extra_data: %w", err)
	}
	if _, err := s.List(); err != nil {
		return b, rlpError("transactions", err)
	}
	for ti := 0; ; ti++ {
		more, err := hasNext(s, "transactions")
		if err != nil {
			return b, err
		}
		if !more {
			break
		}
		if d.txs == MaxTxsPerBatch {
			return b, fmt.Errorf("%w: limit %d", ErrTooManyTxs, MaxTxsPerBatch)
		}
		d.txs++
		tx, err := readString(s, MaxTxBytes, ErrTxTooLarge)
		if err != nil {
			return b, fmt.Errorf("tx %d: %w", ti, err) // formatted only on failure: a batch may hold many txs
		}
		if _, reason, _ := classifyTx(tx); reason != ReasonOK {
			if len(d.drops) == MaxDropsPerBatch {
				return b, fmt.Errorf("tx %d: %w: limit %d", ti, ErrTooManyDrops, MaxDropsPerBatch)
			}
			d.drops = append(d.drops, Drop{Block: uint32(bi), Tx: uint32(ti), Reason: reason})
			if d.filter {
				continue
			}
		}
		b.Transactions = append(b.Transactions, tx)
	}
	if err := s.ListEnd(); err != nil {
		return b, rlpError("transactions", err)
	}
	if err := s.ListEnd(); err != nil {
		return b, rlpError("block", err)
	}
	return b, nil
}

// readString reads an RLP string of at most limit bytes, checking the declared size
// before anything is allocated. The caller prefixes errors with the field's name.
func readString(s *rlp.Stream, limit uint64, tooLong error) ([]byte, error) {
	kind, size, err := s.Kind()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBatchRLP, err)
	}
	if kind == rlp.List {
		return nil, fmt.Errorf("%w: %w", ErrBatchRLP, rlp.ErrExpectedString)
	}
	if size > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", tooLong, size, limit)
	}
	b, err := s.Bytes()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBatchRLP, err)
	}
	return b, nil
}

// hasNext reports whether the list being read in s has another element.
func hasNext(s *rlp.Stream, list string) (bool, error) {
	_, _, err := s.Kind()
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, rlp.EOL):
		return false, nil
	default:
		return false, rlpError(list, err)
	}
}

// rlpError wraps an RLP decoding failure of field as BatchRLP. The input is
// already inflated and within its limit, so a size running past it is truncation.
func rlpError(field string, err error) error {
	return fmt.Errorf("%s: %w: %w", field, ErrBatchRLP, err)
}
