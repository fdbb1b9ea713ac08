// WEFT0006 across files: a static dictionary declared in this file; a per-worker type in Counting.cs increments an
// entry in place through CollectionsMarshal.GetValueRefOrAddDefault.
using System.Collections.Generic;

namespace Corpus.StaticWrites.R9.RefDictionaryElsewhere;

public static class Registry
{
    public static readonly Dictionary<string, int> Hits = new();
}
