package validator

import (
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/nativerollup/nr/internal/suggest"
)

// ErrConfig is the sentinel of every configuration error; the message names
// the key, the bad value and, for an unknown key, the nearest known one.
var ErrConfig = errors.New("validator config")

// Configuration keys (spec/validator.md, "Configuration"). Scalars come from
// flags (--mode, --k, --reexec.gas_cap, ...), NR_* variables (NR_MODE, NR_K,
// NR_REEXEC_GAS_CAP, ...) and the file, in that order; provers only from the
// file (a list of tables).
const (
	KeyMode           = "mode"
	KeyK              = "k"
	KeyReexecGasCap   = "reexec.gas_cap"
	KeyProofTimeout   = "proof_timeout"
	KeyOnDisagreement = "on_disagreement"
	KeyProvers        = "provers"
)

// Prover table keys.
const (
	keyID           = "id"
	keyKind         = "kind"
	keySystem       = "system"
	keyVerifyingKey = "verifying_key"
	keyProgramKey   = "program_key"
	keySigners      = "signers"
	keySource       = "source"
)

// Prover kinds: which ProofChecker verifies a prover's proofs.
const (
	KindSP1Groth16  = "sp1-groth16"
	KindAttestation = "attestation"
)

// Defaults. The re-execution cap covers a whole 60M-gas L1 block: EXECUTE
// charges one L1 gas per declared L2 gas, so the declared L2 gas of one L1
// block's calls never exceeds the L1 block gas limit.
const (
	DefaultMode           = ModeReexec
	DefaultReexecGasCap   = 60_000_000
	DefaultProofTimeout   = 30 * time.Second
	DefaultOnDisagreement = DisagreeAlert
)

var scalarKeys = []string{KeyMode, KeyK, KeyReexecGasCap, KeyProofTimeout, KeyOnDisagreement}
var proverKeys = []string{keyID, keyKind, keySystem, keyVerifyingKey, keyProgramKey, keySigners, keySource}

// RegisterFlags defines the scalar keys as flags on fs, for LoadConfig.
func RegisterFlags(fs *pflag.FlagSet) {
	fs.String(KeyMode, string(DefaultMode), "reexec | proofs | hybrid")
	fs.Int(KeyK, 0, "distinct proof systems that must derive the same outcome (proofs, hybrid)")
	fs.Uint64(KeyReexecGasCap, DefaultReexecGasCap, "declared L2 gas re-executed per L1 block")
	fs.Duration(KeyProofTimeout, DefaultProofTimeout, "how long to wait for proofs of a call")
	fs.String(KeyOnDisagreement, string(DefaultOnDisagreement), "halt | alert | prefer-reexec")
}

// Config is a loaded, checked validator configuration.
type Config struct {
	Policy Policy
	// Viper holds every setting, for the daemon's own keys (LoadOptions.ExtraKeys).
	Viper *viper.Viper
}

// LoadOptions extends LoadConfig for the daemon built on this package.
type LoadOptions struct {
	// File is the YAML or TOML file (by extension); empty for none.
	File string
	// Flags, if set, override everything (only flags the user set).
	Flags *pflag.FlagSet
	// ExtraKeys are more top-level keys the caller reads itself (e.g.
	// "l1.rpc", "http.addr"); they are accepted, not checked.
	ExtraKeys []string
}

