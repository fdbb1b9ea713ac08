using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>
/// The process at its descriptor budget (a child under a low RLIMIT_NOFILE, with a connection cap far above what the
/// limit allows): new clients are closed at once and counted, the process never runs out of descriptors (a .NET process
/// that does can abort: see ConnectionLimits.ReservedDescriptors), the admin keeps answering, and everything recovers
/// once the clients go.
/// </summary>
public sealed class AdminUnderExhaustionTests
{
    private const int FileLimit = 400;
    private static readonly TimeSpan RequestWithin = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task At_the_descriptor_budget_clients_are_closed_and_counted_the_admin_answers_and_the_process_lives_and_recovers()
    {
        await using var echo = EchoUpstream.Start("echo");
        int listener = EdgeProxyProcess.FreePort();
        int admin = EdgeProxyProcess.FreePort();
        string json = ProcessTests.Config(echo.EndPoint, listener, admin).Replace("\"cluster\": \"backend\"", "\"cluster\": \"backend\", \"max_connections\": 100000", StringComparison.Ordinal);
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json, fileLimit: FileLimit);
        await ProcessTests.RoundTripAsync(listener, "warm up");
        Assert.StartsWith("HTTP/1.0 200", await ProcessTests.AdminGetAsync(admin, "/stats"), StringComparison.Ordinal);
        (int openAtStart, int budget) = ProcessTests.DescriptorBudget(child.Stdout, FileLimit);
        const int Over = 20;

        var held = new List<Socket>();
        int served = 0, closed = 0;
        try
        {
            // One client at a time, each held open once served: exactly the budget is served, every later one closed.
            for (int i = 0; i < budget + Over; i++)
            {
                (Socket client, bool wasServed) = await ProcessTests.ServedClientAsync(listener, $"client {i}");
                held.Add(client);
                if (wasServed)
                {
                    served++;
                }
                else
                {
                    closed++;
                }

                AssertAlive(child, $"after client {i} ({served} served, {closed} closed)");
            }

            Assert.Equal(budget, served);
            Assert.Equal(Over, closed);
            int descriptors = child.OpenDescriptors();
            Assert.True(descriptors < FileLimit - 8, $"the child holds {descriptors} of its {FileLimit} descriptors at its budget: the runtime's reserve is being eaten");

            for (int request = 1; request <= 3; request++)
            {
                string outcome = await AdminRequestOutcomeAsync(admin, $"/stats request {request} at the budget");
                Assert.StartsWith("HTTP/1.0 200", outcome, StringComparison.Ordinal);
                Assert.Contains($"edge.downstream_cx_active{{listener=edge}}: {budget}", outcome, StringComparison.Ordinal);
                Assert.True(Counter(outcome, "edge.downstream_cx_overflow{listener=edge}") >= Over, $"the closed clients are not counted as overflow:\n{outcome}");
                AssertAlive(child, $"after /stats request {request} at the budget");
            }
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }

        string[] warnings = child.Stdout.Split('\n').Where(l => l.Contains("reach the budget", StringComparison.Ordinal)).ToArray();
        Assert.Contains($"Listener 'edge': {budget} connections in all reach the budget the file-descriptor limit allows (limit {FileLimit}, {openAtStart} open at start-up, {ConnectionLimits.ReservedDescriptors} reserved)", Assert.Single(warnings), StringComparison.Ordinal);
        Assert.DoesNotContain("accept failed", child.Stdout, StringComparison.Ordinal);

        // Recovery: new clients are proxied again, the admin answers, and the process stops cleanly.
        await ProxyHarness.WaitUntilAsync(
            async () => await TryRoundTripAsync(listener, "after the budget") || child.HasExited,
            "a new client to be proxied once the held clients closed",
            TimeSpan.FromSeconds(30));
        AssertAlive(child, "while recovering");
        Assert.StartsWith("HTTP/1.0 200", await ProcessTests.AdminGetAsync(admin, "/stats"), StringComparison.Ordinal);

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
        (int openAtStart, int budget) = ProcessTests.DescriptorBudget(child.Stdout, FileLimit);
        child.Terminate();
        Assert.Equal(0, await child.WaitForExitAsync(ProxyHarness.Timeout));

        string[] warnings = child.Stdout.Split('\n').Where(l => l.Contains("max_connections", StringComparison.Ordinal)).ToArray();
        string warning = Assert.Single(warnings);
        Assert.StartsWith("warn:", warning, StringComparison.Ordinal);
        Assert.Contains($"Listener 'edge': max_connections 100000 needs up to 200000 file descriptors (2 per connection; {200000 + openAtStart + 64} with every listener, {openAtStart} open at start-up and 64 reserved), above this process's limit of {FileLimit} (ulimit -n): past {budget} connections in all, new ones are closed at once and counted as overflow.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cap_warning_names_only_configured_caps_and_only_when_every_listeners_need_passes_the_limit()
    {
        Assert.Empty(ConnectionLimits.OverLimitWarnings([("a", 38, true)], fileDescriptorLimit: 160, openAtStart: 20));           // 20 + 64 + 76 = 160: fits
        Assert.Single(ConnectionLimits.OverLimitWarnings([("a", 39, true)], fileDescriptorLimit: 160, openAtStart: 20));          // 162: over
        Assert.Empty(ConnectionLimits.OverLimitWarnings([("a", 100, false)], fileDescriptorLimit: 160, openAtStart: 20));         // over, but nobody configured it
        var both = ConnectionLimits.OverLimitWarnings([("a", 30, true), ("b", 30, false)], fileDescriptorLimit: 160, openAtStart: 20); // 204 together
        Assert.Contains("Listener 'a': max_connections 30 needs up to 60 file descriptors (2 per connection; 204 with every listener, 20 open at start-up and 64 reserved)", Assert.Single(both), StringComparison.Ordinal);
        Assert.Contains("past 38 connections in all", Assert.Single(both), StringComparison.Ordinal);
        int defaultCap = ConnectionLimits.DefaultPerListener(160, openAtStart: 20, listeners: 2);
        Assert.Empty(ConnectionLimits.OverLimitWarnings([("a", defaultCap, true), ("b", defaultCap, true)], fileDescriptorLimit: 160, openAtStart: 20));
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
