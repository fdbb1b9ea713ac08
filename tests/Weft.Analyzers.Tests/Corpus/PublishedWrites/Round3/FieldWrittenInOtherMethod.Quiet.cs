// Round 3. Each change builds a new list into the field (copy-on-write); the published one is never written.
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

    public void Block(string address) => _current = new List<string>(_current) { address };
}
