using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>The admin endpoint's own limits on main's loop: how many connections, and how long a request may take.</summary>
public sealed class AdminLimitsTests
{
    [Fact]
    public async Task Admin_connections_over_the_cap_are_closed_at_once_and_clients_without_a_request_line_are_closed_at_the_request_timeout()
    {
        await using var upstream = EchoUpstream.Start("u");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        IPEndPoint admin = harness.Proxy.AdminAddress!;
        var idle = new List<Socket>();
        try
        {
            for (int i = 0; i < AdminServer.MaxConnections; i++)
            {
                idle.Add(await ClientObservations.ConnectAsync(admin));
            }

            // Accepted after the others (the kernel's queue is in order): one too many, closed unanswered.
            using (Socket overflow = await ClientObservations.ConnectAsync(admin))
            {
                var (_, answer) = await ClientObservations.ReadToEndAsync(overflow, ProxyHarness.Timeout, "the admin connection over the cap");
                Assert.Empty(answer);
            }

            // Those within the cap stay open until the request timeout, then are closed unanswered.
            foreach (Socket client in idle)
            {
                var (_, answer) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "an admin client that sends no request line");
                Assert.Empty(answer);
            }
        }
        finally
        {
            idle.ForEach(s => s.Dispose());
        }

        string stats = await ConfigTests.AdminGetAsync(harness, "/stats");
        Assert.StartsWith("HTTP/1.0 200", stats, StringComparison.Ordinal);
        Assert.Contains("\nedge.admin_cx_overflow: 1\n", stats, StringComparison.Ordinal);
        Assert.Contains($"\nedge.admin_request_timeout: {AdminServer.MaxConnections}\n", stats, StringComparison.Ordinal);
    }
}
