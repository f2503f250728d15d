package eest

import "errors"

// Corpus errors: the manifest or a fixture cannot be used. They stop one test (a
// fixture) or the whole run (the manifest), and say which file is at fault.
var (
	// ErrCorpusMissing is returned when the corpus directory has no manifest.json.
	ErrCorpusMissing = errors.New("EEST corpus not found")
	// ErrInvalidManifest is returned when manifest.json does not parse or a row is
	// incomplete (no file, no test id, an unknown block expectation).
	ErrInvalidManifest = errors.New("invalid corpus manifest")
	// ErrInvalidFixture is returned when a fixture file does not parse or lacks a
	// field the runner needs.
	ErrInvalidFixture = errors.New("invalid EEST fixture")
	// ErrTestNotFound is returned when the manifest names a test id its file lacks.
	ErrTestNotFound = errors.New("test id not found in fixture file")
	// ErrManifestDisagrees is returned when the manifest's per-block expectations do
	// not line up with the fixture's blocks (count, or valid versus expectException).
	ErrManifestDisagrees = errors.New("manifest expectations disagree with the fixture")
	// ErrUnknownFork is returned when the fixture's network is not a fork name
	// go-ethereum's tests.Forks table knows.
	ErrUnknownFork = errors.New("unknown fork")
	// ErrUnsupportedBlobSchedule is returned when the fixture's blob schedule names a
	// fork go-ethereum's params.BlobScheduleConfig cannot express, or has values it
	// cannot use (a zero update fraction, a target above the max).
	ErrUnsupportedBlobSchedule = errors.New("unsupported blob schedule")
	// ErrGenesisMismatch is returned when the genesis built from the fixture's
	// genesisRLP header and pre state does not hash to that header.
	ErrGenesisMismatch = errors.New("genesis built from the fixture does not match its genesisRLP")
	// ErrWitnessRoundTrip is returned when a witness does not survive the RLP and
	// JSON codecs byte for byte.
	ErrWitnessRoundTrip = errors.New("witness changed in an RLP/JSON round trip")
	// ErrIncompleteReferenceState is returned when go-ethereum's own database lacks a
	// trie node or code of a state it accepted; the full pre-state witness cannot be built.
	ErrIncompleteReferenceState = errors.New("reference chain state is incomplete")
)
