using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// After an <c>await</c> that may resume off the loop, WEFT0004 judges worker state reached through a delegate by whether
/// it was held across such an <c>await</c>, as for a variable: a method group's receiver, what a <c>Lazy&lt;T&gt;</c>'s
/// factory captured when its <c>Value</c> is forced there, and what a member delegate that a helper's summary runs
/// captured. A slot value read each pass of a loop whose wait is <c>ConfigureAwait(false)</c> is WEFT0005 at the read
/// from the second pass on; handing it to those delegates in an inner loop is no second defect. The quiet test fails on
/// the engine before (each path still judged "any worker value" once the context was maybe off the loop); the reported
/// test guards the other side: the same delegates made before the loop, over state held across the <c>await</c>.
/// </summary>
public sealed class CrossedDelegatePathsTests
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

            public void Store(string host, int addresses) => ByHost[host] = addresses;
        }

        public sealed class Job
        {
            private readonly Action _work;

            public Job(Action work) => _work = work;

            public void Run() => _work();
        }

        """;

    [Fact]
    public Task Delegates_over_a_value_read_each_pass_and_run_in_an_inner_loop_are_only_the_reads_WEFT0005() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Refresher
        {
            public static async Task MethodGroup(List<string> hosts, CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    HostCache cache = {|WEFT0005:HostCache.Current|};
                    Action<string, int> store = cache.Store;
                    foreach (string host in hosts)
                    {
                        store(host, 1);
                    }

                    await Task.Delay(1, ct).ConfigureAwait(false);
                }
            }

            public static async Task<int> LazyForced(List<string> hosts, CancellationToken ct)
            {
                int total = 0;
                while (!ct.IsCancellationRequested)
                {
                    HostCache cache = {|WEFT0005:HostCache.Current|};
                    var count = new Lazy<int>(() => cache.ByHost.Count);
                    foreach (string host in hosts)
                    {
                        total += count.Value;
                    }

                    await Task.Delay(1, ct).ConfigureAwait(false);
                }

                return total;
            }

            public static async Task MemberDelegate(List<string> hosts, CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    HostCache cache = {|WEFT0005:HostCache.Current|};
                    var job = new Job(() => cache.ByHost.Clear());
                    foreach (string host in hosts)
                    {
                        job.Run();
                    }

                    await Task.Delay(1, ct).ConfigureAwait(false);
                }
            }
        }
        """);

    [Fact]
    public Task Delegates_over_a_value_held_across_the_await_are_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Refresher
        {
            public static async Task MethodGroup(List<string> hosts, CancellationToken ct)
            {
                HostCache cache = HostCache.Current;
                Action<string, int> store = cache.Store;
                await Task.Delay(1, ct).ConfigureAwait(false);
                {|WEFT0004:store|}(hosts[0], 1);
            }

            public static async Task<int> LazyForced(CancellationToken ct)
            {
                HostCache cache = HostCache.Current;
                var count = new Lazy<int>(() => {|WEFT0004:cache|}.ByHost.Count);
                await Task.Delay(1, ct).ConfigureAwait(false);
                return count.Value;
            }

            public static async Task MemberDelegate(CancellationToken ct)
            {
                HostCache cache = HostCache.Current;
                var job = new Job(() => {|WEFT0004:cache|}.ByHost.Clear());
                await Task.Delay(1, ct).ConfigureAwait(false);
                job.Run();
            }
        }
        """);
}
