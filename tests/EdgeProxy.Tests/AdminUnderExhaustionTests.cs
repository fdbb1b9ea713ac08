using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>
/// The admin endpoint when the process is out of file descriptors (a child under a low RLIMIT_NOFILE, with a
/// connection cap far above what the limit allows): it answers or refuses cleanly, the process lives, and everything
/// recovers once the clients go.
/// </summary>
public sealed class AdminUnderExhaustionTests
{
    private const int FileLimit = 160;
    private static readonly TimeSpan RequestWithin = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Out_of_descriptors_admin_requests_are_answered_or_refused_cleanly_and_the_process_lives_and_recovers()
    {
        await using var echo = EchoUpstream.Start("echo");
        int listener = EdgeProxyProcess.FreePort();
        int admin = EdgeProxyProcess.FreePort();
        string json = ProcessTests.Config(echo.EndPoint, listener, admin).Replace("\"cluster\": \"backend\"", "\"cluster\": \"backend\", \"max_connections\": 100000", StringComparison.Ordinal);
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json, fileLimit: FileLimit);
        await ProcessTests.RoundTripAsync(listener, "warm up");
        Assert.StartsWith("HTTP/1.0 200", await ProcessTests.AdminGetAsync(admin, "/stats"), StringComparison.Ordinal);

