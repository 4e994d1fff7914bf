package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// versionString describes this binary from the build information the Go
// toolchain stamps into it: the module version ("(devel)" for a build
// from a work tree without a tag), the commit and its time, whether the
// work tree had uncommitted changes, and the Go version.
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return fmt.Sprintf("claimgraph (no build information) %s %s/%s", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	out := "claimgraph " + info.Main.Version
	if rev := settings["vcs.revision"]; rev != "" {
		out += ", commit " + rev
		if t := settings["vcs.time"]; t != "" {
			out += " (" + t + ")"
		}
		if settings["vcs.modified"] == "true" {
			out += ", with uncommitted changes"
		}
	}
	return fmt.Sprintf("%s, %s %s/%s", out, info.GoVersion, runtime.GOOS, runtime.GOARCH)
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit and Go version of this binary",
		Args:  cobra.NoArgs,
		// No configuration is needed to say what the binary is.
		PersistentPreRunE: func(*cobra.Command, []string) error { return nil },
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), versionString())
			return err
		},
	}
}
