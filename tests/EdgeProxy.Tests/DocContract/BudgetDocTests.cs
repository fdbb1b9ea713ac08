using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace EdgeProxy.Tests.DocContract;

/// <summary>
/// docs/edgeproxy.md, the fault table's rows "at the process's descriptor budget" and "at the listener's connection
/// cap" and the paragraph "Descriptor budget and connection cap", tested black-box from the text alone: the real
/// EdgeProxy process under a low RLIMIT_NOFILE, observed through its output, its <c>/stats</c>, its descriptors in
/// /proc and what its clients and upstream see.
/// </summary>
public sealed class BudgetDocTests(ITestOutputHelper output)
{
    private const int FileLimit = 280;

    // "keeps 64 more in reserve"
    private const int Reserved = 64;

    // Every wait in these tests is bounded by this (a failure, never a hang).
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    // "closed at once": asserted with the DocContract slack for a shared machine.
    private static readonly TimeSpan AtOnce = DocBound.Upper(TimeSpan.Zero);

    private const string BudgetReached = "reach the budget";

    // "logged at start-up: `File descriptors: limit 1024, 103 open at start-up, 64 reserved: at most 428 proxied
    // connections in all.`" and "What the soft RLIMIT_NOFILE leaves is the budget ...: (limit − open at start-up − 64) / 2
    // proxied connections". "counts the descriptors open once its listeners are bound ... and keeps 64 more in reserve
    // (assemblies loaded later, health checks, the admin, ...)": the number logged is the process's real count, and the
    // idle process has not used up that reserve. One listener without a cap: its default cap is the whole budget
    // ("the budget divided by the listeners"), named in its start-up line.
    [Fact]
    public async Task The_start_up_line_names_limit_open_descriptors_reserve_and_budget_and_its_count_is_the_real_one()
    {
        using var upstream = new CountingEcho();
        int port = EdgeProxyProcess.FreePort();
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(Config(upstream.EndPoint, EdgeProxyProcess.FreePort(), ("edge", port, null)), fileLimit: FileLimit);
        (int openAtStart, int budget) = await BudgetLineAsync(child);

        int open = child.OpenDescriptors();
        output.WriteLine($"limit {FileLimit}: {openAtStart} open at start-up, budget {budget}; {open} open in /proc once started");
        Assert.True(openAtStart <= open + 8, $"{openAtStart} descriptors logged as open at start-up, but the process has only {open} open after it started");
        Assert.True(open <= openAtStart + Reserved, $"the idle process already has {open} descriptors open: more than the {openAtStart} counted at start-up plus the {Reserved} reserved");

        child.Terminate();
        int code = await child.WaitForExitAsync(Bound);
        Assert.True(code == 0, $"SIGTERM exit code {code}:\n{child.Stdout}\n{child.Stderr}");

        // Read once the process has exited: its whole output is in.
        string edge = ListenerLine(child.Stdout, "edge");
        Assert.True(edge.Contains($" {budget} ", StringComparison.Ordinal), $"the default cap of the only listener, the whole budget {budget}, is not named in: {edge}");
        Assert.DoesNotContain("max_connections", child.Stdout, StringComparison.Ordinal); // no cap configured, nothing to warn about
    }

