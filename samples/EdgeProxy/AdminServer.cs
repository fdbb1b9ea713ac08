using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EdgeProxy;

/// <summary>A minimal HTTP/1.0 admin endpoint: GET /stats (merged per-worker counters) and GET /ready.</summary>
internal sealed class AdminServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Proxy _proxy;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private AdminServer(IPEndPoint endpoint, Proxy proxy)
    {
        _proxy = proxy;
        _listener = new TcpListener(endpoint);
        _listener.Start();
        _loop = AcceptAsync();
    }

    public static AdminServer Start(IPEndPoint endpoint, Proxy proxy) => new(endpoint, proxy);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                string? requestLine = await reader.ReadLineAsync(_stop.Token);
                string path = requestLine?.Split(' ') is [_, var p, ..] ? p : "/";
                (int status, string body) = path switch
                {
                    "/stats" => (200, (await _proxy.CollectStatsAsync()).ToString().Replace(' ', '\n') + "\n"),
                    "/ready" => (200, "LIVE\n"),
                    _ => (404, "not found: try /stats or /ready\n"),
                };
                string response = $"HTTP/1.0 {status} {(status == 200 ? "OK" : "Not Found")}\r\nContent-Type: text/plain\r\nContent-Length: {Encoding.ASCII.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }
}
