// C# 14 extension property returning the snapshot's own list: writing what it returns writes the snapshot.
using System.Collections.Generic;
using Weft;

namespace Corpus.R12.ExtensionPropertyInternals;

[ThreadLocalSlot]
public sealed partial class Denylist
{
    public List<string> Hosts { get; init; } = []; // expect: WEFT0001
}

public static class DenylistExtensions
{
    extension(Denylist denylist)
    {
        public List<string> Editable => denylist.Hosts;
    }
}

public static class Filter
{
    public static void Block(string host) => Denylist.Current.Editable.Add(host); // expect: WEFT0003
}
