using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>An upstream the test drives by hand: each accepted connection is handed to the test.</summary>
internal sealed class ScriptedUpstream : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ScriptedUpstream()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(128);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
    }

    public IPEndPoint EndPoint { get; }

    public async Task<Socket> AcceptAsync()
    {
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        try
        {
            return await _listener.AcceptAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The proxy did not connect to the scripted upstream {EndPoint} within {ProxyHarness.Timeout.TotalSeconds} s.");
        }
    }

    public void Dispose() => _listener.Dispose();
}

/// <summary>
/// An upstream that never answers a connect, on loopback: a listener with the smallest backlog whose accept queue is
/// filled and never drained, so the kernel drops further SYNs and a connect stays in SYN_SENT.
/// </summary>
internal sealed class BlackholeUpstream : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly List<Socket> _fillers = new();

    private BlackholeUpstream()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(0);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
    }

    public IPEndPoint EndPoint { get; }

    public static async Task<BlackholeUpstream> StartAsync()
    {
        var hole = new BlackholeUpstream();
        // Fill the accept queue until a connect no longer completes within 300 ms: from then on SYNs are dropped.
        for (int i = 0; i < 16; i++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            hole._fillers.Add(filler);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            try
            {
                await filler.ConnectAsync(hole.EndPoint, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                return hole;
            }
        }

        hole.Dispose();
        throw new InvalidOperationException("Could not fill a backlog-0 listener's accept queue with 16 connects; the kernel is not dropping SYNs.");
    }

    public void Dispose()
    {
        _fillers.ForEach(s => s.Dispose());
        _listener.Dispose();
    }
}

/// <summary>Socket helpers for what a client observes.</summary>
internal static class ClientObservations
{
    /// <summary>How a read-until-end ended: FIN (0 bytes) or a reset, with everything received before it.</summary>
    public static async Task<(bool Reset, byte[] Received)> ReadToEndAsync(Socket socket, TimeSpan within, string what)
    {
        using var timeout = new CancellationTokenSource(within);
        var received = new List<byte>();
        byte[] buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                int read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (read == 0)
                {
                    return (false, received.ToArray());
                }

                received.AddRange(buffer.AsSpan(0, read).ToArray());
            }
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset)
        {
            return (true, received.ToArray());
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{what}: the connection was neither closed nor reset within {within.TotalSeconds} s ({received.Count} bytes received).");
        }
    }

    public static async Task<byte[]> ReadExactlyAsync(Socket socket, int count, string what)
    {
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        byte[] buffer = new byte[count];
        int got = 0;
        try
        {
            while (got < count)
            {
                int read = await socket.ReceiveAsync(buffer.AsMemory(got), SocketFlags.None, timeout.Token);
                if (read == 0)
                {
                    throw new InvalidOperationException($"{what}: the connection closed after {got} of {count} bytes.");
                }

                got += read;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{what}: {got} of {count} bytes within {ProxyHarness.Timeout.TotalSeconds} s.");
        }

        return buffer;
    }

    public static async Task SendAllAsync(Socket socket, byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        int sent = 0;
        while (sent < bytes.Length)
        {
            sent += await socket.SendAsync(bytes.AsMemory(sent), SocketFlags.None, timeout.Token);
        }
    }

    /// <summary>Closes with RST (SO_LINGER 0).</summary>
    public static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Dispose();
    }
}
