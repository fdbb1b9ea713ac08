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
    public Task A_published_parameter_forwarded_by_a_wrapper_is_checked_where_it_entered() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Wrapper
        {
            // The wrapper forwards its own [Published] value: quiet here, the caller's argument is what is checked.
            public static Task MergeAsync(WorkerPool pool, [Published] List<string> hosts) =>
                Cache.MergeOnAllWorkersAsync(pool, hosts, ImmutableArray<string>.Empty, "tag");

            // A parameter without the role is not forwarding a checked value: reported as before.
            public static Task MergeUncheckedAsync(WorkerPool pool, List<string> hosts) =>
                Cache.MergeOnAllWorkersAsync(pool, {|WEFT0007:hosts|}, ImmutableArray<string>.Empty, "tag");

            public static Task CallAsync(WorkerPool pool, List<string> hosts) => MergeAsync(pool, {|WEFT0007:hosts|});
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

    // ----- Thread context by flow -----

    [Fact]
    public Task ConfigureAwait_false_inside_a_loop_leaves_the_loop_for_the_next_iteration() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            public static async Task RunAsync(int rounds, bool hop)
            {
                for (int i = 0; i < rounds; i++)
                {
                    var routes = {|WEFT0005:Routes.Current|};
                    await Task.Delay(1).ConfigureAwait(false);
                }

                if (hop)
                {
                    await Task.Yield();
                }
            }

            public static async Task BranchAsync(bool hop)
            {
                if (hop)
                {
                    await Task.Delay(1).ConfigureAwait(false);
                }

                var maybeOff = {|WEFT0005:Routes.Current|};
            }

            public static async Task StaysAsync()
            {
                for (int i = 0; i < 3; i++)
                {
                    var routes = Routes.Current;
                    await Task.Delay(1);
                }
            }
        }
        """);

    [Fact]
    public Task Every_delegate_form_reaching_another_thread_is_followed() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class Handlers
        {
            private Cache? _kept;

            public void OnWorker(WorkerPool pool)
            {
                var cache = Cache.Current;
                var map = cache.ByHost;
                Action clear = () => {|WEFT0004:map|}.Clear();
                _ = Task.Run(clear);
                _ = Task.Factory.StartNew(() => {|WEFT0004:cache|}.ByHost.Clear());
                Task.Delay(1).ContinueWith(_ => {|WEFT0004:map|}.Remove("a"));
                var timer = new Timer(_ => {|WEFT0004:map|}.Add("t", 1), null, 0, 0);
                var elapsed = new System.Timers.Timer(10);
                elapsed.Elapsed += (_, _) => {|WEFT0004:map|}.Clear();
                void Evict() => {|WEFT0004:cache|}.ByHost.Remove("x");
                new Thread(Evict).Start();
                ThreadPool.UnsafeQueueUserWorkItem(state => ((Dictionary<string, int>)state!).Clear(), {|WEFT0004:map|});
                Parallel.Invoke(() => {|WEFT0004:cache|}.ByHost.Clear());
                _kept = cache;
                _ = Task.Run(ReadOffPool);
            }

            public void Later() => ThreadPool.QueueUserWorkItem(_ => {|WEFT0004:_kept|}!.ByHost.Clear());

            private static void ReadOffPool() => _ = {|WEFT0005:Routes.Current|};
        }
        """);

    [Fact]
    public Task Worker_state_stored_in_a_field_by_a_helper_and_handed_off_elsewhere_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class Handlers
        {
            private Dictionary<string, int>? _map;

            public void OnWorker() => Keep(Cache.Current.ByHost);

            private void Keep(Dictionary<string, int> map) => _map = map;

            public void Flush() => _ = Task.Run(() => {|WEFT0004:_map|}!.Clear());

            public void Ship() => Send({|WEFT0004:Cache.Current.ByHost|});

            private static void Send(Dictionary<string, int> map) => ThreadPool.QueueUserWorkItem(_ => map.Clear());
        }
        """);

    [Fact]
    public Task Delegates_that_stay_on_the_loop_or_carry_copies_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class Handlers
        {
            private int _count;

            public void OnWorker(WorkerPool pool)
            {
                var cache = Cache.Current;
                int size = cache.ByHost.Count;
                var names = new List<string>(cache.ByHost.Keys);
                Action local = () => cache.ByHost.Clear();
                Dispatcher.Current!.Post(local);
                void Evict() => cache.ByHost.Remove("x");
                Dispatcher.Current!.Post(Evict);
                _ = Task.Run(() => size + names.Count);
                _count = size;
                _ = Task.Run(() => _count);
                pool.Workers[0].Post(() => { var own = Cache.Current; own.ByHost.Clear(); });
            }
        }
        """);

    [Fact]
    public Task Shared_per_worker_state_through_method_groups_and_helpers_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Setup
        {
            private static readonly Cache s_one = new();
            private static readonly List<string> s_seen = new();

            public static async Task RunAsync(WorkerPool pool)
            {
                Cache.Initialize(pool, Shared);
                Func<Dispatcher, Cache> factory = _ => {|WEFT0008:s_one|};
                await Cache.InitializeAsync(pool, factory);
                await Cache.UpdateAllAsync(pool, Record);
                var counts = new Dictionary<int, int>();
                Action<Cache> count = c => {|WEFT0008:counts[c.ByHost.Count] = 1|};
                await Cache.UpdateAllAsync(pool, count);
                Cache.Initialize(pool, Fresh);
            }

            private static Cache Shared(Dispatcher dispatcher) => {|WEFT0008:s_one|};
            private static Cache Fresh(Dispatcher dispatcher) => new Cache();
            // A static field changed from every thread is WEFT0006's alone (docs/rules/WEFT0008.md).
            private static void Record(Cache cache) => s_seen.Add(cache.ByHost.Count.ToString());
        }
        """);
}
