// WEFT0006 across files: a public static helper (this file) adds to a static list; worker code in Handlers.cs calls it
// from a callback posted to a worker. The page: a helper anybody may call is reported at the worker code's call.
using System.Collections.Generic;

namespace Corpus.StaticWrites.R9.PublicHelperElsewhere;

public static class Audit
{
    private static readonly List<string> s_entries = new();

    public static void Record(string entry) => s_entries.Add(entry);

    public static int Count => s_entries.Count;
}
