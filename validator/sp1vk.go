package validator

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

// The verifying keys of SP1's Groth16 circuits, from succinctlabs/sp1-contracts
// @ d3629729c3216eb51bd4859d027a8eb729399fa4 (Groth16Verifier.sol constants,
// SP1VerifierGroth16.sol VERIFIER_HASH and VK_ROOT; each file names its
// source). A prover's verifying_key may name one ("sp1-v6.1.0") instead of a
// file; TestBuiltinSP1Keys checks each against the real proofs.
//
//go:embed sp1vk/*.json
var sp1Keys embed.FS

// builtinPrefix starts the name of a built-in key in configuration.
const builtinPrefix = "sp1-"

// BuiltinSP1Keys lists the built-in key names, e.g. "sp1-v6.1.0".
func BuiltinSP1Keys() []string {
	entries, _ := sp1Keys.ReadDir("sp1vk")
	var out []string
	for _, e := range entries {
		out = append(out, builtinPrefix+strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(out)
	return out
}

// BuiltinSP1Key loads a built-in key by name ("sp1-v6.1.0").
func BuiltinSP1Key(name string) (*SP1VerifyingKey, error) {
	version, ok := strings.CutPrefix(name, builtinPrefix)
	data, err := sp1Keys.ReadFile("sp1vk/" + version + ".json")
	if !ok || err != nil || strings.ContainsAny(version, "/\\") {
		return nil, fmt.Errorf("%w: no built-in key %q (built in: %s)", ErrVerifyingKey, name, strings.Join(BuiltinSP1Keys(), ", "))
	}
	return LoadSP1VerifyingKey(data)
}
