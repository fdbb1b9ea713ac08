using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A <c>ConcurrentExclusiveSchedulerPair</c> made over the default scheduler runs its tasks on the pool, also when the
/// pair is kept in a local whose only value it is or in a read-only field only ever given one (the WEFT0004 page: kept
/// the way <c>TaskScheduler.Default</c> may be). Was known only when the pair was made in the same expression (corpus
/// round 17's three misses). A pair over the loop's own scheduler, or one a settable field holds, is quiet.
/// </summary>
public sealed class SchedulerPairHolderTests
{
    private const string Quotas = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Quotas
        {
            public Dictionary<string, int> Used { get; } = new();
        }

        """;

    [Fact]
    public Task A_pair_over_the_pool_in_a_local_or_a_read_only_field_runs_its_tasks_on_the_pool() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Quotas + """
        public static class Reset
        {
            private static readonly ConcurrentExclusiveSchedulerPair s_pair = new(TaskScheduler.Default);

            public static Task InLocal()
            {
                var quotas = Quotas.Current;
                var pair = new ConcurrentExclusiveSchedulerPair();
                return Task.Factory.StartNew(() => {|WEFT0004:quotas|}.Used.Clear(), CancellationToken.None, TaskCreationOptions.None, pair.ExclusiveScheduler);
            }

            public static Task InField(Task before)
            {
                var quotas = Quotas.Current;
                return before.ContinueWith(_ => {|WEFT0004:quotas|}.Used.Clear(), s_pair.ConcurrentScheduler);
            }
        }
        """);

    [Fact]
    public Task A_pair_over_the_loops_scheduler_or_in_a_settable_field_is_quiet() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Quotas + """
        public static class Reset
        {
            public static ConcurrentExclusiveSchedulerPair Shared = new();

            public static Task OnLoop()
            {
                var quotas = Quotas.Current;
                var pair = new ConcurrentExclusiveSchedulerPair(Dispatcher.Current!.TaskScheduler);
                return Task.Factory.StartNew(() => quotas.Used.Clear(), CancellationToken.None, TaskCreationOptions.None, pair.ExclusiveScheduler);
            }

            public static Task Unknown()
            {
                var quotas = Quotas.Current;
                return Task.Factory.StartNew(() => quotas.Used.Clear(), CancellationToken.None, TaskCreationOptions.None, Shared.ExclusiveScheduler);
            }
        }
        """);
}
