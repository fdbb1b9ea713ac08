using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A range of an array (<c>pem[16..]</c>) is a new array made for the call: a read-only view over it is shared with
/// nobody (corpus round 11, Broadcast/Round11 ArrayRangeMemory.Quiet), as one over <c>ToArray()</c> is. The quiet test
/// fails on the engine before; the defect test guards a view over the array itself (<c>AsMemory(16..)</c>).
/// </summary>
public sealed class ArrayRangeCopyTests
{
    private const string Tls = """
        using System;
        using System.Buffers;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Tls
        {
            private int _length;

            [WorkerUpdate]
            private void LoadKey(ReadOnlyMemory<byte> key) => _length = key.Length;
        }

        """;

    [Fact]
    public Task A_read_only_view_over_a_range_of_an_array_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Tls + """
        public sealed class KeyStore
        {
            private readonly byte[] _pem = new byte[256];

            public Task Push(WorkerPool pool) => Tls.LoadKeyOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(_pem[16..]));

            public Task PushMiddle(WorkerPool pool) => Tls.LoadKeyOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(_pem[16..^16]));
        }
        """);

    [Fact]
    public Task A_view_over_the_array_itself_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Tls + """
        public sealed class KeyStore
        {
            private readonly byte[] _pem = new byte[256];

            public Task Push(WorkerPool pool) => Tls.LoadKeyOnAllWorkersAsync(pool, {|WEFT0007:_pem.AsMemory(16..)|});
        }
        """);
}
