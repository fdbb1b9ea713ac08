using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A static <c>ConditionalWeakTable</c> is thread-safe, its values are not: <c>GetOrCreateValue</c>, <c>GetValue</c> and
/// <c>TryGetValue</c> hand every worker that looks the same key up the same value, so a read-modify-write of it from
/// worker code is WEFT0006, as for a <c>ConcurrentDictionary</c>'s values; an <c>Interlocked</c> update is quiet. Fails
/// on the engine before, which took the table's values for new objects of each call (corpus StaticWrites/Round10
/// WeakTableBoxIncrement).
/// </summary>
public sealed class WeakTableElementTests
{
    private const string Types = """
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Threading;
        using Weft;
        namespace App;

        public static class Tags
        {
            public static readonly object SharedKey = new();
            public static readonly ConditionalWeakTable<object, StrongBox<int>> Counts = new();
            public static readonly ConditionalWeakTable<object, List<string>> Names = new();
        }

        """;

    [Fact]
    public Task Values_of_a_static_weak_table_changed_by_worker_code_are_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Types + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Tagger
        {
            [WorkerUpdate]
            private void Count(string name)
            {
                var box = Tags.Counts.GetOrCreateValue(Tags.SharedKey);
                {|WEFT0006:box.Value++|};
                {|WEFT0006:Tags.Names.GetValue(Tags.SharedKey, _ => new List<string>()).Add(name)|};
                if (Tags.Counts.TryGetValue(Tags.SharedKey, out StrongBox<int>? found))
                {
                    {|WEFT0006:found.Value += 2|};
                }
            }
        }
        """);

    [Fact]
    public Task Atomic_updates_of_a_weak_tables_values_are_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Types + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Tagger
        {
            [WorkerUpdate]
            private void Count()
            {
                var box = Tags.Counts.GetOrCreateValue(Tags.SharedKey);
                Interlocked.Increment(ref box.Value);
            }
        }
        """);
}
