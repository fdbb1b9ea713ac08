using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A broadcast argument of an interface type that is one element of a tuple a helper of the compilation returns
/// (deconstructed into a local, or read by name from the call or from a local it initialized) is judged by what every
/// <c>return</c> of the helper puts in that element, as a helper's whole returned value is: an
/// <c>ImmutableArray&lt;string&gt;</c> behind <c>IReadOnlyList&lt;string&gt;</c> is quiet, a <c>List&lt;string&gt;</c> is
/// reported. The quiet test fails on the engine before, which judged the element by its declared type (corpus round 15:
/// DeconstructedHelperTuple.Quiet).
/// </summary>
public sealed class HelperTupleElementTypeTests
{
    private const string Types = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Upstreams
        {
            private int _count;

            [WorkerUpdate]
            private void Set(string name, IReadOnlyList<string> hosts) => _count = hosts.Count + name.Length;
        }

        """;

    [Fact]
    public Task An_immutable_element_of_a_helpers_returned_tuple_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public sealed class Registry
        {
            private readonly List<string> _hosts = new();
            private string _name = "default";

            public (string Name, IReadOnlyList<string> Hosts) Snapshot() => (_name, _hosts.ToImmutableArray());
        }

        public static class Sync
        {
            public static Task Deconstructed(WorkerPool pool, Registry registry)
            {
                var (name, hosts) = registry.Snapshot();
                return Upstreams.SetOnAllWorkersAsync(pool, name, hosts);
            }

            public static Task ByName(WorkerPool pool, Registry registry) =>
                Upstreams.SetOnAllWorkersAsync(pool, "x", registry.Snapshot().Hosts);

            public static Task ThroughLocal(WorkerPool pool, Registry registry)
            {
                var snapshot = registry.Snapshot();
                return Upstreams.SetOnAllWorkersAsync(pool, snapshot.Name, snapshot.Hosts);
            }
        }
        """);

    [Fact]
    public Task A_mutable_element_is_reported_with_its_own_type() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public sealed class Registry
        {
            private readonly List<string> _hosts = new();
            private string _name = "default";

            public (string Name, IReadOnlyList<string> Hosts) Snapshot() => (_name, _hosts);
        }

        public static class Sync
        {
            public static Task Deconstructed(WorkerPool pool, Registry registry)
            {
                var (name, hosts) = registry.Snapshot();
                return Upstreams.SetOnAllWorkersAsync(pool, name, {|WEFT0007:hosts|});
            }
        }
        """);
}
