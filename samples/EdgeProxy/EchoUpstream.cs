using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace EdgeProxy;

/// <summary>An in-process TCP echo server standing in for an upstream.</summary>
public sealed class EchoUpstream : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    private EchoUpstream(string name, int port)
    {
        Name = name;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        EndPoint = (IPEndPoint)_listener.LocalEndpoint;
        _acceptLoop = AcceptAsync();
    }

    public string Name { get; }

    public IPEndPoint EndPoint { get; }

    /// <summary>Connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    private int _accepted;

    public static EchoUpstream Start(string name, int port = 0) => new(name, port);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket = await _listener.AcceptSocketAsync(_stop.Token);
            Interlocked.Increment(ref _accepted);
            _ = EchoAsync(socket);
        }
    }

    private async Task EchoAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[16 * 1024];
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

                    await socket.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
                }
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
            }
        }
    }
}
