package eest

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/params"
	gethtests "github.com/ethereum/go-ethereum/tests"
)

// ChainConfig builds the chain config a fixture runs under: go-ethereum's
// tests.Forks entry for the fixture's network, with the fixture's chain id and blob
// schedule applied on top. The table entry itself is never modified.
//
// The corpus README: "The chain config must come from the fixture's `network` (fork)
// and `config.chainid`/`blobSchedule`, not from a default".
func ChainConfig(network string, fc FixtureConfig) (*params.ChainConfig, error) {
	base, ok := gethtests.Forks[network]
	if !ok {
		return nil, fmt.Errorf("%w: %q; go-ethereum's tests.Forks knows %s",
			ErrUnknownFork, network, strings.Join(gethtests.AvailableForks(), ", "))
	}
	if fc.ChainID != nil && (*big.Int)(fc.ChainID).Sign() <= 0 {
		return nil, fmt.Errorf("%w: config.chainid must be positive", ErrInvalidFixture)
	}
	schedule, err := blobSchedule(base.BlobScheduleConfig, fc.BlobSchedule)
	if err != nil {
		return nil, err
	}
	cfg := *base
	// Legacy ethereum/tests BlockchainTests carry no config.chainid; go-ethereum's
	// runner (tests.BlockTest) then keeps tests.Forks' chain id, 1.
	cfg.ChainID = big.NewInt(DefaultChainID)
	if fc.ChainID != nil {
		cfg.ChainID = new(big.Int).Set((*big.Int)(fc.ChainID))
	}
	cfg.BlobScheduleConfig = schedule
	return &cfg, nil
}

// DefaultChainID is the chain id of a fixture without config.chainid (the
// legacy ethereum/tests BlockchainTests), as go-ethereum's test runner uses.
const DefaultChainID = 1

// blobSchedule overlays the fixture's per-fork blob parameters on base.
//
// go-ethereum v1.17.10 has no Osaka entry: Osaka keeps the Prague parameters (EIP-7594
// changes no blob count). A fixture's "Osaka" entry is therefore accepted only when it
// equals the Prague entry in effect; anything else cannot be expressed and is refused
// rather than silently dropped.
func blobSchedule(base *params.BlobScheduleConfig, fixture map[string]BlobParams) (*params.BlobScheduleConfig, error) {
	out := new(params.BlobScheduleConfig)
	if base != nil {
		*out = *base
	}
	slots := map[string]**params.BlobConfig{
		"Cancun": &out.Cancun,
		"Prague": &out.Prague,
		"BPO1":   &out.BPO1,
		"BPO2":   &out.BPO2,
		"BPO3":   &out.BPO3,
		"BPO4":   &out.BPO4,
		"BPO5":   &out.BPO5,
	}
	names := make([]string, 0, len(fixture))
	for name := range fixture {
		names = append(names, name)
	}
	slices.Sort(names)
	var osaka *params.BlobConfig
	for _, name := range names {
		bc, err := blobConfig(name, fixture[name])
		if err != nil {
			return nil, err
		}
		if name == "Osaka" {
			osaka = bc
			continue
		}
		slot, ok := slots[name]
		if !ok {
			return nil, fmt.Errorf("%w: fork %q has no blob parameters in go-ethereum v1.17.10 (it knows Cancun, Prague, Osaka = Prague, BPO1-BPO5)",
				ErrUnsupportedBlobSchedule, name)
		}
		*slot = bc
	}
	if osaka != nil && (out.Prague == nil || *osaka != *out.Prague) {
		return nil, fmt.Errorf("%w: Osaka entry %v differs from Prague entry %v, but go-ethereum v1.17.10 runs Osaka with the Prague parameters",
			ErrUnsupportedBlobSchedule, osaka, out.Prague)
	}
	return out, nil
}

func blobConfig(name string, p BlobParams) (*params.BlobConfig, error) {
	switch {
	case uint64(p.Max) > math.MaxInt32:
		return nil, fmt.Errorf("%w: %s max %d is out of range", ErrUnsupportedBlobSchedule, name, uint64(p.Max))
	case p.Target > p.Max:
		return nil, fmt.Errorf("%w: %s target %d is above max %d", ErrUnsupportedBlobSchedule, name, uint64(p.Target), uint64(p.Max))
	case p.BaseFeeUpdateFraction == 0:
		return nil, fmt.Errorf("%w: %s baseFeeUpdateFraction is zero (the blob base fee divides by it)", ErrUnsupportedBlobSchedule, name)
	}
	return &params.BlobConfig{Target: int(p.Target), Max: int(p.Max), UpdateFraction: uint64(p.BaseFeeUpdateFraction)}, nil
}
