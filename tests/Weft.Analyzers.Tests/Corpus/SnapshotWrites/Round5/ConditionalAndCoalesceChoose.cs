// WEFT0003: `?.`, `??` and a ternary choose between the snapshot's list and a fresh one; on the path that picks the
// snapshot's list the write changes shared data, so each write is reported.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.ConditionalAndCoalesceChoose;

public sealed class Overrides
{
    public List<string>? Extra { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Headers
{
    public List<string> Names { get; init; } = new(); // expect: WEFT0001
    public Overrides? Local { get; init; } // expect: WEFT0001
}

public static class Worker
{
    public static void Tag(bool useShared, List<string>? mine)
    {
        var target = useShared ? Headers.Current.Names : new List<string>();
        target.Add("x-a"); // expect: WEFT0003
        var chosen = mine ?? Headers.Current.Names;
        chosen.Add("x-b"); // expect: WEFT0003
        Headers.Current.Local?.Extra?.Clear(); // expect: WEFT0003
        (Headers.Current.Local?.Extra ?? Headers.Current.Names).Insert(0, "x-c"); // expect: WEFT0003
    }
}
