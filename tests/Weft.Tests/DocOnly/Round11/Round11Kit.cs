using System;
using System.Collections.Generic;
using System.Linq;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

using Weft.Net;
using Weft.Tests.DocOnly.Round10;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round11;

// Harness of the round-11 docs-only lifecycle and race tests (docs/io.md, docs/failure-semantics.md, the XML docs).
// Builds on the round-10 kit (bounded sockets, connection and file-event recorders); adds a hand-moved loop clock,
// seeds that every failure message prints, and a peer whose accept queue is full (a connect that stays in progress).
internal static class Kit11
{
    /// <summary>Both backends crossed with both exit policies.</summary>
    public static TheoryData<DispatcherIoBackend, QueuedWorkAtExit> BackendsAndExitPolicies => new()
    {
        { DispatcherIoBackend.Automatic, QueuedWorkAtExit.Drain },
        { DispatcherIoBackend.Automatic, QueuedWorkAtExit.Discard },
        { DispatcherIoBackend.Portable, QueuedWorkAtExit.Drain },
        { DispatcherIoBackend.Portable, QueuedWorkAtExit.Discard },
    };

    public static Dispatcher StartLoop(
        string name,
        DispatcherIoBackend backend,
        HandlerLog? handler = null,
        QueuedWorkAtExit atExit = QueuedWorkAtExit.Drain,
        ILogger? logger = null,
        HandClock? clock = null)
    {
        var options = new DispatcherOptions
        {
            IoBackend = backend,
            UnhandledExceptionHandler = handler is null ? null : handler.Handle,
            QueuedWorkAtExit = atExit,
            Logger = logger,
        };
        return clock is null ? Dispatcher.Start(name, options) : Dispatcher.StartWith(name, options, new DispatcherSeams { Clock = clock });
    }

    /// <summary>A seed for a randomised schedule: WEFT_ROUND11_SEED replays one; otherwise a fresh one (printed on failure).</summary>
    public static int NewSeed() =>
        Environment.GetEnvironmentVariable("WEFT_ROUND11_SEED") is { Length: > 0 } fixedSeed ? int.Parse(fixedSeed, System.Globalization.CultureInfo.InvariantCulture) : Random.Shared.Next();

    /// <summary>Reads a loop's statistics on the loop itself (a read from another thread may race the iteration counting it).</summary>
    public static Task<DispatcherStats> StatsOn(Dispatcher loop, string what) => NetKit.On(loop, () => loop.Stats, $"stats of {loop.Name}: {what}");

    /// <summary>
    /// A plain listening socket whose accept queue is full (backlog 0, one client queued and never accepted): a further
    /// connect's SYN is dropped by the kernel, so that connect stays in progress until its own timeout.
    /// </summary>
    public static async Task<FullBacklog> FullBacklogAsync()
    {
        var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(NetKit.AnyLoopbackPort);
        listening.Listen(0);
        var filler = await NetKit.ConnectClient(listening.LocalEndPoint!, "the client that fills the accept queue");
        return new FullBacklog(listening, filler);
    }

    /// <summary>Ends a client socket's stream with end of stream, a reset, or nothing read; returns how it ended.</summary>
    public static async Task<SocketError> EndSeenByClient(Socket client, string what)
    {
        var (_, end) = await NetKit.ReceiveToEnd(client, what);
        return end;
    }

    /// <summary>Waits (bounded) for Closed; a timeout fails with the events the connection did deliver.</summary>
    public static async Task WaitClosedOrFail(ConnectionLog log, string what)
    {
        try
        {
            await log.WaitClosed(what);
        }
        catch (Xunit.Sdk.FailException)
        {
            Assert.Fail($"Not closed within {DocOnlyKit.Bound.TotalSeconds} s: {what}; {log.Describe()}, {log.ReceivedCount} bytes read.");
        }
    }

    /// <summary>What a peer of a closed connection may see: end of stream, or (closed with unread data, or portable) a reset.</summary>
    public static bool IsCloseOrReset(SocketError end) => end is SocketError.Success or SocketError.ConnectionReset;
}

internal sealed class FullBacklog(Socket listening, Socket filler) : IDisposable
{
    public EndPoint EndPoint => listening.LocalEndPoint!;

    public void Dispose()
    {
        filler.Dispose();
        listening.Dispose();
    }
}

