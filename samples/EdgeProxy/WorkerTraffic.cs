using System;
using System.Collections.Generic;
using System.Diagnostics;
using Weft.Stats;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// One downstream connection's figures for the stats page, kept per worker: connections accepted and open and
/// requests forwarded upstream (tagged with the worker's name), and as histograms the time from accept to a connected
/// upstream and each connection's length, in microseconds. Handles are resolved once per worker thread.
/// </summary>
internal readonly struct WorkerTraffic
{
    public const string ConnectionsTotal = "edge.worker.downstream_cx_total";
    public const string ConnectionsActive = "edge.worker.downstream_cx_active";
    public const string RequestsTotal = "edge.worker.upstream_rq_total";
    public const string ConnectLatency = "edge.upstream_connect_us";
    public const string ConnectionLength = "edge.downstream_cx_length_us";

    [ThreadStatic]
    private static Handles? t_handles;

    private readonly Handles _handles;
    private readonly long _openedAt;

    private WorkerTraffic(Handles handles)
    {
        _handles = handles;
        _openedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>Counts a connection accepted on the calling worker.</summary>
    public static WorkerTraffic Opened(StatsStore stats)
    {
        Handles handles = t_handles is { } cached && ReferenceEquals(cached.Store, stats) ? cached : t_handles = new Handles(stats);
        handles.Total.Increment();
        handles.Active.Increment();
        return new WorkerTraffic(handles);
    }

    /// <summary>The connection reached its upstream: one request forwarded, and how long connecting took.</summary>
    public void Forwarded()
    {
        _handles.Requests.Increment();
        _handles.Connect.Record((long)Stopwatch.GetElapsedTime(_openedAt).TotalMicroseconds);
    }

    /// <summary>The connection ended, whichever way.</summary>
    public void Closed()
    {
        _handles.Active.Decrement();
        _handles.Length.Record((long)Stopwatch.GetElapsedTime(_openedAt).TotalMicroseconds);
    }

    private sealed class Handles
    {
        public Handles(StatsStore store)
        {
            Store = store;
            KeyValuePair<string, string>[] worker = [new("worker", Dispatcher.Current?.Name ?? "off-pool")];
            Total = store.Counter(ConnectionsTotal, worker);
            Active = store.Gauge(ConnectionsActive, GaugeCombine.Sum, worker);
            Requests = store.Counter(RequestsTotal, worker);
            Connect = store.Histogram(ConnectLatency);
            Length = store.Histogram(ConnectionLength);
        }

        public StatsStore Store { get; }

        public Counter Total { get; }

        public Gauge Active { get; }

        public Counter Requests { get; }

        public Histogram Connect { get; }

        public Histogram Length { get; }
    }
}
