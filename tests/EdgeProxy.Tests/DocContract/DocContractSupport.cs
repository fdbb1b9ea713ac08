using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace EdgeProxy.Tests.DocContract;

/// <summary>
/// Bounds for the documented "within N" promises. A documented bound is asserted as an upper bound with slack for a
/// shared 2-core machine (the bound plus <see cref="Slack"/>): it still tells "within a bound" from "never", which is
/// the failure these tests exist to catch, without failing on a scheduler hiccup. Lower bounds ("not before the
/// timeout") are asserted exactly: load can only lengthen them.
/// </summary>
internal static class DocBound
{
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(4);

    public static TimeSpan Upper(TimeSpan documented) => documented + Slack;

    /// <summary>Awaits <paramref name="task"/> at most <paramref name="bound"/>, failing with <paramref name="what"/>.</summary>
    public static async Task<T> Within<T>(Task<T> task, TimeSpan bound, string what)
    {
        try
        {
            return await task.WaitAsync(bound);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what}: not within {bound.TotalSeconds} s.");
        }
    }

    /// <summary>Awaits <paramref name="task"/> at most <paramref name="bound"/>, failing with <paramref name="what"/>.</summary>
    public static async Task Within(Task task, TimeSpan bound, string what)
    {
        try
        {
            await task.WaitAsync(bound);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what}: not within {bound.TotalSeconds} s.");
        }
    }

    /// <summary>Polls <paramref name="condition"/> until true, failing with <paramref name="what"/> after <paramref name="bound"/>.</summary>
    public static async Task Until(Func<Task<bool>> condition, TimeSpan bound, string what) =>
        await ProxyHarness.WaitUntilAsync(condition, what, bound);
}

/// <summary>
/// Upstreams on loopback whose accepted sockets arrive, in order and tagged with the upstream's index, on one queue,
/// so a test can tell which endpoint the proxy chose without racing accepts.
/// </summary>
internal sealed class TaggedUpstreams : IDisposable
{
    private readonly List<Socket> _listeners = new();
    private readonly Channel<(int Index, Socket Socket)> _accepted = Channel.CreateUnbounded<(int, Socket)>();
    private readonly CancellationTokenSource _stop = new();

    public TaggedUpstreams(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen(128);
            _listeners.Add(listener);
            int index = i;
            _ = AcceptLoopAsync(index, listener);
        }
    }

    public IPEndPoint this[int index] => (IPEndPoint)_listeners[index].LocalEndPoint!;

    /// <summary>The next upstream connection the proxy opened, on any of the upstreams.</summary>
    public async Task<(int Index, Socket Socket)> NextAsync(string what, TimeSpan? within = null)
    {
        TimeSpan limit = within ?? ProxyHarness.Timeout;
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            return await _accepted.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{what}: no upstream connection within {limit.TotalSeconds} s.");
        }
    }

    /// <summary>True when an upstream connection is waiting that no test took yet.</summary>
    public bool HasUnclaimed => _accepted.Reader.Count > 0;

    public void Dispose()
    {
        _stop.Cancel();
        foreach (Socket listener in _listeners)
        {
            listener.Dispose();
        }

        while (_accepted.Reader.TryRead(out var leftover))
        {
            leftover.Socket.Dispose();
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(int index, Socket listener)
    {
        try
        {
            while (true)
            {
                Socket accepted = await listener.AcceptAsync(_stop.Token);
                accepted.NoDelay = true;
                _accepted.Writer.TryWrite((index, accepted));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // the upstreams were disposed
        }
    }
}

/// <summary>Socket observations a black-box test needs beyond <see cref="ClientObservations"/>.</summary>
internal static class SocketProbe
{
    /// <summary>A seeded payload; the seed is in every message that compares it.</summary>
    public static byte[] Payload(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>
    /// The socket's pending error (SO_ERROR), without reading: a socket that already received FIN returns end of stream
    /// to every later receive even after a reset arrives, so a reset after a FIN shows only here (or on a send).
    /// </summary>
    public static int PendingError(Socket socket) =>
        (int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;

    /// <summary>Waits until the peer of <paramref name="socket"/> reset it, seen without sending (SO_ERROR).</summary>
    public static Task WaitForResetWithoutSendingAsync(Socket socket, TimeSpan within, string what)
    {
        int seen = 0;
        return DocBound.Until(() => Task.FromResult((seen = seen != 0 ? seen : PendingError(socket)) != 0), within, what);
    }

    /// <summary>The first byte that arrives, or null at end of stream or a reset; fails with <paramref name="what"/> after the harness timeout.</summary>
    public static async Task<int?> FirstByteAsync(Socket socket, string what)
    {
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        byte[] one = new byte[1];
        try
        {
            return await socket.ReceiveAsync(one, SocketFlags.None, timeout.Token) == 1 ? one[0] : null;
        }
        catch (SocketException)
        {
            return null;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{what}: neither a byte, end of stream nor a reset within {ProxyHarness.Timeout.TotalSeconds} s.");
        }
    }

    public static async Task AssertAllBytesThenFinAsync(Socket reader, byte[] expected, string what)
    {
        var (reset, received) = await ClientObservations.ReadToEndAsync(reader, ProxyHarness.Timeout, what);
        Assert.False(reset, $"{what}: expected FIN, got a reset after {received.Length} of {expected.Length} bytes.");
        Assert.True(expected.AsSpan().SequenceEqual(received), $"{what}: {received.Length} bytes received, {expected.Length} sent; content differs or is cut.");
    }
}
