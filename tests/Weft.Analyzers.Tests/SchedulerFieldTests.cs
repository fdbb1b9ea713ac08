using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A scheduler of the thread pool kept in a read-only field or get-only property that nothing else is ever given
/// (<c>static readonly TaskScheduler s_pool = TaskScheduler.Default;</c>, a constructor's assignment, a
/// <c>ConcurrentExclusiveSchedulerPair</c>'s scheduler made over the default one) sends <c>ContinueWith</c> and
/// <c>StartNew</c> to the pool, as the scheduler named at the call does. Fails on the engine before, which knew the
/// scheduler only at the call or through a local.
/// </summary>
public sealed class SchedulerFieldTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Metrics
        {
            public readonly Dictionary<string, long> Latency = new();
        }

        [ThreadLocalSlot]
        public sealed partial class Limits
        {
            public int MaxBatch { get; init; }
        }

        """;

    [Fact]
    public Task Worker_state_in_a_continuation_on_a_pool_scheduler_kept_in_a_readonly_member_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Probe
        {
            private static readonly TaskScheduler s_pool = TaskScheduler.Default;
            private static TaskScheduler Pool { get; } = TaskScheduler.Default;
            private static readonly TaskScheduler s_exclusive = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
            private readonly TaskScheduler _scheduler;

            public Probe() => _scheduler = TaskScheduler.Default;

            public static Task Measure(Task<long> ping, string host)
            {
                var metrics = Metrics.Current;
                return ping.ContinueWith(t => {|WEFT0004:metrics|}.Latency[host] = t.Result, CancellationToken.None, TaskContinuationOptions.None, s_pool);
            }

            public static Task Forget(string host)
            {
                var metrics = Metrics.Current;
                return Task.Factory.StartNew(() => {|WEFT0004:metrics|}.Latency.Remove(host), CancellationToken.None, TaskCreationOptions.None, Pool);
            }

            public static Task Serialize(string host)
            {
                var metrics = Metrics.Current;
                return Task.Factory.StartNew(() => {|WEFT0004:metrics|}.Latency.Remove(host), CancellationToken.None, TaskCreationOptions.None, s_exclusive);
            }

            public Task Later(Task ping, string host)
            {
                var metrics = Metrics.Current;
                return ping.ContinueWith(_ => {|WEFT0004:metrics|}.Latency.Remove(host), _scheduler);
            }

            public Task<int> Batch(Task ping) => ping.ContinueWith(_ => {|WEFT0005:Limits.Current|}.MaxBatch, s_pool);
        }
        """);

    [Fact]
    public Task A_member_holding_the_loops_scheduler_or_one_that_may_change_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Probe
        {
            // Settable: what it holds at the call is not known (the rule's documented limit).
            private static TaskScheduler s_settable = TaskScheduler.Default;
            private readonly TaskScheduler _loop = Dispatcher.Current!.TaskScheduler;
            private readonly TaskScheduler _either;

            public Probe() => _either = TaskScheduler.Default;

            public Probe(bool here) => _either = TaskScheduler.FromCurrentSynchronizationContext();

            public static void Choose(TaskScheduler scheduler) => s_settable = scheduler;

            public static Task Measure(Task<long> ping, string host)
            {
                var metrics = Metrics.Current;
                return ping.ContinueWith(t => metrics.Latency[host] = t.Result, CancellationToken.None, TaskContinuationOptions.None, s_settable);
            }

            public Task Home(Task ping, string host)
            {
                var metrics = Metrics.Current;
                return ping.ContinueWith(_ => metrics.Latency.Remove(host), _loop);
            }

            public Task Either(Task ping, string host)
            {
                var metrics = Metrics.Current;
                return ping.ContinueWith(_ => metrics.Latency.Remove(host), _either);
            }
        }
        """);
}
