using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A broadcast argument of an interface type awaited from an <c>async</c> helper of the compilation (<c>var peers =
/// await LoadAsync();</c>, also through <c>ConfigureAwait</c> or passed directly) is judged by what every <c>return</c>
/// of the helper hands back, as for a helper called without <c>await</c> (corpus round 11, Broadcast/Round11
/// AsyncHelperReturnsList.Quiet). The quiet test fails on the engine before (the declared interface was judged); the
/// defect test guards a helper that returns its list.
/// </summary>
public sealed class AwaitedHelperTypeTests
{
    private const string Peers = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Peers
        {
            private int _count;

            [WorkerUpdate]
            private void Replace(IReadOnlyList<string> peers) => _count = peers.Count;
        }

        """;

    [Fact]
    public Task An_async_helper_returning_an_immutable_array_behind_an_interface_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Peers + """
        public static class Discovery
        {
            private static async Task<IReadOnlyList<string>> LoadAsync()
            {
                await Task.Yield();
                var found = new List<string> { "a", "b" };
                return found.ToImmutableArray();
            }

            public static async Task RefreshAsync(WorkerPool pool)
            {
                var peers = await LoadAsync();
                await Peers.ReplaceOnAllWorkersAsync(pool, peers);
                IReadOnlyList<string> configured = await LoadAsync().ConfigureAwait(true);
                await Peers.ReplaceOnAllWorkersAsync(pool, configured);
                await Peers.ReplaceOnAllWorkersAsync(pool, await LoadAsync());
            }
        }
        """);

    [Fact]
    public Task An_async_helper_returning_its_list_behind_an_interface_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Peers + """
        public static class Discovery
        {
            private static async Task<IReadOnlyList<string>> LoadAsync()
            {
                await Task.Yield();
                var found = new List<string> { "a", "b" };
                return found;
            }

            public static async Task RefreshAsync(WorkerPool pool)
            {
                var peers = await LoadAsync();
                await Peers.ReplaceOnAllWorkersAsync(pool, {|WEFT0007:peers|});
            }
        }
        """);
}
