using System;
using System.Reflection;
using System.Threading.Tasks;

namespace Weft.Generators.Tests;

/// <summary>Generated code compiles under nullable + warnings-as-errors, then behaves on a real pool.</summary>
public sealed class CompileAndRunTests
{
    private const string Consumer = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;

        namespace Consumer;

        [ThreadLocalSlot]
        public sealed partial class RouteTable
        {
            public ImmutableArray<string> Routes { get; init; }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class ConnectionCache
        {
            public readonly Dictionary<string, int> ByHost = new();
            public string Owner = "";
            [WorkerUpdate] void Add(string host, int port) => ByHost[host] = port;
            [WorkerUpdate] void Evict(string host) => ByHost.Remove(host);
        }

        public static class Scenario
        {
            static T On<T>(Dispatcher d, Func<T> f)
            {
                var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                d.Post(() => { try { done.SetResult(f()); } catch (Exception e) { done.SetException(e); } });
                return done.Task.WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            }

            public static async Task<string> RunAsync()
            {
                var log = new List<string>();
                await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });

                var offPool = Record(() => RouteTable.Current);
                log.Add("off-pool:" + offPool);

                var table = new RouteTable { Routes = ImmutableArray.Create("a", "b") };
                await RouteTable.PublishAsync(pool, table);
                log.Add("same-instance-everywhere:" + pool.Workers.All(w => On(w, () => ReferenceEquals(RouteTable.Current, table))));

                await ConnectionCache.InitializeAsync(pool, d => new ConnectionCache { Owner = d.Name });
                log.Add("own-instance:" + string.Join(",", pool.Workers.Select(w => On(w, () => ConnectionCache.Current.Owner))));

                await ConnectionCache.AddOnAllWorkersAsync(pool, "10.0.0.7", 80);
                await ConnectionCache.AddOnAllWorkersAsync(pool, "10.0.0.8", 81);
                await ConnectionCache.EvictOnAllWorkersAsync(pool, "10.0.0.7");
                log.Add("after-updates:" + On(pool.Workers[1], () => string.Join(",", ConnectionCache.Current.ByHost.Keys)));

                var applied = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                ConnectionCache.EvictOnAllWorkers(pool, "10.0.0.8", () => applied.SetResult(pool.Main.IsCurrentThread));
                log.Add("callback-on-main:" + await applied.Task.WaitAsync(TimeSpan.FromSeconds(30)));

                Dispatcher late = await pool.AddWorkerAsync();
                log.Add("late-worker:" + On(late, () => RouteTable.Current.Routes.Length + "/" + ConnectionCache.Current.Owner));

                log.Add("tryget:" + ConnectionCache.TryGetCurrent(out _) + "/" + On(pool.Workers[0], () => ConnectionCache.TryGetCurrent(out var c) && c.Owner == "weft-worker-0"));
                return string.Join("|", log);
            }

            static string Record(Func<object> f)
            {
                try { f(); return "no error"; }
                catch (InvalidOperationException e) { return e.Message.Contains("Consumer.RouteTable.Current is not available") && e.Message.Contains("not a thread of a worker pool") ? "clear error" : e.Message; }
            }
        }
        """;

    [Fact]
    public async Task Generated_members_work_on_a_real_pool()
    {
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(Consumer));
        Assert.Empty(GeneratorHarness.Problems(output));
        Assembly assembly = GeneratorHarness.Load(output);
        var run = (Func<Task<string>>)Delegate.CreateDelegate(typeof(Func<Task<string>>), assembly.GetType("Consumer.Scenario")!.GetMethod("RunAsync")!);
        string result = await run().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(
            "off-pool:clear error|same-instance-everywhere:True|own-instance:weft-worker-0,weft-worker-1|" +
            "after-updates:10.0.0.8|callback-on-main:True|late-worker:2/weft-worker-2|tryget:False/True",
            result);
    }

    [Fact]
    public async Task A_generated_callback_form_post_allocates_nothing_in_steady_state()
    {
        const string source = """
            using System;
            using System.Threading;
            using Weft;
            namespace Consumer;
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
            public sealed partial class Counter
            {
                public long Total;
                [WorkerUpdate] void Add(long amount, int times) => Total += amount * times;
            }
            public static class Probe
            {
                public static long Measure(WorkerPool pool)
                {
                    Counter.InitializeAsync(pool, _ => new Counter()).Wait();
                    using var done = new SemaphoreSlim(0);
                    Action signal = () => done.Release();
                    for (int i = 0; i < 200; i++) { Counter.AddOnAllWorkers(pool, i, 2, signal); done.Wait(); }
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    for (int i = 0; i < 1000; i++) { Counter.AddOnAllWorkers(pool, i, 2, signal); done.Wait(); }
                    return GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }
            """;
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        Assert.Empty(GeneratorHarness.Problems(output));
        Assembly assembly = GeneratorHarness.Load(output);
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        var measure = (Func<WorkerPool, long>)Delegate.CreateDelegate(typeof(Func<WorkerPool, long>), assembly.GetType("Consumer.Probe")!.GetMethod("Measure")!);
        Assert.Equal(0, measure(pool));
    }

    [Fact]
    public async Task Generated_slots_are_cleared_at_shutdown_in_reverse_order_and_skip_after_disposal()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Weft;
            namespace Consumer;
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
            public sealed partial class First : IDisposable
            {
                public static readonly List<string> Freed = new();
                public string Owner = "";
                public void Dispose() { lock (Freed) Freed.Add("first@" + Owner); }
            }
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
            public sealed partial class Second : IDisposable
            {
                public string Owner = "";
                public void Dispose() { lock (First.Freed) First.Freed.Add("second@" + Owner); }
            }
            public static class Probe
            {
                public static async Task<string> RunAsync()
                {
                    var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, ThreadNamePrefix = "p" });
                    await First.InitializeAsync(pool, d => new First { Owner = d.Name });
                    await Second.InitializeAsync(pool, d => new Second { Owner = d.Name });
                    await pool.StopAsync();
                    lock (First.Freed) return string.Join(",", First.Freed);
                }
            }
            """;
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        Assert.Empty(GeneratorHarness.Problems(output));
        Assembly assembly = GeneratorHarness.Load(output);
        var run = (Func<Task<string>>)Delegate.CreateDelegate(typeof(Func<Task<string>>), assembly.GetType("Consumer.Probe")!.GetMethod("RunAsync")!);
        Assert.Equal("second@p-worker-0,first@p-worker-0,second@p-main,first@p-main", await run().WaitAsync(TimeSpan.FromSeconds(60)));
    }
}
