using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// <c>SynchronizationContext.Post</c> is the BCL's form of a post to another dispatcher when the context is that
/// dispatcher's <c>SynchronizationContext</c>: worker state captured or passed as the state goes to that loop. A context
/// the code does not name (a field, a parameter, <c>SynchronizationContext.Current</c>) says nothing, and the calling
/// loop's own context keeps the callback on this worker. Fails on the engine before the table row (no report).
/// </summary>
public sealed class SynchronizationContextPostTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using System.Threading;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> ByHost = new();
        }

        """;

    [Fact]
    public Task Worker_state_captured_by_a_post_to_mains_context_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Report
        {
            public static void Send(WorkerPool pool)
            {
                var cache = HostCache.Current;
                pool.Main.SynchronizationContext.Post(_ => {|WEFT0004:cache|}.ByHost.Clear(), null);
            }
        }
        """);

    [Fact]
    public Task Worker_state_passed_as_the_state_through_a_local_context_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Report
        {
            public static void Send(WorkerPool pool)
            {
                SynchronizationContext main = pool.Main.SynchronizationContext;
                main.Post(state => ((Dictionary<string, int>)state!).Clear(), {|WEFT0004:HostCache.Current.ByHost|});
            }
        }
        """);

    [Fact]
    public Task A_post_to_the_calling_loops_own_context_or_an_unnamed_context_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Report(SynchronizationContext kept)
        {
            public void Send()
            {
                var cache = HostCache.Current;
                Dispatcher.Current!.SynchronizationContext.Post(_ => cache.ByHost.Clear(), null);
                SynchronizationContext.Current?.Post(_ => cache.ByHost.Clear(), null);
                kept.Post(_ => cache.ByHost.Clear(), null);
            }

            public static void Copy(WorkerPool pool)
            {
                int count = HostCache.Current.ByHost.Count;
                pool.Main.SynchronizationContext.Post(_ => System.Console.WriteLine(count), null);
            }
        }
        """);
}
