// A project of three files: the snapshot; an abstract name source whose override (second file) returns the
// snapshot's set as an IEnumerable; the caller (third file) casts what the base property gives back and adds to it.
// The page names this form: "a virtual or abstract property read through a base type whose override hands out the
// snapshot's internals".
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.OverridePropertyHandsOut;

[ThreadLocalSlot]
public sealed partial class Denylist
{
    public HashSet<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public abstract class NameSource
{
    public abstract IEnumerable<string> Names { get; }
}
