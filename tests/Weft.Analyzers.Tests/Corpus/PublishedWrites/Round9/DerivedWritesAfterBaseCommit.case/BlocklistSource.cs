using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.DerivedWritesAfterBaseCommit;

public sealed class BlocklistSource(Slot<List<string>> slot) : SnapshotSource(slot)
{
    public void Seal(string marker)
    {
        Commit();
        Entries.Add(marker); // expect: WEFT0002
    }
}
