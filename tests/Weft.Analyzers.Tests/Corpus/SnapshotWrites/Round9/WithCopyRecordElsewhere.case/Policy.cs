// WEFT0003 across files: a snapshot record (WEFT0001 silenced on purpose: it holds a List) is declared in this file;
// Tweak.cs makes a `with` copy of Current and adds to the copy's list, which is still the snapshot's list.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R9.WithCopyRecordElsewhere;

[ThreadLocalSlot]
public sealed partial record Policy
{
    public int Version { get; init; }

#pragma warning disable WEFT0001
    public List<string> Allowed { get; init; } = new();
#pragma warning restore WEFT0001
}
