using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round10;

// Harness of the round-10 docs-only I/O tests (docs/io.md and the XML docs of Weft.Net and FileEvent): loops on
// either backend, plain .NET client sockets with bounded operations, and a recorder of a connection's callbacks.
internal static class NetKit
{
    /// <summary>Both backends the docs describe: epoll (the default on Linux) and the portable one, forced.</summary>
    public static TheoryData<DispatcherIoBackend> Backends => new() { DispatcherIoBackend.Automatic, DispatcherIoBackend.Portable };

    public static IPEndPoint AnyLoopbackPort => new(IPAddress.Loopback, 0);

    public static Dispatcher StartLoop(string name, DispatcherIoBackend backend, HandlerLog? handler = null, ILogger? logger = null) =>
        Dispatcher.Start(name, new DispatcherOptions
        {
            IoBackend = backend,
            UnhandledExceptionHandler = handler is null ? null : handler.Handle,
            Logger = logger,
        });

    public static Task<T> On<T>(Dispatcher loop, Func<T> function, string what) =>
        DocOnlyKit.Within(loop.InvokeAsync(function), $"{what} (run on {loop.Name})");

    public static async Task On(Dispatcher loop, Action action, string what)
    {
        var call = loop.InvokeAsync(action);
        await DocOnlyKit.Within(call, $"{what} (run on {loop.Name})");

        // Within only waits: the call's own exception must reach the test.
        await call;
    }

    /// <summary>Two round trips through the loop: whatever became due or ready before the call has had an iteration to run.</summary>
    public static async Task Settle(Dispatcher loop, string what)
    {
        await On(loop, static () => { }, $"first settle: {what}");
        await On(loop, static () => { }, $"second settle: {what}");
    }

    public static async Task ExitAsync(Dispatcher loop)
    {
        loop.Exit();
        await DocOnlyKit.Within(loop.Completion, $"{loop.Name} to exit");
    }

    public static Socket NewClientSocket() => new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
    {
        NoDelay = true,
        ReceiveTimeout = (int)DocOnlyKit.Bound.TotalMilliseconds,
        SendTimeout = (int)DocOnlyKit.Bound.TotalMilliseconds,
    };

