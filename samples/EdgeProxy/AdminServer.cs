using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft.Stats;

namespace EdgeProxy;

/// <summary>
/// The admin endpoint, served on main (HTTP/1.0, one request per connection): <c>/stats</c> (text, or Prometheus
/// with <c>?format=prometheus</c>), <c>/clusters</c> (endpoints and their health as workers see them), <c>/ready</c>.
/// </summary>
internal sealed class AdminServer : IAsyncDisposable
{
    private readonly EdgeProxyServer _server;
    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private AdminServer(EdgeProxyServer server, HostPort address)
    {
        _server = server;
        _listener = ListenerBinder.Bind("admin", address.ToEndPoint(), count: 1, backlog: 64)[0];
        Address = (IPEndPoint)_listener.LocalEndPoint!;
        var started = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Pool.Main.Post(() => started.SetResult(AcceptAsync()));
        _loop = started.Task.Unwrap();
    }

    public IPEndPoint Address { get; }

    public static AdminServer Start(EdgeProxyServer server, HostPort address) => new(server, address);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client = await _listener.AcceptAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using (client)
        using (var stream = new NetworkStream(client, ownsSocket: false))
        {
            try
            {
                string? requestLine = await AdminRequestLine.ReadAsync(stream, _stop.Token);
                string target = requestLine?.Split(' ') is [_, var t, ..] ? t : "/";
                (int status, string contentType, string body) = requestLine is null
                    ? (414, "text/plain", $"request line longer than {AdminRequestLine.MaxLength} bytes\n")
                    : await RespondAsync(target);
                string head = $"HTTP/1.0 {status} {status switch { 200 => "OK", 414 => "URI Too Long", _ => "Not Found" }}\r\nContent-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.UTF8.GetBytes(head + body), _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    private async Task<(int, string, string)> RespondAsync(string target)
    {
        switch (target)
        {
            case "/":
                return (200, "text/html; charset=utf-8", StatsPage.Render(await _server.Pool.Stats.FlushAsync(), await _server.CurrentTableAsync(), _server.Pool.Workers));
            case "/stats":
                return (200, "text/plain", (await _server.Pool.Stats.FlushAsync()).ToText());
            case "/stats?format=prometheus":
                return (200, "text/plain; version=0.0.4", (await _server.Pool.Stats.FlushAsync()).ToPrometheus());
            case "/clusters":
                ClusterTable table = await _server.CurrentTableAsync();
                var text = new StringBuilder();
                foreach (ClusterState cluster in table.Clusters.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
                {
                    foreach (EndpointState endpoint in cluster.Endpoints)
                    {
                        text.Append(cluster.Name).Append("::").Append(endpoint.Address).Append("::health_flags::").Append(endpoint.Healthy ? "healthy" : "/failed_active_hc").Append('\n');
                    }
                }

                return (200, "text/plain", text.ToString());
            case "/ready":
                return (200, "text/plain", "LIVE\n");
            default:
                return (404, "text/plain", "not found: / (stats page), /stats, /stats?format=prometheus, /clusters, /ready\n");
        }
    }
}
