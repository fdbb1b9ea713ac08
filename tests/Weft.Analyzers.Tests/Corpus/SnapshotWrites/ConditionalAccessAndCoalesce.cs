// Null-conditional and null-coalescing expressions that may yield the snapshot's list.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.NullForms;

[ThreadLocalSlot]
public sealed partial class Extras
{
    public List<string>? Headers { get; init; } // expect: WEFT0001
}

public static class Decorator
{
    public static void Add(string header)
    {
        Extras.Current.Headers?.Add(header); // expect: WEFT0003
        var target = Extras.Current.Headers ?? new List<string>();
        target.Remove(header); // expect: WEFT0003
    }
}