    public static async Task<Socket> ConnectClient(EndPoint endPoint, string what, int? receiveBufferSize = null)
    {
        var socket = NewClientSocket();
        if (receiveBufferSize is { } size)
        {
            // Set before connecting: the window scale is agreed in the handshake.
            socket.ReceiveBufferSize = size;
        }

        using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
        try
        {
            await socket.ConnectAsync(endPoint, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            socket.Dispose();
            Assert.Fail($"Not connected within {DocOnlyKit.Bound.TotalSeconds} s: {what}");
        }

        return socket;
    }

    /// <summary>
    /// Connects a client whose connection the server may reset at once: a reset that arrives before .NET has completed
    /// the connect surfaces from the connect itself. Returns the socket and how the stream ended if it ended there.
    /// </summary>
    public static async Task<(Socket Socket, SocketError? EndedAtConnect)> ConnectRacingAClose(EndPoint endPoint, string what)
    {
        var socket = NewClientSocket();
        using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
        try
        {
            await socket.ConnectAsync(endPoint, cancel.Token);
            return (socket, null);
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
        {
            return (socket, ex.SocketErrorCode);
        }
        catch (OperationCanceledException)
        {
            socket.Dispose();
            Assert.Fail($"Not connected within {DocOnlyKit.Bound.TotalSeconds} s: {what}");
            throw;
        }
    }

    /// <summary>How the server ended a stream it closes without sending: end of stream, reset (at connect or after).</summary>
    public static async Task<SocketError> EndOfServerClosed(EndPoint endPoint, string what)
    {
        var (socket, endedAtConnect) = await ConnectRacingAClose(endPoint, what);
        using (socket)
        {
            if (endedAtConnect is { } ended)
            {
                return ended;
            }

            var (data, end) = await ReceiveToEnd(socket, what);
            Assert.True(data.Length == 0, $"{data.Length} unexpected byte(s): {what}");
            return end;
        }
    }

    /// <summary>Closes with linger 0: the peer gets a TCP reset.</summary>
    public static void ResetClose(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    public static async Task SendAll(Socket socket, ReadOnlyMemory<byte> data, string what)
    {
        using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
        try
        {
            while (!data.IsEmpty)
            {
                var sent = await socket.SendAsync(data, SocketFlags.None, cancel.Token);
                data = data[sent..];
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Not sent within {DocOnlyKit.Bound.TotalSeconds} s ({data.Length} bytes left): {what}");
        }
    }

    /// <summary>Receives until <paramref name="count"/> bytes arrived; fails on end of stream, reset or timeout.</summary>
    public static async Task<byte[]> ReceiveExactly(Socket socket, int count, string what)
    {
        var buffer = new byte[count];
        var got = 0;
        using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
        try
        {
            while (got < count)
            {
                var n = await socket.ReceiveAsync(buffer.AsMemory(got), SocketFlags.None, cancel.Token);
                if (n == 0)
                {
                    Assert.Fail($"End of stream after {got} of {count} bytes: {what}");
                }

                got += n;
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Not received within {DocOnlyKit.Bound.TotalSeconds} s ({got} of {count} bytes): {what}");
        }

        return buffer;
    }

    /// <summary>Reads until the stream ends; returns the bytes and how it ended (Success: end of stream).</summary>
    public static async Task<(byte[] Data, SocketError End)> ReceiveToEnd(Socket socket, string what)
    {
        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
        try
        {
            while (true)
            {
                var n = await socket.ReceiveAsync(buffer, SocketFlags.None, cancel.Token);
                if (n == 0)
                {
                    return (received.ToArray(), SocketError.Success);
                }

                received.Write(buffer, 0, n);
            }
        }
        catch (SocketException ex)
        {
            return (received.ToArray(), ex.SocketErrorCode);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The stream did not end within {DocOnlyKit.Bound.TotalSeconds} s ({received.Length} bytes so far): {what}");
            throw;
        }
    }

    /// <summary>A connected loopback pair of plain sockets: (client, server side).</summary>
    public static async Task<(Socket Client, Socket Server)> SocketPair()
    {
        using var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(AnyLoopbackPort);
        listening.Listen(1);
        var client = await ConnectClient(listening.LocalEndPoint!, "the client of a socket pair");
        using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
        var server = await listening.AcceptAsync(cancel.Token);
        return (client, server);
    }

    public static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}

/// <summary>Signals a waiter whenever something it may be waiting for changed; waits are bounded.</summary>
internal class Watched
{
    private readonly SemaphoreSlim _changed = new(0);
    private readonly object _gate = new();

    protected object Gate => _gate;

    protected void Changed() => _changed.Release();

    public async Task WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + DocOnlyKit.Bound;
        while (true)
        {
            lock (_gate)
            {
                if (condition())
                {
                    return;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _changed.WaitAsync(left))
            {
                lock (_gate)
                {
                    if (condition())
                    {
                        return;
                    }
                }

                Assert.Fail($"Not true within {DocOnlyKit.Bound.TotalSeconds} s: {what}");
            }
        }
    }
}

/// <summary>
/// Records every callback of one connection: the bytes, the events in order, the thread each ran on, anything after
/// Closed. Optional hooks run inside the callbacks (to close, reset or throw from there).
/// </summary>
internal sealed class ConnectionLog : Watched
{
    private readonly List<ConnectionEvent> _events = [];
    private readonly MemoryStream _received = new();
    private readonly List<ConnectionCloseReason> _closeReasons = [];
    private int _offLoop;
    private int _afterClosed;
    private int _dataCalls;
    private int _emptyDataCalls;

    public ConnectionLog(Dispatcher loop, string name)
    {
        Loop = loop;
        Name = name;
    }

    public Dispatcher Loop { get; }

    public string Name { get; }

    public Connection? Connection { get; set; }

    public Action<Connection, int>? OnDataHook { get; set; }

    public Action<Connection, ConnectionEvent>? OnEventHook { get; set; }

    public ConnectionDataHandler OnData => (connection, data) =>
    {
        lock (Gate)
        {
            Connection = connection;
            Note();
            _dataCalls++;
            if (data.IsEmpty)
            {
                _emptyDataCalls++;
            }

            _received.Write(data);
        }

        // The waiter is told after the hook: what the hook records is there when the wait ends.
        try
        {
            OnDataHook?.Invoke(connection, data.Length);
        }
        finally
        {
            Changed();
        }
    };

    public ConnectionEventHandler OnEvent => (connection, connectionEvent) =>
    {
        lock (Gate)
        {
            Connection = connection;
            Note();
            _events.Add(connectionEvent);
            if (connectionEvent == ConnectionEvent.Closed)
            {
                _closeReasons.Add(connection.CloseReason);
            }
        }

        try
        {
            OnEventHook?.Invoke(connection, connectionEvent);
        }
        finally
        {
            Changed();
        }
    };

    public IReadOnlyList<ConnectionEvent> Events
    {
        get
        {
            lock (Gate)
            {
                return _events.ToList();
            }
        }
    }

    public byte[] Received
    {
        get
        {
            lock (Gate)
            {
                return _received.ToArray();
            }
        }
    }

    public long ReceivedCount
    {
        get
        {
            lock (Gate)
            {
                return _received.Length;
            }
        }
    }

    public int EmptyDataCalls
    {
        get
        {
            lock (Gate)
            {
                return _emptyDataCalls;
            }
        }
    }

    public int DataCalls
    {
        get
        {
            lock (Gate)
            {
                return _dataCalls;
            }
        }
    }

    public bool IsClosed
    {
        get
        {
            lock (Gate)
            {
                return _events.Contains(ConnectionEvent.Closed);
            }
        }
    }

    /// <summary>The reason read inside the (first) Closed callback.</summary>
    public ConnectionCloseReason ClosedWith
    {
        get
        {
            lock (Gate)
            {
                return _closeReasons.Count == 0 ? ConnectionCloseReason.None : _closeReasons[0];
            }
        }
    }

    public bool IsClosedOrHalfClosed()
    {
        lock (Gate)
        {
            return _events.Contains(ConnectionEvent.Closed) || _events.Contains(ConnectionEvent.RemoteHalfClosed);
        }
    }

    public Task WaitClosed(string what) => WaitUntil(() => _events.Contains(ConnectionEvent.Closed), $"Closed on {Name}: {what}");

    public Task WaitEvent(ConnectionEvent connectionEvent, string what) =>
        WaitUntil(() => _events.Contains(connectionEvent), $"{connectionEvent} on {Name}: {what}");

    public Task WaitBytes(long count, string what) =>
        WaitUntil(() => _received.Length >= count, $"{count} bytes on {Name}: {what}");

    /// <summary>The promises every test checks: every callback on the owning loop, Closed once and last.</summary>
    public void AssertWellFormed()
    {
        lock (Gate)
        {
            Assert.True(_offLoop == 0, $"{Name}: {_offLoop} callback(s) ran off the owning loop {Loop.Name}.");
            Assert.True(_afterClosed == 0, $"{Name}: {_afterClosed} callback(s) ran after Closed (events: {string.Join(", ", _events)}).");
            var closedCount = _events.Count(e => e == ConnectionEvent.Closed);
            Assert.True(closedCount <= 1, $"{Name}: Closed delivered {closedCount} times (events: {string.Join(", ", _events)}).");
        }
    }

    private void Note()
    {
        if (Dispatcher.Current != Loop)
        {
            _offLoop++;
        }

        if (_events.Contains(ConnectionEvent.Closed))
        {
            _afterClosed++;
        }
    }
}

/// <summary>A listener on a loop that starts every accepted connection with a fresh <see cref="ConnectionLog"/>.</summary>
internal sealed class AcceptedLogs : Watched
{
    private readonly List<ConnectionLog> _logs = [];

    public AcceptedLogs(Dispatcher loop) => Loop = loop;

    public Dispatcher Loop { get; }

    /// <summary>Runs on the accepting loop before Start, with the new log (to set hooks).</summary>
    public Action<ConnectionLog>? Configure { get; set; }

    /// <summary>Runs on the accepting loop right after Start.</summary>
    public Action<Connection>? AfterStart { get; set; }

    public int Count
    {
        get
        {
            lock (Gate)
            {
                return _logs.Count;
            }
        }
    }

    public IReadOnlyList<ConnectionLog> Logs
    {
        get
        {
            lock (Gate)
            {
                return _logs.ToList();
            }
        }
    }

    public void Accept(Connection connection)
    {
        ConnectionLog log;
        lock (Gate)
        {
            log = new ConnectionLog(connection.Dispatcher, $"accepted #{_logs.Count}") { Connection = connection };
            _logs.Add(log);
        }

        Configure?.Invoke(log);
        connection.Start(log.OnData, log.OnEvent);
        AfterStart?.Invoke(connection);
        Changed();
    }

    public async Task<ConnectionLog> WaitFor(int index, string what)
    {
        await WaitUntil(() => _logs.Count > index, $"accepted connection #{index}: {what}");
        lock (Gate)
        {
            return _logs[index];
        }
    }
}

/// <summary>A file event's callback calls, recorded with the thread they ran on.</summary>
internal sealed class FileEventLog : Watched
{
    private readonly List<FileReadyType> _calls = [];
    private int _offLoop;

    public FileEventLog(Dispatcher loop) => Loop = loop;

    public Dispatcher Loop { get; }

    public FileEvent? Event { get; set; }

    /// <summary>Runs inside each callback, after it was recorded.</summary>
    public Action<FileEvent, FileReadyType>? Body { get; set; }

    public void Callback(FileReadyType ready)
    {
        // The body runs under the gate so that what it collects is read consistently by a waiter's condition.
        try
        {
            lock (Gate)
            {
                _calls.Add(ready);
                if (Dispatcher.Current != Loop)
                {
                    _offLoop++;
                }

                Body?.Invoke(Event!, ready);
            }
        }
        finally
        {
            Changed();
        }
    }

    public int Calls
    {
        get
        {
            lock (Gate)
            {
                return _calls.Count;
            }
        }
    }

    public IReadOnlyList<FileReadyType> Kinds
    {
        get
        {
            lock (Gate)
            {
                return _calls.ToList();
            }
        }
    }

    public int OffLoop
    {
        get
        {
            lock (Gate)
            {
                return _offLoop;
            }
        }
    }

    public Task WaitCalls(int count, string what) => WaitUntil(() => _calls.Count >= count, $"{count} callback call(s): {what}");
}
