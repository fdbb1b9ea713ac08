// C# 14 extension property returning a copy of the snapshot's list: the worker writes its own copy.
using System.Collections.Generic;
using Weft;

namespace Corpus.R12.ExtensionPropertyInternalsQuiet;

[ThreadLocalSlot]
public sealed partial class Denylist
{
    public List<string> Hosts { get; init; } = []; // expect: WEFT0001
}

public static class DenylistExtensions
{
    extension(Denylist denylist)
    {
        public List<string> Editable => [.. denylist.Hosts];
    }
}

public static class Filter
{
    public static int Block(string host)
    {
        var mine = Denylist.Current.Editable;
        mine.Add(host);
        return mine.Count;
    }
}
