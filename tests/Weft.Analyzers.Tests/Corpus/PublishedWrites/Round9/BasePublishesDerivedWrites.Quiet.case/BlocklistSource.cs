using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.BasePublishesDerivedWrites;

public sealed class BlocklistSource(Slot<List<string>> slot) : SnapshotSource(slot)
{
    public void Block(string address)
    {
        Entries.Add(address);
        Commit();
    }
}
