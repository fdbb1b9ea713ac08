using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A broadcast argument of an interface type that a helper of the compilation returns (held in a local or passed
/// directly) is judged by what every <c>return</c> of the helper hands back, with the call's type arguments put in:
/// an <c>ImmutableArray&lt;string&gt;</c> behind <c>IReadOnlyList&lt;string&gt;</c> is quiet, a <c>List&lt;string&gt;</c>
/// is reported, and a helper whose returns differ is judged by its declared type. Corpus round 10, cause 9 (third
/// case); the quiet tests fail on the engine before.
/// </summary>
public sealed class HelperReturnedTypeTests
{
    private const string Backends = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Backends
        {
            private int _count;

            [WorkerUpdate]
            private void Replace(IReadOnlyList<string> names) => _count = names.Count;
        }

        """;

    private const string Registry = """
        public sealed class Registry<T>
        {
            private readonly List<T> _items = new();

            public void Add(T item) => _items.Add(item);

            public IReadOnlyList<T> Snapshot() => RETURNED;
        }

        """;

    [Fact]
    public Task An_immutable_copy_behind_an_interface_local_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Backends + Registry.Replace("RETURNED", "_items.ToImmutableArray()") + """
        public static class Sync
        {
            public static Task Run(WorkerPool pool, Registry<string> registry)
            {
                IReadOnlyList<string> names = registry.Snapshot();
                return Backends.ReplaceOnAllWorkersAsync(pool, names);
            }
        }
        """);

    [Fact]
    public Task An_immutable_copy_passed_directly_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Backends + Registry.Replace("RETURNED", "_items.ToImmutableArray()") + """
        public static class Sync
        {
            public static Task Run(WorkerPool pool, Registry<string> registry) => Backends.ReplaceOnAllWorkersAsync(pool, registry.Snapshot());
        }
        """);

    [Fact]
    public Task The_registry_own_list_behind_the_interface_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Backends + Registry.Replace("RETURNED", "_items") + """
        public static class Sync
        {
            public static Task Run(WorkerPool pool, Registry<string> registry)
            {
                IReadOnlyList<string> names = registry.Snapshot();
                return Backends.ReplaceOnAllWorkersAsync(pool, {|WEFT0007:names|});
            }
        }
        """);

    [Fact]
    public Task A_helper_whose_returns_differ_is_judged_by_its_declared_type() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Backends + """
        public sealed class Registry
        {
            private readonly List<string> _items = new();

            public IReadOnlyList<string> Snapshot(bool copy)
            {
                if (copy)
                {
                    return _items.ToImmutableArray();
                }

                return _items;
            }
        }

        public static class Sync
        {
            public static Task Run(WorkerPool pool, Registry registry) => Backends.ReplaceOnAllWorkersAsync(pool, {|WEFT0007:registry.Snapshot(true)|});
        }
        """);
}
