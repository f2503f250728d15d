package eest

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/params"
	gethtests "github.com/ethereum/go-ethereum/tests"
	"github.com/stretchr/testify/require"
)

func osakaFixtureConfig(t *testing.T) FixtureConfig {
	t.Helper()
	var fc FixtureConfig
	require.NoError(t, json.Unmarshal([]byte(osakaConfigJSON), &fc))
	return fc
}

func TestChainConfigOsaka(t *testing.T) {
	cfg, err := ChainConfig("Osaka", osakaFixtureConfig(t))
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1), cfg.ChainID)
	require.NotNil(t, cfg.OsakaTime)
	require.Equal(t, &params.BlobConfig{Target: 3, Max: 6, UpdateFraction: 3338477}, cfg.BlobScheduleConfig.Cancun)
	require.Equal(t, &params.BlobConfig{Target: 6, Max: 9, UpdateFraction: 5007716}, cfg.BlobScheduleConfig.Prague)
	require.Nil(t, cfg.BlobScheduleConfig.BPO1)
}

func TestChainConfigAppliesChainIDWithoutTouchingTheTable(t *testing.T) {
	before := *gethtests.Forks["Prague"]
	beforeSchedule := *gethtests.Forks["Prague"].BlobScheduleConfig
	fc := FixtureConfig{
		ChainID: (*math.HexOrDecimal256)(big.NewInt(7)),
		BlobSchedule: map[string]BlobParams{
			"Prague": {Target: 1, Max: 2, BaseFeeUpdateFraction: 3},
			"BPO1":   {Target: 4, Max: 5, BaseFeeUpdateFraction: 6},
		},
	}
	cfg, err := ChainConfig("Prague", fc)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(7), cfg.ChainID)
	require.Equal(t, &params.BlobConfig{Target: 1, Max: 2, UpdateFraction: 3}, cfg.BlobScheduleConfig.Prague)
	require.Equal(t, &params.BlobConfig{Target: 4, Max: 5, UpdateFraction: 6}, cfg.BlobScheduleConfig.BPO1)

	require.Equal(t, before.ChainID, gethtests.Forks["Prague"].ChainID)
	require.Equal(t, big.NewInt(1), gethtests.Forks["Prague"].ChainID)
	require.Equal(t, beforeSchedule, *gethtests.Forks["Prague"].BlobScheduleConfig)

	cfg.ChainID.SetInt64(9)
	require.Equal(t, big.NewInt(7), (*big.Int)(fc.ChainID), "the config owns its chain id")
}

func TestChainConfigBadInputs(t *testing.T) {
	one := (*math.HexOrDecimal256)(big.NewInt(1))
	tests := []struct {
		name    string
		network string
		config  FixtureConfig
		wantErr error
		msg     string
	}{
		{"unknown fork", "Bogota", FixtureConfig{ChainID: one}, ErrUnknownFork, `"Bogota"; go-ethereum's tests.Forks knows`},
		{"zero chain id", "Osaka", FixtureConfig{ChainID: (*math.HexOrDecimal256)(big.NewInt(0))}, ErrInvalidFixture, "config.chainid must be positive"},
		{"blob fork geth cannot express", "Osaka", FixtureConfig{ChainID: one, BlobSchedule: map[string]BlobParams{
			"Amsterdam": {Target: 1, Max: 2, BaseFeeUpdateFraction: 3},
		}}, ErrUnsupportedBlobSchedule, `fork "Amsterdam" has no blob parameters in go-ethereum v1.17.10`},
		{"Osaka differs from Prague", "Osaka", FixtureConfig{ChainID: one, BlobSchedule: map[string]BlobParams{
			"Prague": {Target: 6, Max: 9, BaseFeeUpdateFraction: 5007716},
			"Osaka":  {Target: 7, Max: 9, BaseFeeUpdateFraction: 5007716},
		}}, ErrUnsupportedBlobSchedule, "Osaka entry target: 7, max: 9, fraction: 5007716 differs from Prague entry"},
		{"zero update fraction", "Osaka", FixtureConfig{ChainID: one, BlobSchedule: map[string]BlobParams{
			"Cancun": {Target: 3, Max: 6},
		}}, ErrUnsupportedBlobSchedule, "Cancun baseFeeUpdateFraction is zero"},
		{"target above max", "Osaka", FixtureConfig{ChainID: one, BlobSchedule: map[string]BlobParams{
			"Cancun": {Target: 7, Max: 6, BaseFeeUpdateFraction: 1},
		}}, ErrUnsupportedBlobSchedule, "Cancun target 7 is above max 6"},
		{"max out of range", "Osaka", FixtureConfig{ChainID: one, BlobSchedule: map[string]BlobParams{
			"Cancun": {Target: 1, Max: 1 << 40, BaseFeeUpdateFraction: 1},
		}}, ErrUnsupportedBlobSchedule, "Cancun max 1099511627776 is out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := ChainConfig(tt.network, tt.config)
			require.ErrorIs(t, err, tt.wantErr)
			require.ErrorContains(t, err, tt.msg)
			require.Nil(t, cfg)
		})
	}
}

// TestLegacyFixtureChainID: a fixture without config.chainid (ethereum/tests'
// legacy BlockchainTests) runs with chain id 1, as go-ethereum's runner does;
// it used to be refused as an invalid fixture.
func TestLegacyFixtureChainID(t *testing.T) {
	cfg, err := ChainConfig("Cancun", FixtureConfig{})
	require.NoError(t, err)
	require.Equal(t, int64(1), cfg.ChainID.Int64())
	cfg, err = ChainConfig("Cancun", FixtureConfig{ChainID: (*math.HexOrDecimal256)(big.NewInt(5))})
	require.NoError(t, err)
	require.Equal(t, int64(5), cfg.ChainID.Int64())
	f, err := ParseFixture([]byte(fixtureJSON(`"network": "Cancun", "genesisRLP": "0xc0"`)), "t")
	require.NoError(t, err)
	require.Nil(t, f.Config.ChainID)
}