// LoadConfig reads, checks and builds the policy: every unknown key and every
// bad value is an error naming the key (ErrConfig).
func LoadConfig(opts LoadOptions) (*Config, error) {
	v := viper.New()
	v.SetEnvPrefix("NR")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	v.SetDefault(KeyMode, string(DefaultMode))
	v.SetDefault(KeyReexecGasCap, DefaultReexecGasCap)
	v.SetDefault(KeyProofTimeout, DefaultProofTimeout.String())
	v.SetDefault(KeyOnDisagreement, string(DefaultOnDisagreement))
	known := append(append(append([]string{}, scalarKeys...), KeyProvers), opts.ExtraKeys...)
	if opts.File != "" {
		v.SetConfigFile(opts.File)
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("%w: reading %s: %w (check the path, the extension .yaml/.yml/.toml and the syntax)", ErrConfig, opts.File, err)
		}
		if err := checkFileKeys(opts.File, v, known); err != nil {
			return nil, err
		}
	}
	if opts.Flags != nil {
		for _, k := range scalarKeys {
			if f := opts.Flags.Lookup(k); f != nil && f.Changed {
				if err := v.BindPFlag(k, f); err != nil {
					return nil, fmt.Errorf("%w: flag --%s: %w", ErrConfig, k, err)
				}
			}
		}
	}
	p, err := buildPolicy(v)
	if err != nil {
		return nil, err
	}
	return &Config{Policy: *p, Viper: v}, nil
}

// checkFileKeys rejects keys the file holds that no one reads.
func checkFileKeys(file string, v *viper.Viper, known []string) error {
	keys := v.AllKeys()
	sort.Strings(keys)
	for _, k := range keys {
		if slices.Contains(known, k) || !v.InConfig(k) {
			continue
		}
		return fmt.Errorf("%w: %s: unknown key %q; did you mean %q? (known keys: %s)", ErrConfig, file, k, suggest.Nearest(k, known), strings.Join(known, ", "))
	}
	return nil
}

func bad(key string, value any, want string) error {
	where := "in the config file"
	if !strings.Contains(key, "[") && key != KeyProvers {
		where = fmt.Sprintf("set by --%s, NR_%s or the config file", key, strings.ToUpper(strings.NewReplacer(".", "_").Replace(key)))
	}
	return fmt.Errorf("%w: %s = %q: want %s (%s)", ErrConfig, key, fmt.Sprint(value), want, where)
}

func oneOf[T ~string](key string, raw any, allowed ...T) (T, error) {
	s := fmt.Sprint(raw)
	for _, a := range allowed {
		if s == string(a) {
			return a, nil
		}
	}
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = string(a)
	}
	return "", bad(key, raw, "one of "+strings.Join(names, ", "))
}

// uintValue parses a non-negative integer written as an integer (not 2.5,
// not 1e6, not "ten").
func uintValue(key string, raw any) (uint64, error) {
	s := strings.TrimSpace(fmt.Sprint(raw))
	n, err := strconv.ParseUint(strings.ReplaceAll(s, "_", ""), 10, 64)
	if err != nil {
		return 0, bad(key, raw, "a non-negative integer")
	}
	return n, nil
}

func buildPolicy(v *viper.Viper) (*Policy, error) {
	p := &Policy{}
	var err error
	if p.Mode, err = oneOf(KeyMode, v.Get(KeyMode), ModeReexec, ModeProofs, ModeHybrid); err != nil {
		return nil, err
	}
	if p.OnDisagreement, err = oneOf(KeyOnDisagreement, v.Get(KeyOnDisagreement), DisagreeHalt, DisagreeAlert, DisagreePreferReexec); err != nil {
		return nil, err
	}
	if p.ReexecGasCap, err = uintValue(KeyReexecGasCap, v.Get(KeyReexecGasCap)); err != nil {
		return nil, err
	}
	if p.ReexecGasCap == 0 && (p.Mode != ModeProofs || p.OnDisagreement == DisagreePreferReexec) {
		return nil, bad(KeyReexecGasCap, 0, fmt.Sprintf("a positive gas amount: mode %s / on_disagreement %s re-executes", p.Mode, p.OnDisagreement))
	}
	timeout, err := time.ParseDuration(strings.TrimSpace(fmt.Sprint(v.Get(KeyProofTimeout))))
	if err != nil || timeout <= 0 {
		return nil, bad(KeyProofTimeout, v.Get(KeyProofTimeout), "a positive duration such as 30s or 2m")
	}
	p.ProofTimeout = timeout
	if v.IsSet(KeyK) {
		k, err := uintValue(KeyK, v.Get(KeyK))
		if err != nil {
			return nil, err
		}
		if k > 1<<16 {
			return nil, bad(KeyK, v.Get(KeyK), "at most the number of distinct proof systems")
		}
		p.K = int(k)
	}
	if p.Provers, err = buildProvers(v.Get(KeyProvers)); err != nil {
		return nil, err
	}
	if err := distinctTrust(p.Provers); err != nil {
		return nil, err
	}
	if p.Mode == ModeReexec {
		return p, nil
	}
	if len(p.Provers) == 0 {
		return nil, bad(KeyProvers, "[]", fmt.Sprintf("at least one prover: mode %s decides by proofs", p.Mode))
	}
	systems := map[string]bool{}
	for _, pr := range p.Provers {
		systems[pr.System] = true
	}
	if p.K < 1 || p.K > len(systems) {
		return nil, bad(KeyK, p.K, fmt.Sprintf("1 to %d, the number of distinct proof systems among the provers (k proofs must come from k distinct systems)", len(systems)))
	}
	return p, nil
}

