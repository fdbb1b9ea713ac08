using System.Collections.Generic;
using Weft;

namespace Corpus.R12.PartialIndexerWrapper;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public List<string> Names { get; init; } = []; // expect: WEFT0001
}

public static class Cleanup
{
    public static void Blank()
    {
        var bucket = new Bucket(Aliases.Current.Names);
        bucket[0] = ""; // expect: WEFT0003
    }
}
