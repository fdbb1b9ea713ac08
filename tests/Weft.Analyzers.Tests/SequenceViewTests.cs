using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A <c>ReadOnlySequence&lt;T&gt;</c> is a view: one made over a worker's buffer (its array or a <c>ReadOnlyMemory</c>
/// over it) is that buffer, so handing it to the pool is WEFT0004; one over a <c>byte[]</c> the caller keeps, broadcast
/// to every worker, is WEFT0007, while one over an immutable array's memory is quiet. Fails on the engine before, whose
/// BCL table listed the sequence among view structs but not its constructor (the buffer was lost at <c>new</c>), and
/// whose immutability table did not list it (corpus round 9, cause 2).
/// </summary>
public sealed class SequenceViewTests
{
    private const string Slot = """
        using System;
        using System.Buffers;
        using System.Collections.Immutable;
        using System.Text;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Inbox
        {
            public byte[] Buffer { get; } = new byte[4096];
        }

        """;

    [Fact]
    public Task A_sequence_over_a_workers_array_handed_to_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Decoder
        {
            public static Task<long> LengthAsync(int filled)
            {
                var sequence = new ReadOnlySequence<byte>(Inbox.Current.Buffer, 0, filled);
                return Task.Run(() => {|WEFT0004:sequence|}.Length);
            }
        }
        """);

    [Fact]
    public Task A_sequence_over_memory_of_a_workers_array_handed_to_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Decoder
        {
            public static Task<long> LengthAsync(int filled)
            {
                ReadOnlyMemory<byte> memory = Inbox.Current.Buffer.AsMemory(0, filled);
                var sequence = new ReadOnlySequence<byte>(memory).Slice(1);
                return Task.Run(() => {|WEFT0004:sequence|}.Length);
            }
        }
        """);

    private const string Greeting = """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Greeting
        {
            private byte[] _bytes = [];

            [WorkerUpdate]
            private void Set(ReadOnlySequence<byte> bytes) => _bytes = bytes.ToArray();
        }

        """;

    [Fact]
    public Task A_sequence_over_a_kept_array_broadcast_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Slot + Greeting + """
        public static class GreetingAdmin
        {
            public static Task SetAsync(WorkerPool pool, string text)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                return Greeting.SetOnAllWorkersAsync(pool, {|WEFT0007:new ReadOnlySequence<byte>(bytes)|});
            }
        }
        """);

    [Fact]
    public Task A_sequence_over_an_immutable_arrays_memory_broadcast_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Slot + Greeting + """
        public static class GreetingAdmin
        {
            public static Task SetAsync(WorkerPool pool, string text)
            {
                ImmutableArray<byte> bytes = [.. Encoding.UTF8.GetBytes(text)];
                return Greeting.SetOnAllWorkersAsync(pool, new ReadOnlySequence<byte>(bytes.AsMemory()));
            }
        }
        """);
}
