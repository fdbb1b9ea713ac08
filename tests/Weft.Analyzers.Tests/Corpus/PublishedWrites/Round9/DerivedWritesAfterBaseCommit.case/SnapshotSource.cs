// WEFT0002 across files, narrowing BasePublishesDerivedWrites: the derived class (BlocklistSource.cs) writes the base's
// protected field right after calling the base's Commit, which published it: a write after the publish in the same
// method, through "a field that ever held it".
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.DerivedWritesAfterBaseCommit;

public abstract class SnapshotSource(Slot<List<string>> slot)
{
    protected readonly List<string> Entries = new();

    protected void Commit() => slot.Publish(Entries);
}
