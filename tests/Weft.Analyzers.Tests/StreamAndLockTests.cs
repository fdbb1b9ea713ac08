using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Library objects judged by what they do to the data (docs/rules/WEFT0002.md, WEFT0003.md, WEFT0006.md, WEFT0008.md):
/// a memory stream over an array writes the array (moving its position does not), a writer over a stream writes
/// it, collection extension methods write; a <c>System.Threading.Lock</c> scope is a lock; a field or local of an
/// interface type that holds a concurrent collection is thread-safe; a broadcast's completion runs once, on main.
/// Each test fails on the engine before these rules.
/// </summary>
public sealed class StreamAndLockTests
{
    private const string Usings = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using Weft;
        using Weft.Slots;
        using Weft.Threading;
        namespace App;

        """;

    [Fact]
    public Task A_memory_stream_over_a_published_array_writes_it() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Frames
        {
            public static void Publish(Slot<byte[]> slot, byte[] trailer)
            {
                var frame = new byte[64];
                slot.Publish(frame);
                using var stream = new MemoryStream(frame);
                stream.Position = 10;
                {|WEFT0002:stream.Write(trailer)|};
                using var writer = new BinaryWriter(new MemoryStream(frame));
                {|WEFT0002:writer.Write(42)|};
                using var copy = new MemoryStream();
                copy.Write(frame);
                using var reader = new MemoryStream(frame, writable: false);
                reader.Position = 4;
                reader.ReadByte();
            }
        }
        """);

    [Fact]
    public Task Collection_extension_methods_write_their_collection() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Routes
        {
            public static void Publish(Slot<List<int>> slot, Slot<Dictionary<string, int>> map, ReadOnlySpan<int> more)
            {
                var ports = new List<int>();
                slot.Publish(ports);
                {|WEFT0002:CollectionExtensions.AddRange(ports, more)|};
                IDictionary<string, int> counts = new Dictionary<string, int>();
                map.Publish((Dictionary<string, int>)counts);
                {|WEFT0002:counts.TryAdd("a", 1)|};
            }
        }
        """);

    [Fact]
    public Task A_lock_scope_an_interface_typed_concurrent_static_and_main_completions_are_no_races() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        public sealed class Cache
        {
            public int Entries;
        }

        public static class Census
        {
            private static readonly Lock Gate = new();
            private static readonly HashSet<string> Seen = new();
            private static readonly IDictionary<string, int> LastStatus = new ConcurrentDictionary<string, int>();
            private static readonly IDictionary<string, int> Plain = new Dictionary<string, int>();
            private static readonly List<int> Rounds = new();

            public static void Record(Dispatcher worker, string host, int status) => worker.Post(() =>
            {
                using (Gate.EnterScope())
                {
                    Seen.Add(host);
                }

                LastStatus[host] = status;
                {|WEFT0006:Plain[host] = status|};
                {|WEFT0006:Seen.Add(host)|};
                using var scope = Gate.EnterScope();
                Seen.Remove(host);
            });

            public static void Collect(Slot<Cache> slot) =>
                slot.RunOnAllThreads(cache => cache.Entries++, () => Rounds.Add(Rounds.Count + 1));
        }
        """);

    [Fact]
    public Task A_captured_interface_typed_local_holding_a_concurrent_collection_is_thread_safe() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public Dictionary<string, int> ByHost { get; } = new();
            public string Name { get; set; } = "";

            [WorkerUpdate]
            private void Touch() => ByHost["x"] = 1;
        }

        public static class Census
        {
            public static void Collect(WorkerPool pool)
            {
                IDictionary<string, int> sizes = new ConcurrentDictionary<string, int>();
                IDictionary<string, int> plain = new Dictionary<string, int>();
                HostCache.UpdateAll(pool, cache => sizes.TryAdd(cache.Name, cache.ByHost.Count), () => { });
                HostCache.UpdateAll(pool, cache => {|WEFT0008:plain.TryAdd(cache.Name, cache.ByHost.Count)|}, () => { });
            }
        }
        """);
}
