// Quiet twin of UpdateRefStructParam: the same struct without `ref` is an ordinary stored value.
using Weft;

namespace Corpus6a.UpdateRefStructParam;

public readonly struct Cursor
{
    public Cursor(int offset) => Offset = offset;

    public int Offset { get; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Reader
{
    private int _offset;

    [WorkerUpdate] public void Seek(Cursor cursor) => _offset = cursor.Offset;
}
