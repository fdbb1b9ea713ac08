using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A copy of a worker's collection whose elements are immutable values (a sealed record of strings and numbers, all
/// fields readonly) shares nothing anybody could change: handing it to another thread is handing over values, quiet. A
/// copy of mutable elements (a settable member, a list inside) still carries the worker's objects, WEFT0004. Fails on
/// the engine before, which took every class element of a copy for the worker's state (corpus WorkerState/Round7
/// InventorySaveKeyValuePair.Quiet).
/// </summary>
public sealed class ImmutableElementCopyTests
{
    private const string Types = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public sealed record Item(string Id, int Count);

        public sealed record Counted(string Id)
        {
            public int Count { get; set; }
        }

        public sealed class Tagged
        {
            public Tagged(string id) => Id = id;

            public string Id { get; }

            public readonly List<string> Tags = new();
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Inventories
        {
            public List<Item> Items { get; } = new();
            public List<Counted> Counts { get; } = new();
            public List<Tagged> Tags { get; } = new();
        }

        public static class Store
        {
            public static void Save<T>(IReadOnlyList<T> items) { }

            public static void SaveEntry(KeyValuePair<string, IReadOnlyList<Item>> entry) { }
        }

        """;

    [Fact]
    public Task Copies_of_immutable_value_elements_handed_to_another_thread_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Checkpoint
        {
            public static void Run(string player)
            {
                Item[] copy = Inventories.Current.Items.ToArray();
                Task.Run(() => Store.Save(copy));
                List<Item> spread = [.. Inventories.Current.Items];
                Task.Run(() => Store.Save(spread));
                var entry = KeyValuePair.Create(player, (IReadOnlyList<Item>)Inventories.Current.Items.ToArray());
                ThreadPool.QueueUserWorkItem(Store.SaveEntry, entry, preferLocal: false);
            }
        }
        """);

    [Fact]
    public Task Copies_of_mutable_elements_handed_to_another_thread_are_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Checkpoint
        {
            public static void Run()
            {
                Counted[] counts = Inventories.Current.Counts.ToArray();
                Task.Run(() => Store.Save({|WEFT0004:counts|}));
                List<Tagged> tags = [.. Inventories.Current.Tags];
                Task.Run(() => Store.Save({|WEFT0004:tags|}));
            }
        }
        """);
}
