using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly13;

/// <summary>
/// docs/edgeproxy.md, "Descriptor budget and connection cap", on real EdgeProxy processes under <c>ulimit -n 300</c>:
/// the start-up figures, the derived caps, which of cap and budget is checked first, and the once-per-episode warning.
/// </summary>
public sealed partial class BudgetProcess13Tests
{
    private const int Limit = 300;

    [GeneratedRegex(@"File descriptors: limit (\d+), (\d+) open at start-up, 64 reserved: at most (\d+) proxied connections in all\.")]
    private static partial Regex BudgetLine();

    // "(limit − open at start-up − 64) / 2 proxied connections … logged at start-up"; "max_connections per listener
    // defaults … to the budget divided by the listeners"; "The start-up log names each listener's cap and idle timeout."
    [Fact]
    public async Task Start_up_logs_the_budget_from_the_limit_and_derives_each_listeners_cap_as_budget_over_listeners()
    {
        using var echo = new EchoUpstream13();
        string json = TwoListeners(echo.EndPoint, EdgeProxyProcess.FreePort(), EdgeProxyProcess.FreePort(), capOne: null, capTwo: null);
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json, Limit);
        var (limit, open, budget) = Budget(child);
        Assert.True(limit == Limit, $"the start-up line names limit {limit}; the child ran under ulimit -n {Limit}.");
        Assert.True(budget == (limit - open - 64) / 2, $"budget {budget} logged; (limit {limit} − open {open} − 64) / 2 = {(limit - open - 64) / 2}.");
        foreach (string name in new[] { "one", "two" })
        {
            string? line = child.Stdout.Split('\n').FirstOrDefault(l => l.Contains($"Listener '{name}'", StringComparison.Ordinal) && l.Contains("at most", StringComparison.Ordinal));
            Assert.True(line is not null && line.Contains($"at most {budget / 2} connections", StringComparison.Ordinal) && line.Contains("idle timeout", StringComparison.Ordinal),
                $"listener '{name}': expected a start-up line naming its derived cap {budget / 2} (budget {budget} / 2 listeners) and its idle timeout; got: {line ?? "(none)"}\n{child.Stdout}");
        }