// distinctTrust refuses one trust root under two systems: an attestation
// signer, or an SP1 verifying key (its selector) with one program key, listed
// by provers of different systems would let one key count as two distinct
// systems toward k.
func distinctTrust(provers []Prover) error {
	owner := map[string]*Prover{}
	claim := func(root string, pr *Prover) error {
		if o, ok := owner[root]; ok && o.System != pr.System {
			return fmt.Errorf("provers %s (system %s) and %s (system %s) share %s: one key cannot count as two distinct proof systems; give them one system",
				o.ID, o.System, pr.ID, pr.System, root)
		}
		owner[root] = pr
		return nil
	}
	for i := range provers {
		pr := &provers[i]
		switch c := pr.Checker.(type) {
		case *AttestationChecker:
			for _, a := range c.Signers {
				if err := claim("signer "+a.Hex(), pr); err != nil {
					return err
				}
			}
		case *SP1Checker:
			if err := claim(fmt.Sprintf("SP1 verifying key %x with program key %x", c.Key.Selector, c.ProgramKey), pr); err != nil {
				return err
			}
		}
	}
	return nil
}

var proverIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

func buildProvers(raw any) ([]Prover, error) {
	if raw == nil {
		return nil, nil
	}
	list, ok := raw.([]any)
	if !ok {
		return nil, bad(KeyProvers, raw, "a list of tables ([[provers]] in TOML, a sequence of mappings in YAML)")
	}
	var out []Prover
	ids := map[string]bool{}
	metricIDs := map[string]string{} // MetricName(id) -> id
	for i, item := range list {
		m, ok := item.(map[string]any)
		if !ok {
			return nil, bad(fmt.Sprintf("provers[%d]", i), item, "a table")
		}
		pr, err := buildProver(i, m)
		if err != nil {
			return nil, err
		}
		if ids[pr.ID] {
			return nil, bad(fmt.Sprintf("provers[%d].id", i), pr.ID, "an id no other prover has")
		}
		ids[pr.ID] = true
		name := MetricName(pr.ID)
		if other, ok := metricIDs[name]; ok {
			return nil, bad(fmt.Sprintf("provers[%d].id", i), pr.ID, fmt.Sprintf("an id whose metric name no other prover has: %q and %q are both nr_validator_proof_latency_%s ('.' and '-' read as '_')", other, pr.ID, name))
		}
		metricIDs[name] = pr.ID
		out = append(out, *pr)
	}
	return out, nil
}

