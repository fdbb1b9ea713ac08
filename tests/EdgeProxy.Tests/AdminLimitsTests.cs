using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
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

    [Fact]
    public void The_request_line_is_gathered_across_reads_and_bounded_as_before()
    {
        var split = new AdminRequestLine();
        Assert.False(split.Append("GET /st"u8));
        Assert.False(split.Append("ats HTTP/1.0\r"u8));
        Assert.True(split.Append("\nHost: x\r\n\r\n"u8));
        Assert.Equal("GET /stats HTTP/1.0", split.Line);

        var ended = new AdminRequestLine();
        Assert.False(ended.Append("GET /ready"u8));
        ended.EndOfStream();
        Assert.True(ended.IsDone);
        Assert.Equal("GET /ready", ended.Line);

        // The bound: the line, its CR and its LF within MaxLength + 2 bytes.
        var longest = new AdminRequestLine();
        Assert.False(longest.Append(Encoding.ASCII.GetBytes(new string('a', AdminRequestLine.MaxLength) + "\r")));
        Assert.True(longest.Append("\n"u8));
        Assert.Equal(new string('a', AdminRequestLine.MaxLength), longest.Line);

        var tooLong = new AdminRequestLine();
        Assert.False(tooLong.Append(Encoding.ASCII.GetBytes(new string('a', AdminRequestLine.MaxLength + 1))));
        Assert.True(tooLong.Append("a"u8));
        Assert.Null(tooLong.Line);
        tooLong.EndOfStream();
        Assert.Null(tooLong.Line);
    }
}