        Assert.False(child.Stdout.Contains("Lower max_connections", StringComparison.Ordinal), $"no cap is configured, so no cap warning is due:\n{child.Stdout}");
    }

    // "with one listener and no max_connections (the default cap *is* the budget) the budget warning never appears";
    // past it clients are "accepted and closed at once (RST)" and counted in edge.downstream_cx_overflow; "served again
    // as soon as one closes".
    [Fact]
    public async Task One_listener_without_a_cap_serves_exactly_the_budget_counts_the_rest_as_overflow_and_never_warns()
    {
        using var echo = new EchoUpstream13();
        int port = EdgeProxyProcess.FreePort(), admin = EdgeProxyProcess.FreePort();
        string json = $$"""
            { "listeners": [ { "name": "edge", "address": "127.0.0.1:{{port}}", "cluster": "b" } ],
              "clusters": [ { "name": "b", "endpoints": [ "{{echo.EndPoint}}" ] } ],
              "admin": { "address": "127.0.0.1:{{admin}}" } }
            """;
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json, Limit);
        var (_, _, budget) = Budget(child);
        var listener = new IPEndPoint(IPAddress.Loopback, port);
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < budget; i++)
            {
                held.Add(await Client13.ProxiedAsync(listener, (byte)i, $"client {i} of the budget {budget}"));
            }

            for (int i = 0; i < 4; i++)
            {
                Assert.True(await Client13.RefusedAsync(listener, $"client {i} past the budget {budget}"), $"client {i} past the budget was closed with FIN; the doc says RST.");
            }

            // The doc does not order the count against the reset the client sees: wait for it, then check it exactly.
            await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_overflow{listener=edge}") >= 4, TimeSpan.FromSeconds(10), "overflow to count the 4 refused clients");
            StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
            Assert.True(stats.Long("edge.downstream_cx_overflow{listener=edge}") == 4, $"overflow {stats.Long("edge.downstream_cx_overflow{listener=edge}")}, expected 4.");
            Assert.True(stats.Long("edge.downstream_cx_total{listener=edge}") == budget, $"downstream_cx_total {stats.Long("edge.downstream_cx_total{listener=edge}")}, expected the budget {budget}.");
            Assert.False(child.Stdout.Contains("reach the budget", StringComparison.Ordinal), $"one listener, no cap: the cap is checked first, so no budget warning may appear:\n{child.Stdout}");

            held[^1].Dispose();
            held.RemoveAt(held.Count - 1);
            await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_active{listener=edge}") == budget - 1, TimeSpan.FromSeconds(10), "downstream_cx_active to drop below the budget");
            held.Add(await Client13.ProxiedAsync(listener, 200, "a client after one closed below the budget"));
            Assert.False(child.HasExited, $"the child exited: {child.ExitCodeOrNull}\n{child.Stderr}");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    // The start-up warning per configured cap ("however small that cap is itself", with the doc's exact figures), the
    // budget warning "once per episode for the whole process (not per listener), naming the listener of the first
    // client refused", overflow "counted … of the listener each came to … whatever the caps", "served again as soon as
    // one closes", and "logged again only once a connection has closed below the budget and the budget has filled again".
    [Fact]
    public async Task Budget_episode_warns_once_for_the_process_names_the_first_refused_listener_and_warns_again_after_refilling()
    {
        using var echo = new EchoUpstream13();
        int one = EdgeProxyProcess.FreePort(), two = EdgeProxyProcess.FreePort(), admin = EdgeProxyProcess.FreePort();
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(TwoListeners(echo.EndPoint, one, two, capOne: 1000, capTwo: 10, admin), Limit);
        var (limit, open, budget) = Budget(child);
        int all = 2000 + 20 + open + 64;
        foreach (var (name, cap) in new[] { ("one", 1000), ("two", 10) })
        {
            string expected = $"Listener '{name}': max_connections {cap} needs up to {2 * cap} file descriptors (2 per connection; {all} with every listener, {open} open at start-up and 64 reserved), above this process's limit of {limit} (ulimit -n): past {budget} connections in all, new ones are closed at once and counted as overflow. Lower max_connections or raise the limit.";
            Assert.True(child.Stdout.Contains(expected, StringComparison.Ordinal), $"expected the start-up warning\n  {expected}\nin:\n{child.Stdout}");
        }

        // "A configured cap is kept as configured"
        foreach (var (name, cap) in new[] { ("one", 1000), ("two", 10) })
        {
            Assert.True(child.Stdout.Split('\n').Any(l => l.Contains($"Listener '{name}' on ", StringComparison.Ordinal) && l.Contains($"at most {cap} connections", StringComparison.Ordinal)),
                $"the start-up line of '{name}' should name its configured cap {cap}:\n{child.Stdout}");
        }

        var listenerOne = new IPEndPoint(IPAddress.Loopback, one);
        var listenerTwo = new IPEndPoint(IPAddress.Loopback, two);
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        string warningOne = $"Listener 'one': {budget} connections in all reach the budget";
        string warningTwo = $"Listener 'two': {budget} connections in all reach the budget";
        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < budget; i++)
            {
                held.Add(await Client13.ProxiedAsync(listenerOne, (byte)i, $"client {i} on 'one' of the budget {budget}"));
            }

            Assert.True(await Client13.RefusedAsync(listenerOne, "first client past the budget, on 'one'"), "the first client past the budget got FIN, not RST.");
            await DocBound.Until(() => Task.FromResult(child.Stdout.Contains(warningOne, StringComparison.Ordinal)), TimeSpan.FromSeconds(10), $"the budget warning naming 'one' ({warningOne}…)");
            Assert.True(await Client13.RefusedAsync(listenerTwo, "a client on 'two' (under its own cap of 10) while the budget is full"), "the client on 'two' past the budget got FIN, not RST.");
            Assert.True(await Client13.RefusedAsync(listenerOne, "a second client on 'one' in the same episode"), "the second client on 'one' past the budget got FIN, not RST.");
            await DocBound.Until(async () =>
            {
                StatsPage s = await StatsPage.ReadAsync(adminEndPoint);
                return s.Long("edge.downstream_cx_overflow{listener=one}") + s.Long("edge.downstream_cx_overflow{listener=two}") >= 3;
            }, TimeSpan.FromSeconds(10), "overflow to count the 3 refused clients");
            StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
            Assert.True(stats.Long("edge.downstream_cx_overflow{listener=one}") == 2 && stats.Long("edge.downstream_cx_overflow{listener=two}") == 1,
                $"overflow one={stats.Long("edge.downstream_cx_overflow{listener=one}")} two={stats.Long("edge.downstream_cx_overflow{listener=two}")}; expected 2 and 1.");
            Assert.True(Count(child.Stdout, "reach the budget") == 1, $"one episode, three refusals on two listeners: the warning is logged once for the process:\n{child.Stdout}");

            held[^1].Dispose();
            held.RemoveAt(held.Count - 1);
            await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_active{listener=one}") == budget - 1, TimeSpan.FromSeconds(10), "'one''s downstream_cx_active to drop below the budget");
            held.Add(await Client13.ProxiedAsync(listenerTwo, 201, "a client on 'two' once one connection closed below the budget"));
            Assert.True(await Client13.RefusedAsync(listenerTwo, "a client on 'two' once the budget filled again"), "the refill's refused client got FIN, not RST.");
            await DocBound.Until(() => Task.FromResult(Count(child.Stdout, "reach the budget") == 2), TimeSpan.FromSeconds(10), "a second budget warning after closing below the budget and refilling it");
            Assert.True(child.Stdout.Contains(warningTwo, StringComparison.Ordinal), $"the second episode's first refused client came to 'two'; its warning should name it:\n{child.Stdout}");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    private static string TwoListeners(IPEndPoint upstream, int one, int two, int? capOne, int? capTwo, int? admin = null)
    {
        string Cap(int? cap) => cap is { } c ? $", \"max_connections\": {c}" : "";
        string adminSection = admin is { } a ? $", \"admin\": {{ \"address\": \"127.0.0.1:{a}\" }}" : "";
        return $$"""
            { "listeners": [
                { "name": "one", "address": "127.0.0.1:{{one}}", "cluster": "b"{{Cap(capOne)}} },
                { "name": "two", "address": "127.0.0.1:{{two}}", "cluster": "b"{{Cap(capTwo)}} } ],
              "clusters": [ { "name": "b", "endpoints": [ "{{upstream}}" ] } ]{{adminSection}} }
            """;
    }

    private static (int Limit, int Open, int Budget) Budget(EdgeProxyProcess child)
    {
        Match m = BudgetLine().Match(child.Stdout);
        Assert.True(m.Success, $"no start-up line 'File descriptors: limit …, … open at start-up, 64 reserved: at most … proxied connections in all.':\n{child.Stdout}\n{child.Stderr}");
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    private static int Count(string text, string what)
    {
        int n = 0;
        for (int at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