    // "What the soft RLIMIT_NOFILE leaves is the budget, every listener together"; fault table: "at the process's
    // descriptor budget (every listener together) | new connections are accepted and closed at once (RST), logged once per
    // episode (`Listener 'edge': 66 connections in all reach the budget the file-descriptor limit allows (limit 300, 103
    // open at start-up, 64 reserved); new connections are closed at once and counted as overflow until some close.`);
    // served again as soon as one closes | edge.downstream_cx_overflow"; "Past the budget new connections are closed at
    // once and counted as overflow (row above), whatever the caps." Also "A .NET process must not run out of file
    // descriptors": full, it stays below its limit; and a clean exit on SIGTERM afterwards.
    [Fact]
    public async Task Two_listeners_share_one_budget_past_it_clients_are_reset_counted_logged_once_per_episode_and_served_again()
    {
        using var upstream = new CountingEcho();
        int one = EdgeProxyProcess.FreePort();
        int two = EdgeProxyProcess.FreePort();
        int admin = EdgeProxyProcess.FreePort();
        // Caps far above what the limit allows on both: only the process-wide budget can refuse.
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(Config(upstream.EndPoint, admin, ("one", one, 100000), ("two", two, 100000)), fileLimit: FileLimit);
        (int openAtStart, int budget) = await BudgetLineAsync(child);
        Assert.True(budget >= 10, $"a budget of {budget} leaves nothing to test:\n{child.Stdout}");

        var heldOne = new List<Socket>();
        var heldTwo = new List<Socket>();
        var others = new List<Socket>();
        int refusedOne = 0, refusedTwo = 0, served = 0;
        try
        {
            // The budget, split over both listeners: every one of them served.
            for (int i = 0; i < budget; i++)
            {
                bool toOne = i % 2 == 0;
                ClientOutcome client = await ClientAsync(toOne ? one : two, $"client {i}");
                (toOne ? heldOne : heldTwo).Add(client.Socket);
                Assert.True(client.Served, $"client {i} of a budget of {budget} (on listener '{(toOne ? "one" : "two")}') was closed instead of served");
                served++;
            }

            int full = child.OpenDescriptors();
            Assert.True(full < FileLimit, $"with {budget} proxied connections the child holds {full} descriptors: its whole limit of {FileLimit}");
            Assert.True(full >= openAtStart + (2 * budget) - 16, $"the child holds only {full} descriptors with {budget} proxied connections (two each) and {openAtStart} open at start-up: the clients are not being held");

            // Past the budget, on either listener: closed before anything is echoed, and with RST.
            ClientOutcome overOne = await ClientAsync(one, "one past the budget, on 'one'");
            others.Add(overOne.Socket);
            Assert.False(overOne.Served, $"a client past the budget of {budget} was served on 'one' ({heldOne.Count} held there, {heldTwo.Count} on 'two')");
            Assert.True(overOne.BytesBeforeClose == 0, $"a client past the budget got {overOne.BytesBeforeClose} bytes echoed before it was closed");
            refusedOne++;

            (Socket silent, bool reset, int bytes) = await SilentClientAsync(two);
            others.Add(silent);
            Assert.True(reset, $"a client past the budget on 'two' that sent nothing was closed with FIN, not RST ({bytes} bytes received)");
            Assert.Equal(0, bytes);
            refusedTwo++;

            ClientOutcome overOneAgain = await ClientAsync(one, "another one past the budget, on 'one'");
            others.Add(overOneAgain.Socket);
            Assert.False(overOneAgain.Served, "a second client past the budget was served on 'one'");
            refusedOne++;

            // "open ones are untouched" (cap row; the budget row says nothing else): held clients on both still echo.
            await AssertEchoesAsync(heldOne[^1], "a held client on 'one' after the refusals");
            await AssertEchoesAsync(heldTwo[^1], "a held client on 'two' after the refusals");

            await AssertCounterAsync(admin, "edge.downstream_cx_overflow{listener=one}", refusedOne);
            await AssertCounterAsync(admin, "edge.downstream_cx_overflow{listener=two}", refusedTwo);
            int fullAfterRefusals = child.OpenDescriptors();
            Assert.True(fullAfterRefusals < FileLimit, $"after refusing clients at its budget the child holds {fullAfterRefusals} of its {FileLimit} descriptors");

            // One leaves on 'one': the budget is shared, so a client of 'two' is served again.
            heldOne[0].Dispose();
            heldOne.RemoveAt(0);
            await DocBound.Until(
                async () =>
                {
                    ClientOutcome again = await ClientAsync(two, "on 'two' after one on 'one' left");
                    if (again.Served)
                    {
                        heldTwo.Add(again.Socket);
                        served++;
                        return true;
                    }

                    others.Add(again.Socket);
                    refusedTwo++;
                    return false;
                },
                Bound,
                "a client of 'two' to be served once a client of 'one' closed");

            // Full again: refused again, a new episode.
            ClientOutcome overAgain = await ClientAsync(one, "past the budget again, on 'one'");
            others.Add(overAgain.Socket);
            Assert.False(overAgain.Served, "a client past the budget was served after the budget filled again");
            refusedOne++;

            await AssertCounterAsync(admin, "edge.downstream_cx_overflow{listener=one}", refusedOne);
            await AssertCounterAsync(admin, "edge.downstream_cx_overflow{listener=two}", refusedTwo);

            // "accepted and closed at once": a refused client never gets an upstream connection.
            await DocBound.Until(() => Task.FromResult(upstream.Accepted >= served), Bound, $"the upstream to accept the {served} served clients' connections");
            Assert.True(upstream.Accepted == served, $"the upstream accepted {upstream.Accepted} connections for {served} served clients ({refusedOne + refusedTwo} refused)");
            Assert.False(child.HasExited, $"EdgeProxy exited at its budget (code {child.ExitCodeOrNull}):\n{child.Stdout}\n{child.Stderr}");
        }
        finally
        {
            heldOne.ForEach(s => s.Dispose());
            heldTwo.ForEach(s => s.Dispose());
            others.ForEach(s => s.Dispose());
        }

        child.Terminate();
        int code = await child.WaitForExitAsync(Bound);
        Assert.True(code == 0, $"SIGTERM after the budget episodes: exit code {code}:\n{child.Stdout}\n{child.Stderr}");

        // The whole output is in once the process has exited: two episodes, two lines, each with this run's numbers. The
        // doc does not say which listener the line names when several share the budget: either of the two is accepted.
        string[] logged = Lines(child.Stdout).Where(l => l.Contains(BudgetReached, StringComparison.Ordinal)).ToArray();
        Assert.True(logged.Length == 2, $"expected one budget line per episode (2), got {logged.Length}:\n{string.Join('\n', logged)}");
        string text = $"{budget} connections in all reach the budget the file-descriptor limit allows (limit {FileLimit}, {openAtStart} open at start-up, {Reserved} reserved); new connections are closed at once and counted as overflow until some close.";
        output.WriteLine($"budget {budget}, {openAtStart} open at start-up; served {served}, refused {refusedOne} on 'one' and {refusedTwo} on 'two'; logged:\n{string.Join('\n', logged)}");
        foreach (string line in logged)
        {
            Assert.True(line.Contains($"Listener 'one': {text}", StringComparison.Ordinal) || line.Contains($"Listener 'two': {text}", StringComparison.Ordinal), $"expected\n  Listener 'one' (or 'two'): {text}\nin\n  {line}");
        }

        // Out-of-descriptor accepts happen only when "something other than proxied connections took the reserve".
        Assert.DoesNotContain("accept failed", child.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Out of memory", child.Stdout + child.Stderr, StringComparison.Ordinal);
    }

    // "`max_connections` per listener defaults, as HAProxy derives `maxconn`, to the budget divided by the listeners. The
    // start-up log names each listener's cap"; fault table: "at the listener's connection cap | new connections are
    // accepted and closed at once (RST); open ones are untouched | edge.downstream_cx_overflow". The cap is per listener:
    // the other listener still serves, and the budget (not reached) is not what refused, so nothing about it is logged.
    [Fact]
    public async Task The_default_cap_is_the_budget_divided_by_the_listeners_and_refuses_on_its_own_listener_only()
    {
        using var upstream = new CountingEcho();
        int one = EdgeProxyProcess.FreePort();
        int two = EdgeProxyProcess.FreePort();
        int admin = EdgeProxyProcess.FreePort();
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(Config(upstream.EndPoint, admin, ("one", one, null), ("two", two, null)), fileLimit: FileLimit);
        (_, int budget) = await BudgetLineAsync(child);
        int cap = budget / 2;
        Assert.True(cap >= 5, $"a default cap of {cap} leaves nothing to test:\n{child.Stdout}");

        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < cap; i++)
            {
                ClientOutcome client = await ClientAsync(one, $"client {i}");
                held.Add(client.Socket);
                Assert.True(client.Served, $"client {i} under the default cap {cap} of 'one' was closed");
            }

            (Socket silent, bool reset, int bytes) = await SilentClientAsync(one);
            held.Add(silent);
            Assert.True(reset, $"the client over the default cap {cap} was closed with FIN, not RST ({bytes} bytes received)");
            await AssertCounterAsync(admin, "edge.downstream_cx_overflow{listener=one}", 1);

            await AssertEchoesAsync(held[0], "the first client under the cap, after the overflow");
            ClientOutcome other = await ClientAsync(two, "on 'two' while 'one' is at its cap");
            held.Add(other.Socket);
            Assert.True(other.Served, $"'two' refused a client while only 'one' was at its cap ({cap} of a budget of {budget} in use)");
            await AssertCounterAsync(admin, "edge.downstream_cx_overflow{listener=two}", 0);

            // The cap counts open connections: one leaves, a new one is served on 'one'.
            held[0].Dispose();
            int refusedMore = 0;
            await DocBound.Until(
                async () =>
                {
                    ClientOutcome again = await ClientAsync(one, "on 'one' after one left");
                    held.Add(again.Socket);
                    refusedMore += again.Served ? 0 : 1;
                    return again.Served;
                },
                Bound,
                "a client of 'one' to be served once one under its cap closed");
            await AssertCounterAsync(admin, "edge.downstream_cx_overflow{listener=one}", 1 + refusedMore);
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }

