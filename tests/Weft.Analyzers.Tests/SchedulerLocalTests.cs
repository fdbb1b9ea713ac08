using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// <c>TaskScheduler.Default</c> kept in a local first (its sole value) is still the thread pool: a continuation or a
/// <c>StartNew</c> on it runs off the loop. A local holding another scheduler, or given more than one value, says
/// nothing. Fails on the engine before (only <c>TaskScheduler.Default</c> written at the argument was recognised).
/// </summary>
public sealed class SchedulerLocalTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Metrics
        {
            public readonly Dictionary<string, long> Latency = new();
        }

        """;

    [Fact]
    public Task Worker_state_in_a_continuation_on_the_default_scheduler_held_in_a_local_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Probe
        {
            public static Task Measure(Task<long> ping, string host)
            {
                var metrics = Metrics.Current;
                var pool = TaskScheduler.Default;
                return ping.ContinueWith(t => {|WEFT0004:metrics|}.Latency[host] = t.Result, CancellationToken.None, TaskContinuationOptions.None, pool);
            }

            public static Task Start(string host)
            {
                var metrics = Metrics.Current;
                TaskScheduler pool = TaskScheduler.Default;
                return Task.Factory.StartNew(() => {|WEFT0004:metrics|}.Latency.Remove(host), CancellationToken.None, TaskCreationOptions.None, pool);
            }
        }
        """);

    [Fact]
    public Task A_local_holding_the_loops_scheduler_or_several_values_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Probe
        {
            public static Task Measure(Task<long> ping, string host)
            {
                var metrics = Metrics.Current;
                var here = TaskScheduler.FromCurrentSynchronizationContext();
                return ping.ContinueWith(t => metrics.Latency[host] = t.Result, CancellationToken.None, TaskContinuationOptions.None, here);
            }

            public static Task Chosen(Task<long> ping, string host, bool loop)
            {
                var metrics = Metrics.Current;
                var scheduler = TaskScheduler.Default;
                if (loop) scheduler = TaskScheduler.FromCurrentSynchronizationContext();
                return ping.ContinueWith(t => metrics.Latency[host] = t.Result, CancellationToken.None, TaskContinuationOptions.None, scheduler);
            }
        }
        """);
}
