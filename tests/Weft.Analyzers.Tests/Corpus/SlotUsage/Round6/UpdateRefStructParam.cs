// WEFT0108: a user-defined `ref struct` parameter (not only Span<T>: "a ref struct (`Span<T>`)").
using Weft;

namespace Corpus6a.UpdateRefStructParam;

public ref struct Cursor
{
    public int Offset;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Reader
{
    private int _offset;

    [WorkerUpdate] public void Seek(Cursor cursor) => _offset = cursor.Offset; // expect: WEFT0108 "Seek"
}