func buildProver(i int, raw map[string]any) (*Prover, error) {
	key := func(k string) string { return fmt.Sprintf("provers[%d].%s", i, k) }
	m := make(map[string]any, len(raw))
	for k, v := range raw {
		m[strings.ToLower(k)] = v
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !slices.Contains(proverKeys, k) {
			return nil, fmt.Errorf("%w: unknown key %q; did you mean %q? (prover keys: %s)", ErrConfig, key(k), key(suggest.Nearest(k, proverKeys)), strings.Join(proverKeys, ", "))
		}
	}
	str := func(k string) (string, bool) {
		v, ok := m[k]
		if !ok {
			return "", false
		}
		s, isStr := v.(string)
		return strings.TrimSpace(s), isStr
	}
	pr := &Prover{}
	var ok bool
	if pr.ID, ok = str(keyID); !ok || !proverIDPattern.MatchString(pr.ID) {
		return nil, bad(key(keyID), m[keyID], "a name of letters, digits, '.', '_' or '-' (1 to 64)")
	}
	if pr.System, ok = str(keySystem); !ok || pr.System == "" {
		return nil, bad(key(keySystem), m[keySystem], "the proof system's name (provers with the same system count once toward k)")
	}
	pr.System = strings.ToLower(pr.System) // "SGX" and "sgx" are one system
	if pr.Source, ok = str(keySource); !ok || !validSource(pr.Source) {
		return nil, bad(key(keySource), m[keySource], "an http(s):// URL or an existing directory")
	}
	kind, _ := str(keyKind)
	forbid := func(keys ...string) error {
		for _, k := range keys {
			if _, set := m[k]; set {
				return bad(key(k), m[k], fmt.Sprintf("nothing: kind %s does not use %s", kind, k))
			}
		}
		return nil
	}
	switch kind {
	case KindSP1Groth16:
		if err := forbid(keySigners); err != nil {
			return nil, err
		}
		vk, err := loadVerifyingKey(key(keyVerifyingKey), m[keyVerifyingKey])
		if err != nil {
			return nil, err
		}
		s, _ := str(keyProgramKey)
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != 32 || new(big.Int).SetBytes(b).Cmp(fieldR) >= 0 {
			return nil, bad(key(keyProgramKey), m[keyProgramKey], "the SP1 program vkey: 0x and 64 hex digits, below the BN254 scalar field modulus")
		}
		pr.Checker = &SP1Checker{Key: vk, ProgramKey: [32]byte(b)}
	case KindAttestation:
		if err := forbid(keyVerifyingKey, keyProgramKey); err != nil {
			return nil, err
		}
		list, ok := m[keySigners].([]any)
		if !ok || len(list) == 0 {
			return nil, bad(key(keySigners), m[keySigners], "a non-empty list of 0x addresses")
		}
		c := &AttestationChecker{}
		for j, s := range list {
			str, isStr := s.(string)
			if !isStr || !common.IsHexAddress(str) || !strings.HasPrefix(str, "0x") || common.HexToAddress(str) == (common.Address{}) {
				return nil, bad(fmt.Sprintf("%s[%d]", key(keySigners), j), s, "a non-zero 0x address of 40 hex digits")
			}
			c.Signers = append(c.Signers, common.HexToAddress(str))
		}
		pr.Checker = c
	default:
		return nil, bad(key(keyKind), m[keyKind], KindSP1Groth16+" or "+KindAttestation)
	}
	return pr, nil
}

// loadVerifyingKey takes a built-in key name (BuiltinSP1Keys) or the path of
// a key file in the same JSON layout.
func loadVerifyingKey(key string, raw any) (*SP1VerifyingKey, error) {
	s, _ := raw.(string)
	s = strings.TrimSpace(s)
	want := "a built-in key (" + strings.Join(BuiltinSP1Keys(), ", ") + ") or a readable SP1 verifying key JSON file (verifier_hash, vk_root, vk)"
	if slices.Contains(BuiltinSP1Keys(), s) {
		return BuiltinSP1Key(s)
	}
	data, err := os.ReadFile(s)
	if s == "" || err != nil {
		return nil, bad(key, raw, want)
	}
	vk, err := LoadSP1VerifyingKey(data)
	if err != nil {
		return nil, bad(key, s, "a valid SP1 verifying key: "+err.Error())
	}
	return vk, nil
}

func validSource(s string) bool {
	if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return true
	}
	st, err := os.Stat(s)
	return err == nil && st.IsDir()
}