        var held = new List<Socket>();
        var outcomes = new List<string>();
        try
        {
            // Clients until the child cannot accept any more: every descriptor is taken, the listener backs off.
            for (int i = 0; i < FileLimit && !child.Stdout.Contains("accept failed (TooManyOpenSockets)", StringComparison.Ordinal); i++)
            {
                held.Add(await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, listener)));
            }

            await ProxyHarness.WaitUntilAsync(() => Task.FromResult(child.Stdout.Contains("accept failed (TooManyOpenSockets)", StringComparison.Ordinal)), "the child to run out of descriptors on accept");
            AssertAlive(child, "after running out of descriptors");

            for (int request = 1; request <= 3; request++)
            {
                // Every descriptor is taken (the admin's reserve included) and nothing will free one while the clients
                // are held: the admin can only answer on its reserve.
                await ProxyHarness.WaitUntilAsync(() => Task.FromResult(child.HasExited || child.OpenDescriptors() >= FileLimit), $"the child to hold all {FileLimit} descriptors before /stats request {request}");
                AssertAlive(child, $"before /stats request {request} while out of descriptors");
                string outcome = await AdminRequestOutcomeAsync(admin, $"/stats request {request} while out of descriptors");
                outcomes.Add(outcome.Split('\n')[0]);
                Assert.True(outcome is "refused" or "closed" || outcome.StartsWith("HTTP/1.0 200", StringComparison.Ordinal), $"/stats request {request} while out of descriptors got neither a response nor a clean refusal: {outcome}");
                if (outcome.StartsWith("HTTP/1.0", StringComparison.Ordinal))
                {
                    Assert.Contains("edge.downstream_cx_total{listener=edge}: ", outcome, StringComparison.Ordinal);
                }

                AssertAlive(child, $"after /stats request {request} while out of descriptors");
                if (request == 1)
                {
                    Assert.StartsWith("HTTP/1.0 200", outcome, StringComparison.Ordinal);
                    await ProxyHarness.WaitUntilAsync(() => Task.FromResult(child.Stdout.Contains("serving admin requests one at a time on the reserved descriptor", StringComparison.Ordinal)), "the admin to log that it released its reserved descriptor", TimeSpan.FromSeconds(10));
                }
            }
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }

        // Recovery: new clients are proxied again, the admin answers, and the process stops cleanly.
        AssertAlive(child, "once the clients closed");
        await ProxyHarness.WaitUntilAsync(
            async () => await TryRoundTripAsync(listener, "after exhaustion") || child.HasExited,
            $"a new client to be proxied after the exhaustion (outcomes while exhausted: {string.Join(" | ", outcomes)})",
            TimeSpan.FromSeconds(30));
        AssertAlive(child, $"while recovering (outcomes while exhausted: {string.Join(" | ", outcomes)})");
        string stats = await ProcessTests.AdminGetAsync(admin, "/stats");
        Assert.StartsWith("HTTP/1.0 200", stats, StringComparison.Ordinal);
        Assert.True(Counter(stats, "edge.listener_accept_fail{listener=edge}") > 0, $"no listener accept failure counted:\n{stats}");
        Assert.True(Counter(stats, "edge.admin_accept_fail") > 0, $"no admin accept failure counted:\n{stats}");
        AssertAlive(child, "after recovering");

        child.Terminate();
        Assert.Equal(0, await child.WaitForExitAsync(ProxyHarness.Timeout));
        Assert.DoesNotContain("Unhandled exception", child.Stdout + child.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_cap_above_the_descriptor_limit_is_warned_about_once_at_start_up_naming_listener_cap_and_limit()
    {
        await using var echo = EchoUpstream.Start("echo");
        int listener = EdgeProxyProcess.FreePort();
        string json = ProcessTests.Config(echo.EndPoint, listener, EdgeProxyProcess.FreePort()).Replace("\"cluster\": \"backend\"", "\"cluster\": \"backend\", \"max_connections\": 100000", StringComparison.Ordinal);
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json, fileLimit: FileLimit);
        child.Terminate();
        Assert.Equal(0, await child.WaitForExitAsync(ProxyHarness.Timeout));

        string[] warnings = child.Stdout.Split('\n').Where(l => l.Contains("max_connections", StringComparison.Ordinal)).ToArray();
        string warning = Assert.Single(warnings);
        Assert.StartsWith("warn:", warning, StringComparison.Ordinal);
        Assert.Contains($"Listener 'edge': max_connections 100000 needs up to 200000 file descriptors (2 per connection; 200064 with every listener and 64 reserved), above this process's limit of {FileLimit} (ulimit -n)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cap_warning_names_only_configured_caps_and_only_when_every_listeners_need_passes_the_limit()
    {
        Assert.Empty(ConnectionLimits.OverLimitWarnings([("a", 48, true)], fileDescriptorLimit: 160));           // 64 + 96 = 160: fits
        Assert.Single(ConnectionLimits.OverLimitWarnings([("a", 49, true)], fileDescriptorLimit: 160));          // 162: over
        Assert.Empty(ConnectionLimits.OverLimitWarnings([("a", 100, false)], fileDescriptorLimit: 160));         // over, but nobody configured it
        var both = ConnectionLimits.OverLimitWarnings([("a", 30, true), ("b", 30, false)], fileDescriptorLimit: 160); // 184 together
        Assert.Contains("Listener 'a': max_connections 30 needs up to 60 file descriptors (2 per connection; 184 with every listener", Assert.Single(both), StringComparison.Ordinal);
        int defaultCap = ConnectionLimits.DefaultPerListener(160, 2);
        Assert.Empty(ConnectionLimits.OverLimitWarnings([("a", defaultCap, true), ("b", defaultCap, true)], fileDescriptorLimit: 160));
    }

    private static long Counter(string stats, string name) =>
        stats.Split('\n').Where(l => l.StartsWith(name + ": ", StringComparison.Ordinal)).Select(l => long.Parse(l[(name.Length + 2)..], System.Globalization.CultureInfo.InvariantCulture)).SingleOrDefault();

    private static void AssertAlive(EdgeProxyProcess child, string when) =>
        Assert.False(child.HasExited, $"EdgeProxy died {when} (exit code {child.ExitCodeOrNull}). stdout:\n{child.Stdout}\nstderr:\n{child.Stderr}");

    /// <summary>"refused", "closed" (FIN or reset with nothing sent), or the whole response; times out with a message.</summary>
    private static async Task<string> AdminRequestOutcomeAsync(int port, string what)
    {
        Socket client;
        try
        {
            client = await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionRefused)
        {
            return "refused";
        }

        using (client)
        {
            try
            {
                await ClientObservations.SendAllAsync(client, Encoding.ASCII.GetBytes("GET /stats HTTP/1.0\r\n\r\n"));
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.Shutdown)
            {
                return "closed";
            }

            var (_, response) = await ClientObservations.ReadToEndAsync(client, RequestWithin, what);
            return response.Length == 0 ? "closed" : Encoding.UTF8.GetString(response);
        }
    }

    private static async Task<bool> TryRoundTripAsync(int port, string text)
    {
        try
        {
            await ProcessTests.RoundTripAsync(port, text);
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or SocketException)
        {
            return false;
        }
    }
}
