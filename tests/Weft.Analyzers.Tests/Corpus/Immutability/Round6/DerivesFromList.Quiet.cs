// Quiet twin of DerivesFromList: the slot type implements IEnumerable<string> over an ImmutableArray<string>.
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.DerivesFromList;

[ThreadLocalSlot]
public sealed partial class Hosts : IEnumerable<string>
{
    public ImmutableArray<string> Items { get; init; } = ImmutableArray<string>.Empty;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
