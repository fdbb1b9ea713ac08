// WEFT0107 on a [WorkerUpdate] method whose name is a C# keyword written with @ (`@class`); a valid `@event` update
// sits beside it (issue 10 names keyword names as a place the parser and the emitter disagreed).
using Weft;

namespace Corpus6a.UpdateKeywordName;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    private int _count;

    [WorkerUpdate] public void @event(string name) => _count += name.Length;

    [WorkerUpdate] public int @class() => _count; // expect: WEFT0107 "class"
}
