using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A <c>Memory&lt;T&gt;</c>, <c>ReadOnlyMemory&lt;T&gt;</c>, <c>ArraySegment&lt;T&gt;</c> or a collection's struct enumerator is a view: a copy of it shares
/// the memory it views, even over numbers, so one over a worker's buffer captured off the loop is that buffer. A struct
/// of numbers (a tuple of ints, a KeyValuePair of string and int) is still a copy. Fails on the engine before (a view
/// of bytes was taken for a struct of numbers, a copy).
/// </summary>
public sealed class ViewStructCaptureTests
{
    private const string Slot = """
        using System;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly byte[] Buffer = new byte[256];
            public readonly int[] Counts = new int[8];
            public readonly System.Collections.Generic.Dictionary<string, int> Hosts = new();
        }

        """;

    [Fact]
    public Task A_memory_over_a_workers_buffer_captured_by_Task_Run_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Scrub
        {
            public static Task Header()
            {
                Memory<byte> header = HostCache.Current.Buffer.AsMemory(0, 16);
                return Task.Run(() => {|WEFT0004:header|}.Span.Clear());
            }

            public static Task Walk()
            {
                var entries = HostCache.Current.Hosts.GetEnumerator();
                return Task.Run(() =>
                {
                    while ({|WEFT0004:entries|}.MoveNext()) Console.WriteLine(entries.Current.Key);
                });
            }

            public static Task Counts()
            {
                var counts = new ArraySegment<int>(HostCache.Current.Counts, 0, 4);
                return Task.Run(() => {|WEFT0004:counts|}[0]++);
            }
        }
        """);

    [Fact]
    public Task Structs_of_numbers_and_views_of_copies_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Scrub
        {
            public static Task Copies()
            {
                (int First, int Second) pair = (HostCache.Current.Counts[0], HostCache.Current.Counts[1]);
                ReadOnlyMemory<byte> copy = HostCache.Current.Buffer.AsSpan(0, 16).ToArray();
                return Task.Run(() => Console.WriteLine(pair.First + copy.Length));
            }
        }
        """);
}
