// Package prover is the devnet's attestation prover behind `nr prover`: it
// follows an L1 node, re-executes every EXECUTE call it sees with the
// precompile's code, builds the NewPayloadRequest of the executed block,
// signs the statement (the 43-byte EIP-8025 public output) with
// validator.Attest and publishes the envelope in a proofsource.Store (HTTP
// and, optionally, a directory). Faulty mode signs a wrong statement (a
// payload with another state root and block hash), for testing that the
// validator's k-of-n survives a lying prover.
package prover

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/l1calls"
	"github.com/nativerollup/nr/validator/proofsource"
)

// Prover attests EXECUTE calls.
type Prover struct {
	ID     string
	Key    *ecdsa.PrivateKey
	L1     *params.ChainConfig
	Faulty bool
	Store  *proofsource.Store
	exec   *precompile.Execute
}

// New is a prover id signing with key for calls on an L1 running config l1.
func New(id string, key *ecdsa.PrivateKey, l1 *params.ChainConfig, faulty bool, store *proofsource.Store) *Prover {
	return &Prover{ID: id, Key: key, L1: l1, Faulty: faulty, Store: store, exec: precompile.NewExecute(l1)}
}

// ErrUnprovable: the call's input fails EXECUTE (or its precheck), so there
// is no executed block to attest; validators decide such calls by the
// precheck or re-execution.
var ErrUnprovable = errors.New("no block to attest")

// Prove re-executes call and returns the signed envelope.
func (p *Prover) Prove(ctx context.Context, call *validator.Call) (*validator.Proof, error) {
	d, err := validator.Precheck(p.L1, call.Input)
	if err != nil {
		return nil, fmt.Errorf("%w: the input fails before execution: %w", ErrUnprovable, err)
	}
	v, err := p.exec.VerifyDecoded(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("%w: EXECUTE fails: %w", ErrUnprovable, err)
	}
	req, err := validator.RequestFromBlock(v.Result.Header, d.Transactions, v.Result.Requests)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnprovable, err)
	}
	if p.Faulty {
		// A wrong statement: the same block with another post-state (and so
		// another hash), signed as if it were the executed one.
		req.ExecutionPayload.StateRoot[0] ^= 0xff
		req.ExecutionPayload.BlockHash[0] ^= 0xff
	}
	schema, err := validator.SchemaFor(p.L1, d.Input.ChainID, d.Input.Timestamp)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnprovable, err)
	}
	out := validator.PublicOutput{NewPayloadRequestRoot: schema.Root(req), SuccessfulValidation: true, ChainID: d.Input.ChainID, SchemaID: schema.ID}
	pv := out.MarshalSSZ()
	sig, err := validator.Attest(p.Key, pv)
	if err != nil {
		return nil, fmt.Errorf("signing the attestation: %w", err)
	}
	return &validator.Proof{Prover: p.ID, Call: call.ID(), Request: req.MarshalSSZ(), PublicValues: pv, Data: sig}, nil
}

// Follow attests every EXECUTE call of L1 blocks from..., as they appear,
// until ctx ends. It re-reads a block whose trace it could not take.
func (p *Prover) Follow(ctx context.Context, c *l1calls.Client, from uint64, poll time.Duration) error {
	next := from
	for {
		head, err := c.Head(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			log.Warn("Prover: reading the L1 head failed; retrying", "err", err)
		}
		for err == nil && next <= head {
			var h *l1calls.Header
			if h, err = c.HeaderByNumber(ctx, next); err != nil {
				break
			}
			var calls []l1calls.Found
			if calls, err = c.Calls(ctx, h); err != nil {
				break
			}
			for _, f := range calls {
				id := f.Call.ID()
				if p.Store.Has(id) {
					continue
				}
				proof, perr := p.Prove(ctx, &f.Call)
				if errors.Is(perr, ErrUnprovable) {
					log.Info("Prover: no attestation", "block", h.Number, "tx", f.Tx, "call", id, "why", perr)
					continue
				}
				if perr != nil {
					return perr
				}
				if err := p.Store.Put(proof); err != nil {
					return err
				}
				log.Info("Prover: attested", "prover", p.ID, "block", h.Number, "tx", f.Tx, "call", id, "faulty", p.Faulty)
			}
			next++
		}
		if err != nil && ctx.Err() == nil {
			log.Warn("Prover: reading L1 failed; retrying", "block", next, "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(poll):
		}
	}
}
