using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;

namespace Weft.Tests.DocContract.Io;

/// <summary>
/// Records what one <see cref="Connection"/> delivers (bytes, events) on its loop, checks every callback runs there, and
/// lets the test await each outcome with a bound.
/// </summary>
internal sealed class ConnectionProbe
{
    private readonly IoLoop _loop;
    private readonly List<byte> _received = new();
    private readonly List<ConnectionEvent> _events = new();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _remoteHalfClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ConnectionCloseReason> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastDataTimestamp;
    private long _closedTimestamp;

    public ConnectionProbe(IoLoop loop, string name)
    {
        _loop = loop;
        Name = name;
        OnData = (connection, data) =>
        {
            _loop.AssertOnLoop($"{Name} onData");
            AfterClosed($"onData with {data.Length} bytes");
            _received.AddRange(data.ToArray());
            _lastDataTimestamp = Stopwatch.GetTimestamp();
            DataReceived?.Invoke(connection, data.Length);
        };
        OnEvent = (connection, connectionEvent) =>
        {
            _loop.AssertOnLoop($"{Name} onEvent({connectionEvent})");
            AfterClosed($"event {connectionEvent}");
            _events.Add(connectionEvent);
            EventReceived?.Invoke(connection, connectionEvent);
            switch (connectionEvent)
            {
                case ConnectionEvent.Connected:
                    _connected.TrySetResult();
                    break;
                case ConnectionEvent.RemoteHalfClosed:
                    _remoteHalfClosed.TrySetResult();
                    break;
                case ConnectionEvent.Closed:
                    _closedTimestamp = Stopwatch.GetTimestamp();
                    _closed.TrySetResult(connection.CloseReason);
                    break;
            }
        };
    }

    public string Name { get; }

    public ConnectionDataHandler OnData { get; }

    public ConnectionEventHandler OnEvent { get; }

    /// <summary>Extra behaviour on each read (runs on the loop).</summary>
    public Action<Connection, int>? DataReceived { get; set; }

    /// <summary>Extra behaviour on each event (runs on the loop).</summary>
    public Action<Connection, ConnectionEvent>? EventReceived { get; set; }

    public List<string> Violations { get; } = new();

    public Task Connected => Bounded.Within(_connected.Task, $"{Name}: Connected");

    public Task RemoteHalfClosed => Bounded.Within(_remoteHalfClosed.Task, $"{Name}: RemoteHalfClosed");

    public Task<ConnectionCloseReason> Closed => Bounded.Within(_closed.Task, $"{Name}: Closed");

    public bool HasClosed => _closed.Task.IsCompleted;

    public Task<byte[]> ReceivedAsync() => _loop.On(() => _received.ToArray(), $"{Name}: copying the bytes read");

    public Task<ConnectionEvent[]> EventsAsync() => _loop.On(() => _events.ToArray(), $"{Name}: copying the events");

    public Task<int> ReceivedCountAsync() => _loop.On(() => _received.Count, $"{Name}: counting the bytes read");

    /// <summary>
    /// The time from the last onData to Closed, both read on the loop as the callbacks ran: a measure the test thread's
    /// scheduling (a late poll, a busy thread pool) cannot shorten.
    /// </summary>
    public Task<TimeSpan> LastDataToClosedAsync() =>
        _loop.On(() => Stopwatch.GetElapsedTime(_lastDataTimestamp, _closedTimestamp), $"{Name}: reading the last data and close times");

    public Task BytesAsync(int count, string what) =>
        Bounded.Until(async () => await ReceivedCountAsync() >= count, $"{Name}: {what} ({count} bytes)");

    private void AfterClosed(string what)
    {
        if (_closed.Task.IsCompleted)
        {
            Violations.Add($"{Name}: {what} after Closed (Closed is the last event)");
        }
    }
}

/// <summary>A plain .NET peer: a listener the Weft connection connects to, handing over the accepted socket.</summary>
internal sealed class DotNetPeer : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public DotNetPeer()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
    }

    public IPEndPoint EndPoint { get; }

    public async Task<Socket> AcceptAsync()
    {
        using var timeout = new CancellationTokenSource(Bounded.Limit);
        try
        {
            Socket accepted = await _listener.AcceptAsync(timeout.Token);
            accepted.NoDelay = true;
            return accepted;
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no connection reached the peer {EndPoint} within {Bounded.Limit.TotalSeconds} s");
            throw;
        }
    }

    public void Dispose() => _listener.Dispose();
}
