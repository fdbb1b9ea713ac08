using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A delegate kept in a collection and read back by <c>foreach</c> is the same delegate: run off the loop, it carries the
/// worker state it captured. Fails on the engine before (the enumerator's <c>Current</c> was taken for memory reached
/// from the delegate, which no longer named it).
/// </summary>
public sealed class DelegateCollectionTests
{
    private const string Slot = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> ByHost = new();
        }

        """;

    [Fact]
    public Task A_delegate_read_back_from_a_list_by_foreach_and_queued_to_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Batch
        {
            public static void Flush()
            {
                var cache = HostCache.Current;
                var work = new List<Action>();
                work.Add(() => cache.ByHost.Clear());
                foreach (Action action in work) ThreadPool.QueueUserWorkItem(_ => {|WEFT0004:action|}());
            }

            public static void Run()
            {
                var cache = HostCache.Current;
                var work = new Queue<Action>();
                work.Enqueue(() => {|WEFT0004:cache|}.ByHost.Remove("a"));
                foreach (Action action in work) Task.Run(action);
            }
        }
        """);

    [Fact]
    public Task Delegates_over_copies_or_run_on_the_loop_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Batch
        {
            public static void Flush()
            {
                int count = HostCache.Current.ByHost.Count;
                var cache = HostCache.Current;
                var work = new List<Action> { () => Console.WriteLine(count) };
                foreach (Action action in work) ThreadPool.QueueUserWorkItem(_ => action());
                var local = new List<Action> { () => cache.ByHost.Clear() };
                foreach (Action action in local) action();
            }
        }
        """);
}
