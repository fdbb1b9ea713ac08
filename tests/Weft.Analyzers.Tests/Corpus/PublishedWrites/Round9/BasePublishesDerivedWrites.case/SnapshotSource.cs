// WEFT0002 across files: the base class (this file) publishes the list its protected field holds; the derived class
// (BlocklistSource.cs) adds to that field before calling Commit. Reading taken: the derived type's methods are methods
// of a type whose (inherited) method publishes the field, so the field is published state there too, and the add
// changes what the previous Commit published (the page's "reusing one buffer for every version").
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.BasePublishesDerivedWrites;

public abstract class SnapshotSource(Slot<List<string>> slot)
{
    protected readonly List<string> Entries = new();

    protected void Commit() => slot.Publish(Entries);
}
