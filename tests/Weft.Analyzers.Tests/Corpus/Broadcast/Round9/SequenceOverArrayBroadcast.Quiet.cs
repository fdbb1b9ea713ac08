// WEFT0007: "the same view of a byte[] is reported" (ReadOnlyMemory over an array the caller keeps). A
// ReadOnlySequence<byte> over that array is such a view too; the quiet twin builds it over an ImmutableArray's memory.
using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R9.SequenceOverArrayBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Greeting
{
    private byte[] _bytes = [];

    [WorkerUpdate]
    private void Set(ReadOnlySequence<byte> bytes) => _bytes = bytes.ToArray();
}

public static class GreetingAdmin
{
    public static Task SetAsync(WorkerPool pool, string text)
    {
        ImmutableArray<byte> bytes = [.. Encoding.UTF8.GetBytes(text)];
        return Greeting.SetOnAllWorkersAsync(pool, new ReadOnlySequence<byte>(bytes.AsMemory()));
    }
}
