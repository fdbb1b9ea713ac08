using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// Accepts on one listener and hands each connection round-robin to a worker, where it lives its whole life: every
/// await in <see cref="ServeAsync"/> resumes on that worker's loop, so its per-worker state needs no locks.
/// </summary>
internal sealed class Proxy : IAsyncDisposable
{
    private readonly WorkerPool _pool;
    private readonly TcpListener _listener;
    private readonly Slot<ClusterSnapshot> _cluster;
    private readonly Slot<WorkerState> _state;
    private readonly CancellationTokenSource _stopAccepting = new();
    private readonly CancellationTokenSource _abortConnections = new();
    private Task _acceptLoop = Task.CompletedTask;
    private long _open;

    private Proxy(WorkerPool pool, IPEndPoint listen)
    {
        _pool = pool;
        _listener = new TcpListener(listen);
        _cluster = pool.AllocateSlot<ClusterSnapshot>();
        _state = pool.AllocateSlot<WorkerState>();
    }

    public static async Task<Proxy> StartAsync(WorkerPool pool, IPEndPoint listen, ClusterSnapshot cluster)
    {
        var proxy = new Proxy(pool, listen);
        await proxy._state.SetAsync(static _ => new WorkerState());
        await proxy._cluster.PublishAsync(cluster);
        proxy._listener.Start(backlog: 1024);
        proxy._acceptLoop = proxy.AcceptAsync();
        return proxy;
    }

    /// <summary>Publishes a new cluster snapshot; new connections follow it, open ones keep theirs.</summary>
    public Task UpdateClusterAsync(ClusterSnapshot cluster) => _cluster.PublishAsync(cluster);

    public async Task<ProxyStats> CollectStatsAsync()
    {
        var totals = new long[5];
        await _state.RunOnAllThreadsAsync(s =>
        {
            Interlocked.Add(ref totals[0], s.ConnectionsTotal);
            Interlocked.Add(ref totals[1], s.ConnectionsActive);
            Interlocked.Add(ref totals[2], s.BytesDownstreamToUpstream);
            Interlocked.Add(ref totals[3], s.BytesUpstreamToDownstream);
            Interlocked.Add(ref totals[4], s.ConnectFailures);
        });
        return new ProxyStats(totals[0], totals[1], totals[2], totals[3], totals[4]);
    }

    public async Task DrainAsync(TimeSpan timeout)
    {
        await _stopAccepting.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        DateTime deadline = DateTime.UtcNow + timeout;
        while (Interlocked.Read(ref _open) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await _abortConnections.CancelAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await DrainAsync(TimeSpan.Zero);
        _stopAccepting.Dispose();
        _abortConnections.Dispose();
    }

    private async Task AcceptAsync()
    {
        int next = 0;
        while (!_stopAccepting.IsCancellationRequested)
        {
            Socket downstream = await _listener.AcceptSocketAsync(_stopAccepting.Token);
            downstream.NoDelay = true;
            var workers = _pool.Workers;
            Dispatcher worker = workers[next++ % workers.Count];
            Interlocked.Increment(ref _open);
            if (!worker.TryPost(static s => _ = s.Proxy.ServeAsync(s.Downstream), (Proxy: this, Downstream: downstream)))
            {
                Interlocked.Decrement(ref _open);
                downstream.Dispose();
            }
        }
    }

    private async Task ServeAsync(Socket downstream)
    {
        WorkerState state = _state.Get();
        ClusterSnapshot cluster = _cluster.Get();
        state.ConnectionsTotal++;
        state.ConnectionsActive++;
        try
        {
            using (downstream)
            using (Socket? upstream = await ConnectAsync(cluster, state))
            {
                if (upstream is null)
                {
                    return;
                }

                CancellationToken abort = _abortConnections.Token;
                Task toUpstream = PumpAsync(downstream, upstream, abort, n => state.BytesDownstreamToUpstream += n);
                Task toDownstream = PumpAsync(upstream, downstream, abort, n => state.BytesUpstreamToDownstream += n);
                await Task.WhenAll(toUpstream, toDownstream);
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            state.ConnectionsActive--;
            Interlocked.Decrement(ref _open);
        }
    }

    private static async Task<Socket?> ConnectAsync(ClusterSnapshot cluster, WorkerState state)
    {
        for (int attempt = 0; attempt < cluster.Endpoints.Length; attempt++)
        {
            IPEndPoint endpoint = cluster.Endpoints[state.NextEndpoint++ % cluster.Endpoints.Length];
            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endpoint);
                return socket;
            }
            catch (SocketException)
            {
                state.ConnectFailures++;
                socket.Dispose();
            }
        }

        return null;
    }

    private static async Task PumpAsync(Socket from, Socket to, CancellationToken abort, Action<int> counted)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            int read = await from.ReceiveAsync(buffer, SocketFlags.None, abort);
            if (read == 0)
            {
                to.Shutdown(SocketShutdown.Send);
                return;
            }

            counted(read);
            int sent = 0;
            while (sent < read)
            {
                sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, abort);
            }
        }
    }
}
