// Round 3. The published list lives in a field; another method of the type appends to it later.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.FieldWrittenInOtherMethod;

public sealed class BlockList
{
    private readonly Slot<List<string>> _slot;
    private List<string> _current = new();

    public BlockList(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public void Commit() => _slot.Publish(_current);

    public void Block(string address) => _current.Add(address); // expect: WEFT0002 "_current"
}
