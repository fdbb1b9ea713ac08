using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// WEFT0006 for what a static list, dictionary or array holds: an element looked up there (by indexer or
/// <c>TryGetValue</c>, also of a <c>ConcurrentDictionary</c>: a thread-safe map does not make its values thread-safe) is
/// the one object every worker gets, so changing it from worker code races. An element taken out of a pool (a stack, a
/// queue, a bag) belongs to its taker and stays quiet, as do thread-safe elements and atomic updates. Fails on the
/// engine before (only a write to the static's own object was reported).
/// </summary>
public sealed class StaticCollectionElementTests
{
    private const string Usings = """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Threading;
        using Weft;
        namespace App;

        """;

    [Fact]
    public Task An_element_of_a_static_dictionary_or_array_changed_by_worker_code_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            private static readonly Dictionary<string, List<string>> s_aliases = new() { ["default"] = new List<string>() };
            private static readonly ConcurrentDictionary<string, StrongBox<long>> s_hits = new();
            private static readonly List<string>[] s_shards = [new(), new()];

            [WorkerUpdate]
            private void Alias(string name) => {|WEFT0006:s_aliases["default"].Add(name)|};

            [WorkerUpdate]
            private void Hit(string host)
            {
                if (s_hits.TryGetValue(host, out var box))
                {
                    {|WEFT0006:box.Value++|};
                }
            }

            [WorkerUpdate]
            private void Shard(string host) => {|WEFT0006:s_shards[host.Length % 2].Add(host)|};
        }
        """);

    [Fact]
    public Task Pooled_thread_safe_or_atomically_updated_elements_of_a_static_collection_are_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            private static readonly ConcurrentStack<byte[]> s_free = new();
            private static readonly ConcurrentDictionary<string, ConcurrentBag<string>> s_aliases = new();
            private static readonly ConcurrentDictionary<string, StrongBox<long>> s_hits = new();

            [WorkerUpdate]
            private void Encode(string text)
            {
                if (s_free.TryPop(out var buffer))
                {
                    buffer[0] = (byte)text.Length;
                    s_free.Push(buffer);
                }
            }

            [WorkerUpdate]
            private void Alias(string name)
            {
                if (s_aliases.TryGetValue("default", out var names))
                {
                    names.Add(name);
                }
            }

            [WorkerUpdate]
            private void Hit(string host)
            {
                if (s_hits.TryGetValue(host, out var box))
                {
                    Interlocked.Increment(ref box.Value);
                }
            }
        }
        """);
}
