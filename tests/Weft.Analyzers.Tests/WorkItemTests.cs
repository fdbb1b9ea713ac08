using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A work item object handed to another thread runs its one method there (docs/rules/WEFT0004.md, WEFT0005.md: code
/// that reaches another thread by any form): <c>IThreadPoolWorkItem.Execute</c> on the pool, <c>IDispatcherWorkItem.Execute</c>
/// on the loop it is posted to (the runtime's <c>Post(IDispatcherWorkItem)</c> carries <c>[RunsOnOwningLoop]</c>). Fails on
/// the engine before this rule, which judged only the item's fields at the hand-over.
/// </summary>
public sealed class WorkItemTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial record Routes(int Version);

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> ByHost = new();
        }

        """;

    [Fact]
    public Task A_pool_work_item_runs_its_Execute_on_the_pool() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Report : IThreadPoolWorkItem
        {
            public void Execute() => Console.WriteLine({|WEFT0005:Routes.Current|}.Version);
        }

        public sealed class Quiet : IThreadPoolWorkItem
        {
            public void Execute() => Console.WriteLine("tick");
        }

        public static class Scheduler
        {
            public static void Queue()
            {
                ThreadPool.UnsafeQueueUserWorkItem(new Report(), preferLocal: false);
                ThreadPool.UnsafeQueueUserWorkItem(new Quiet(), preferLocal: false);
            }
        }
        """);

    [Fact]
    public Task A_dispatcher_work_item_posted_to_another_loop_takes_what_it_holds_there() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class ClearEntries(Dictionary<string, int> entries) : IDispatcherWorkItem
        {
            public void Execute() => entries.Clear();
        }

        public static class Poster
        {
            public static void Post(WorkerPool pool)
            {
                var cache = HostCache.Current;
                {|WEFT0004:pool.Main.Post(new ClearEntries(cache.ByHost))|};
                Dispatcher.Current!.Post(new ClearEntries(cache.ByHost));
                pool.Main.Post(new ClearEntries(new Dictionary<string, int>(cache.ByHost)));
            }
        }
        """);
}
