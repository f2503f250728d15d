// Package derive turns the bytes a native rollup posts on L1 (blobs or calldata)
// into the L2 blocks EXECUTE consumes, and back. It is the reference
// implementation of spec/derive.md; the spec is the authority.
//
// Data flow (decode, one file per stage):
//
//	blobs ──kzg.go: VerifyVersionedHashes (blob ↔ versioned hash, by recomputed commitment)
//	  │
//	  └─blob.go: DecodeBlobs ──┐           calldata ──┐
//	                           ▼                      ▼
//	                        payload = batch_version ++ zlib(rlp(batch))
//	                           │
//	           batch.go: DecodeBatch (compress.go: bounded inflate; rlp stream with limits,
//	                           │          each tx classified as read, at most 1024 drops)
//	                 tx.go: ClassifyTx drops empty, too small, undecodable, blob and unknown-type txs
//	                           ▼
//	               Result{Blocks, Drops, Reason} ── derive.go: Derive* (total: never an error)
//
// Encode is the exact inverse (encoder.go): batch ──EncodePayload──> payload ──> calldata, or
// EncodeBlobs + Sidecar (kzg.go) when blobs are cheaper at the given base and blob base fees.
//
// Decoding stages return sentinel errors wrapped with position context; the total entry
// points (DeriveCalldata, DeriveBlobs) map the first failure to a stable Reason code, so a
// bad batch yields no blocks and a reason instead of failing the caller. The only errors a
// caller of this package sees are contract violations: a blob that does not match its
// versioned hash, or an encoder asked to encode a batch the decoder would not return intact.
//
// The package is pure: bytes in, blocks out. No network, no node, no clock.
package derive
