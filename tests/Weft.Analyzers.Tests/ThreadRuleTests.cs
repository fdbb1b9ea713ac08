using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>WEFT0004, WEFT0005, WEFT0007, WEFT0008: what crosses threads.</summary>
public sealed class ThreadRuleTests
{
    private const string Types = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot] public sealed partial class Routes { public ImmutableArray<string> Hosts { get; init; } }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public readonly Dictionary<string, int> ByHost = new();
            [WorkerUpdate] void Evict(string host) => ByHost.Remove(host);
            [WorkerUpdate] void Merge(List<string> hosts, ImmutableArray<string> more, string tag) { }
        }

        """;

    [Fact]
    public Task Current_read_off_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            public static async Task RunAsync()
            {
                _ = Task.Run(() => {|WEFT0005:Routes.Current|}.Hosts.Length);
                ThreadPool.QueueUserWorkItem(_ => { var c = {|WEFT0005:Cache.Current|}; });
                Parallel.For(0, 4, i => {|WEFT0005:Routes.TryGetCurrent(out _)|});
                new Thread(() => Console.WriteLine({|WEFT0005:Routes.Current|})).Start();
                await Task.Delay(1).ConfigureAwait(false);
                var afterHop = {|WEFT0005:Routes.Current|};
            }
        }
        """);

    [Fact]
    public Task Current_read_on_pool_threads_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            public static async Task RunAsync(WorkerPool pool)
            {
                pool.Workers[0].Post(() => Console.WriteLine(Routes.Current.Hosts.Length));
                var snapshot = Routes.Current;
                await Task.Delay(1);
                var stillOnLoop = Routes.Current;
                _ = Task.Run(() => snapshot.Hosts.Length);
                pool.Workers[1].Post(async () => { await Task.Yield(); Cache.Current.ByHost.Clear(); });
                await Task.Run(() => 1).ConfigureAwait(true);
                var fine = Cache.Current;
            }
        }
        """);

    [Fact]
    public Task Worker_state_escaping_to_other_threads_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            public static async Task OnWorkerAsync(WorkerPool pool)
            {
                var cache = Cache.Current;
                var map = cache.ByHost;
                _ = Task.Run(() => {|WEFT0004:cache|}.ByHost.Clear());
                ThreadPool.QueueUserWorkItem(_ => {|WEFT0004:map|}.Add("x", 1));
                pool.Main.Post(() => {|WEFT0004:map|}.Remove("y"));
                await Task.Delay(1).ConfigureAwait(false);
                {|WEFT0004:cache|}.ByHost["z"] = 2;
            }
        }
        """);

    [Fact]
    public Task Worker_state_used_on_its_own_worker_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            public static async Task OnWorkerAsync()
            {
                var cache = Cache.Current;
                cache.ByHost["a"] = 1;
                Dispatcher.Current!.Post(() => cache.ByHost.Remove("a"));
                int count = cache.ByHost.Count;
                _ = Task.Run(() => count * 2);
                await Task.Yield();
                cache.ByHost.Clear();
                var snapshot = Routes.Current;
                _ = Task.Run(() => snapshot.Hosts.Length);
            }
        }
        """);

    [Fact]
    public Task Mutable_broadcast_arguments_and_shared_per_worker_state_are_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Setup
        {
            public static async Task RunAsync(WorkerPool pool, List<string> hosts)
            {
                await Cache.MergeOnAllWorkersAsync(pool, {|WEFT0007:hosts|}, ImmutableArray<string>.Empty, "tag");
                var shared = new Cache();
                Cache.Initialize(pool, _ => {|WEFT0008:shared|});
                int built = 0;
                Cache.Initialize(pool, _ => { {|WEFT0008:built++|}; return new Cache(); });
                var seen = new List<string>();
                await Cache.UpdateAllAsync(pool, c => {|WEFT0008:seen.Add(c.ByHost.Count.ToString())|});
                long total = 0;
                await Cache.UpdateAllAsync(pool, c => {|WEFT0008:total += c.ByHost.Count|});
            }
        }
        """);

    [Fact]
    public Task Immutable_arguments_fresh_instances_and_atomic_totals_are_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Setup
        {
            public static async Task RunAsync(WorkerPool pool, List<string> hosts)
            {
                await Cache.EvictOnAllWorkersAsync(pool, "10.0.0.7");
                await Cache.MergeOnAllWorkersAsync(pool, null!, hosts.ToImmutableArray(), "tag");
                Cache.Initialize(pool, d => new Cache());
                long total = 0;
                var seen = new ConcurrentBag<int>();
                var locked = new List<int>();
                await Cache.UpdateAllAsync(pool, c =>
                {
                    Interlocked.Add(ref total, c.ByHost.Count);
                    seen.Add(c.ByHost.Count);
                    lock (locked) { locked.Add(1); }
                    var mine = new List<int>();
                    mine.Add(1);
                    c.ByHost.Clear();
                });
                Cache.UpdateAll(pool, c => c.ByHost.Clear(), () => total = 0);
            }
        }
        """);
}
