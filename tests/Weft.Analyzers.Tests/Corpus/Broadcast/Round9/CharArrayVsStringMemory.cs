// WEFT0007: "a read-only view of an immutable value (immutableBytes.AsMemory(), text.AsMemory()) [is quiet], while the
// same view of a byte[] is reported". Here a char[] the caller keeps vs the string itself.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R9.CharArrayVsStringMemory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Motd
{
    private string _text = "";

    [WorkerUpdate]
    private void Set(ReadOnlyMemory<char> text) => _text = text.ToString();
}

public static class MotdAdmin
{
    public static Task SetAsync(WorkerPool pool, string text)
    {
        char[] chars = text.ToCharArray();
        return Motd.SetOnAllWorkersAsync(pool, chars.AsMemory()); // expect: WEFT0007
    }
}
