// Command nr is the one binary of the nr project: a geth node with the native-rollup
// precompiles, a local devnet, the stateless executor, the derivation codec, the
// validator and the conformance runners, as subcommands.
//
// The CLI uses cobra for the command tree and viper for configuration, because nr's
// settings come from three places that must agree: a config file (--config, TOML,
// YAML or JSON), environment variables (NR_<FLAG>, dots and dashes as underscores,
// e.g. NR_CORPUS) and flags, in increasing precedence. Flag names follow geth's
// conventions (lower case, dotted namespaces such as --http.port, --datadir).
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
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

// loadConfig layers the config file, the environment and the flags of cmd into
// viper, so subcommands read every setting with viper.Get*(flagName).
func loadConfig(cmd *cobra.Command) error {
	viper.SetEnvPrefix("NR")
	viper.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	viper.AutomaticEnv()
	if err := viper.BindPFlags(cmd.Flags()); err != nil {
		return err
	}
	if file := viper.GetString("config"); file != "" {
		viper.SetConfigFile(file)
		if err := viper.ReadInConfig(); err != nil {
			return fmt.Errorf("reading config file %s: %w (check the path and the file's syntax)", file, err)
		}
	}
	return nil
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "Fatal:", err)
		os.Exit(1)
	}
}
