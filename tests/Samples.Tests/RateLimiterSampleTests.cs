using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Samples.Tests;

/// <summary>Runs samples/RateLimiter as a user would and checks what it prints.</summary>
public sealed class RateLimiterSampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_simulation_allows_every_request_under_the_first_limits_and_cuts_to_the_second()
    {
        var (exitCode, output) = await RunAsync("--workers 3");

        Assert.True(exitCode == 0, output);
        foreach (string client in new[] { "alice", "bob", "carol", "dave", "erin" })
        {
            // 250 requests in 5 s at 50/s under 100/s: all allowed. Then 250 under 25/s with a burst of 5: the burst
            // plus half a token for each of the 249 gaps of 20 ms is 129.5 tokens, so 129 allowed and 121 denied.
            Assert.Contains($"ratelimiter_allowed_total{{client=\"{client}\"}} 379\n", output, StringComparison.Ordinal);
            Assert.Contains($"ratelimiter_denied_total{{client=\"{client}\"}} 121\n", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Live_mode_serves_real_time_traffic_and_stops_on_its_own()
    {
        var (exitCode, output) = await RunAsync("--live 1");

        Assert.True(exitCode == 0, output);
        Assert.Matches(new Regex(@"ratelimiter_allowed_total\{client=""alice""\} [1-9]\d*\n"), output);
    }

    [Fact]
    public async Task An_unknown_option_is_named_and_fails()
    {
        var (exitCode, output) = await RunAsync("--bogus 1");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown option --bogus", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string arguments)
    {
        string sample = Path.Combine(AppContext.BaseDirectory, "RateLimiter.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{sample}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'RateLimiter {arguments}' did not exit within {Timeout.TotalSeconds} s");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
