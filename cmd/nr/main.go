// Command nr is the one binary of the nr project: a geth node with the native-rollup
// precompiles, a local devnet, the stateless executor, the derivation codec, the
// validator and the conformance runners, as subcommands.
//
// The CLI uses cobra for the command tree and viper for configuration, because nr's
// settings come from three places that must agree: a config file (--config, TOML,
// YAML or JSON), environment variables (NR_<FLAG>, dots and dashes as underscores,
// e.g. NR_CORPUS) and flags, in increasing precedence. Flag names follow geth's
// conventions (lower case, dotted namespaces such as --http.port, --datadir).
// A config-file key that is not a flag of the command is an error naming the key
// and the nearest flag, for every command.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/nativerollup/nr/internal/suggest"
)

var rootCmd = &cobra.Command{
	Use:           "nr",
	Short:         "Native rollups on Ethereum's own EVM",
	SilenceUsage:  true,
	SilenceErrors: true,
	PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
		return loadConfig(cmd)
	},
}

func init() {
	rootCmd.PersistentFlags().String("config", "", "config file (TOML, YAML or JSON); flags and NR_* environment variables override it")
}

// configSettings is the --config file as loadConfig read it (nil without one):
// read once, then served to viper's global settings and to newSettings.
var configSettings *viper.Viper

// loadConfig layers the config file, the environment and the flags of cmd into
// viper, so subcommands read every setting with viper.Get*(flagName). A key of
// the file that is not one of cmd's flags is an error (checkConfigKeys). The
// file is read once: a FIFO or a file being rewritten gives every reader of
// the settings the same content.
func loadConfig(cmd *cobra.Command) error {
	viper.SetEnvPrefix("NR")
	viper.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	viper.AutomaticEnv()
	if err := viper.BindPFlags(cmd.Flags()); err != nil {
		return err
	}
	if file := viper.GetString("config"); file != "" {
		v := viper.New()
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("reading config file %s: %w (check the path and the file's syntax)", file, err)
		}
		if err := checkConfigKeys(file, v.AllKeys(), cmd); err != nil {
			return err
		}
		if err := viper.MergeConfigMap(v.AllSettings()); err != nil {
			return fmt.Errorf("config file %s: %w", file, err)
		}
		configSettings = v
	}
	return nil
}

// checkConfigKeys fails on the first key (in sorted order) that is not a flag of
// cmd, naming the nearest flag: a misspelt setting (rcp for rpc) must not be
// silently ignored and the command run with its default.
func checkConfigKeys(file string, keys []string, cmd *cobra.Command) error {
	keys = slices.Sorted(slices.Values(keys))
	var known []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Name != "config" && f.Name != "help" {
			known = append(known, f.Name)
		}
	})
	slices.Sort(known)
	for _, k := range keys {
		if k == "config" || cmd.Flags().Lookup(k) != nil {
			continue
		}
		hint := "; it takes no settings"
		if len(known) > 0 {
			hint = fmt.Sprintf("; did you mean %q? (keys are its flag names: %s; see `%s --help`)", suggest.Nearest(k, known), strings.Join(known, ", "), cmd.CommandPath())
		}
		return fmt.Errorf("config file %s: unknown key %q for `%s`%s", file, k, cmd.CommandPath(), hint)
	}
	return nil
}

// requireSubcommands makes every command that only groups subcommands (no Run of
// its own) fail on a missing or unknown subcommand. Cobra's default prints the
// help and exits 0, so a typo such as `nr conformance runn` in CI would pass.
func requireSubcommands(cmd *cobra.Command) {
	for _, c := range cmd.Commands() {
		requireSubcommands(c)
	}
	if cmd.Runnable() || !cmd.HasSubCommands() {
		return
	}
	cmd.Args = cobra.ArbitraryArgs
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var names []string
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() {
				names = append(names, c.Name())
			}
		}
		if len(args) == 0 {
			return fmt.Errorf("`%s` needs a subcommand: %s (see `%s --help`)", cmd.CommandPath(), strings.Join(names, ", "), cmd.CommandPath())
		}
		hint := ""
		if n := suggest.Nearest(args[0], names); n != "" && suggest.Distance(args[0], n) <= 2 {
			hint = fmt.Sprintf("; did you mean %q?", n)
		}
		return fmt.Errorf("unknown subcommand %q for `%s`%s (subcommands: %s)", args[0], cmd.CommandPath(), hint, strings.Join(names, ", "))
	}
}

func main() {
	requireSubcommands(rootCmd)
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "Fatal:", err)
		os.Exit(1)
	}
}