        child.Terminate();
        int code = await child.WaitForExitAsync(Bound);
        Assert.True(code == 0, $"SIGTERM exit code {code}:\n{child.Stdout}\n{child.Stderr}");
        Assert.DoesNotContain(BudgetReached, child.Stdout, StringComparison.Ordinal);
        foreach (string name in new[] { "one", "two" })
        {
            string line = ListenerLine(child.Stdout, name);
            Assert.True(line.Contains($" {cap} ", StringComparison.Ordinal), $"the default cap {budget} / 2 listeners = {cap} is not named in: {line}");
        }
    }

    // "A configured cap is kept as configured, but when the caps of every listener, two descriptors per connection, plus
    // those open at start-up and the 64 reserved, exceed the limit, start-up logs one warning per listener with a
    // configured cap (HAProxy warns likewise), e.g. `Listener 'edge': max_connections 100000 needs up to 200000 file
    // descriptors (2 per connection; 200167 with every listener, 103 open at start-up and 64 reserved), above this
    // process's limit of 400 (ulimit -n): past 116 connections in all, new ones are closed at once and counted as overflow.
    // Lower max_connections or raise the limit.`" Three listeners: two configured (one far over, one small), one on the
    // default (budget / 3, counted in "every listener"): a warning for each configured one, none for the default.
    [Fact]
    public async Task Configured_caps_over_the_limit_get_one_warning_each_with_this_runs_numbers_and_the_default_cap_none()
    {
        using var upstream = new CountingEcho();
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(
            Config(upstream.EndPoint, EdgeProxyProcess.FreePort(), ("big", EdgeProxyProcess.FreePort(), 1000), ("small", EdgeProxyProcess.FreePort(), 2), ("auto", EdgeProxyProcess.FreePort(), null)),
            fileLimit: FileLimit);
        (int openAtStart, int budget) = await BudgetLineAsync(child);
        int autoCap = budget / 3;
        child.Terminate();
        int code = await child.WaitForExitAsync(Bound);
        Assert.True(code == 0, $"SIGTERM exit code {code}:\n{child.Stdout}\n{child.Stderr}");

        string auto = ListenerLine(child.Stdout, "auto");
        Assert.True(auto.Contains($" {autoCap} ", StringComparison.Ordinal), $"the default cap {budget} / 3 listeners = {autoCap} is not named in: {auto}");
        string big = ListenerLine(child.Stdout, "big");
        Assert.True(big.Contains(" 1000 ", StringComparison.Ordinal), $"the configured cap 1000 is not kept as configured in: {big}");

        int everyListener = (2 * (1000 + 2 + autoCap)) + openAtStart + Reserved;
        string[] warnings = Lines(child.Stdout).Where(l => l.Contains("max_connections", StringComparison.Ordinal)).ToArray();
        output.WriteLine(child.Stdout);
        Assert.True(warnings.Length == 2, $"expected one warning per listener with a configured cap (big, small), got {warnings.Length}:\n{string.Join('\n', warnings)}");
        foreach ((string name, int cap) in new[] { ("big", 1000), ("small", 2) })
        {
            string expected = $"Listener '{name}': max_connections {cap} needs up to {2 * cap} file descriptors (2 per connection; {everyListener} with every listener, {openAtStart} open at start-up and {Reserved} reserved), above this process's limit of {FileLimit} (ulimit -n): past {budget} connections in all, new ones are closed at once and counted as overflow. Lower max_connections or raise the limit.";
            string warning = Assert.Single(warnings, w => w.Contains($"Listener '{name}':", StringComparison.Ordinal));
            Assert.True(warning.Contains(expected, StringComparison.Ordinal), $"expected\n  {expected}\nin\n  {warning}");
            Assert.StartsWith("warn", warning, StringComparison.Ordinal);
        }
    }

    // Same paragraph, the other side of "exceed the limit": configured caps that fit give no warning.
    [Fact]
    public async Task Configured_caps_that_fit_the_limit_give_no_warning()
    {
        using var upstream = new CountingEcho();
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(
            Config(upstream.EndPoint, EdgeProxyProcess.FreePort(), ("one", EdgeProxyProcess.FreePort(), 5), ("two", EdgeProxyProcess.FreePort(), 5)),
            fileLimit: FileLimit);
        (int openAtStart, _) = await BudgetLineAsync(child);
        Assert.True((2 * (5 + 5)) + openAtStart + Reserved <= FileLimit, $"caps of 5 + 5 do not fit with {openAtStart} open at start-up: the test needs a higher limit");
        child.Terminate();
        int code = await child.WaitForExitAsync(Bound);
        Assert.True(code == 0, $"SIGTERM exit code {code}:\n{child.Stdout}\n{child.Stderr}");
        Assert.DoesNotContain("max_connections", child.Stdout + child.Stderr, StringComparison.Ordinal);
        Assert.True(ListenerLine(child.Stdout, "one").Contains(" 5 ", StringComparison.Ordinal), $"the configured cap 5 is not named in: {ListenerLine(child.Stdout, "one")}");
    }

    private static string Config(IPEndPoint upstream, int admin, params (string Name, int Port, int? Cap)[] listeners)
    {
        string listenerJson = string.Join(", ", listeners.Select(l =>
            $"{{ \"name\": \"{l.Name}\", \"address\": \"127.0.0.1:{l.Port}\", \"cluster\": \"backend\"{(l.Cap is { } cap ? $", \"max_connections\": {cap}" : "")} }}"));
        return $$"""
            {
              "listeners": [ {{listenerJson}} ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{upstream}}" ] } ],
              "admin": { "address": "127.0.0.1:{{admin}}" }
            }
            """;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The start-up line naming a listener's cap and idle timeout ("The start-up log names each listener's cap and idle timeout").</summary>
    private static string ListenerLine(string stdout, string name)
    {
        string[] lines = Lines(stdout).Where(l => l.Contains($"'{name}'", StringComparison.Ordinal) && l.Contains("idle", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(lines.Length == 1, $"expected one start-up line naming listener '{name}' with its cap and idle timeout, got {lines.Length}:\n{stdout}");
        return lines[0];
    }

    /// <summary>
    /// Waits for the one start-up line "File descriptors: limit L, N open at start-up, 64 reserved: at most B proxied
    /// connections in all.", checks L, the reserve and B = (L − N − 64) / 2, and returns N and B.
    /// </summary>
    private static async Task<(int OpenAtStart, int Budget)> BudgetLineAsync(EdgeProxyProcess child)
    {
        var pattern = new Regex(@"File descriptors: limit (\d+), (\d+) open at start-up, (\d+) reserved: at most (\d+) proxied connections in all\.", RegexOptions.CultureInvariant);
        await DocBound.Until(() => Task.FromResult(pattern.IsMatch(child.Stdout) || child.HasExited), Bound, "the start-up line naming the descriptor budget");
        Match[] matches = pattern.Matches(child.Stdout).ToArray();
        Assert.True(matches.Length == 1, $"expected one descriptor budget line, got {matches.Length}:\n{child.Stdout}\n{child.Stderr}");
        int[] n = [.. Enumerable.Range(1, 4).Select(i => int.Parse(matches[0].Groups[i].Value, CultureInfo.InvariantCulture))];
        Assert.True(n[0] == FileLimit, $"the line names limit {n[0]}; the child runs under ulimit -n {FileLimit}: {matches[0].Value}");
        Assert.True(n[2] == Reserved, $"the line names {n[2]} reserved, the doc 64: {matches[0].Value}");
        Assert.True(n[1] > 0 && n[1] + Reserved < FileLimit, $"{n[1]} open at start-up is not a count below the limit less the reserve: {matches[0].Value}");
        Assert.True(n[3] == (n[0] - n[1] - n[2]) / 2, $"({n[0]} − {n[1]} − {n[2]}) / 2 = {(n[0] - n[1] - n[2]) / 2}, the line says {n[3]}: {matches[0].Value}");
        return (n[1], n[3]);
    }

    private sealed record ClientOutcome(Socket Socket, bool Served, int BytesBeforeClose);

    /// <summary>
    /// A client that connects and sends <paramref name="text"/>: served (all of it echoed; the socket stays open) or
    /// closed by the proxy (FIN or reset) after <c>BytesBeforeClose</c> echoed bytes. Neither within the bound fails.
    /// </summary>
    private static async Task<ClientOutcome> ClientAsync(int port, string text)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        byte[] echoed = new byte[bytes.Length];
        int got = 0;
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), timeout.Token);
                await socket.SendAsync(bytes, SocketFlags.None, timeout.Token);
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown)
            {
                // reset before the connect reported success or before the send: closed, nothing echoed
                return new ClientOutcome(socket, false, 0);
            }

            while (got < bytes.Length)
            {
                int read;
                try
                {
                    read = await socket.ReceiveAsync(echoed.AsMemory(got), SocketFlags.None, timeout.Token);
                }
                catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
                {
                    return new ClientOutcome(socket, false, got);
                }

                if (read == 0)
                {
                    return new ClientOutcome(socket, false, got);
                }

                got += read;
            }
        }
        catch (OperationCanceledException)
        {
            socket.Dispose();
            throw new TimeoutException($"client '{text}' on port {port}: neither echoed nor closed within {Bound.TotalSeconds} s ({got} bytes echoed).");
        }

        Assert.True(bytes.AsSpan().SequenceEqual(echoed), $"client '{text}' got back other bytes than it sent");
        return new ClientOutcome(socket, true, got);
    }

    /// <summary>A client that connects and sends nothing, read until the proxy closes it "at once": RST or FIN, and the bytes received.</summary>
    private static async Task<(Socket Socket, bool Reset, int Bytes)> SilentClientAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using (var timeout = new CancellationTokenSource(Bound))
        {
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), timeout.Token);
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset)
            {
                return (socket, true, 0);
            }
            catch (OperationCanceledException)
            {
                socket.Dispose();
                throw new TimeoutException($"connecting to port {port} took longer than {Bound.TotalSeconds} s");
            }
        }

        var (reset, received) = await ClientObservations.ReadToEndAsync(socket, AtOnce, $"a silent client on port {port} that should be closed at once");
        return (socket, reset, received.Length);
    }

    private static async Task AssertEchoesAsync(Socket client, string what)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(what);
        await ClientObservations.SendAllAsync(client, bytes);
        Assert.Equal(bytes, await ClientObservations.ReadExactlyAsync(client, bytes.Length, what));
    }

    /// <summary>Polls /stats until <paramref name="stat"/> reaches <paramref name="expected"/>, then asserts it is exactly that.</summary>
    private static async Task AssertCounterAsync(int admin, string stat, long expected)
    {
        string stats = "";
        long value = 0;
        try
        {
            await DocBound.Until(
                async () =>
                {
                    stats = await ProcessTests.AdminGetAsync(admin, "/stats");
                    value = Counter(stats, stat);
                    return value >= expected;
                },
                Bound,
                $"{stat} to reach {expected}");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} It is {value}:\n{stats}", ex);
        }

        Assert.True(value == expected, $"{stat} is {value}, expected {expected}:\n{stats}");
    }

    /// <summary>A counter's value in a /stats page (0 when absent: never touched).</summary>
    private static long Counter(string stats, string stat) =>
        stats.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith(stat + ": ", StringComparison.Ordinal))
            .Select(l => long.Parse(l[(stat.Length + 2)..], CultureInfo.InvariantCulture))
            .SingleOrDefault();

    /// <summary>An echo upstream that counts the connections it accepted (the test's own, nothing of EdgeProxy's).</summary>
    private sealed class CountingEcho : IDisposable
    {
        private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        private readonly CancellationTokenSource _stop = new();
        private readonly List<Socket> _accepted = new();
        private int _count;

        public CountingEcho()
        {
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(512);
            EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
            _ = AcceptLoopAsync();
        }

        public IPEndPoint EndPoint { get; }

        public int Accepted => Volatile.Read(ref _count);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Dispose();
            lock (_accepted)
            {
                _accepted.ForEach(s => s.Dispose());
            }

            _stop.Dispose();
        }

        private async Task AcceptLoopAsync()
        {
            try
            {
                while (true)
                {
                    Socket socket = await _listener.AcceptAsync(_stop.Token);
                    socket.NoDelay = true;
                    lock (_accepted)
                    {
                        _accepted.Add(socket);
                    }

                    Interlocked.Increment(ref _count);
                    _ = EchoAsync(socket);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // disposed
            }
        }

        private async Task EchoAsync(Socket socket)
        {
            byte[] buffer = new byte[4096];
            try
            {
                while (true)
                {
                    int read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        socket.Shutdown(SocketShutdown.Send);
                        return;
                    }

                    int sent = 0;
                    while (sent < read)
                    {
                        sent += await socket.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, _stop.Token);
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // the proxy closed or reset it, or the upstream was disposed
            }
        }
    }
}
