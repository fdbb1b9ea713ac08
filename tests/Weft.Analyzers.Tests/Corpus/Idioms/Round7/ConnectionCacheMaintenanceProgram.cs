// A per-worker connection cache with maintenance, fully correct: the cache is built on each worker by its factory, a
// loop timer sweeps idle entries on the owner, a DNS lookup runs off the loop and its result is posted back to the
// worker's own dispatcher before it touches the cache, a report copies figures (ints, an array of keys) before they go
// to the thread pool, and a [ThreadStatic] scratch list is used on the pool thread. One defect: the refresh
// writes the cache after `ConfigureAwait(false)` instead of posting back.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ConnectionCacheMaintenanceProgram;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnCache
{
    private readonly Dictionary<string, (string Address, long LastUse)> _byHost = new(StringComparer.Ordinal);
    private long _clock;

    public int Count => _byHost.Count;
    public string[] Hosts() => _byHost.Keys.ToArray();

    public void Put(string host, string address) => _byHost[host] = (address, ++_clock);

    public bool TryGet(string host, out string address)
    {
        if (_byHost.TryGetValue(host, out var entry))
        {
            _byHost[host] = (entry.Address, ++_clock);
            address = entry.Address;
            return true;
        }
        address = "";
        return false;
    }

    [WorkerUpdate]
    void Sweep(long olderThan)
    {
        foreach (var host in _byHost.Where(p => _clock - p.Value.LastUse > olderThan).Select(p => p.Key).ToList())
        {
            _byHost.Remove(host);
        }
    }
}

public static class Maintenance
{
    [ThreadStatic] private static List<string>? t_scratch;

    public static void Install(WorkerPool pool)
    {
        ConnCache.Initialize(pool, _ => new ConnCache());
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                var timer = Dispatcher.Current!.CreateTimer(() => ConnCache.Current.Put("health.local", "127.0.0.1"));
                timer.Enable(TimeSpan.FromSeconds(30));
            });
        }
    }

    public static async Task RefreshAsync(string host)
    {
        var cache = ConnCache.Current;
        var home = Dispatcher.Current!;
        var address = await Task.Run(() => Resolve(host)).ConfigureAwait(false);
        cache.Put(host, address); // expect: WEFT0004
    }

    public static Task ReportAsync()
    {
        var cache = ConnCache.Current;
        var count = cache.Count;
        var hosts = cache.Hosts();
        return Task.Run(() =>
        {
            var scratch = t_scratch ??= new List<string>();
            scratch.Clear();
            scratch.AddRange(hosts);
            Console.WriteLine($"{count}: {string.Join(",", scratch)}");
        });
    }

    public static Task SweepAllAsync(WorkerPool pool) => ConnCache.SweepOnAllWorkersAsync(pool, 1_000L);

    private static string Resolve(string host) => host.Length > 3 ? "10.0.0." + host.Length : "127.0.0.1";
}
