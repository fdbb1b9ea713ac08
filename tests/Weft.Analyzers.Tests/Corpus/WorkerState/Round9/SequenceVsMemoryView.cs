// WEFT0004, narrowing ReadOnlySequenceView: the same worker buffer handed to Task.Run as a ReadOnlyMemory<byte> (the
// page's first view type) and, in the file's second method, as a ReadOnlySequence<byte> built over that memory. Both
// "share the memory they view". The quiet twin copies the bytes first.
using System;
using System.Buffers;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R9.SequenceVsMemoryView;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Inbox
{
    public byte[] Buffer { get; } = new byte[4096];
}

public static class Parse
{
    public static Task<int> ViaMemoryAsync(int length)
    {
        ReadOnlyMemory<byte> memory = Inbox.Current.Buffer.AsMemory(0, length);
        return Task.Run(() => memory.Span.IndexOf((byte)0)); // expect: WEFT0004
    }

    public static Task<long> ViaSequenceAsync(int length)
    {
        ReadOnlyMemory<byte> memory = Inbox.Current.Buffer.AsMemory(0, length);
        var sequence = new ReadOnlySequence<byte>(memory);
        return Task.Run(() => sequence.Length - sequence.FirstSpan.IndexOf((byte)0)); // expect: WEFT0004
    }
}