/// <summary>A loop clock moved by hand (in <see cref="Stopwatch"/> ticks), from any thread.</summary>
internal sealed class HandClock : IDispatcherClock
{
    private long _ticks = Stopwatch.Frequency * 1000;

    public long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, (long)(by.TotalSeconds * Stopwatch.Frequency));
}

/// <summary>Counts calls, and remembers whether any ran after a point the test marks (for "nothing runs after …").</summary>
internal sealed class CallCounter
{
    private long _calls;
    private long _afterMark;
    private int _marked;

    public long Calls => Interlocked.Read(ref _calls);

    public long AfterMark => Interlocked.Read(ref _afterMark);

    public void Hit()
    {
        Interlocked.Increment(ref _calls);
        if (Volatile.Read(ref _marked) != 0)
        {
            Interlocked.Increment(ref _afterMark);
        }
    }

    public void Mark() => Volatile.Write(ref _marked, 1);
}

/// <summary>A work item that counts its runs (the IDispatcherWorkItem post form).</summary>
internal sealed class CountingWorkItem(CallCounter counter) : IDispatcherWorkItem
{
    public void Execute() => counter.Hit();
}

/// <summary>A state bigger than any inline word, for the large-state post form.</summary>
internal readonly record struct WideState(long A, long B, long C, long D, long E, long F, long G, CallCounter Counter);

internal static class ConnectionLogExtensions
{
    public static string Describe(this ConnectionLog log) => $"{log.Name}: events [{string.Join(", ", log.Events)}], closed with {log.ClosedWith}";

    public static void AssertClosedOnceWith(this ConnectionLog log, ConnectionCloseReason reason, string context)
    {
        log.AssertWellFormed();
        Assert.True(log.IsClosed, $"{context}: {log.Describe()} never closed.");
        Assert.True(log.ClosedWith == reason, $"{context}: expected {reason}; {log.Describe()}.");
    }

    public static IReadOnlyList<ConnectionLog> All(this AcceptedLogs accepted) => accepted.Logs;
}

/// <summary>
/// Accepts connections that echo every byte, half-close back when the peer half-closes, and record everything in a <see cref="ConnectionLog"/>.
/// </summary>
internal sealed class EchoServer(Dispatcher loop) : Watched
{
    private readonly List<ConnectionLog> _logs = [];
    private readonly Dictionary<EndPoint, ConnectionLog> _byPeer = [];

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

    /// <summary>Runs on the accepting loop right after each Start.</summary>
    public Action<Connection>? AfterStart { get; set; }

    public void Accept(Connection connection)
    {
        ConnectionLog log;
        lock (Gate)
        {
            log = new ConnectionLog(connection.Dispatcher, $"echo #{_logs.Count} from {connection.RemoteEndPoint}") { Connection = connection };
            _logs.Add(log);
            if (connection.RemoteEndPoint is { } peer)
            {
                _byPeer[peer] = log;
            }
        }

        var record = log.OnData;
        var recordEvent = log.OnEvent;
        connection.Start(
            (c, data) =>
            {
                // Recorded before the echo: a write that finds the connection reset closes it inside the call.
                record(c, data);
                c.Write(data);
            },
            (c, e) =>
            {
                // Recorded first: a ShutdownWrite after the peer's end of stream closes (and reports Closed) inside the call.
                recordEvent(c, e);
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    c.ShutdownWrite();
                }
            });
        Changed();
        AfterStart?.Invoke(connection);
    }

    /// <summary>The connection whose peer is <paramref name="peer"/> (a client's local end point).</summary>
    /// <summary>The peer (client end point) of <paramref name="log"/>'s connection.</summary>
    public EndPoint PeerOf(ConnectionLog log)
    {
        lock (Gate)
        {
            return _byPeer.Single(pair => pair.Value == log).Key;
        }
    }

    public async Task<ConnectionLog> WaitForPeer(EndPoint peer, string what)
    {
        await WaitUntil(() => _byPeer.ContainsKey(peer), $"the accept of {peer}: {what}");
        lock (Gate)
        {
            return _byPeer[peer];
        }
    }

    public async Task<ConnectionLog> WaitFor(int index, string what)
    {
        await WaitUntil(() => _logs.Count > index, $"echo connection #{index}: {what}");
        lock (Gate)
        {
            return _logs[index];
        }
    }

    public Dispatcher Loop => loop;
}
