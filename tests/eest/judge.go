package eest

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nativerollup/nr/stateless"
)

// sentinel pairs a stateless error with the name the summary shows.
type sentinel struct {
	err  error
	name string
}

// rejections are the errors that say the block breaks a consensus rule. A reject:*
// block must fail with one of these: any other error means the executor could not
// judge the block (a witness or harness problem), not that the block is invalid.
var rejections = []sentinel{
	{stateless.ErrInvalidTransaction, "ErrInvalidTransaction"},
	{stateless.ErrInvalidHeader, "ErrInvalidHeader"},
	{stateless.ErrInvalidBlock, "ErrInvalidBlock"},
	{stateless.ErrHeaderMismatch, "ErrHeaderMismatch"},
}

// inconclusive are the errors that leave the block's validity undecided.
var inconclusive = []sentinel{
	{stateless.ErrMissingWitnessData, "ErrMissingWitnessData"},
	{stateless.ErrParentMismatch, "ErrParentMismatch"},
	{stateless.ErrPreStateRootMismatch, "ErrPreStateRootMismatch"},
	{stateless.ErrHeadersNotLinked, "ErrHeadersNotLinked"},
	{stateless.ErrHeadersNotContiguous, "ErrHeadersNotContiguous"},
	{stateless.ErrEmptyWitness, "ErrEmptyWitness"},
	{stateless.ErrTooManyHeaders, "ErrTooManyHeaders"},
	{stateless.ErrInvalidWitnessEncoding, "ErrInvalidWitnessEncoding"},
	{stateless.ErrUnsupportedFork, "ErrUnsupportedFork"},
}

// decodeRejection names a block rejected because its RLP does not decode.
const decodeRejection = "RLP decode"

// SentinelName names the stateless sentinel err wraps, and whether it is a
// consensus rejection. Errors wrapping none are "unclassified".
func SentinelName(err error) (name string, rejection bool) {
	for _, s := range rejections {
		if errors.Is(err, s.err) {
			return s.name, true
		}
	}
	for _, s := range inconclusive {
		if errors.Is(err, s.err) {
			return s.name, false
		}
	}
	return "unclassified", false
}

// verdict is what happened to one block.
type verdict struct {
	accepted bool          // the stateless executor reproduced the block
	header   *types.Header // the executed header, when accepted
	reason   string        // for a rejection: the sentinel name or decodeRejection
	err      error         // the executor's or decoder's error, nil when accepted
	gethErr  error         // go-ethereum's import error, nil when it accepted the block
}

// geth describes go-ethereum's own verdict, appended to a failure to help tell an
// executor bug from a harness or fixture problem.
func (v verdict) geth() string {
	switch {
	case v.reason == decodeRejection:
		return ""
	case v.gethErr == nil:
		return " (go-ethereum accepted the block; its recorded witness was used)"
	default:
		return fmt.Sprintf(" (go-ethereum rejected the block: %v; the full pre-state witness was used)", v.gethErr)
	}
}

// judge checks a verdict against the manifest's expectation. It returns the note
// the summary counts and, when the expectation is unmet, the failure text.
//
// Spec code (issue): "`valid` blocks must reproduce the header's state root,
// receipts root and gas used; `reject:tx` and `reject:block` must be rejected."
func judge(block int, want Expectation, v verdict) (note, failure string) {
	if want == ExpectValid {
		if v.accepted {
			return "", ""
		}
		return "", fmt.Sprintf("block %d: fixture says valid, stateless execution failed: %v", block, v.err)
	}
	if v.accepted {
		return "", fmt.Sprintf("block %d: fixture says %s, stateless execution accepted it", block, want)
	}
	note = fmt.Sprintf("%s rejected by %s", want, v.reason)
	if v.reason == decodeRejection {
		return note, ""
	}
	if _, rejection := SentinelName(v.err); !rejection {
		return note, fmt.Sprintf("block %d: fixture says %s, but the executor could not judge it (%s): %v", block, want, v.reason, v.err)
	}
	return note, ""
}
