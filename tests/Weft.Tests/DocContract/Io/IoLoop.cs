using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.DocContract.Io;

/// <summary>
/// A dispatcher on its own thread with a chosen I/O backend, driven from the test thread only through posts; every
/// wait is bounded (<see cref="Bounded"/>). Exceptions its callbacks throw are captured, and every callback a test
/// wraps in <see cref="AssertOnLoop"/> is checked to run on this loop's thread.
/// </summary>
internal sealed class IoLoop : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _offLoop = new();

    private IoLoop(Dispatcher dispatcher, ConcurrentQueue<Exception> unhandled)
    {
        Dispatcher = dispatcher;
        Unhandled = unhandled;
    }

    public Dispatcher Dispatcher { get; }

    public ConcurrentQueue<Exception> Unhandled { get; }

    public int ThreadId { get; private set; }

    public static async Task<IoLoop> StartAsync(DispatcherIoBackend backend, string name)
    {
        var unhandled = new ConcurrentQueue<Exception>();
        var options = new DispatcherOptions { IoBackend = backend, UnhandledExceptionHandler = (_, ex) => unhandled.Enqueue(ex) };
        var loop = new IoLoop(Dispatcher.Start(name, options), unhandled);
        loop.ThreadId = await loop.On(() => Environment.CurrentManagedThreadId, "reading the loop's thread");
        return loop;
    }

    public Task<T> On<T>(Func<T> work, string what) => Bounded.Within(Dispatcher.InvokeAsync(work), what);

    public Task On(Action work, string what) => Bounded.Within(Dispatcher.InvokeAsync(work), what);

    /// <summary>
    /// Lets the loop run <paramref name="count"/> further iterations that carry a post. Used only to give a behaviour
    /// that must NOT happen a fair chance to show (an absence cannot be awaited); never to wait for something.
    /// </summary>
    public async Task RoundTripsAsync(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await On(() => { }, $"round trip {i} through {Dispatcher.Name}");
            await Task.Yield();
        }
    }

    /// <summary>Records a callback that ran off this loop (checked by <see cref="AssertEveryCallbackOnLoop"/>).</summary>
    public void AssertOnLoop(string callback)
    {
        if (Environment.CurrentManagedThreadId != ThreadId || !ReferenceEquals(Dispatcher.Current, Dispatcher))
        {
            _offLoop.Enqueue($"{callback} ran on thread {Environment.CurrentManagedThreadId} ({Thread.CurrentThread.Name}), not on {Dispatcher.Name}'s thread {ThreadId}");
        }
    }

    public void AssertEveryCallbackOnLoop() => Assert.True(_offLoop.IsEmpty, string.Join("\n", _offLoop));

    public async ValueTask DisposeAsync()
    {
        Dispatcher.Exit();
        await Bounded.Within(Dispatcher.Completion, $"{Dispatcher.Name} to exit");
        Dispatcher.Dispose();
    }
}

/// <summary>A count that callbacks raise on the loop and the test awaits, bounded.</summary>
internal sealed class LoopCounter
{
    private readonly object _gate = new();
    private readonly List<(int Target, TaskCompletionSource Done)> _waiters = new();
    private int _value;

    public int Value
    {
        get
        {
            lock (_gate)
            {
                return _value;
            }
        }
    }

    public void Increment()
    {
        lock (_gate)
        {
            _value++;
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_value >= _waiters[i].Target)
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    public Task AtLeastAsync(int target, string what)
    {
        lock (_gate)
        {
            if (_value >= target)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((target, done));
            return Bounded.Within(done.Task, $"{what} (count {target}; now {_value})");
        }
    }
}

/// <summary>Loopback sockets for the tests: connected pairs, a payload with its seed, a blackholed address.</summary>
internal static class LoopbackSockets
{
    public static (Socket Local, Socket Peer) Pair()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var local = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        local.Connect(listener.LocalEndPoint!);
        Socket peer = listener.Accept();
        peer.NoDelay = true;
        return (local, peer);
    }

    public static byte[] Payload(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static async Task SendAllAsync(Socket socket, byte[] bytes, string what)
    {
        using var timeout = new CancellationTokenSource(Bounded.Limit);
        int sent = 0;
        try
        {
            while (sent < bytes.Length)
            {
                sent += await socket.SendAsync(bytes.AsMemory(sent), SocketFlags.None, timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{what}: sent {sent} of {bytes.Length} bytes within {Bounded.Limit.TotalSeconds} s");
        }
    }

    /// <summary>Reads until end of stream or a reset; fails with <paramref name="what"/> if neither comes within the bound.</summary>
    public static async Task<(bool Reset, byte[] Received)> ReadToEndAsync(Socket socket, string what)
    {
        using var timeout = new CancellationTokenSource(Bounded.Limit);
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
            Assert.Fail($"{what}: neither end of stream nor a reset within {Bounded.Limit.TotalSeconds} s ({received.Count} bytes received)");
            throw;
        }
    }

    public static async Task<byte[]> ReadExactlyAsync(Socket socket, int count, string what)
    {
        using var timeout = new CancellationTokenSource(Bounded.Limit);
        byte[] buffer = new byte[count];
        int got = 0;
        try
        {
            while (got < count)
            {
                int read = await socket.ReceiveAsync(buffer.AsMemory(got), SocketFlags.None, timeout.Token);
                Assert.True(read > 0, $"{what}: end of stream after {got} of {count} bytes");
                got += read;
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{what}: {got} of {count} bytes within {Bounded.Limit.TotalSeconds} s");
        }

        return buffer;
    }
}

/// <summary>
/// An address whose connects are never answered: a listener with the smallest backlog whose accept queue is filled and
/// never drained, so the kernel drops further SYNs and a connect stays in SYN_SENT.
/// </summary>
internal sealed class Blackhole : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly List<Socket> _fillers = new();

    public Blackhole()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(0);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
        for (int i = 0; i < 16; i++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _fillers.Add(filler);
            using var attempt = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            try
            {
                filler.ConnectAsync(EndPoint, attempt.Token).AsTask().GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return; // this connect hangs: the queue is full
            }
        }

        throw new InvalidOperationException($"could not fill the accept queue of {EndPoint}");
    }

    public IPEndPoint EndPoint { get; }

    public void Dispose()
    {
        _fillers.ForEach(s => s.Dispose());
        _listener.Dispose();
    }
}
